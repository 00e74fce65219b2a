// SPDX-License-Identifier: MIT
#include "core/formats/httpfilevariables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// A variable that uses itself through others would never end; ten levels is far more than any
// file needs.
constexpr int MaxDepth = 10;
// {{$random.alphabetic(n)}} and the like: long enough for any token, short enough for a header.
constexpr int MaxRandomLength = 4096;
// What a line may grow to once its variables are replaced: as much as the file itself may hold.
constexpr qsizetype MaxExpandedChars = HttpFileMaxBytes;

const QRegularExpression &placeholder()
{
    static const QRegularExpression expression(uR"(\{\{\s*(.*?)\s*\}\})"_s);
    return expression;
}

QString randomText(const QString &alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return text;
}

// "-3 d" after $timestamp or $datetime: REST Client's offsets.
std::optional<QDateTime> offsetBy(const QDateTime &time, const QStringList &words)
{
    if (words.isEmpty())
        return time;
    if (words.size() != 2)
        return std::nullopt;
    bool ok = false;
    const qint64 amount = words.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QString &unit = words.at(1);
    if (unit == u"y"_s)
        return time.addYears(int(amount));
    if (unit == u"M"_s)
        return time.addMonths(int(amount));
    if (unit == u"w"_s)
        return time.addDays(amount * 7);
    if (unit == u"d"_s)
        return time.addDays(amount);
    if (unit == u"h"_s)
        return time.addSecs(amount * 3600);
    if (unit == u"m"_s)
        return time.addSecs(amount * 60);
    if (unit == u"s"_s)
        return time.addSecs(amount);
    if (unit == u"ms"_s)
        return time.addMSecs(amount);
    return std::nullopt;
}

// "$random.integer(1, 10)" -> {"1", "10"}; nothing when the text is not "prefix(…)".
std::optional<QStringList> callArguments(const QString &expression, const QString &prefix)
{
    if (!expression.startsWith(prefix) || !expression.endsWith(u')'))
        return std::nullopt;
    const QString inside = expression.mid(prefix.size(), expression.size() - prefix.size() - 1).trimmed();
    if (inside.isEmpty())
        return QStringList();
    QStringList arguments = inside.split(u',');
    for (QString &argument : arguments)
        argument = argument.trimmed();
    return arguments;
}

} // namespace

HttpVariables::HttpVariables(QList<HttpVariable> definitions, const HttpFileContext &context)
    : m_definitions(std::move(definitions))
    , m_context(context)
{
}

std::optional<QString> HttpVariables::substitute(const QString &text, int line, int requestLine,
                                                 QString *error) const
{
    QStringList using_;
    return substitute(text, line, requestLine, using_, error);
}

std::optional<QString> HttpVariables::substitute(const QString &text, int line, int requestLine,
                                                 QStringList &using_, QString *error) const
{
    if (!text.contains(u"{{"_s))
        return text;
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator matches = placeholder().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(from, match.capturedStart() - from);
        const std::optional<QString> replaced = value(match.captured(1), line, requestLine, using_, error);
        if (!replaced)
            return std::nullopt;
        result += *replaced;
        from = match.capturedEnd();
        if (result.size() > MaxExpandedChars) {
            *error = HttpFileText::tr("line %1: the text grows past 4 MiB once its variables are replaced.")
                         .arg(line);
            return std::nullopt;
        }
    }
    result += QStringView(text).mid(from);
    return result;
}

const HttpVariable *HttpVariables::definition(const QString &name, int requestLine) const
{
    const HttpVariable *above = nullptr;
    const HttpVariable *below = nullptr;
    for (const HttpVariable &variable : m_definitions) {
        if (variable.name != name)
            continue;
        if (variable.line < requestLine)
            above = &variable;
        else if (!below)
            below = &variable;
    }
    return above ? above : below;
}

