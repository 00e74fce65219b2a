// SPDX-License-Identifier: MIT
#include "core/requests/requestengine.h"

#include "core/requests/authresponder.h"
#include "core/requests/bodychecks.h"
#include "core/requests/bodydecoder.h"
#include "core/requests/chaincookiejar.h"
#include "core/requests/checkids.h"
#include "core/requests/hopannotator.h"
#include "core/requests/hopgate.h"
#include "core/requests/locationresolver.h"
#include "core/requests/proxyselection.h"
#include "core/requests/redirectfollower.h"
#include "core/requests/requestfailure.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/tlsfailure.h"
#include "core/requests/tlsroute.h"
#include "core/requests/tlssetup.h"
#include "core/statusscope_version.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTemporaryFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct RequestEngineText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEngine)
};

constexpr qint64 ReadChunk = 64 * 1024;
constexpr qint64 ReadBufferCap = 1024 * 1024;
// Sent unless the user typed Accept-Encoding: the codings BodyDecoder undoes, so that no body
// arrives in a coding that can only be passed through.
constexpr auto DecodableCodings = "gzip, deflate";

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    case QSsl::DtlsV1_2:
        return u"DTLS 1.2"_s;
    default:
        return u"TLS"_s;
    }
}

// Several typed fields of one name become one field, as Qt can only send a name once.
HeaderList mergeDuplicates(const HeaderList &headers)
{
    HeaderList merged;
    for (const HeaderPair &header : headers) {
        auto existing = std::find_if(merged.begin(), merged.end(), [&](const HeaderPair &h) {
            return h.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (existing == merged.end())
            merged.append(header);
        else
            existing->second
                += (header.first.compare("Cookie", Qt::CaseInsensitive) == 0 ? "; " : ", ") + header.second;
    }
    return merged;
}

// user:password@ in the URL becomes a visible Basic Authorization header: Qt would otherwise answer
// a 401 with it by itself, and the first 401 would vanish from the chain.
RequestSpec withExplicitCredentials(const RequestSpec &request)
{
    if (request.url.userInfo().isEmpty())
        return request;
    RequestSpec result = request;
    if (!hasHeader(result.headers, "Authorization")) {
        const QByteArray credentials = request.url.userName(QUrl::FullyDecoded).toUtf8() + ':'
            + request.url.password(QUrl::FullyDecoded).toUtf8();
        result.headers.append({QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64()});
    }
    result.url.setUserInfo(QString());
    return result;
}

} // namespace

RequestEngine::RequestEngine(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                             QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_catalogue(catalogue)
{
    m_inactivity.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_connectLimit.setSingleShot(true);
    connect(&m_connectLimit, &QTimer::timeout, this, [this] { abortReply(Abort::ConnectTimeout); });
    connect(&m_inactivity, &QTimer::timeout, this, &RequestEngine::onInactivity);
    connect(&m_deadline, &QTimer::timeout, this, &RequestEngine::onDeadline);
    connect(&m_speedCheck, &QTimer::timeout, this, [this] {
        if (m_reply && m_speed.tooSlow(qint64(elapsedMs()), m_bytesSent + m_bytesReceived))
            abortReply(Abort::LowSpeed);
    });
}

RequestEngine::~RequestEngine()
{
    releaseGate(nullptr);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString RequestEngine::certificateExceptionKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(effectivePort(url)); // hosts compare without case
}

bool RequestEngine::refuse(const QString &message)
{
    m_result.outcome = ChainOutcome::Error;
    m_result.error = ChainError{ErrorKind::InvalidInput, message};
    return false;
}

bool RequestEngine::start(const RequestSpec &request)
{
    if (m_running)
        cancel();
    ++m_generation;
    m_result = ChainResult{};
    m_result.request = request;
    m_bodyFiles.clear();
    m_abort = Abort::None;
    // Every way out that sends nothing leaves a sentence in result(), for the window and the
    // command line to show.
    if (!m_manager)
        return refuse(RequestEngineText::tr("Nothing was sent: the request engine has no network access."));
    if (const std::optional<QString> problem = validateRequest(request))
        return refuse(*problem);
    if (const std::optional<QString> problem = proxySettingProblem(request.options.network.proxy))
        return refuse(*problem);
    if (const std::optional<QString> problem
        = environmentProxyProblem(request.options.network.proxy, request.url))
        return refuse(*problem);
    if (const std::optional<QString> problem = authSettingProblem(request.options.network.auth))
        return refuse(*problem);
    if (const std::optional<QString> problem
        = pinThroughProxyProblem(request.url, request.options.network,
                                 proxyFor(request.options.network.proxy, request.url,
                                          &ProxyRouter::forManager(m_manager)->systemProxies())))
        return refuse(*problem);
    // The certificate files are read before anything is sent: a wrong passphrase costs no request.
    QString tlsProblem;
    std::optional<TlsSetup> tls = TlsSetup::load(request.options.network.tls, &tlsProblem);
    if (!tls)
        return refuse(tlsProblem);
    m_tls = std::make_unique<TlsSetup>(std::move(*tls));
    // (cert15) The preferred certificates are matched hop by hop; the first hop's is read now.
    m_tls->setHostCertificates(request.options.network.clientCertificateRules);
    if (request.url.scheme() == u"https"_s) {
        if (const std::optional<QString> problem
            = m_tls->chooseFor(request.url, request.options.acceptInvalidCertificates))
            return refuse(*problem);
    }
    forgetConnectionsMadeOtherwise(m_manager, *m_tls);
    m_jar = std::make_unique<ChainCookieJar>();
    m_jar->seed(request.options.cookies); // -b FILE
    m_follower = std::make_unique<RedirectFollower>(withExplicitCredentials(request), m_jar.get());
    m_auth = std::make_unique<AuthResponder>(request);
    m_userSetAcceptEncoding = hasHeader(request.headers, "Accept-Encoding");
    m_running = true;
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_chainClock.start();
    if (request.options.deadlineMs > 0)
        m_deadline.start(request.options.deadlineMs);
    m_speed = SpeedWindow(request.options.lowSpeedBytesPerSecond, request.options.lowSpeedWindowMs);
    sendCurrent();
    return true;
}

void RequestEngine::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        abortReply(Abort::Cancel);
        return;
    }
    m_result.stop = ChainStop{StopReason::Cancelled, RequestEngineText::tr("Cancelled.")};
    endChain(ChainOutcome::Stopped);
}

