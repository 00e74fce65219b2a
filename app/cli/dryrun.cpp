// SPDX-License-Identifier: MIT
#include "cli/dryrun.h"

#include "cli/commandline.h"
#include "cli/textlayout.h"
#include "core/formats/bodyformat.h"
#include "core/formats/chaindocument.h"
#include "core/formats/datasize.h"
#include "core/formats/networkdocument.h"
#include "core/requests/authresponder.h"
#include "core/requests/chaincookiejar.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "core/requests/tlsenvironment.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct DryRun
{
    Q_DECLARE_TR_FUNCTIONS(DryRun)
};

// The option names in the order the text lists them (check --help's order); the JSON has them all.
const QStringList &optionKeys()
{
    static const QStringList keys{
        u"follow"_s,      u"max_redirs"_s,   u"timeout"_s,  u"max_time"_s,
        u"speed_limit"_s, u"speed_time"_s,   u"max_body"_s, u"allow_downgrade"_s,
        u"insecure"_s,    u"http_version"_s, u"proxy"_s,    u"proxy_user"_s,
        u"noproxy"_s,     u"cacert"_s,       u"capath"_s,   u"cert"_s,
        u"key"_s,         u"cert_type"_s,    u"pass"_s,     u"resolve"_s,
        u"connect_to"_s,  u"auth"_s,         u"user"_s,     u"oauth2_bearer"_s,
        u"cookie"_s,
    };
    return keys;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue secondsOrNull(int ms, bool given)
{
    return given ? QJsonValue(ms / 1000.0) : QJsonValue(QJsonValue::Null);
}

// "alice:••••" as curl's USER:PASSWORD is typed; the password as maskedRequest() left it.
QJsonValue userAndPassword(const QString &user, const QString &password)
{
    if (user.isEmpty() && password.isEmpty())
        return QJsonValue(QJsonValue::Null);
    return password.isEmpty() ? user : user + u':' + password;
}

QString portText(int port)
{
    return port > 0 ? QString::number(port) : QString();
}

QString httpVersionOption(HttpVersion version)
{
    switch (version) {
    case HttpVersion::Default:
        break;
    case HttpVersion::Http1_1:
        return u"1.1"_s;
    case HttpVersion::Http2:
        return u"2"_s;
    case HttpVersion::Http2PriorKnowledge:
        return u"2-prior-knowledge"_s;
    }
    return {};
}

QString authOption(AuthSetting::Scheme scheme)
{
    switch (scheme) {
    case AuthSetting::Scheme::None:
        break;
    case AuthSetting::Scheme::Basic:
        return u"basic"_s;
    case AuthSetting::Scheme::Digest:
        return u"digest"_s;
    case AuthSetting::Scheme::Any:
        return u"anyauth"_s;
    case AuthSetting::Scheme::Bearer:
        return u"bearer"_s;
    }
    return {};
}

// `options` already masked (maskedRequest()); the cookies of a cookie file are masked here, since
// they ride in the options rather than in a header.
QJsonObject optionsToJson(const RequestOptions &options, bool showSecrets)
{
    const NetworkOptions &network = options.network;
    const bool speedLimit = options.lowSpeedBytesPerSecond > 0;
    QJsonValue proxy(QJsonValue::Null); // the system's settings: no -x given
    if (network.proxy.mode == ProxySetting::Mode::None)
        proxy = u""_s; // curl's -x ""
    else if (network.proxy.mode == ProxySetting::Mode::Manual)
        proxy = network.proxy.url.toString(QUrl::FullyEncoded);
    QJsonArray resolve;
    for (const ResolvePin &pin : network.resolve)
        resolve.append(u"%1:%2:%3"_s.arg(pin.host).arg(pin.port).arg(pin.addresses.join(u',')));
    QJsonArray connectTo;
    for (const ConnectToPin &pin : network.connectTo)
        connectTo.append(
            u"%1:%2:%3:%4"_s.arg(pin.host, portText(pin.port), pin.toHost, portText(pin.toPort)));
    QJsonArray cookies;
    for (const QNetworkCookie &cookie : options.cookies) {
        cookies.append(QJsonObject{
            {u"name"_s, QString::fromUtf8(cookie.name())},
            {u"value"_s,
             showSecrets ? QString::fromUtf8(cookie.value()) : QString::fromUtf8(credentialMask())},
            {u"domain"_s, cookie.domain()},
            {u"path"_s, cookie.path()}});
    }
    const TlsSetting &tls = network.tls;
    const bool certificate = !tls.clientCertificate.isEmpty();
    const QString certificateType = tls.certificateType == TlsSetting::CertificateType::Der ? u"der"_s
        : tls.certificateType == TlsSetting::CertificateType::Pkcs12                        ? u"p12"_s
                                                                                            : u"pem"_s;
    const bool bearer = network.auth.scheme == AuthSetting::Scheme::Bearer;
    return QJsonObject{
        {u"follow"_s, options.followRedirects},
        {u"max_redirs"_s, options.maxRedirects},
        {u"timeout"_s, options.inactivityTimeoutMs / 1000.0},
        {u"max_time"_s, secondsOrNull(options.deadlineMs, options.deadlineMs > 0)},
        {u"connect_timeout"_s, secondsOrNull(options.connectTimeoutMs, options.connectTimeoutMs > 0)},
        {u"speed_limit"_s, speedLimit ? QJsonValue(options.lowSpeedBytesPerSecond) : QJsonValue()},
        {u"speed_time"_s, secondsOrNull(options.lowSpeedWindowMs, speedLimit)},
        {u"max_body"_s, options.bodyCap},
        {u"allow_downgrade"_s, options.allowDowngrade},
        {u"post301"_s, options.keepPost.on301},
        {u"post302"_s, options.keepPost.on302},
        {u"post303"_s, options.keepPost.on303},
        {u"insecure"_s, options.acceptInvalidCertificates},
        {u"http_version"_s, textOrNull(httpVersionOption(network.httpVersion))},
        {u"proxy"_s, proxy},
        {u"proxy_user"_s, userAndPassword(network.proxy.user, network.proxy.password)},
        {u"noproxy"_s, QJsonArray::fromStringList(network.proxy.noProxy)},
        {u"cacert"_s, QJsonArray::fromStringList(tls.caFiles)},
        {u"capath"_s, textOrNull(tls.caPath)},
        {u"cert"_s, textOrNull(tls.clientCertificate)},
        {u"key"_s, textOrNull(tls.clientKey)},
        {u"cert_type"_s, certificate ? QJsonValue(certificateType) : QJsonValue()},
        {u"pass"_s, textOrNull(tls.passphrase)},
        {u"tls_min"_s, tlsVersionKey(tls.leastVersion)},
        {u"tls_max"_s, tlsVersionKey(tls.mostVersion)},
        {u"resolve"_s, resolve},
        {u"connect_to"_s, connectTo},
        {u"auth"_s, textOrNull(authOption(network.auth.scheme))},
        {u"user"_s, bearer ? QJsonValue() : userAndPassword(network.auth.user, network.auth.password)},
        {u"oauth2_bearer"_s, bearer ? textOrNull(network.auth.token) : QJsonValue()},
        {u"cookie"_s, cookies},
    };
}

// The request as its first hop leaves StatusScope: the fields given, then the Authorization that
// -u (Basic) or --oauth2-bearer adds up front, then the cookie file's cookies for the URL, worked
// out by the same classes the engine uses so the two cannot disagree.
RequestSpec withAddedHeaders(const RequestSpec &request)
{
    RequestSpec sent = request;
    sent.url = urlAsSent(request.url);
    Hop hop;
    hop.method = request.method;
    hop.url = request.url;
    AuthResponder(request).prepare(hop, sent.headers);
    if (!request.options.cookies.isEmpty() && !hasHeader(sent.headers, "Cookie")) {
        ChainCookieJar jar;
        jar.seed(request.options.cookies);
        QByteArrayList pairs;
        for (const QNetworkCookie &cookie : jar.cookiesForUrl(request.url))
            pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
        if (!pairs.isEmpty())
            sent.headers.append({QByteArrayLiteral("Cookie"), pairs.join("; ")});
    }
    return sent;
}

RequestSpec shownRequest(const RequestSpec &request, bool showSecrets)
{
    const RequestSpec sent = withAddedHeaders(request);
    return showSecrets ? sent : maskedRequest(sent);
}

// (ca-env) The authorities the environment names for https, when no --cacert or --capath is given.
std::optional<EnvironmentAuthorities> authoritiesFromEnvironment(const RequestSpec &request)
{
    const TlsSetting &tls = request.options.network.tls;
    if (!tls.caFiles.isEmpty() || !tls.caPath.isEmpty())
        return std::nullopt;
    return environmentAuthorities();
}

QJsonValue environmentAuthoritiesToJson(const RequestSpec &request)
{
    const std::optional<EnvironmentAuthorities> found = authoritiesFromEnvironment(request);
    if (!found)
        return QJsonValue(QJsonValue::Null);
    QJsonArray sources;
    for (const EnvironmentAuthorities::Source &source : found->sources)
        sources.append(QJsonObject{{u"variable"_s, source.variable}, {u"path"_s, source.path}});
    return QJsonObject{{u"sources"_s, sources}, {u"with_system"_s, found->withSystem}};
}

QJsonObject requestToJson(const PlannedRequest &planned, bool showSecrets)
{
    const RequestSpec request = shownRequest(planned.request, showSecrets);
    QJsonArray headers;
    for (const HeaderPair &header : request.headers)
        headers.append(QJsonArray{headerNameText(header.first), headerValueText(header.second)});
    return QJsonObject{
        {u"method"_s, methodText(request.method)},
        {u"url"_s, urlText(request.url)},
        {u"headers"_s, headers},
        {u"body_base64"_s,
         request.hasBody ? QJsonValue(QString::fromLatin1(request.body.toBase64())) : QJsonValue()},
        {u"options"_s, optionsToJson(request.options, showSecrets)},
        {u"authorities_from_environment"_s, environmentAuthoritiesToJson(request)},
        {u"not_applied"_s, QJsonArray::fromStringList(planned.notApplied)},
    };
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? DryRun::tr("yes") : DryRun::tr("no");
    case QJsonValue::Double: {
        // Whole numbers (a byte count of 10 MiB) in full, not as 1.04858e+07; seconds as given.
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString().isEmpty() ? u"\"\""_s : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject()) {
                const QJsonObject cookie = item.toObject();
                items.append(u"%1=%2 (%3%4)"_s.arg(
                    cookie.value(u"name"_s).toString(), cookie.value(u"value"_s).toString(),
                    cookie.value(u"domain"_s).toString(), cookie.value(u"path"_s).toString()));
            } else {
                items.append(item.toString());
            }
        }
        return items.join(u", "_s);
    }
    default:
        return {};
    }
}

