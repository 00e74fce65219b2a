// SPDX-License-Identifier: MIT
#include "core/audit/hostgate.h"

#include "core/requests/hop.h"

namespace StatusScope::Core {

HostGate::HostGate(QObject *parent)
    : QObject(parent)
{
}

HostGate::~HostGate() = default;

void HostGate::setPerHost(int perHost)
{
    m_perHost = perHost;
}

void HostGate::setRatePerSecond(double rate)
{
    m_rate = rate;
}

void HostGate::setRetryAfterLimitMs(qint64 limitMs)
{
    m_retryAfterLimitMs = limitMs;
}

void HostGate::acquire(const void *, const QUrl &, std::function<void()> send)
{
    send();
}

void HostGate::release(const void *, const Hop *)
{
}

void HostGate::setPaused(bool paused)
{
    m_paused = paused;
}

void HostGate::holdHost(const QString &, qint64)
{
}

QString HostGate::hostKey(const QUrl &url)
{
    return url.host().toLower();
}

std::optional<qint64> HostGate::retryAfterMs(const Hop &, const QDateTime &)
{
    return std::nullopt;
}

int HostGate::inFlight(const QString &) const
{
    return 0;
}

int HostGate::highestInFlight(const QString &) const
{
    return 0;
}

int HostGate::waiting() const
{
    return 0;
}

void HostGate::pump()
{
}

void HostGate::scheduleWake(qint64)
{
}

} // namespace StatusScope::Core