double RequestEngine::elapsedMs() const
{
    return double(m_hopClock.nsecsElapsed()) / 1e6;
}

double RequestEngine::chainElapsedMs() const
{
    return m_chainClock.isValid() ? double(m_chainClock.nsecsElapsed()) / 1e6 : 0.0;
}

void RequestEngine::touch()
{
    m_inactivity.start(m_result.request.options.inactivityTimeoutMs);
}

// Qt 6.4 sends a path without its "." and ".." segments (percent-encoded ones too), and not quite
// as RFC 3986 §5.2.4 would ("/a/b/.." goes out as "/a"): the hop shows the path as it went out,
// made by the same normalisation Qt applies, and says so when it is not the one given.
void RequestEngine::notePathAsSent(Hop &hop)
{
    const QUrl sent = urlAsSent(hop.url);
    if (sent.path(QUrl::FullyEncoded) == hop.url.path(QUrl::FullyEncoded))
        return;
    hop.warnings.append(makeWarning(
        CheckId::PathNormalized,
        RequestEngineText::tr("The path was sent as %1, not %2: Qt 6.4 removes “.” and “..” segments before "
                              "sending (curl does too, unless --path-as-is).")
            .arg(escapeForDisplay(sent.path(QUrl::FullyEncoded)),
                 escapeForDisplay(hop.url.path(QUrl::FullyEncoded)))));
    hop.url = sent;
}

