// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"
#include "core/requests/secretneeds.h"
#include "core/settings/networkpreferences.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace StatusScope::Core {

class HistoryStore;
class RequestEngine;
class StatusCatalogue;

// What the user may be asked about the chain that ended last, to send it again with an exception.
enum class TrustQuestion {
    None,
    AcceptCertificate, // the requested host's certificate failed its checks
    ContinueOverHttp, // a redirect led from https to http and the chain stopped there
};

// One console's sending session, without a window: it runs each chain on the engine, keeps the
// trust the user granted (a certificate accepted for a host and port lasts until the session
// ends; a downgrade is allowed for one send) and writes every finished chain to the history.
// Widgets show what it does and answer its questions; a test drives it alone.
class RequestSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSession)

public:
    // Neither the manager nor the catalogue is owned; both must outlive the session.
    RequestSession(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                   QObject *parent = nullptr);
    ~RequestSession() override;

    // Where finished chains are remembered; not owned, may be null or off.
    void setHistory(HistoryStore *store) { m_history = store; }
    HistoryStore *history() const { return m_history; }

    // Edit → Preferences: the defaults each send fills in where the request leaves its built-in
    // values (effectiveOptions() in core/settings/networkpreferences.h). None at first.
    void setNetworkPreferences(const NetworkPreferences &preferences) { m_preferences = preferences; }
    const NetworkPreferences &networkPreferences() const { return m_preferences; }

    // Called when a send needs passwords the preferences name but do not hold (missingSecrets()):
    // the request waits, unsent, until the asker calls continueSend() or abandonSend(). The
    // session itself asks nobody: the window answers (a keychain read, then a password dialog).
    // Without an asker the request goes as it is.
    using SecretAsker = std::function<void(const QList<SecretNeed> &needs)>;
    void setSecretAsker(SecretAsker asker) { m_asker = std::move(asker); }
    // A send is waiting for the asker's answer.
    bool isWaitingForSecrets() const { return m_pending.has_value(); }
    const QList<SecretNeed> &pendingNeeds() const { return m_pendingNeeds; }
    // Sends the waiting request with `answered`'s secrets filled in (for this send: the asker
    // keeps what is to be remembered). False when nothing waits or the send was refused.
    bool continueSend(const QList<SecretNeed> &answered);
    // Drops the waiting request: nothing is sent, and sendAbandoned(`why`) says so.
    void abandonSend(const QString &why);

    // Sends `request`, with the certificate exception this session holds for its host and port.
    // A chain still running is ended first (and written to the history like any other). False:
    // nothing was sent, and result().error says why. True also when the request waits for a
    // password (isWaitingForSecrets()); chainStarting() comes once it goes.
    bool send(RequestSpec request);
    void cancel();
    bool isRunning() const;
    // The chain running or ended last.
    const ChainResult &result() const;
    // The hop in flight (method and URL are set from hopStarted() on).
    const Hop &currentHop() const;
    double chainElapsedMs() const;
    // What send() was given last, as it went out.
    const RequestSpec &lastRequest() const { return m_lastRequest; }

    bool isCertificateTrusted(const QUrl &url) const;
    // Turns certificate checks off for the host and port of `url` until the session ends (the
    // user accepted it, or imported a curl command with -k).
    void trustCertificate(const QUrl &url);
    // "host:port" of every certificate exception (RequestEngine::certificateExceptionKey()).
    QSet<QString> trustedHosts() const { return m_trustedHosts; }
    // `request` with its certificate checks as this session's exceptions have them.
    RequestSpec withSessionTrust(RequestSpec request) const;

    // The question about the chain that ended last, until the next send; None while one runs.
    TrustQuestion question() const { return m_question; }
    // The URL the question is about: the hop whose certificate failed, or the one redirected to http.
    QUrl questionUrl() const { return m_questionUrl; }
    // The answers "yes": the last request goes again with the exception. False when that question
    // is not pending, or the new send was refused.
    bool acceptCertificate();
    bool continueOverHttp();

Q_SIGNALS:
    // A chain for `request` is about to start: views drop the previous one now.
    void chainStarting(const Core::RequestSpec &request);
    void hopStarted(int index);
    void bytesReceived(int index, qint64 bytes);
    void hopFinished(int index);
    // The chain ended and was written to the history; question() says what the user may be asked.
    void finished();
    // Emitted just before finished() when the chain that ended raises a question.
    void trustQuestionAsked(Core::TrustQuestion question, const QUrl &url);
    void trustChanged();
    void historyChanged();
    // A request waiting for a password was dropped (the user cancelled): `why` says nothing was sent.
    void sendAbandoned(const QString &why);

private:
    void onEngineFinished();
    TrustQuestion questionFor(const ChainResult &chain) const;
    bool start(RequestSpec request, const NetworkPreferences &preferences);

    RequestEngine *m_engine;
    HistoryStore *m_history = nullptr;
    NetworkPreferences m_preferences;
    SecretAsker m_asker;
    std::optional<RequestSpec> m_pending; // as given to send(), waiting for m_pendingNeeds
    QList<SecretNeed> m_pendingNeeds;
    QSet<QString> m_trustedHosts;
    RequestSpec m_lastRequest;
    // The request as composed, before the preferences filled it in: what the history keeps, so
    // Run again follows the preferences of its day instead of pinning those of this send.
    RequestSpec m_composedRequest;
    TrustQuestion m_question = TrustQuestion::None;
    QUrl m_questionUrl;
};

} // namespace StatusScope::Core
