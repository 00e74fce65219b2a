// SPDX-License-Identifier: MIT
#include "core/formats/curlcommand.h"

#include "core/formats/curlcookies.h"
#include "core/formats/curlnetwork.h"
#include "core/formats/curloptions.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

const QHash<QString, QString> &optionsWithValue()
{
    static const QHash<QString, QString> names{
        {u"-X"_s, u"request"_s},
        {u"--request"_s, u"request"_s},
        {u"-H"_s, u"header"_s},
        {u"--header"_s, u"header"_s},
        {u"-d"_s, u"data"_s},
        {u"--data"_s, u"data"_s},
        {u"--data-ascii"_s, u"data"_s},
        {u"--data-raw"_s, u"data-raw"_s},
        {u"--data-binary"_s, u"data-binary"_s},
        {u"--data-urlencode"_s, u"data-urlencode"_s},
        {u"--json"_s, u"json"_s},
        {u"-A"_s, u"user-agent"_s},
        {u"--user-agent"_s, u"user-agent"_s},
        {u"-e"_s, u"referer"_s},
        {u"--referer"_s, u"referer"_s},
        {u"-b"_s, u"cookie"_s},
        {u"--cookie"_s, u"cookie"_s},
        {u"--max-redirs"_s, u"max-redirs"_s},
        {u"--url"_s, u"url"_s},
        {u"-m"_s, u"max-time"_s},
        {u"--max-time"_s, u"max-time"_s},
        {u"-o"_s, u"ignore-value"_s},
        {u"--output"_s, u"ignore-value"_s},
        {u"-w"_s, u"ignore-value"_s},
        {u"--write-out"_s, u"ignore-value"_s},
        {u"-c"_s, u"cookie-jar"_s},
        {u"--cookie-jar"_s, u"cookie-jar"_s},
        {u"--connect-timeout"_s, u"ignore-value"_s},
        {u"-F"_s, u"form"_s},
        {u"--form"_s, u"form"_s},
        {u"--form-string"_s, u"form"_s},
        {u"-T"_s, u"upload"_s},
        {u"--upload-file"_s, u"upload"_s},
    };
    static const QHash<QString, QString> withNetwork = [] {
        QHash<QString, QString> all = names;
        for (const QString &name : CurlNetworkReader::valueOptions())
            all.insert(name, u"network"_s);
        return all;
    }();
    return withNetwork;
}

// Flags that take no value.
const QHash<QString, QString> &flags()
{
    static const QHash<QString, QString> names{
        {u"-L"_s, u"location"_s},
        {u"--location"_s, u"location"_s},
        {u"-k"_s, u"insecure"_s},
        {u"--insecure"_s, u"insecure"_s},
        {u"-I"_s, u"head"_s},
        {u"--head"_s, u"head"_s},
        {u"--compressed"_s, u"compressed"_s},
        {u"-G"_s, u"get"_s},
        {u"--get"_s, u"get"_s},
        {u"-s"_s, u"quiet"_s},
        {u"--silent"_s, u"quiet"_s},
        {u"-S"_s, u"quiet"_s},
        {u"--show-error"_s, u"quiet"_s},
        {u"-v"_s, u"quiet"_s},
        {u"--verbose"_s, u"quiet"_s},
        {u"-i"_s, u"quiet"_s},
        {u"--include"_s, u"quiet"_s},
        {u"-f"_s, u"quiet"_s},
        {u"--fail"_s, u"quiet"_s},
    };
    static const QHash<QString, QString> withNetwork = [] {
        QHash<QString, QString> all = names;
        for (const QString &name : CurlNetworkReader::flagOptions())
            all.insert(name, u"network"_s);
        return all;
    }();
    return withNetwork;
}