void RequestEngine::sendCurrent()
{
    const RedirectFollower::Request &current = m_follower->current();
    const RequestOptions &options = m_result.request.options;

    m_hop = Hop{};
    m_hop.index = int(m_result.hops.size());
    m_hop.startMs = chainElapsedMs();
    m_hop.method = current.method;
    m_hop.url = m_follower->urlForSending();
    notePathAsSent(m_hop);
    m_hop.requestHasBody = current.hasBody;
    m_hop.requestBodyBytes = current.hasBody ? current.body.size() : 0;
    m_bodyFile.reset();
    m_decoder.reset();

    HeaderList headers = mergeDuplicates(m_follower->headersForSending());
    if (!m_userSetAcceptEncoding)
        headers.append({QByteArrayLiteral("Accept-Encoding"), QByteArray(DecodableCodings)});
    if (!hasHeader(headers, "User-Agent"))
        headers.append(
            {QByteArrayLiteral("User-Agent"), QByteArrayLiteral("StatusScope/" STATUSSCOPE_VERSION)});
    // -u and --oauth2-bearer: the Authorization the engine adds for this hop, if any.
    m_auth->prepare(m_hop, headers);
    // The proxy for this hop's own URL (--noproxy may exclude it), and its Basic credentials.
    m_proxy.begin(m_manager, options.network, m_hop, headers);
    m_hop.requestHeaders = headers;
    if (current.hasBody
        && headerValue(headers, "Expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0)
        m_hop.warnings.append(makeWarning(
            CheckId::ExpectNotAwaited,
            RequestEngineText::tr("Expect: 100-continue was sent, but Qt 6.4 does not wait for the server's "
                                  "100 Continue: the body went out with the request head, and an interim 100 "
                                  "is skipped.")));

    QNetworkRequest request(m_hop.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Accept-Encoding is always set, so Qt 6.4 never decodes: BodyDecoder does, and can tell a
    // truncated or corrupt body from a whole one. The threshold only matters should Qt decode.
    request.setDecompressedSafetyCheckThreshold(-1);
    for (const HeaderPair &header : std::as_const(headers))
        request.setRawHeader(header.first, header.second);
    // HTTP version, trust and client certificate, and a --resolve/--connect-to pin (tlsroute.h).
    if (const std::optional<QString> problem = environmentProxyProblem(options.network.proxy, m_hop.url)) {
        // A redirect to the other scheme, whose variable cannot be used: the chain ends here.
        m_proxy.end(nullptr, m_hop, m_result);
        m_result.error = ChainError{ErrorKind::InvalidInput, *problem};
        endChain(ChainOutcome::Error);
        return;
    }
    if (const std::optional<QString> problem
        = pinThroughProxyProblem(m_hop.url, options.network, m_proxy.proxy())) {
        // Only a redirect gets here: start() refused the URL typed. The chain ends before this hop.
        m_proxy.end(nullptr, m_hop, m_result);
        m_result.error = ChainError{ErrorKind::InvalidInput, *problem};
        endChain(ChainOutcome::Error);
        return;
    }
    // (cert15) The client certificate for this hop's own host, never the first hop's carried on.
    if (m_hop.url.scheme() == u"https"_s) {
        if (const std::optional<QString> problem
            = m_tls->chooseFor(m_hop.url, certificateErrorsAccepted(m_hop.url))) {
            m_proxy.end(nullptr, m_hop, m_result);
            m_result.error = ChainError{ErrorKind::InvalidInput, *problem};
            endChain(ChainOutcome::Error);
            return;
        }
        noteClientCertificate(m_hop.route, *m_tls);
    }
    routeHop(request, m_hop, options.network, *m_tls, m_proxy.proxy());
    m_addresses.begin();
    m_request = request;
    if (!m_gate) {
        issue();
        Q_EMIT hopStarted(m_hop.index);
        return;
    }
    // (audit) The gate may hold the hop back for its host's limits; a cancel meanwhile withdraws it.
    m_gateHeld = true;
    m_gate->acquire(this, m_hop.url, [this, generation = m_generation] {
        if (generation != m_generation || !m_running)
            return;
        issue();
        Q_EMIT hopStarted(m_hop.index);
    });
}

// Sends m_request for the current hop: once, or again at another --resolve address.
void RequestEngine::issue()
{
    const RedirectFollower::Request &current = m_follower->current();
    const QNetworkRequest &request = m_request;
    m_proxy.retarget(request.url()); // a pin's address goes through the hop's proxy too

    m_hopClock.start();
    QNetworkReply *reply = nullptr;
    const QByteArray method = current.method.toUpper() == "HEAD" ? QByteArrayLiteral("HEAD") : current.method;
    if (method == "HEAD")
        reply = m_manager->head(request); // sendCustomRequest("HEAD") would wait for a body
    else if (!current.hasBody && method == "GET")
        reply = m_manager->get(request);
    else if (!current.hasBody)
        reply = m_manager->sendCustomRequest(request, current.method);
    else
        reply = m_manager->sendCustomRequest(request, current.method, current.body);
    // A hard cap on Qt's buffer; only honoured when set before the event loop runs again.
    reply->setReadBufferSize(ReadBufferCap);
    m_reply = reply;
    connectReply(reply);
    touch();
    if (m_result.request.options.connectTimeoutMs > 0)
        m_connectLimit.start(m_result.request.options.connectTimeoutMs);
    m_bytesSent = 0;
    m_bytesReceived = 0;
    m_speed.restart();
    if (m_speed.isEnabled()) // a few looks per window, at most one a second
        m_speedCheck.start(int(std::clamp<qint64>(m_speed.windowMs() / 5, 50, 1000)));
}

void RequestEngine::connectReply(QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        if (!m_hop.timings.connect)
            m_hop.timings.connect = elapsedMs();
        touch();
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        ++m_hop.timings.requestSentCount;
        m_hop.timings.sent = elapsedMs();
        touch();
        // Written on plain http means connected; https waits for its handshake (encrypted), which
        // Qt 6.4 ends before it writes the request.
        m_connectLimit.stop();
    });
    connect(reply, &QNetworkReply::encrypted, this, &RequestEngine::onEncrypted);
    connect(reply, &QNetworkReply::sslErrors, this, &RequestEngine::onSslErrors);
    connect(reply, &QNetworkReply::metaDataChanged, this, &RequestEngine::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &RequestEngine::onReadyRead);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent) {
        m_bytesSent = sent;
        touch();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        m_bytesReceived = received;
        touch();
    });
    connect(reply, &QNetworkReply::finished, this, &RequestEngine::onReplyFinished);
}

