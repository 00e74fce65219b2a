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
    request.options.acceptInvalidCertificates
        = request.options.acceptInvalidCertificates || isCertificateTrusted(request.url);
    // The preferences fill what the request leaves at its built-in values; sending the result
    // again (acceptCertificate(), continueOverHttp()) changes nothing more.
    request.options = effectiveOptions(m_preferences, request.options, request.url);
    m_lastRequest = request;
    m_question = TrustQuestion::None;
    m_questionUrl.clear();
    Q_EMIT chainStarting(request);
    return m_engine->start(request);
}

void RequestSession::cancel()
{
    m_engine->cancel();
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
    // The store masks credentials as its settings say (RecordOptions).
    if (m_history && m_history->addChain(chain) > 0)
        Q_EMIT historyChanged();
    if (m_question != TrustQuestion::None)
        Q_EMIT trustQuestionAsked(m_question, m_questionUrl);
    Q_EMIT finished();
}

} // namespace StatusScope::Core