// A request read from one group of a curl command's arguments (up to a --next).
std::optional<CurlImport> importArguments(const QList<CurlArgument> &arguments, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CurlImport result;
    RequestSpec &spec = result.request;
    spec.options.followRedirects = false; // curl follows only with -L
    struct DataPiece
    {
        QByteArray bytes;
        bool json = false;
    };
    QList<DataPiece> data;
    QByteArray explicitMethod;
    bool head = false;
    bool get = false;
    bool json = false;
    // A body option that is listed as not applied still chooses curl's method: -F and -d @file
    // POST, -T PUT.
    bool postBodyNotApplied = false;
    bool upload = false;
    QString url;
    CurlNetworkReader network; // proxy, trust, pins, HTTP version and credentials
    QStringList cookieFiles; // -b FILE
    QString cookieJar; // -c FILE

    for (const CurlArgument &argument : arguments) {
        const QString &word = argument.option;
        const QByteArray &bytes = argument.value;
        const QString value = QString::fromUtf8(bytes);
        if (word.isEmpty()) {
            if (url.isEmpty())
                url = value;
            else
                result.ignored.append(CurlText::tr("%1: only one URL is used").arg(value));
            continue;
        }
        if (!argument.known) {
            result.ignored.append(argument.hasValue ? CurlText::tr("%1 %2: not understood").arg(word, value)
                                                    : CurlText::tr("%1: not understood").arg(word));
            continue;
        }
        if (optionsWithValue().contains(word)) {
            const QString kind = optionsWithValue().value(word);
            if (kind == u"request"_s) {
                explicitMethod = bytes;
            } else if (kind == u"header"_s) {
                const qsizetype colon = bytes.indexOf(':');
                if (colon <= 0) {
                    result.ignored.append(CurlText::tr("-H %1: not a “Name: value” header").arg(value));
                    continue;
                }
                spec.headers.append({bytes.left(colon).trimmed(), bytes.mid(colon + 1).trimmed()});
            } else if (kind == u"data"_s || kind == u"data-binary"_s || kind == u"data-raw"_s
                       || kind == u"json"_s) {
                if (kind != u"data-raw"_s && bytes.startsWith('@')) {
                    result.ignored.append(
                        bytes == "@-"
                            ? CurlText::tr(
                                  "%1 @-: the body comes from standard input; paste the body instead")
                                  .arg(word)
                            : CurlText::tr("%1 %2: the body file is not read; paste the body instead")
                                  .arg(word, value));
                    postBodyNotApplied = true;
                    json = json || kind == u"json"_s;
                    continue;
                }
                // Inline data is sent as written, line breaks included: curl strips them only from
                // a file read with -d @file. Repeated --json pieces are concatenated, other pieces
                // joined with '&'.
                json = json || kind == u"json"_s;
                if (kind == u"json"_s && !data.isEmpty() && data.last().json)
                    data.last().bytes += bytes;
                else
                    data.append({bytes, kind == u"json"_s});
            } else if (kind == u"data-urlencode"_s) {
                const qsizetype equals = bytes.indexOf('=');
                data.append({equals < 0 ? QUrl::toPercentEncoding(value)
                                        : bytes.left(equals + 1)
                                     + QUrl::toPercentEncoding(QString::fromUtf8(bytes.mid(equals + 1))),
                             false});
            } else if (kind == u"form"_s) {
                postBodyNotApplied = true;
                result.ignored.append(
                    CurlText::tr("%1 %2: multipart form parts are not sent; the method is POST as in curl")
                        .arg(word, value));
            } else if (kind == u"upload"_s) {
                upload = true;
                result.ignored.append(
                    CurlText::tr("%1 %2: the file is not uploaded; the method is PUT as in curl")
                        .arg(word, value));
            } else if (kind == u"network"_s) {
                if (auto problem = network.read(word, value))
                    return fail(*problem);
            } else if (kind == u"user-agent"_s) {
                spec.headers.append({QByteArrayLiteral("User-Agent"), bytes});
            } else if (kind == u"referer"_s) {
                spec.headers.append({QByteArrayLiteral("Referer"), bytes});
            } else if (kind == u"cookie"_s) {
                // Without '=' it names a cookie file, read once -c (maybe later) is known.
                if (bytes.contains('='))
                    spec.headers.append({QByteArrayLiteral("Cookie"), bytes});
                else
                    cookieFiles.append(value);
            } else if (kind == u"cookie-jar"_s) {
                cookieJar = value;
                result.ignored.append(cookieJarNotApplied(word, value));
            } else if (kind == u"max-redirs"_s) {
                bool ok = false;
                const int redirects = value.toInt(&ok);
                if (!ok)
                    return fail(CurlText::tr("--max-redirs needs a number, not “%1”.").arg(value));
                spec.options.maxRedirects = redirects < 0 ? 1000 : redirects;
            } else if (kind == u"max-time"_s) {
                bool ok = false;
                const double seconds = value.toDouble(&ok);
                if (ok && seconds > 0)
                    spec.options.deadlineMs = qRound(seconds * 1000);
            } else if (kind == u"url"_s) {
                if (url.isEmpty())
                    url = value;
                else
                    result.ignored.append(CurlText::tr("%1: only one URL is used").arg(value));
            } else {
                result.ignored.append(CurlText::tr("%1 %2: not used by StatusScope").arg(word, value));
            }
            continue;
        }
        if (flags().contains(word)) {
            const QString kind = flags().value(word);
            if (kind == u"location"_s)
                spec.options.followRedirects = true;
            else if (kind == u"insecure"_s)
                spec.options.acceptInvalidCertificates = true;
            else if (kind == u"head"_s)
                head = true;
            else if (kind == u"get"_s)
                get = true;
            else if (kind == u"compressed"_s)
                result.ignored.append(
                    CurlText::tr("--compressed: Qt asks for and decodes compressed bodies by itself"));
            else if (kind == u"network"_s)
                network.read(word);
            else
                result.ignored.append(CurlText::tr("%1: only changes curl's own output").arg(word));
            continue;
        }
        // An option of curl's that StatusScope does not apply, with its value when it takes one.
        result.ignored.append(argument.hasValue
                                  ? CurlText::tr("%1 %2: not used by StatusScope").arg(word, value)
                                  : CurlText::tr("%1: not used by StatusScope").arg(word));
    }

    if (url.isEmpty())
        return fail(CurlText::tr("The curl command has no URL."));
    if (auto problem = network.finish(spec.options.network))
        return fail(*problem);
    readCurlCookieFiles(cookieFiles, cookieJar, spec, result.ignored);
    // As curl reads it: "localhost:8080/x" is http://localhost:8080/x, where QUrl sees the scheme
    // "localhost". The sentence names what is wrong, never the URL and its password.
    const UrlInput typed = readTypedUrl(url);
    if (!typed.isValid())
        return fail(CurlText::tr("The URL in the curl command is not valid: %1").arg(typed.error));
    spec.url = typed.url;
    if (!data.isEmpty()) {
        QByteArray joined;
        for (qsizetype k = 0; k < data.size(); ++k)
            joined += (k > 0 ? "&"_ba : QByteArray()) + data.at(k).bytes;
        if (get) {
            QString query = spec.url.query(QUrl::FullyEncoded);
            spec.url.setQuery(query.isEmpty() ? QString::fromUtf8(joined)
                                              : query + u'&' + QString::fromUtf8(joined),
                              QUrl::TolerantMode);
        } else {
            spec.body = joined;
            spec.hasBody = true;
        }
    }
    if ((!data.isEmpty() || postBodyNotApplied) && !get) {
        if (json) {
            if (!hasHeader(spec.headers, "Content-Type"))
                spec.headers.append(
                    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
            if (!hasHeader(spec.headers, "Accept"))
                spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        } else if (!data.isEmpty() && !hasHeader(spec.headers, "Content-Type")) {
            spec.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
        }
    }
    if (!explicitMethod.isEmpty())
        spec.method = explicitMethod;
    else if (head)
        spec.method = QByteArrayLiteral("HEAD");
    else if (upload)
        spec.method = QByteArrayLiteral("PUT");
    else if (spec.hasBody || (postBodyNotApplied && !get))
        spec.method = QByteArrayLiteral("POST");
    else
        spec.method = QByteArrayLiteral("GET");
    return result;
}

} // namespace