void RequestEngine::onEncrypted()
{
    m_connectLimit.stop();
    m_hop.timings.tls = elapsedMs();
    touch();
    if (m_reply)
        recordTls(m_reply);
}

bool RequestEngine::certificateErrorsAccepted(const QUrl &url) const
{
    return m_result.request.options.acceptInvalidCertificates
        && certificateExceptionKey(url) == certificateExceptionKey(m_result.request.url);
}

void RequestEngine::onSslErrors(const QList<QSslError> &errors)
{
    // An issuing CA given with --cacert without its root: trusted as curl trusts it (tlssetup.h).
    if (m_reply && m_tls->anchorsPartialChain(errors)) {
        m_reply->ignoreSslErrors(errors);
        touch();
        return;
    }
    for (const QSslError &error : errors)
        m_hop.tls.errors.append(error.errorString());
    if (m_reply)
        m_hop.tls.problem = describeCertificateErrors(errors, m_hop.url.host(),
                                                      m_reply->sslConfiguration().peerCertificateChain(),
                                                      m_tls->trustSource());
    // The exception is scoped to the host and port the user typed, never to another service on
    // the same host nor to hosts a redirect leads to.
    if (certificateErrorsAccepted(m_hop.url) && m_reply) {
        m_hop.tls.errorsIgnored = true;
        m_reply->ignoreSslErrors();
    }
    touch();
}

