// SPDX-License-Identifier: MIT
#include "core/audit/hostgate.h"

#include "core/requests/checkids.h"
#include "core/requests/hop.h"
#include "core/requests/httpdate.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

constexpr qsizetype MaxIdleHosts = 512;

struct HostGateText
{
    Q_DECLARE_TR_FUNCTIONS(HostGate)
};

} // namespace

HostGate::HostGate(QObject *parent)
    : QObject(parent)
{
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &HostGate::pump);
}

HostGate::~HostGate() = default;

void HostGate::setPerHost(int perHost)
{
    m_perHost = std::max(0, perHost);
    pumpSoon();
}

void HostGate::setRatePerSecond(double rate)
{
    m_rate = std::max(0.0, rate);
    pumpSoon();
}

void HostGate::setRetryAfterLimitMs(qint64 limitMs)
{
    m_retryAfterLimitMs = limitMs;
}

void HostGate::acquire(const void *owner, const QUrl &url, std::function<void()> send)
{
    const QString key = hostKey(url);
    m_owners.insert(owner, key);
    m_hosts[key].waiters.push_back(Waiter{owner, std::move(send)});
    pump();
}

void HostGate::release(const void *owner, const Hop *hop)
{
    const auto owned = m_owners.constFind(owner);
    if (owned == m_owners.cend())
        return;
    const QString key = owned.value();
    m_owners.erase(owned);
    HostState &host = m_hosts[key];
    const auto waiting = std::find_if(host.waiters.begin(), host.waiters.end(),
                                      [owner](const Waiter &waiter) { return waiter.owner == owner; });
    if (waiting != host.waiters.end())
        host.waiters.erase(waiting); // withdrawn before it was sent
    else
        --host.inFlight;
    if (hop) {
        // The server asked every client to wait: the whole host waits, not only this chain.
        const std::optional<qint64> wait = retryAfterMs(*hop, QDateTime::currentDateTimeUtc());
        if (wait && *wait <= m_retryAfterLimitMs)
            holdHost(key, *wait);
    }
    // A sitemap can name a great many hosts: past a few hundred, an idle host's state goes, so
    // the memory stays flat (its figures for tests and notes with it).
    if (m_hosts.size() > MaxIdleHosts && host.inFlight == 0 && host.waiters.empty()
        && host.heldUntil.remainingTime() == 0
        && (m_rate <= 0 || !host.lastStart.isValid()
            || host.lastStart.nsecsElapsed() >= qint64(1e9 / m_rate)))
        m_hosts.remove(key);
    // Not from inside the engine that released: the next hop goes once this one has unwound.
    pumpSoon();
}

void HostGate::setMaxRetries(int retries)
{
    m_maxRetries = std::max(0, retries);
}

bool HostGate::retryLater(const void *, Hop &hop, const QList<Hop> &earlier)
{
    const std::optional<qint64> wait = retryAfterMs(hop, QDateTime::currentDateTimeUtc());
    if (!wait || *wait > m_retryAfterLimitMs)
        return false;
    // A 429 or 503 ends a chain unless it was asked again: each one before this was a retry.
    const qsizetype retried = std::count_if(earlier.cbegin(), earlier.cend(), [](const Hop &each) {
        return each.status == 429 || each.status == 503;
    });
    if (retried >= m_maxRetries)
        return false;
    const int seconds = int((*wait + 999) / 1000);
    hop.warnings.append(makeWarning(
        CheckId::RetryAfter,
        HostGateText::tr("The audit waits %n second(s), as Retry-After asks, then sends this request again "
                         "(retry %1 of %2).",
                         nullptr, seconds)
            .arg(retried + 1)
            .arg(m_maxRetries)));
    return true;
}

void HostGate::holdHost(const QString &host, qint64 ms)
{
    HostState &state = m_hosts[host];
    if (ms > state.heldUntil.remainingTime())
        state.heldUntil = QDeadlineTimer(ms, Qt::PreciseTimer);
    scheduleWake(ms);
}

QDateTime HostGate::parseHttpDate(QByteArrayView value)
{
    return Core::parseHttpDate(value);
}

QString HostGate::hostKey(const QUrl &url)
{
    return url.host().toLower();
}

std::optional<qint64> HostGate::retryAfterMs(const Hop &hop, const QDateTime &now)
{
    const int status = hop.status.value_or(0);
    if (status != 429 && status != 503)
        return std::nullopt;
    const QByteArray value = headerValue(hop.responseHeaders, "Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = value.toLongLong(&number);
    if (number)
        return seconds >= 0 ? std::optional<qint64>(seconds * 1000) : std::nullopt;
    const QDateTime date = parseHttpDate(value);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(date));
}

