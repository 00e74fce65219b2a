// SPDX-License-Identifier: MIT
#include "core/requests/requestsession.h"

#include "core/history/historystore.h"
#include "core/requests/requestengine.h"

namespace StatusScope::Core {

RequestSession::RequestSession(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                               QObject *parent)
    : QObject(parent)
    , m_engine(new RequestEngine(manager, catalogue, this))
{
    connect(m_engine, &RequestEngine::hopStarted, this, &RequestSession::hopStarted);
    connect(m_engine, &RequestEngine::bytesReceived, this, &RequestSession::bytesReceived);
    connect(m_engine, &RequestEngine::hopFinished, this, &RequestSession::hopFinished);
    connect(m_engine, &RequestEngine::finished, this, &RequestSession::onEngineFinished);
}

RequestSession::~RequestSession() = default;

bool RequestSession::send(RequestSpec request)
{
    // The old chain is ended first: its last signals (a cancelled hop, its ending) must land
    // before the views are reset for the new one, not over its "waiting".
    if (m_engine->isRunning())
        m_engine->cancel();
    m_pending.reset();
    m_pendingNeeds.clear();
    if (m_asker) {
        QList<SecretNeed> needs = missingSecrets(m_preferences, request) + missingRequestSecrets(request);
        if (!needs.isEmpty()) {
            // Sent without them it would reach the proxy unauthenticated, or fail to open the key.
            m_pending = std::move(request);
            m_pendingNeeds = needs;
            m_asker(needs);
            return true;
        }
    }
    return start(std::move(request), m_preferences);
}

bool RequestSession::continueSend(const QList<SecretNeed> &answered)
{
    if (!m_pending)
        return false;
    RequestSpec request = std::move(*m_pending);
    m_pending.reset();
    m_pendingNeeds.clear();
    // The preferences may have changed while the question was open (the keychain answered):
    // the answers go over what they hold now.
    return start(withRequestSecrets(std::move(request), answered), withSecrets(m_preferences, answered));
}

void RequestSession::abandonSend(const QString &why)
{
    if (!m_pending)
        return;
    m_pending.reset();
    m_pendingNeeds.clear();
    Q_EMIT sendAbandoned(why);
}

bool RequestSession::start(RequestSpec request, const NetworkPreferences &preferences)
{
    m_composedRequest = request;
    request.options.acceptInvalidCertificates
        = request.options.acceptInvalidCertificates || isCertificateTrusted(request.url);
    // The preferences fill what the request leaves at its built-in values; sending the result
    // again (acceptCertificate(), continueOverHttp()) changes nothing more.
    request.options = effectiveOptions(preferences, request.options);
    m_lastRequest = request;
    m_question = TrustQuestion::None;
    m_questionUrl.clear();
    Q_EMIT chainStarting(request);
    return m_engine->start(request);
}

void RequestSession::cancel()
{
    m_engine->cancel();
    // Cancel while a password is asked for drops the request too; the asker's question is
    // answered into nothing (continueSend() finds no request).
    abandonSend(tr("Nothing was sent: the request was cancelled while its password was asked for."));
}

bool RequestSession::isRunning() const
{
    return m_engine->isRunning();
}

const ChainResult &RequestSession::result() const
{
    return m_engine->result();
}

const Hop &RequestSession::currentHop() const
{
    return m_engine->currentHop();
}

double RequestSession::chainElapsedMs() const
{
    return m_engine->chainElapsedMs();
}

bool RequestSession::isCertificateTrusted(const QUrl &url) const
{
    return !url.host().isEmpty() && m_trustedHosts.contains(RequestEngine::certificateExceptionKey(url));
}

void RequestSession::trustCertificate(const QUrl &url)
{
    if (url.host().isEmpty())
        return;
    const qsizetype before = m_trustedHosts.size();
    m_trustedHosts.insert(RequestEngine::certificateExceptionKey(url));
    if (m_trustedHosts.size() != before)
        Q_EMIT trustChanged();
}

RequestSpec RequestSession::withSessionTrust(RequestSpec request) const
{
    request.options.acceptInvalidCertificates = isCertificateTrusted(request.url);
    return request;
}

bool RequestSession::acceptCertificate()
{
    if (m_question != TrustQuestion::AcceptCertificate || m_engine->isRunning())
        return false;
    // The exception covers the host and port that were asked for, never a redirect's target.
    trustCertificate(m_lastRequest.url);
    RequestSpec again = m_lastRequest;
    again.options.acceptInvalidCertificates = true;
    return send(again);
}

bool RequestSession::continueOverHttp()
{
    if (m_question != TrustQuestion::ContinueOverHttp || m_engine->isRunning())
        return false;
    RequestSpec again = m_lastRequest;
    again.options.allowDowngrade = true; // for this send only: the user's option stays as it is
    return send(again);
}

TrustQuestion RequestSession::questionFor(const ChainResult &chain) const
{
    if (chain.stop && chain.stop->reason == StopReason::HttpsDowngrade)
        return TrustQuestion::ContinueOverHttp;
    // Only the host the user asked for: a redirect to another host with a bad certificate is
    // not one click away from being trusted.
    if (chain.error && chain.error->kind == ErrorKind::Tls && !chain.hops.isEmpty()
        && RequestEngine::certificateExceptionKey(chain.hops.last().url)
            == RequestEngine::certificateExceptionKey(m_lastRequest.url))
        return TrustQuestion::AcceptCertificate;
    return TrustQuestion::None;
}

void RequestSession::onEngineFinished()
{
    const ChainResult &chain = m_engine->result();
    m_question = questionFor(chain);
    m_questionUrl
        = m_question == TrustQuestion::None || chain.hops.isEmpty() ? QUrl() : chain.hops.last().url;
    // The store masks credentials as its settings say (RecordOptions). The hops say where each
    // went (proxy, pins); the request is kept as it was composed.
    if (m_history) {
        ChainResult kept = chain;
        kept.request = m_composedRequest;
        if (m_history->addChain(kept) > 0)
            Q_EMIT historyChanged();
    }
    if (m_question != TrustQuestion::None)
        Q_EMIT trustQuestionAsked(m_question, m_questionUrl);
    Q_EMIT finished();
}

} // namespace StatusScope::Core
