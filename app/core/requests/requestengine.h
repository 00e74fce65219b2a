// SPDX-License-Identifier: MIT
#pragma once

#include "hop.h"
#include "speedwindow.h"

#include <QElapsedTimer>
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

class RedirectFollower;
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

    // Validates and starts a chain. Bad input returns false with result() holding an
    // "invalid-input" error; nothing is sent and no signal is emitted.
    bool start(const RequestSpec &request);
    // Ends the chain now; the hops so far are kept and the chain reads as stopped ("cancelled").
    void cancel();
    bool isRunning() const { return m_running; }
    const ChainResult &result() const { return m_result; }
    // The hop in flight (method and URL are set from hopStarted() on).
    const Hop &currentHop() const { return m_hop; }
    // Milliseconds since the chain started; lets views place hops on one time axis.
    double chainElapsedMs() const;

Q_SIGNALS:
    void hopStarted(int index);
    void bytesReceived(int index, qint64 bytes);
    void hopFinished(int index);
    void finished();

private:
    enum class Abort { None, Cancel, Timeout, Deadline, BodyCap, LowSpeed };

    void sendCurrent();
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
    void recordResponse(QNetworkReply *reply);
    void recordTls(QNetworkReply *reply);
    bool bodyShorterThanAnnounced() const;
    void classifyFailure(QNetworkReply *reply);
    void endChain(ChainOutcome outcome);
    double elapsedMs() const;
    void touch();

    QNetworkAccessManager *m_manager;
    const StatusCatalogue *m_catalogue;
    std::unique_ptr<QNetworkCookieJar> m_jar;
    std::unique_ptr<RedirectFollower> m_follower;
    QPointer<QNetworkReply> m_reply;
    QList<std::shared_ptr<QTemporaryFile>> m_bodyFiles;
    std::shared_ptr<QTemporaryFile> m_bodyFile;
    QElapsedTimer m_hopClock;
    QElapsedTimer m_chainClock;
    QTimer m_inactivity;
    QTimer m_deadline;
    QTimer m_speedCheck;
    SpeedWindow m_speed;
    qint64 m_bytesSent = 0; // this hop, as the reply reports them
    qint64 m_bytesReceived = 0;
    Abort m_abort = Abort::None;
    bool m_userSetAcceptEncoding = false;
    bool m_running = false;
    Hop m_hop;
    ChainResult m_result;
};

} // namespace StatusScope::Core