void RequestEngine::onMetaDataChanged()
{
    m_connectLimit.stop();
    if (!m_hop.timings.headers)
        m_hop.timings.headers = elapsedMs();
    touch();
}

void RequestEngine::onReadyRead()
{
    touch();
    readBody();
}

void RequestEngine::readBody()
{
    QPointer<QNetworkReply> reply = m_reply;
    while (reply && reply->isOpen() && reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        if (!m_decoder) {
            m_decoder = std::make_unique<BodyDecoder>(
                m_userSetAcceptEncoding ? QByteArray() : reply->rawHeader("Content-Encoding"));
        }
        if (!m_decoder->feed(chunk, [this](const QByteArray &decoded) { return appendBody(decoded); })) {
            // Either finishes the hop synchronously.
            abortReply(m_decoder->failed() ? Abort::DecodeFailed : Abort::BodyCap);
            return;
        }
        Q_EMIT bytesReceived(m_hop.index, m_hop.bodyBytes);
    }
}

bool RequestEngine::appendBody(const QByteArray &chunk)
{
    const RequestOptions &options = m_result.request.options;
    QByteArray data = chunk;
    bool withinCap = true;
    if (m_hop.bodyBytes + data.size() > options.bodyCap) {
        data.truncate(options.bodyCap - m_hop.bodyBytes);
        withinCap = false;
    }
    m_hop.bodyBytes += data.size();
    const qint64 room = options.previewBytes - m_hop.bodyPreview.size();
    if (room > 0) {
        m_hop.bodyPreview += data.left(room);
        data.remove(0, std::min<qint64>(room, data.size()));
    }
    if (!data.isEmpty()) {
        if (!m_bodyFile) {
            m_bodyFile = std::make_shared<QTemporaryFile>();
            if (m_bodyFile->open()) {
                m_bodyFiles.append(m_bodyFile);
                m_hop.bodyFile = m_bodyFile->fileName();
            }
        }
        if (m_bodyFile->isOpen())
            m_bodyFile->write(data);
    }
    return withinCap;
}

void RequestEngine::abortReply(Abort reason)
{
    if (!m_reply)
        return;
    m_abort = reason;
    m_reply->abort(); // emits finished() before it returns
}

void RequestEngine::onInactivity()
{
    abortReply(Abort::Timeout);
}

void RequestEngine::onDeadline()
{
    if (m_reply)
        abortReply(Abort::Deadline);
}

void RequestEngine::recordTls(QNetworkReply *reply)
{
    const QSslConfiguration configuration = reply->sslConfiguration();
    m_hop.tls.encrypted = true;
    m_hop.tls.protocol = tlsProtocolName(configuration.sessionProtocol());
    m_hop.tls.cipher = configuration.sessionCipher().name();
    m_hop.tls.alpn = QString::fromLatin1(configuration.nextNegotiatedProtocol());
    m_hop.tls.chain.clear();
    for (const QSslCertificate &certificate : configuration.peerCertificateChain())
        m_hop.tls.chain.append(
            {certificate.subjectDisplayName(), certificate.issuerDisplayName(), certificate.effectiveDate(),
             certificate.expiryDate(),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'))});
}

void RequestEngine::recordResponse(QNetworkReply *reply)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_hop.status = status.toInt();
    // Qt 6.4 hands the phrase over as Latin-1 text: toLatin1() gives back the bytes on the wire,
    // which are then shown with anything that could spoof the display escaped.
    m_hop.reason = escapeBytesForDisplay(
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().toLatin1());
    m_hop.protocol
        = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? u"HTTP/2"_s : u"HTTP/1.x"_s;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        m_hop.responseHeaders.append({name, value});
    if (m_hop.responseHeaders.isEmpty() && m_hop.protocol == u"HTTP/1.x"_s) {
        // Qt 6.4 drops a header section it cannot read and, when the server then closes the
        // connection, ends the reply without an error: a 302 whose 300 KB Location was lost read
        // as "no Location". A server that sends no field at all is rare; both are said. (When
        // the connection stays open Qt waits instead, and the timeout says it: requestfailure.cpp.)
        m_hop.warnings.append(makeWarning(
            CheckId::UnreadableHeaders,
            RequestEngineText::tr("No header field was read from this response: either the server sent "
                                  "none, or Qt 6.4 could not read its header section (more than 100 fields, "
                                  "a field of over 100 KB, a line without a colon) and dropped it. Servers "
                                  "nearly always send some (Date, Content-Length)."),
            Severity::Warning));
    }
    if (!m_hop.tls.encrypted && reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool())
        recordTls(reply);
    if (!m_hop.timings.connect && !m_hop.timings.tls)
        m_hop.timings.connectionReused = true;

    // Cookies set along the chain go to later hops by the cookie rules; a refused one is named.
    const QList<QNetworkCookie> cookies
        = reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const ChainCookieJar::Refused &refused : m_jar->store(cookies, m_hop.url)) {
        m_hop.warnings.append(
            makeWarning(CheckId::CookieRejected,
                        RequestEngineText::tr("The cookie “%1” was refused: %2. It is not sent on "
                                              "later hops.")
                            .arg(escapeBytesForDisplay(refused.cookie.name()), refused.reason)));
    }
    checkFraming(m_hop);
}