std::optional<QString> HttpVariables::value(const QString &expression, int line, int requestLine,
                                            QStringList &using_, QString *error) const
{
    if (expression.startsWith(u'$'))
        return systemValue(expression, line, error);
    static const QRegularExpression responseReference(uR"(^[\w-]+\.(response|request)\.)"_s);
    if (responseReference.match(expression).hasMatch()) {
        *error = HttpFileText::tr("line %1: {{%2}} takes a value from another request's response, which "
                                  "StatusScope does not keep between requests.")
                     .arg(line)
                     .arg(expression);
        return std::nullopt;
    }
    const HttpVariable *variable = definition(expression, requestLine);
    HttpVariable fromEnvironment;
    if (!variable && m_context.environmentVariables.contains(expression)) {
        fromEnvironment = {expression, m_context.environmentVariables.value(expression), line};
        variable = &fromEnvironment;
    }
    if (!variable && !m_context.environmentName.isEmpty()) {
        *error
            = HttpFileText::tr("line %1: the variable “%2” is not defined in the file nor in the environment "
                               "“%3”.")
                  .arg(line)
                  .arg(expression, m_context.environmentName);
        return std::nullopt;
    }
    if (!variable) {
        *error = m_handlersPresent
            ? HttpFileText::tr("line %1: the variable “%2” is not defined in the file (a response handler "
                               "may set it in JetBrains' client, but StatusScope runs no handlers).")
                  .arg(line)
                  .arg(expression)
            : HttpFileText::tr("line %1: the variable “%2” is not defined in the file.")
                  .arg(line)
                  .arg(expression);
        return std::nullopt;
    }
    if (using_.contains(expression)) {
        *error = HttpFileText::tr("line %1: the variable “%2” uses itself (%3).")
                     .arg(line)
                     .arg(expression, (using_ + QStringList{expression}).join(u" → "_s));
        return std::nullopt;
    }
    if (using_.size() >= MaxDepth) {
        *error = HttpFileText::tr("line %1: the variable “%2” goes through more than %3 other variables.")
                     .arg(line)
                     .arg(expression)
                     .arg(MaxDepth);
        return std::nullopt;
    }
    // Each variable is worked out once per request: a value using another twice, ten levels deep,
    // would otherwise cost 2^10 replacements, and a wider one far more.
    if (m_cacheRequestLine != requestLine) {
        m_cache.clear();
        m_cacheRequestLine = requestLine;
    }
    if (const auto cached = m_cache.constFind(expression); cached != m_cache.cend())
        return *cached;
    using_.append(expression);
    std::optional<QString> result = substitute(variable->value, variable->line, requestLine, using_, error);
    using_.removeLast();
    if (result)
        m_cache.insert(expression, *result);
    return result;
}

