// SPDX-License-Identifier: MIT
#include "core/formats/curlcommand.h"

#include "core/formats/cookiefile.h"
#include "core/formats/curlbody.h"
#include "core/formats/curlcookies.h"
#include "core/formats/curlglob.h"
#include "core/formats/curlimport.h"
#include "core/formats/curlnetwork.h"
#include "core/formats/curloptions.h"
#include "core/formats/curlvariables.h"
#include "core/formats/incomingtext.h"
#include "core/formats/netrc.h"
#include "core/requests/httpdate.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// What leaving out an option of curl's changes, for the options that change what is sent, where,
// or what is trusted; the others only change how curl itself behaves.
const char *notAppliedConsequence(const QString &longName)
{
    static const QHash<QString, const char *> consequences = [] {
        QHash<QString, const char *> table;
        const auto add = [&table](std::initializer_list<const char *> names, const char *sentence) {
            for (const char *name : names)
                table.insert(QString::fromLatin1(name), sentence);
        };
        add({"--ipv4", "--ipv6"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: Qt connects over IPv4 or IPv6, whichever "
                              "answers first"));
        add({"--aws-sigv4"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: the requests are not signed (AWS Signature "
                              "Version 4), so AWS answers them with 403"));
        add({"--ntlm", "--ntlm-wb", "--negotiate", "--krb", "--delegation"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: NTLM, Negotiate and Kerberos are not answered "
                              "(Basic, Digest and Bearer are), so the server's 401 stays"));
        add({"--request-target"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: the request target is the URL's path and "
                              "query; Qt 6.4 sends no other"));
        add({"--path-as-is"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: Qt 6.4 removes “.” and “..” segments from the "
                              "path before sending, and the hop says so"));
        add({"--proto"}, QT_TRANSLATE_NOOP("CurlCommand", "%1: only http and https are used anyway"));
        add({"--proto-redir"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: redirects are followed to http and https, "
                              "and from https to http only when downgrades are allowed"));
        add({"--retry", "--retry-all-errors", "--retry-connrefused", "--retry-delay", "--retry-max-time"},
            QT_TRANSLATE_NOOP("CurlCommand", "%1: each request is sent once, never retried"));
        add({"--doh-url", "--dns-servers", "--dns-interface", "--dns-ipv4-addr", "--dns-ipv6-addr"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: names are looked up by this system's resolver "
                              "(--resolve pins an address)"));
        add({"--ciphers", "--tls13-ciphers", "--curves", "--sigalgs"},
            QT_TRANSLATE_NOOP("CurlCommand", "%1: Qt's own TLS choices are offered"));
        add({"--pinnedpubkey"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: the certificate is checked as usual, but the "
                              "server's public key is not compared with the pin"));
        add({"--cert-status", "--crlfile"},
            QT_TRANSLATE_NOOP("CurlCommand", "%1: the certificate's revocation is not checked"));
        add({"--hsts"}, QT_TRANSLATE_NOOP("CurlCommand", "%1: no HSTS list is read, so http URLs stay http"));
        add({"--haproxy-protocol"},
            QT_TRANSLATE_NOOP("CurlCommand",
                              "%1: no PROXY protocol header is sent; a server "
                              "that needs one closes the connection"));
        add({"--interface", "--local-port"},
            QT_TRANSLATE_NOOP("CurlCommand", "%1: this system chooses the interface and port"));
        add({"--limit-rate"}, QT_TRANSLATE_NOOP("CurlCommand", "%1: transfers run at full speed"));
        return table;
    }();
    return consequences.value(longName, nullptr);
}

const QHash<QString, QString> &optionsWithValue()
{
    static const QHash<QString, QString> names{
        {u"-X"_s, u"request"_s},
        {u"--request"_s, u"request"_s},
        {u"-H"_s, u"header"_s},
        {u"--header"_s, u"header"_s},
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
        {u"--connect-timeout"_s, u"connect-timeout"_s},
        {u"-r"_s, u"range"_s},
        {u"--range"_s, u"range"_s},
        {u"-C"_s, u"continue-at"_s},
        {u"--continue-at"_s, u"continue-at"_s},
        {u"--netrc-file"_s, u"netrc-file"_s},
        {u"-z"_s, u"time-cond"_s},
        {u"--time-cond"_s, u"time-cond"_s},
        {u"--max-filesize"_s, u"max-filesize"_s},
    };
    static const QHash<QString, QString> withNetwork = [] {
        QHash<QString, QString> all = names;
        for (const QString &name : CurlNetworkReader::valueOptions())
            all.insert(name, u"network"_s);
        return all;
    }();
    return withNetwork;
}

// A size as curl reads one: bytes, or a number with k, M, G or T (powers of 1024), as in 10M.
std::optional<qint64> curlSize(const QString &text)
{
    QString number = text.trimmed();
    qint64 unit = 1;
    if (!number.isEmpty()) {
        const QChar last = number.back().toLower();
        const qsizetype power = QStringView(u"kmgt").indexOf(last);
        if (power >= 0) {
            unit = qint64(1) << (10 * (power + 1));
            number.chop(1);
        }
    }
    bool ok = false;
    const qint64 count = number.toLongLong(&ok);
    if (!ok || count < 0 || count > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return count * unit;
}

// -z's time as curl reads it: a date (the HTTP forms, ISO 8601, "20210131", "Wed 01 Sep 2021
// 12:18:00"; UTC unless it names a zone) or a file whose modification time is used. A leading '-'
// asks for an older document (If-Unmodified-Since), '+' or nothing a newer one (If-Modified-Since),
// '=' sends the time as Last-Modified.
std::optional<HeaderPair> timeCondition(QString text)
{
    QByteArray field = QByteArrayLiteral("If-Modified-Since");
    if (text.startsWith(u'-')) {
        field = QByteArrayLiteral("If-Unmodified-Since");
        text.remove(0, 1);
    } else if (text.startsWith(u'+')) {
        text.remove(0, 1);
    } else if (text.startsWith(u'=')) {
        field = QByteArrayLiteral("Last-Modified"); // what curl sends for '=', odd as it is
        text.remove(0, 1);
    }
    text = text.trimmed();
    QDateTime when = parseHttpDate(text.toLatin1());
    if (!when.isValid()) {
        // Without a zone curl takes UTC; a weekday in front is only read, never checked.
        QString bare = text;
        for (const QString &zone : {u" GMT"_s, u" UTC"_s, u"Z"_s}) {
            if (bare.endsWith(zone, Qt::CaseInsensitive))
                bare.chop(zone.size());
        }
        if (bare.size() > 3 && bare.at(3) == u' ' && bare.at(0).isLetter())
            bare.remove(0, 4);
        else if (bare.size() > 4 && bare.at(3) == u',' && bare.at(0).isLetter())
            bare.remove(0, 5);
        for (const QString &format :
             {u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd"_s, u"yyyyMMdd"_s,
              u"yyyyMMdd HH:mm:ss"_s, u"d MMM yyyy HH:mm:ss"_s, u"d MMM yyyy"_s}) {
            when = QLocale::c().toDateTime(bare.trimmed(), format);
            if (when.isValid()) {
                when.setTimeZone(QTimeZone::utc());
                break;
            }
        }
    }
    if (const QFileInfo file(text); !when.isValid() && file.isFile())
        when = file.lastModified().toUTC();
    if (!when.isValid())
        return std::nullopt;
    return HeaderPair{
        field,
        QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss"_s).append(u" GMT"_s).toLatin1()};
}

// -n and --netrc-file: the login the file gives the URL's host, where the command gave no
// password (with -u USER alone, only that user's entry), as curl does. Basic unless --digest or
// --anyauth said otherwise; the engine keeps it to that host like any -u.
void applyNetrc(const std::optional<QString> &netrc, RequestSpec &spec)
{
    AuthSetting &auth = spec.options.network.auth;
    if (!netrc || auth.scheme == AuthSetting::Scheme::Bearer || !auth.password.isEmpty()
        || !spec.url.password().isEmpty())
        return;
    const std::optional<NetrcLogin> login = netrcLogin(*netrc, spec.url.host());
    if (!login || (!auth.user.isEmpty() && auth.user != login->login))
        return;
    auth.user = login->login;
    auth.password = login->password;
    if (auth.scheme == AuthSetting::Scheme::None)
        auth.scheme = AuthSetting::Scheme::Basic;
}

// What `-X METHOD -L` does in curl that the chain here does not: curl sends the method again
// after every redirect, where POST becomes GET after 301, 302 and 303 (unless --post30x keeps
// it) and any other method but GET and HEAD after 303. Empty when nothing differs.
QStringList customMethodOnRedirects(const QByteArray &method, const QString &location, const PostKept &kept)
{
    const QByteArray upper = method.toUpper();
    if (method.isEmpty() || upper == "GET" || upper == "HEAD")
        return {};
    QStringList statuses;
    for (const int status : {301, 302, 303}) {
        if ((status == 303 || upper == "POST") && !(upper == "POST" && kept.covers(status)))
            statuses.append(QString::number(status));
    }
    if (statuses.isEmpty())
        return {};
    return {CurlText::tr("-X %1 with %2: curl sends %1 again after every redirect; here a redirect with "
                         "status %3 turns it into a GET, as curl --follow does")
                .arg(QString::fromUtf8(method), location, statuses.join(u", "_s))};
}

// Flags that take no value.
const QHash<QString, QString> &flags()
{
    static const QHash<QString, QString> names{
        {u"-L"_s, u"location"_s},
        {u"--location"_s, u"location"_s},
        {u"--follow"_s, u"follow"_s}, // curl 8.16: -L, with -X's method changed where HTTP says so
        {u"--post301"_s, u"post301"_s},
        {u"--post302"_s, u"post302"_s},
        {u"--post303"_s, u"post303"_s},
        {u"--location-trusted"_s, u"location-trusted"_s},
        {u"-n"_s, u"netrc"_s},
        {u"--netrc"_s, u"netrc"_s},
        {u"--netrc-optional"_s, u"netrc"_s},
        {u"-k"_s, u"insecure"_s},
        {u"-g"_s, u"globoff"_s},
        {u"--globoff"_s, u"globoff"_s},
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

// A -H value as curl reads it: "Name: value"; "Name;" sends the header with an empty value;
// "Name:" with nothing after it removes a header curl adds by itself, so nothing is sent.
void addHeader(const QByteArray &line, HeaderList &headers, QStringList &ignored)
{
    const QString text = QString::fromUtf8(line);
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        const QByteArray name = line.trimmed();
        if (name.endsWith(';') && name.size() > 1 && !name.contains(' ')) {
            headers.append({name.chopped(1), QByteArray()});
            return;
        }
        ignored.append(CurlText::tr("-H %1: not a “Name: value” header").arg(text));
        return;
    }
    const QByteArray name = trimmedHeaderText(line.left(colon));
    const QByteArray value = trimmedHeaderText(line.mid(colon + 1));
    if (name != line.left(colon).trimmed() || value != line.mid(colon + 1).trimmed())
        ignored.append(CurlText::tr("-H %1: the no-break or zero-width spaces around its name or value were "
                                    "removed (a chat or a web page adds them; HTTP has no use for them)")
                           .arg(QString::fromUtf8(name)));
    if (value.isEmpty()) {
        // StatusScope adds User-Agent and Accept-Encoding itself; they cannot be taken away.
        if (name.compare("User-Agent", Qt::CaseInsensitive) == 0
            || name.compare("Accept-Encoding", Qt::CaseInsensitive) == 0)
            ignored.append(CurlText::tr("-H %1: curl sends no %2 header; StatusScope still sends its own")
                               .arg(text, QString::fromUtf8(name)));
        return;
    }
    headers.append({name, value});
}

} // namespace

std::optional<QList<CurlImport>> importCurlArguments(const QList<CurlArgument> &arguments, CurlFiles files,
                                                     const ShellInput &input, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    CurlImport result;
    RequestSpec &spec = result.request;
    spec.options.followRedirects = false; // curl follows only with -L
    CurlFileReader fileReader(files, result);
    fileReader.setStandardInput(input);
    CurlBody body(fileReader);
    QByteArray explicitMethod;
    QString location; // -L as typed (or --location-trusted): curl's -X then holds on every hop
    bool followsByStatus = false; // --follow: -X's method changes where the status says so
    bool head = false;
    std::optional<QString> netrc; // -n, --netrc-file: the file's text, for each URL's host
    HeaderList conditions; // -r, -C and -z: sent unless -H typed the same field
    bool get = false;
    bool compressed = false;
    bool globOff = false; // -g: brackets and braces in URLs are no patterns
    QStringList urls;
    CurlNetworkReader network; // proxy, trust, pins, HTTP version and credentials
    QStringList cookieFiles; // -b FILE
    QString cookieJar; // -c FILE
    qsizetype cookieHeader = -1; // the Cookie header -b NAME=VALUE made

    // curl 8.3's --variable and --expand-OPTION, resolved first: what remains reads as usual.
    CurlVariables variables(fileReader);
    QString variableError;
    const std::optional<QList<CurlArgument>> withVariables
        = variables.apply(arguments, result.ignored, &variableError);
    if (!withVariables)
        return fail(variableError);
    if (fileReader.failure())
        return fail(*fileReader.failure());
    for (const CurlArgument &argument : *withVariables) {
        const QString &word = argument.option;
        const QByteArray &bytes = argument.value;
        const QString value = QString::fromUtf8(bytes);
        if (word.isEmpty()) {
            urls.append(value);
            continue;
        }
        if (!argument.known) {
            result.ignored.append(argument.hasValue ? CurlText::tr("%1 %2: not understood").arg(word, value)
                                                    : CurlText::tr("%1: not understood").arg(word));
            continue;
        }
        if (const std::optional<CurlOption> option = findCurlOption(word);
            option && CurlBody::handles(option->longName)) {
            if (auto problem = body.read(option->longName, word, bytes, result.ignored))
                return fail(*problem);
            if (fileReader.failure())
                return fail(*fileReader.failure());
            continue;
        }
        if (optionsWithValue().contains(word)) {
            const QString kind = optionsWithValue().value(word);
            if (kind == u"request"_s) {
                explicitMethod = bytes;
            } else if (kind == u"header"_s) {
                // -H @FILE: one header a line.
                if (bytes.startsWith('@')) {
                    const std::optional<QByteArray> lines
                        = fileReader.read(word + u' ' + value, value.mid(1));
                    if (fileReader.failure())
                        return fail(*fileReader.failure());
                    for (const QByteArray &line : lines.value_or(QByteArray()).split('\n')) {
                        if (!line.trimmed().isEmpty())
                            addHeader(line.endsWith('\r') ? line.chopped(1) : line, spec.headers,
                                      result.ignored);
                    }
                    continue;
                }
                addHeader(bytes, spec.headers, result.ignored);
            } else if (kind == u"network"_s) {
                if (auto problem = network.read(word, value))
                    return fail(*problem);
            } else if (kind == u"user-agent"_s) {
                spec.headers.append({QByteArrayLiteral("User-Agent"), bytes});
            } else if (kind == u"referer"_s) {
                spec.headers.append({QByteArrayLiteral("Referer"), bytes});
            } else if (kind == u"cookie"_s) {
                // Without '=' it names a cookie file, read once -c (maybe later) is known.
                // curl sends every -b NAME=VALUE in one Cookie header, joined with "; ".
                if (bytes.contains('=')) {
                    if (cookieHeader < 0) {
                        cookieHeader = spec.headers.size();
                        spec.headers.append({QByteArrayLiteral("Cookie"), bytes});
                    } else {
                        spec.headers[cookieHeader].second += "; " + bytes;
                    }
                } else
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
            } else if (kind == u"max-time"_s || kind == u"connect-timeout"_s) {
                // Seconds, with a fraction if need be; 0 is curl's "no limit".
                bool ok = false;
                const double seconds = value.toDouble(&ok);
                int &limit = kind == u"max-time"_s ? spec.options.deadlineMs : spec.options.connectTimeoutMs;
                if (ok && seconds >= 0 && seconds <= 86400)
                    limit = qRound(seconds * 1000);
                else
                    result.ignored.append(
                        CurlText::tr("%1 %2: not a number of seconds from 0 to 86400; no limit set")
                            .arg(word, value));
            } else if (kind == u"url"_s) {
                urls.append(value);
            } else if (kind == u"netrc-file"_s) {
                if (const std::optional<QByteArray> text = fileReader.read(word + u' ' + value, value))
                    netrc = QString::fromUtf8(*text);
                if (fileReader.failure())
                    return fail(*fileReader.failure());
            } else if (kind == u"range"_s) {
                conditions.append({QByteArrayLiteral("Range"), "bytes=" + bytes});
            } else if (kind == u"continue-at"_s) {
                bool ok = false;
                const qint64 offset = value.toLongLong(&ok);
                if (ok && offset >= 0)
                    conditions.append(
                        {QByteArrayLiteral("Range"), "bytes=" + QByteArray::number(offset) + '-'});
                else
                    result.ignored.append(
                        CurlText::tr("%1 %2: curl finds the offset in its output file; give a number")
                            .arg(word, value));
            } else if (kind == u"max-filesize"_s) {
                // curl refuses a larger body; here it is read up to the size, and the chain stops.
                if (const std::optional<qint64> size = curlSize(value); size && *size > 0)
                    spec.options.bodyCap = *size;
                else
                    result.ignored.append(CurlText::tr("%1 %2: not a size curl reads").arg(word, value));
            } else if (kind == u"time-cond"_s) {
                if (std::optional<HeaderPair> condition = timeCondition(value))
                    conditions.append(*condition);
                else
                    result.ignored.append(
                        CurlText::tr("%1 %2: neither a date curl reads nor a file").arg(word, value));
            } else {
                result.ignored.append(CurlText::tr("%1 %2: not used by StatusScope").arg(word, value));
            }
            continue;
        }
        if (flags().contains(word)) {
            const QString kind = flags().value(word);
            if (kind == u"location"_s) {
                spec.options.followRedirects = true;
                location = word;
            } else if (kind == u"follow"_s) {
                spec.options.followRedirects = true;
                followsByStatus = true;
            } else if (kind == u"post301"_s) {
                spec.options.keepPost.on301 = true;
            } else if (kind == u"post302"_s) {
                spec.options.keepPost.on302 = true;
            } else if (kind == u"post303"_s) {
                spec.options.keepPost.on303 = true;
            } else if (kind == u"netrc"_s) {
                // The file curl reads, and goes on without when there is none: $NETRC (curl 8.16),
                // else .netrc in the home folder, else _netrc there (Windows' name).
                const QDir home = QDir::home();
                QStringList candidates{home.filePath(u".netrc"_s), home.filePath(u"_netrc"_s)};
                if (const QString named = qEnvironmentVariable("NETRC"); !named.isEmpty())
                    candidates = {named};
                for (const QString &candidate : std::as_const(candidates)) {
                    QFile file(candidate);
                    if (file.open(QIODevice::ReadOnly)) {
                        netrc = decodeIncomingText(file.read(1024 * 1024)).value_or(QString());
                        break;
                    }
                }
            } else if (kind == u"location-trusted"_s) {
                // -L that also sends the credentials to every host a redirect names: followed, but
                // credentials never leave the origin they were typed for.
                spec.options.followRedirects = true;
                location = word;
                result.ignored.append(
                    CurlText::tr("%1: followed as -L; credentials are still not sent to another host")
                        .arg(word));
            } else if (kind == u"insecure"_s) {
                spec.options.acceptInvalidCertificates = true;
            } else if (kind == u"head"_s) {
                head = true;
            } else if (kind == u"get"_s) {
                get = true;
            } else if (kind == u"compressed"_s) {
                compressed = true;
            } else if (kind == u"globoff"_s) {
                globOff = true;
            } else if (kind == u"network"_s) {
                network.read(word);
            } else {
                result.ignored.append(CurlText::tr("%1: only changes curl's own output").arg(word));
            }
            continue;
        }
        // An option of curl's that StatusScope does not apply, with its value when it takes one,
        // and what leaving it out changes where that is more than curl's own behaviour.
        const QString longName = findCurlOption(word) ? findCurlOption(word)->longName : word;
        const QString shown = argument.hasValue ? word + u' ' + value : word;
        if (longName == u"--unix-socket"_s || longName == u"--abstract-unix-socket"_s) {
            // Sent anyway, the request would reach whatever listens on the URL's host and port.
            return fail(CurlText::tr("%1: the command talks to a Unix socket, which StatusScope cannot; "
                                     "nothing is sent to the URL's host in its place.")
                            .arg(shown));
        }
        const char *consequence = notAppliedConsequence(longName);
        result.ignored.append(consequence ? QCoreApplication::translate("CurlCommand", consequence).arg(shown)
                                          : CurlText::tr("%1: not used by StatusScope").arg(shown));
    }

    if (urls.isEmpty())
        return fail(CurlText::tr("The curl command has no URL."));
    if (auto problem = network.finish(spec.options.network))
        return fail(*problem);
    result.ignored.append(network.notApplied());
    // With -L, curl sends -X's method on every hop, even after a 303 (with --follow it does not):
    // the chain here follows the statuses, so a pasted "-X POST -L" is told where it differs.
    if (!location.isEmpty() && !followsByStatus)
        result.ignored.append(customMethodOnRedirects(explicitMethod, location, spec.options.keepPost));
    // --compressed is what the engine does anyway (it asks for gzip and deflate and decodes them),
    // unless Accept-Encoding is typed: then the body is shown as it came.
    if (compressed && hasHeader(spec.headers, "Accept-Encoding"))
        result.ignored.append(CurlText::tr("--compressed: Accept-Encoding is typed, so the body is shown as "
                                           "received, not decoded"));
    // A cookie file that is not there: listed or refused as CurlFiles says, except curl's first run
    // of "-b jar.txt -c jar.txt", where the jar is still to be written.
    QStringList cookieFilesThere;
    for (const QString &file : std::as_const(cookieFiles)) {
        const bool jarToBe
            = !cookieJar.isEmpty() && !QFileInfo::exists(file) && isSameCookieFile(file, cookieJar);
        if (file.isEmpty() || jarToBe || fileReader.exists(u"-b "_s + file, file))
            cookieFilesThere.append(file);
        if (fileReader.failure())
            return fail(*fileReader.failure());
    }
    for (const HeaderPair &condition : std::as_const(conditions)) {
        if (!hasHeader(spec.headers, condition.first))
            spec.headers.append(condition);
    }
    readCurlCookieFiles(cookieFilesThere, cookieJar, spec, result.ignored);
    result.ignored.append(body.uploadsWithoutUrl(urls.size()));

    QList<CurlImport> imports;
    for (qsizetype k = 0; k < urls.size(); ++k) {
        // "{a,b}" and "[1-3]" patterns: one request for each URL they give, unless -g.
        QString globError;
        const std::optional<CurlGlob> expanded
            = globOff ? std::optional(CurlGlob{{urls.at(k)}, {}}) : expandCurlGlob(urls.at(k), &globError);
        if (!expanded)
            return fail(globError);
        for (const QString &url : expanded->urls) {
            CurlImport one = result;
            if (!expanded->problem.isEmpty())
                one.ignored.append(
                    CurlText::tr("the URL holds %1: curl refuses it without -g; it is sent as written")
                        .arg(expanded->problem));
            // As curl reads it: "localhost:8080/x" is http://localhost:8080/x, where QUrl sees the
            // scheme "localhost". The sentence names what is wrong, never the URL and its password.
            const UrlInput typed = readTypedUrl(url);
            if (!typed.isValid()) {
                // "https://$HOST/items" from a script or a README: the shell had a value for it.
                static const QRegularExpression variable(
                    u"\\$(\\{[A-Za-z_][A-Za-z0-9_]*\\}|[A-Za-z_][A-Za-z0-9_]*)"_s);
                const QRegularExpressionMatch found = variable.match(url);
                if (found.hasMatch())
                    return fail(
                        CurlText::tr("The URL in the curl command holds the shell variable %1, which a "
                                     "shell would have replaced with its value: put the value in the "
                                     "URL before sending.")
                            .arg(found.captured(0)));
                return fail(CurlText::tr("The URL in the curl command is not valid: %1").arg(typed.error));
            }
            one.request.url = typed.url;
            applyNetrc(netrc, one.request);
            const std::optional<QByteArray> bodyMethod = body.apply(one.request, k, get);
            if (!explicitMethod.isEmpty())
                one.request.method = explicitMethod;
            else if (head)
                one.request.method = QByteArrayLiteral("HEAD");
            else
                one.request.method = bodyMethod.value_or(QByteArrayLiteral("GET"));
            imports.append(std::move(one));
        }
    }
    return imports;
}

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
    for (const int status : {301, 302, 303}) {
        if (request.options.keepPost.covers(status))
            words.append(u"--post"_s + QString::number(status));
    }
    if (request.options.acceptInvalidCertificates)
        words.append(u"-k"_s);
    // The whole chain's time limit is curl's -m, in seconds.
    if (request.options.deadlineMs > 0)
        words.append({u"-m"_s, QString::number(request.options.deadlineMs / 1000.0)});
    if (request.options.connectTimeoutMs > 0)
        words.append({u"--connect-timeout"_s, QString::number(request.options.connectTimeoutMs / 1000.0)});
    words.append(curlNetworkWords(request.options.network));
    // Brackets and braces would be curl's URL patterns: -g sends the URL as it is.
    const QByteArray url = request.url.toEncoded();
    if (url.contains('[') || url.contains('{') || url.contains(']') || url.contains('}'))
        words.append(u"-g"_s);
    words.append(shellQuote(url));
    return words.join(u' ');
}

} // namespace StatusScope::Core