void RequestEngine::finishBody()
{
    if (!m_hop.status)
        return;
    if (m_userSetAcceptEncoding) {
        describeKeptEncoded(m_hop);
        return;
    }
    if (!m_decoder) // no body byte arrived
        return;
    // A body cut by the server, a limit or the user is named as such; its coding is not judged.
    if ((m_abort != Abort::None && m_abort != Abort::DecodeFailed) || m_hop.bodyTruncated) {
        if (m_decoder->decodes())
            m_hop.wireBodyBytes = m_decoder->wireBytes();
        return;
    }
    if (!describeDecoding(m_hop, *m_decoder) && !m_result.error) {
        m_result.error = ChainError{ErrorKind::InvalidResponse,
                                    RequestEngineText::tr("The %1 body of hop %2 could not be decoded: %3.")
                                        .arg(m_decoder->codings())
                                        .arg(m_hop.index + 1)
                                        .arg(m_decoder->problem())};
    }
}

void RequestEngine::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_inactivity.stop();
    m_speedCheck.stop();
    m_connectLimit.stop();
    reply->disconnect(this);
    reply->deleteLater();

    // --resolve's next address when connecting to this one failed: the same hop, sent again.
    const bool timedOut = m_abort == Abort::Timeout || m_abort == Abort::ConnectTimeout;
    if ((m_abort == Abort::None || timedOut)
        && m_addresses.next(reply, timedOut, m_request, m_hop, m_result.request.options.network,
                            m_proxy.proxy())) {
        m_abort = Abort::None;
        issue();
        return;
    }
    if (m_abort == Abort::None)
        readBody();
    if (m_bodyFile)
        m_bodyFile->flush();
    m_hop.timings.done = elapsedMs();
    recordResponse(reply);
    noteClientCertificateRequest(m_hop, *m_tls); // after readBody(): the server's page tells

    if (m_hop.status && m_hop.timings.requestSentCount > 1) {
        m_hop.warnings.append(
            makeWarning(CheckId::RequestResent,
                        RequestEngineText::tr("Qt sent this request %n times by itself before a response "
                                              "arrived; the server may have seen it more than once.",
                                              nullptr, m_hop.timings.requestSentCount)));
    }
    if (m_hop.tls.errorsIgnored) {
        m_hop.warnings.append(
            makeWarning(CheckId::TlsErrorsIgnored,
                        RequestEngineText::tr("The certificate was accepted although it is not valid: %1")
                            .arg(m_hop.tls.errors.join(u"; "_s))));
    }
    if (m_hop.status && m_catalogue)
        annotateHop(m_hop, *m_catalogue);
    // Qt 6.4 now and then ends a reply cut by a connection reset without an error (probed): the
    // announced Content-Length, where Qt kept it, tells a short body all the same.
    classifyFailure(m_abort, reply, m_hop.status && bodyShorterThanAnnounced(), m_speed, m_hop, m_result);
    m_addresses.explain(m_hop, m_result); // every --resolve address tried, named
    m_proxy.end(reply, m_hop, m_result); // a proxy's 407 or failure, named as the proxy's
    finishBody();

    const bool failed = m_result.error || m_result.stop;
    RedirectFollower::Decision decision = RedirectFollower::Decision::Final;
    if (!failed) {
        decision = m_follower->onResponse(m_hop);
        if (decision == RedirectFollower::Decision::Stop)
            m_result.stop = m_follower->stop();
    } else if (m_hop.status) {
        // Still record where a redirect would have led.
        RedirectFollower probe(*m_follower);
        Hop copy = m_hop;
        probe.onResponse(copy);
        m_hop.location = copy.location;
        m_hop.locationRaw = copy.locationRaw;
    }
    // A 401 the credentials given can answer, or a proxy's 407 (--proxy-user): the same request
    // goes again, as the next hop.
    const bool answerAuth = !failed && decision == RedirectFollower::Decision::Final
        && (m_auth->onResponse(m_hop) || m_proxy.answers407());
    // (audit) A 429 or 503 whose Retry-After the gate waits out: the same request goes again, as
    // the next hop, with the chain so far (its cookies, stripped credentials) kept.
    const bool retryLater = !failed && !answerAuth && decision == RedirectFollower::Decision::Final && m_gate
        && m_gateHeld && m_gate->retryLater(this, m_hop, m_result.hops);
    escapeUntrustedText(m_hop);
    releaseGate(&m_hop);
    m_result.hops.append(m_hop);
    const quint64 generation = m_generation;
    Q_EMIT hopFinished(m_hop.index);
    // A slot may have cancelled this chain or started another: then there is nothing left to do.
    if (generation != m_generation || !m_running)
        return;

    if (m_result.error)
        endChain(ChainOutcome::Error);
    else if (m_result.stop)
        endChain(ChainOutcome::Stopped);
    else if (decision == RedirectFollower::Decision::Follow || answerAuth || retryLater)
        sendCurrent();
    else
        endChain(ChainOutcome::Complete);
}

