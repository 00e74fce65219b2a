// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hopgate.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace StatusScope::Core {

// The politeness of an audit, per host name or address: at most `perHost` hops in flight to a
// host, at most `ratePerSecond` hops started per second, and no hop at all while a host's
// Retry-After (on a 429 or 503) runs. Every engine of a run shares one gate, so the limits hold
// across chains and across redirects to other hosts.
class HostGate final : public QObject, public HopGate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostGate)

public:
    explicit HostGate(QObject *parent = nullptr);
    ~HostGate() override;

    void setPerHost(int perHost); // 0: no limit
    void setRatePerSecond(double rate); // 0: no limit
    // The longest Retry-After the gate waits out; a longer one is not waited for (the runner
    // reports it).
    void setRetryAfterLimitMs(qint64 limitMs);

    // How many times one chain's 429 or 503 is waited out and asked again (retryLater()).
    void setMaxRetries(int retries);

    void acquire(const void *owner, const QUrl &url, std::function<void()> send) override;
    void release(const void *owner, const Hop *hop) override;
    // A Retry-After within the limit, while the chain has retries left: the hop says the wait,
    // and release() holds the host for it.
    bool retryLater(const void *owner, Hop &hop, const QList<Hop> &earlier) override;
    // Holds `host` back for `ms` milliseconds (a Retry-After), on top of what it already waits.
    void holdHost(const QString &host, qint64 ms);

    // The key a URL is counted under: its host in lower case ("example.org", "127.0.0.1", "::1").
    static QString hostKey(const QUrl &url);
    // Seconds a Retry-After field asks for (delay-seconds or an HTTP date, from `now`); empty
    // when the field is missing or unreadable.
    static std::optional<qint64> retryAfterMs(const Hop &hop, const QDateTime &now);
    // An HTTP date in any of RFC 9110's three forms; invalid when it is none of them.
    static QDateTime parseHttpDate(QByteArrayView value);

    int inFlight(const QString &host) const;
    int highestInFlight(const QString &host) const; // the most seen at once, for tests and notes
    int waiting() const;
    qsizetype hostCount() const { return m_hosts.size(); } // hosts whose state is kept

private:
    struct Waiter
    {
        const void *owner;
        std::function<void()> send;
    };
    struct HostState
    {
        int inFlight = 0;
        int highest = 0;
        std::deque<Waiter> waiters;
        QElapsedTimer lastStart; // for the rate
        QDeadlineTimer heldUntil;
    };

    void pump();
    void pumpSoon();
    void scheduleWake(qint64 ms);

    QHash<QString, HostState> m_hosts;
    QHash<const void *, QString> m_owners; // the host each owner's hop is counted against
    int m_perHost = 4;
    double m_rate = 0;
    qint64 m_retryAfterLimitMs = 30000;
    int m_maxRetries = 2;
    bool m_pumpQueued = false;
    QTimer m_wake;
};

// One user's way into a HostGate that several share (an audit's run, and the window fetching a
// row's chain again meanwhile): the limits are the shared gate's, so both count against the same
// hosts, while pausing holds back this user's hops only. Hops waiting in the gate when the pause
// comes are taken back out of its queue, so nothing new is sent until resumed.
class HostGateClient final : public HopGate
{
public:
    explicit HostGateClient(std::shared_ptr<HostGate> gate);
    ~HostGateClient() override;
    Q_DISABLE_COPY_MOVE(HostGateClient)

    void setGate(std::shared_ptr<HostGate> gate); // only while no hop is acquired
    const std::shared_ptr<HostGate> &gate() const { return m_gate; }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    void acquire(const void *owner, const QUrl &url, std::function<void()> send) override;
    void release(const void *owner, const Hop *hop) override;
    bool retryLater(const void *owner, Hop &hop, const QList<Hop> &earlier) override;

private:
    struct Pending
    {
        QUrl url;
        std::shared_ptr<std::function<void()>> send;
    };
    void enter(const void *owner, Pending pending);

    std::shared_ptr<HostGate> m_gate;
    bool m_paused = false;
    QHash<const void *, Pending> m_held; // acquired while paused, not yet in the gate
    QHash<const void *, Pending> m_queued; // in the gate's queue, not yet sent
    std::deque<const void *> m_heldOrder; // the order to enter the gate in on resume
};

} // namespace StatusScope::Core
