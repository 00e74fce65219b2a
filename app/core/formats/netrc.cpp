// SPDX-License-Identifier: MIT
#include "core/formats/netrc.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The file's tokens, with the blank line that ends a macdef kept as an empty token.
QStringList netrcTokens(const QString &text)
{
    QStringList tokens;
    bool inMacro = false;
    for (const QString &line : text.split(u'\n')) {
        if (inMacro) {
            inMacro = !line.trimmed().isEmpty();
            continue;
        }
        qsizetype at = 0;
        while (at < line.size()) {
            while (at < line.size() && line.at(at).isSpace())
                ++at;
            if (at >= line.size() || line.at(at) == u'#')
                break; // a comment to the end of the line
            QString token;
            if (line.at(at) == u'"') {
                for (++at; at < line.size() && line.at(at) != u'"'; ++at) {
                    if (line.at(at) == u'\\' && at + 1 < line.size())
                        ++at;
                    token += line.at(at);
                }
                ++at; // the closing quote
            } else {
                while (at < line.size() && !line.at(at).isSpace())
                    token += line.at(at++);
            }
            if (token == u"macdef"_s) {
                inMacro = true; // its name and body, up to a blank line, are no tokens
                break;
            }
            tokens.append(token);
        }
    }
    return tokens;
}

} // namespace

std::optional<NetrcLogin> netrcLogin(const QString &text, const QString &host)
{
    const QStringList tokens = netrcTokens(text);
    std::optional<NetrcLogin> matched;
    std::optional<NetrcLogin> fallback;
    std::optional<NetrcLogin> *current = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (token == u"machine"_s && i + 1 < tokens.size()) {
            const bool ours = !matched && tokens.at(++i).compare(host, Qt::CaseInsensitive) == 0;
            current = ours ? &matched : nullptr;
            if (ours)
                matched.emplace();
        } else if (token == u"default"_s) {
            current = fallback ? nullptr : &fallback;
            if (current)
                fallback.emplace();
        } else if ((token == u"login"_s || token == u"password"_s || token == u"account"_s)
                   && i + 1 < tokens.size()) {
            const QString &value = tokens.at(++i);
            if (current && token == u"login"_s)
                (*current)->login = value;
            else if (current && token == u"password"_s)
                (*current)->password = value;
        }
    }
    return matched ? matched : fallback;
}

} // namespace StatusScope::Core