bool RequestEngine::bodyShorterThanAnnounced() const
{
    // No body is due for HEAD, 1xx, 204 and 304.
    const int status = m_hop.status.value_or(0);
    if (m_hop.method.compare("HEAD", Qt::CaseInsensitive) == 0 || (status >= 100 && status < 200)
        || status == 204 || status == 304)
        return false;
    // The announced length counts bytes on the wire, before any decoding.
    const std::optional<qint64> announced = announcedLength(m_hop.responseHeaders);
    const qint64 received = m_decoder ? m_decoder->wireBytes() : 0;
    return announced && received < *announced && m_hop.bodyBytes < m_result.request.options.bodyCap;
}

void RequestEngine::releaseGate(const Hop *hop)
{
    if (m_gate && m_gateHeld) {
        m_gateHeld = false;
        m_gate->release(this, hop);
    }
}

void RequestEngine::endChain(ChainOutcome outcome)
{
    releaseGate(nullptr);
    m_running = false;
    m_inactivity.stop();
    m_deadline.stop();
    m_speedCheck.stop();
    m_connectLimit.stop();
    m_result.outcome = outcome;
    escapeUntrustedSentences(m_result);
    m_result.totalMs = double(m_chainClock.nsecsElapsed()) / 1e6;
    const bool answered = std::any_of(m_result.hops.cbegin(), m_result.hops.cend(),
                                      [](const Hop &hop) { return hop.status.has_value(); });
    m_result.finalUrl = answered && m_follower ? m_follower->current().url : QUrl();
    m_result.cookies = m_jar ? m_jar->cookies() : QList<QNetworkCookie>(); // for -c FILE
    Q_EMIT finished();
}

} // namespace StatusScope::Core