// The body's first lines, as text when it reads as text, else as a short hex dump.
QString bodyPreview(const QByteArray &body, const QByteArray &contentType)
{
    constexpr qsizetype PreviewBytes = 512;
    constexpr qsizetype PreviewLines = 8;
    const BodyKind kind = bodyKindOf(body.left(PreviewBytes), contentType);
    if (kind == BodyKind::Binary || kind == BodyKind::Image || QString::fromUtf8(body).toUtf8() != body)
        return hexDump(body, 64);
    QStringList lines = QString::fromUtf8(body.left(PreviewBytes)).split(u'\n');
    const bool cut = lines.size() > PreviewLines || body.size() > PreviewBytes;
    lines = lines.mid(0, PreviewLines);
    for (QString &line : lines)
        line = escapeForDisplay(line);
    if (cut)
        lines.append(u"…"_s);
    return lines.join(u'\n');
}

void printRequest(const PlannedRequest &planned, bool showSecrets, QTextStream &out)
{
    const RequestSpec request = shownRequest(planned.request, showSecrets);
    out << escapeForDisplay(methodText(request.method)) << ' ' << displayUrl(request.url) << '\n';
    if (request.url.path() != planned.request.url.path()) {
        out << "  "
            << DryRun::tr("Typed as %1: Qt 6.4 removes “.” and “..” segments before sending.")
                   .arg(escapeForDisplay(planned.request.url.path(QUrl::FullyEncoded)))
            << '\n';
    }
    for (const HeaderPair &header : request.headers)
        out << "  " << escapeForDisplay(headerNameText(header.first)) << ": "
            << escapeForDisplay(headerValueText(header.second)) << '\n';
    if (request.hasBody) {
        out << "  " << DryRun::tr("Body: %1").arg(readableSize(request.body.size())) << '\n';
        const QString preview = bodyPreview(request.body, headerValue(request.headers, "Content-Type"));
        for (const QString &line : preview.split(u'\n'))
            out << "    " << line << '\n';
    }
    // Only what differs from a plain `check URL`, named as the option that sets it.
    const QJsonObject options = optionsToJson(request.options, showSecrets);
    const QJsonObject defaults = optionsToJson(RequestOptions{}, showSecrets);
    QStringList changed;
    for (const QString &key : optionKeys()) {
        if (options.value(key) != defaults.value(key))
            changed.append(QString(key).replace(u'_', u'-') + u' '
                           + escapeForDisplay(valueText(options.value(key))));
    }
    if (!changed.isEmpty()) {
        out << "  " << DryRun::tr("Options:") << '\n';
        for (const QString &line : std::as_const(changed))
            out << "    " << line << '\n';
    }
    if (const std::optional<EnvironmentAuthorities> found = authoritiesFromEnvironment(request)) {
        QStringList sources;
        for (const EnvironmentAuthorities::Source &source : found->sources)
            sources.append(u"%1 “%2”"_s.arg(source.variable, escapeForDisplay(source.path)));
        out << "  "
            << (found->withSystem
                    ? DryRun::tr(
                        "Authorities for https: this computer's, and those in %1 (from the environment, "
                        "as curl reads it).")
                    : DryRun::tr("Authorities for https: only those in %1 (from the environment, as curl "
                                 "reads it)."))
                   .arg(sources.join(u", "_s))
            << '\n';
    }
    if (!planned.notApplied.isEmpty()) {
        out << "  " << DryRun::tr("Not applied:") << '\n';
        for (const QString &line : planned.notApplied)
            out << "    " << escapeForDisplay(line) << '\n';
    }
}

} // namespace