QString toCurlCommand(const RequestSpec &request)
{
    QStringList words{u"curl"_s};
    // Methods are case-sensitive: only the exact GET, POST and HEAD go without -X.
    const QByteArray &method = request.method;
    if (method == "HEAD")
        words.append(u"-I"_s);
    else if (!(method == "GET" && !request.hasBody) && !(method == "POST" && request.hasBody))
        words.append({u"-X"_s, shellQuote(request.method)});
    for (const HeaderPair &header : request.headers)
        words.append({u"-H"_s, shellQuote(header.first + ": " + header.second)});
    if (request.hasBody)
        words.append({u"--data-raw"_s, shellQuote(request.body)});
    if (request.options.followRedirects) {
        words.append(u"-L"_s);
        words.append({u"--max-redirs"_s, QString::number(request.options.maxRedirects)});
    }
    if (request.options.acceptInvalidCertificates)
        words.append(u"-k"_s);
    // The whole chain's time limit is curl's -m, in seconds.
    if (request.options.deadlineMs > 0)
        words.append({u"-m"_s, QString::number(request.options.deadlineMs / 1000.0)});
    words.append(curlNetworkWords(request.options.network));
    words.append(shellQuote(request.url.toEncoded()));
    return words.join(u' ');
}

std::optional<QList<CurlImport>> parseCurlCommands(const QString &text, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString splitError;
    const std::optional<QList<QList<QByteArray>>> commands = splitShellCommands(text, &splitError);
    if (!commands)
        return fail(splitError);
    QList<CurlImport> imports;
    QStringList skipped;
    for (QList<QByteArray> words : *commands) {
        // A shell prompt copied with the command: "$ curl …", "% curl …".
        if (words.size() > 1 && (words.first() == "$" || words.first() == "%"))
            words.removeFirst();
        if (!(words.first() == "curl" || words.first().endsWith("/curl"))) {
            skipped.append(QString::fromUtf8(words.first()));
            continue;
        }
        const std::optional<QList<QList<CurlArgument>>> groups = readCurlArguments(words.mid(1), error);
        if (!groups)
            return std::nullopt;
        for (const QList<CurlArgument> &group : *groups) {
            std::optional<CurlImport> imported = importArguments(group, error);
            if (!imported) {
                if (error && (commands->size() > 1 || groups->size() > 1))
                    *error = CurlText::tr("Request %1 of the pasted text: %2")
                                 .arg(imports.size() + 1)
                                 .arg(*error);
                return std::nullopt;
            }
            imports.append(std::move(*imported));
        }
    }
    if (imports.isEmpty())
        return fail(CurlText::tr("This is not a curl command: it should start with “curl”."));
    for (const QString &word : std::as_const(skipped))
        imports.first().ignored.append(CurlText::tr("a “%1” command: not a curl command, skipped").arg(word));
    return imports;
}

std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error)
{
    std::optional<QList<CurlImport>> imports = parseCurlCommands(command, error);
    if (!imports)
        return std::nullopt;
    CurlImport first = imports->takeFirst();
    if (!imports->isEmpty())
        first.ignored.append(imports->size() == 1
                                 ? CurlText::tr("1 more command was pasted: only the first was opened")
                                 : CurlText::tr("%1 more commands were pasted: only the first was opened")
                                       .arg(imports->size()));
    return first;
}

} // namespace StatusScope::Core
