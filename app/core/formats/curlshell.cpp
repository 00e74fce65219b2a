// SPDX-License-Identifier: MIT
#include "core/formats/curlshell.h"

#include "core/formats/shellreader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

bool isSafeUnquoted(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    static constexpr QByteArrayView safe("@%+=:,./-_");
    return std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.contains(c);
    });
}

} // namespace

QString shellQuote(const QByteArray &word)
{
    if (isSafeUnquoted(word))
        return QString::fromLatin1(word);
    const bool needsAnsi = !isValidUtf8(word) || std::any_of(word.begin(), word.end(), [](char c) {
        const uchar byte = uchar(c);
        return byte < 0x20 || byte == 0x7f;
    });
    if (!needsAnsi) {
        QString text = QString::fromUtf8(word);
        text.replace(u"'"_s, u"'\\''"_s);
        return u'\'' + text + u'\'';
    }
    QString out = u"$'"_s;
    for (char c : word) {
        const uchar byte = uchar(c);
        switch (byte) {
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\'':
            out += u"\\'"_s;
            break;
        default:
            if (byte < 0x20 || byte >= 0x7f)
                out += u"\\x%1"_s.arg(byte, 2, 16, QLatin1Char('0'));
            else
                out += QChar::fromLatin1(char(byte));
        }
    }
    return out + u'\'';
}

std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error, PasteMends *mends)
{
    PasteMends unused;
    const auto commands = ShellReader(command, false, mends ? *mends : unused).read(error);
    if (!commands)
        return std::nullopt;
    return commands->value(0).words;
}

std::optional<QList<ShellCommand>> splitShellCommands(const QString &text, QString *error, PasteMends *mends)
{
    PasteMends unused;
    auto commands = ShellReader(text, true, mends ? *mends : unused).read(error);
    if (!commands)
        return std::nullopt;
    commands->removeIf([](const ShellCommand &command) { return command.words.isEmpty(); });
    return commands;
}

} // namespace StatusScope::Core
