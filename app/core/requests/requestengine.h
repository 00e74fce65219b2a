// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"
#include "core/requests/proxyrouter.h"
#include "core/requests/requestfailure.h"
#include "core/requests/speedwindow.h"
#include "core/requests/tlsroute.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;
class QSslError;
class QTemporaryFile;

namespace StatusScope::Core {

class AuthResponder;
class BodyDecoder;
class HopGate;
class ChainCookieJar;
class RedirectFollower;
class TlsSetup;
class StatusCatalogue;

// Runs one request chain on QNetworkAccessManager, one reply per hop, following redirects itself
// (Qt's own following is off) so that every hop is recorded, explained and checked.
// Asynchronous: start() returns at once; hopFinished() reports each hop and finished() the chain.
// Body bytes past the in-memory preview are kept in temporary files that live as long as the
// engine or until the next start().
class RequestEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestEngine)

public:
    // Neither the manager nor the catalogue is owned; both must outlive the engine.
    RequestEngine(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                  QObject *parent = nullptr);
    ~RequestEngine() override;

    // Validates and starts a chain. When it returns false, nothing was sent, no signal is emitted
    // and result() holds an error whose message says why (kind "invalid-input" for bad input).
    bool start(const RequestSpec &request);
    // Ends the chain now; the hops so far are kept and the chain reads as stopped ("cancelled").
    void cancel();
    bool isRunning() const { return m_running; }
    const ChainResult &result() const { return m_result; }
    // The hop in flight (method and URL are set from hopStarted() on).
    const Hop &currentHop() const { return m_hop; }
    // Milliseconds since the chain started; lets views place hops on one time axis.
    double chainElapsedMs() const;

    // "host:port" as an invalid-certificate exception covers it (RequestOptions::
    // acceptInvalidCertificates): lower-case host, the scheme's default port when none is given.
    // A window that remembers such exceptions keys them by this, so that trusting a host on one
    // port never trusts another service on the same host.
    static QString certificateExceptionKey(const QUrl &url);

    // (audit) Asked before each hop is sent and told when it ends (hopgate.h); not owned, and it
    // must outlive the engine. Null (the default): hops go at once.
    void setHopGate(HopGate *gate) { m_gate = gate; }

Q_SIGNALS:
    void hopStarted(int index);
    void bytesReceived(int index, qint64 bytes);
    void hopFinished(int index);
    void finished();

private:
    // -k (acceptInvalidCertificates) covers the host and port typed only, never a redirect's.
    bool certificateErrorsAccepted(const QUrl &url) const;
    using Abort = HopAbort;

    void sendCurrent();
    static void notePathAsSent(Hop &hop);
    void issue();
    void connectReply(QNetworkReply *reply);
    void onReadyRead();
    void onMetaDataChanged();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReplyFinished();
    void onInactivity();
    void onDeadline();
    void abortReply(Abort reason);
    void readBody();
    bool appendBody(const QByteArray &chunk);
    void finishBody();
    bool refuse(const QString &message);
    void recordResponse(QNetworkReply *reply);
    void recordTls(QNetworkReply *reply);
    bool bodyShorterThanAnnounced() const;
    void releaseGate(const Hop *hop);
    void endChain(ChainOutcome outcome);
    double elapsedMs() const;
    void touch();

    QNetworkAccessManager *m_manager;
    const StatusCatalogue *m_catalogue;
    std::unique_ptr<ChainCookieJar> m_jar;
    std::unique_ptr<BodyDecoder> m_decoder; // this hop's; made when its first body bytes arrive
    std::unique_ptr<RedirectFollower> m_follower;
    HopProxy m_proxy; // this hop's proxy, assigned on the manager while the hop runs
    AddressFallback m_addresses; // this hop's --resolve addresses tried so far
    QNetworkRequest m_request; // this hop's, as sent: sent again at the next --resolve address
    std::unique_ptr<TlsSetup> m_tls; // this chain's trust and client certificate (tlssetup.h)
    std::unique_ptr<AuthResponder> m_auth; // answers 401s with RequestOptions::network.auth
    QPointer<QNetworkReply> m_reply;
    QList<std::shared_ptr<QTemporaryFile>> m_bodyFiles;
    std::shared_ptr<QTemporaryFile> m_bodyFile;
    QElapsedTimer m_hopClock;
    QElapsedTimer m_chainClock;
    QTimer m_inactivity;
    QTimer m_deadline;
    QTimer m_speedCheck;
    QTimer m_connectLimit; // --connect-timeout: runs from the hop's start until it is connected
    SpeedWindow m_speed;
    qint64 m_bytesSent = 0; // this hop, as the reply reports them
    qint64 m_bytesReceived = 0;
    Abort m_abort = Abort::None;
    bool m_userSetAcceptEncoding = false;
    bool m_running = false;
    HopGate *m_gate = nullptr;
    bool m_gateHeld = false; // this hop was acquired from m_gate and not yet released
    quint64 m_generation = 0; // counts start() calls, so a slot that restarts the engine is noticed
    Hop m_hop;
    ChainResult m_result;
};

} // namespace StatusScope::Core