void addDryRunOption(QCommandLineParser &parser)
{
    parser.addOption({u"dry-run"_s,
                      DryRun::tr("Print the requests that would be sent, and send nothing; files the "
                                 "request names need not exist (they are listed as not applied).")});
}

QString dryRunFileProblem(const QString &path, const QString &error)
{
    return QFileInfo::exists(path) ? DryRun::tr("file not readable: %1: %2").arg(path, error)
                                   : DryRun::tr("file not found: %1").arg(path);
}

QJsonObject dryRunToJson(const QList<PlannedRequest> &requests, bool showSecrets)
{
    QJsonArray array;
    for (const PlannedRequest &planned : requests)
        array.append(requestToJson(planned, showSecrets));
    return QJsonObject{{u"requests"_s, array}};
}

int printDryRun(const QList<PlannedRequest> &requests, bool json, bool showSecrets, QTextStream &out)
{
    if (json) {
        out << jsonForTerminal(
            QJsonDocument(dryRunToJson(requests, showSecrets)).toJson(QJsonDocument::Indented));
        out.flush();
        return ExitSuccess;
    }
    out << DryRun::tr("Dry run: nothing was sent.") << '\n';
    for (qsizetype i = 0; i < requests.size(); ++i) {
        out << '\n';
        if (requests.size() > 1)
            out << DryRun::tr("Request %1 of %2:").arg(i + 1).arg(requests.size()) << ' ';
        printRequest(requests.at(i), showSecrets, out);
    }
    out.flush();
    return ExitSuccess;
}

} // namespace StatusScope::Cli
