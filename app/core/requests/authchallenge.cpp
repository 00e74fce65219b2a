// SPDX-License-Identifier: MIT
#include "core/requests/authchallenge.h"

#include <QCoreApplication>

namespace StatusScope::Core {

namespace {

struct ChallengeText
{
    Q_DECLARE_TR_FUNCTIONS(AuthChallenge)
};

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken68Char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~' || c == '+' || c == '/';
}

// A cursor over the field; every reader leaves `pos` after what it read, or where it was on failure.
class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    {
    }

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qsizetype pos() const { return m_pos; }
    void seek(qsizetype pos) { m_pos = pos; }

    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t'))
            ++m_pos;
    }
    // OWS, commas and OWS: the list separators, empty elements allowed (RFC 9110 §5.6.1).
    void skipSeparators()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ','))
            ++m_pos;
    }
    QByteArray token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isTokenChar(peek()))
            ++m_pos;
        return m_text.sliced(start, m_pos - start).toByteArray();
    }
    // A token68 only when it ends the challenge: at the end, or before a comma.
    std::optional<QByteArray> token68()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isToken68Char(peek()))
            ++m_pos;
        if (m_pos == start) {
            m_pos = start;
            return std::nullopt;
        }
        while (!atEnd() && peek() == '=')
            ++m_pos;
        const qsizetype end = m_pos;
        skipSpace();
        if (atEnd() || peek() == ',')
            return m_text.sliced(start, end - start).toByteArray();
        m_pos = start;
        return std::nullopt;
    }
    std::optional<QByteArray> quotedString()
    {
        if (peek() != '"')
            return std::nullopt;
        const qsizetype start = m_pos++;
        QByteArray value;
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '"')
                return value;
            if (c == '\\') {
                if (atEnd())
                    break;
                value += m_text.at(m_pos++);
            } else {
                value += c;
            }
        }
        m_pos = start;
        return std::nullopt; // no closing quote
    }
    // `name BWS "=" BWS`: true and past the "=" when the cursor is at a parameter's start.
    bool paramName(QByteArray *name)
    {
        const qsizetype start = m_pos;
        *name = token();
        skipSpace();
        if (name->isEmpty() || peek() != '=') {
            m_pos = start;
            return false;
        }
        ++m_pos;
        skipSpace();
        return true;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

QString problemAt(const Reader &reader, QByteArrayView field)
{
    return ChallengeText::tr("the field stops following the challenge grammar at character %1 (“%2”)")
        .arg(reader.pos() + 1)
        .arg(QString::fromLatin1(
            field.sliced(reader.pos()).first(std::min<qsizetype>(24, field.size() - reader.pos()))));
}

bool needsQuotes(const QByteArray &value)
{
    return value.isEmpty() || !std::all_of(value.cbegin(), value.cend(), isTokenChar);
}

} // namespace

bool AuthChallenge::hasParam(QByteArrayView name) const
{
    return std::any_of(params.cbegin(), params.cend(),
                       [&](const auto &p) { return p.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray AuthChallenge::param(QByteArrayView name) const
{
    for (const auto &[key, value] : params) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ParsedChallenges parseChallenges(QByteArrayView field)
{
    ParsedChallenges result;
    Reader reader(field);
    reader.skipSeparators();
    while (!reader.atEnd()) {
        AuthChallenge challenge;
        challenge.scheme = reader.token();
        if (challenge.scheme.isEmpty()) {
            result.problem = problemAt(reader, field);
            return result;
        }
        const qsizetype afterScheme = reader.pos();
        reader.skipSpace();
        if (reader.pos() == afterScheme && !reader.atEnd() && reader.peek() != ',') {
            result.problem = problemAt(reader, field); // "Basic=x" or "Basic\"": no space after the scheme
            return result;
        }
        // A token68 only counts when it ends the challenge ("abc==" then a comma or the end), so
        // "realm=x" is read as a parameter.
        if (reader.atEnd() || reader.peek() == ',') {
            // a scheme alone
        } else if (std::optional<QByteArray> token = reader.token68()) {
            challenge.token68 = *token;
        } else {
            for (;;) {
                QByteArray name;
                if (!reader.paramName(&name)) {
                    result.challenges.append(challenge);
                    result.problem = problemAt(reader, field);
                    return result;
                }
                QByteArray value;
                if (std::optional<QByteArray> quoted = reader.quotedString())
                    value = *quoted;
                else
                    value = reader.token(); // empty only before a comma or the end (checked below)
                challenge.params.append({name.toLower(), value});
                reader.skipSpace();
                if (reader.atEnd())
                    break;
                if (reader.peek() != ',') {
                    result.challenges.append(challenge);
                    result.problem = problemAt(reader, field);
                    return result;
                }
                // After the comma: another parameter of this challenge, or the next challenge.
                const qsizetype comma = reader.pos();
                reader.skipSeparators();
                const qsizetype next = reader.pos();
                QByteArray nextName;
                if (!reader.atEnd() && reader.paramName(&nextName)) {
                    reader.seek(next);
                    continue;
                }
                reader.seek(comma);
                break;
            }
        }
        result.challenges.append(challenge);
        reader.skipSeparators();
    }
    return result;
}

ParsedChallenges challengesIn(const HeaderList &headers, QByteArrayView fieldName)
{
    ParsedChallenges all;
    for (const auto &[name, value] : headers) {
        if (name.compare(fieldName, Qt::CaseInsensitive) != 0)
            continue;
        ParsedChallenges parsed = parseChallenges(value);
        all.challenges += parsed.challenges;
        if (all.problem.isEmpty())
            all.problem = parsed.problem;
    }
    return all;
}

QByteArray challengeText(const AuthChallenge &challenge)
{
    QByteArray text = challenge.scheme;
    if (!challenge.token68.isEmpty())
        return text + ' ' + challenge.token68;
    QList<QByteArray> params;
    for (const auto &[name, value] : challenge.params) {
        if (!needsQuotes(value)) {
            params.append(name + '=' + value);
            continue;
        }
        QByteArray escaped = value;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        params.append(name + "=\"" + escaped + '"');
    }
    if (!params.isEmpty())
        text += ' ' + params.join(", ");
    return text;
}

} // namespace StatusScope::Core