std::optional<QString> HttpVariables::systemValue(const QString &expression, int line, QString *error) const
{
    const QStringList words = expression.split(u' ', Qt::SkipEmptyParts);
    const QString &name = words.first();
    const QStringList arguments = words.mid(1);
    const QDateTime now = m_context.now ? m_context.now() : QDateTime::currentDateTimeUtc();
    const auto unsupported = [&](const QString &why) -> std::optional<QString> {
        *error = HttpFileText::tr("line %1: {{%2}}: %3").arg(line).arg(expression, why);
        return std::nullopt;
    };

    if ((name == u"$guid"_s || name == u"$uuid"_s || name == u"$random.uuid"_s) && arguments.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == u"$timestamp"_s) {
        const std::optional<QDateTime> time = offsetBy(now, arguments);
        if (!time)
            return unsupported(
                HttpFileText::tr("the offset is not “NUMBER UNIT” (y, M, w, d, h, m, s, ms)."));
        return QString::number(time->toSecsSinceEpoch());
    }
    if (name == u"$isoTimestamp"_s && arguments.isEmpty())
        return now.toUTC().toString(Qt::ISODate);
    if (name == u"$datetime"_s || name == u"$localDatetime"_s) {
        const QDateTime base = name == u"$datetime"_s ? now.toUTC() : now.toLocalTime();
        const std::optional<QDateTime> time = offsetBy(base, arguments.mid(1));
        if (arguments.isEmpty() || !time)
            return unsupported(HttpFileText::tr("give rfc1123 or iso8601, then an optional offset."));
        if (arguments.first() == u"rfc1123"_s)
            return QLocale::c().toString(time->toUTC(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
        if (arguments.first() == u"iso8601"_s)
            return time->toString(Qt::ISODate);
        return unsupported(HttpFileText::tr("only the rfc1123 and iso8601 formats are supported, not custom "
                                            "formats."));
    }
    if (name == u"$randomInt"_s) {
        // REST Client: {{$randomInt MIN MAX}}, MAX left out; JetBrains: {{$randomInt}}, 0 to 1000.
        if (arguments.isEmpty())
            return QString::number(QRandomGenerator::global()->bounded(1001));
        bool minOk = false;
        bool maxOk = false;
        const int low = arguments.value(0).toInt(&minOk);
        const int high = arguments.value(1).toInt(&maxOk);
        if (arguments.size() != 2 || !minOk || !maxOk || high <= low)
            return unsupported(HttpFileText::tr("give two whole numbers, the second larger."));
        return QString::number(QRandomGenerator::global()->bounded(low, high));
    }
    if (const auto range = callArguments(expression, u"$random.integer("_s)) {
        bool minOk = false;
        bool maxOk = false;
        const int low = range->value(0, u"0"_s).toInt(&minOk);
        const int high = range->value(1, u"1000"_s).toInt(&maxOk);
        if (range->size() > 2 || !minOk || !maxOk || high <= low)
            return unsupported(HttpFileText::tr("give two whole numbers, the second larger."));
        return QString::number(QRandomGenerator::global()->bounded(low, high));
    }
    if (const auto range = callArguments(expression, u"$random.float("_s)) {
        bool minOk = false;
        bool maxOk = false;
        const double low = range->value(0, u"0"_s).toDouble(&minOk);
        const double high = range->value(1, u"1000"_s).toDouble(&maxOk);
        if (range->size() > 2 || !minOk || !maxOk || high <= low)
            return unsupported(HttpFileText::tr("give two numbers, the second larger."));
        return QString::number(low + QRandomGenerator::global()->generateDouble() * (high - low));
    }
    static const QList<std::pair<QString, QString>> alphabets{
        {u"$random.alphabetic("_s, u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"_s},
        {u"$random.alphanumeric("_s, u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"_s},
        {u"$random.hexadecimal("_s, u"0123456789abcdef"_s},
    };
    for (const auto &[prefix, alphabet] : alphabets) {
        if (const auto length = callArguments(expression, prefix)) {
            bool ok = false;
            const int count = length->value(0).toInt(&ok);
            if (length->size() != 1 || !ok || count < 0 || count > MaxRandomLength)
                return unsupported(HttpFileText::tr("give a length from 0 to %1.").arg(MaxRandomLength));
            return randomText(alphabet, count);
        }
    }
    const bool processEnv = name == u"$processEnv"_s;
    if ((processEnv || name == u"$dotenv"_s) && arguments.size() == 1) {
        const QString &variable = arguments.first();
        if (variable.startsWith(u'%'))
            return unsupported(HttpFileText::tr("a name taken from an environment file (%NAME) is not "
                                                "supported: StatusScope reads no environment files."));
        const std::optional<QString> found = processEnv ? environmentValue(variable) : dotenv(variable);
        if (!found)
            return unsupported(
                processEnv ? HttpFileText::tr("the environment variable %1 is not set.").arg(variable)
                           : HttpFileText::tr("%1 is not set in the .env file next to the .http file.")
                                 .arg(variable));
        return *found;
    }
    if (name.startsWith(u"$env."_s) && arguments.isEmpty()) {
        const QString variable = name.mid(5);
        const std::optional<QString> found = environmentValue(variable);
        if (!found)
            return unsupported(HttpFileText::tr("the environment variable %1 is not set.").arg(variable));
        return *found;
    }
    if (name.startsWith(u"$aad"_s))
        return unsupported(
            HttpFileText::tr("Azure Active Directory tokens are not supported; put the token in a "
                             "variable."));
    return unsupported(HttpFileText::tr("this system variable is not supported."));
}

std::optional<QString> HttpVariables::environmentValue(const QString &name) const
{
    if (m_context.environment)
        return m_context.environment(name);
    const QByteArray key = name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

// The folder's .env, read each time: a dry run and a send see the file as it is then.
std::optional<QString> HttpVariables::dotenv(const QString &name) const
{
    QFile file(QDir(m_context.folder).filePath(u".env"_s));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString text = QString::fromUtf8(file.read(HttpFileMaxBytes));
    for (QString line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u'#'))
            continue;
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0 || line.left(equals).trimmed() != name)
            continue;
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return std::nullopt;
}

} // namespace StatusScope::Core