int HostGate::inFlight(const QString &host) const
{
    return m_hosts.value(host).inFlight;
}

int HostGate::highestInFlight(const QString &host) const
{
    return m_hosts.value(host).highest;
}

int HostGate::waiting() const
{
    int count = 0;
    for (const HostState &host : m_hosts)
        count += int(host.waiters.size());
    return count;
}

void HostGate::pumpSoon()
{
    if (std::exchange(m_pumpQueued, true))
        return;
    QMetaObject::invokeMethod(this, &HostGate::pump, Qt::QueuedConnection);
}

void HostGate::pump()
{
    m_pumpQueued = false;
    const qint64 intervalNs = m_rate > 0 ? qint64(1e9 / m_rate) : 0;
    qint64 wakeMs = -1;
    auto wakeIn = [&wakeMs](qint64 ms) { wakeMs = wakeMs < 0 ? ms : std::min(wakeMs, ms); };
    QList<std::function<void()>> sends;
    for (HostState &host : m_hosts) {
        while (!host.waiters.empty()) {
            if (m_perHost > 0 && host.inFlight >= m_perHost)
                break; // a release pumps again
            if (const qint64 held = host.heldUntil.remainingTime(); held > 0) {
                wakeIn(held);
                break;
            }
            if (intervalNs > 0 && host.lastStart.isValid()) {
                const qint64 since = host.lastStart.nsecsElapsed();
                if (since < intervalNs) {
                    wakeIn((intervalNs - since + 999'999) / 1'000'000);
                    break;
                }
            }
            sends.append(std::move(host.waiters.front().send));
            host.waiters.pop_front();
            ++host.inFlight;
            host.highest = std::max(host.highest, host.inFlight);
            host.lastStart.start();
        }
    }
    if (wakeMs >= 0)
        scheduleWake(wakeMs);
    for (const std::function<void()> &send : std::as_const(sends))
        send();
}

void HostGate::scheduleWake(qint64 ms)
{
    if (!m_wake.isActive() || m_wake.remainingTime() > ms)
        m_wake.start(int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000)));
}

HostGateClient::HostGateClient(std::shared_ptr<HostGate> gate)
    : m_gate(std::move(gate))
{
}

HostGateClient::~HostGateClient()
{
    for (auto it = m_queued.cbegin(); it != m_queued.cend(); ++it)
        m_gate->release(it.key(), nullptr);
}

void HostGateClient::setGate(std::shared_ptr<HostGate> gate)
{
    m_gate = std::move(gate);
}

void HostGateClient::enter(const void *owner, Pending pending)
{
    std::shared_ptr<std::function<void()>> send = pending.send;
    const QUrl url = pending.url;
    m_queued.insert(owner, std::move(pending));
    // Sent by the gate: no longer this client's to take back. The gate may call at once.
    m_gate->acquire(owner, url, [this, owner, send] {
        const auto queued = m_queued.find(owner);
        if (queued == m_queued.end() || queued->send != send)
            return;
        m_queued.erase(queued);
        (*send)();
    });
}

void HostGateClient::acquire(const void *owner, const QUrl &url, std::function<void()> send)
{
    Pending pending{url, std::make_shared<std::function<void()>>(std::move(send))};
    if (m_paused) {
        m_held.insert(owner, std::move(pending));
        m_heldOrder.push_back(owner);
        return;
    }
    enter(owner, std::move(pending));
}

void HostGateClient::release(const void *owner, const Hop *hop)
{
    if (m_held.remove(owner) > 0) {
        m_heldOrder.erase(std::remove(m_heldOrder.begin(), m_heldOrder.end(), owner), m_heldOrder.end());
        return;
    }
    m_queued.remove(owner);
    m_gate->release(owner, hop);
}

bool HostGateClient::retryLater(const void *owner, Hop &hop, const QList<Hop> &earlier)
{
    return m_gate->retryLater(owner, hop, earlier);
}

void HostGateClient::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        // Waiting in the gate's queue, not yet sent: taken back, to enter again on resume.
        const QHash<const void *, Pending> queued = std::exchange(m_queued, {});
        for (auto it = queued.cbegin(); it != queued.cend(); ++it) {
            m_gate->release(it.key(), nullptr);
            m_held.insert(it.key(), it.value());
            m_heldOrder.push_front(it.key());
        }
        return;
    }
    const std::deque<const void *> order = std::exchange(m_heldOrder, {});
    for (const void *owner : order) {
        const auto held = m_held.find(owner);
        if (held == m_held.end())
            continue;
        Pending pending = std::move(*held);
        m_held.erase(held);
        enter(owner, std::move(pending));
    }
}

} // namespace StatusScope::Core
