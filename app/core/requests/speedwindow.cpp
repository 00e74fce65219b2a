// SPDX-License-Identifier: MIT
#include "core/requests/speedwindow.h"

namespace StatusScope::Core {

SpeedWindow::SpeedWindow(qint64 bytesPerSecond, qint64 windowMs)
    : m_bytesPerSecond(bytesPerSecond)
    , m_windowMs(windowMs)
{
    restart();
}

void SpeedWindow::restart()
{
    m_samples = {{0, 0}};
}

bool SpeedWindow::tooSlow(qint64 nowMs, qint64 bytes)
{
    if (!isEnabled())
        return false;
    m_samples.append({nowMs, bytes});
    const qint64 windowStart = nowMs - m_windowMs;
    if (windowStart < 0)
        return false;
    // The base is the last sample at or before the window's start; older ones are no longer needed.
    qsizetype base = 0;
    while (base + 1 < m_samples.size() && m_samples.at(base + 1).first <= windowStart)
        ++base;
    m_samples.remove(0, base);
    const auto [baseMs, baseBytes] = m_samples.first();
    return (bytes - baseBytes) * 1000 < m_bytesPerSecond * (nowMs - baseMs);
}

qint64 SpeedWindow::bytesInLastWindow() const
{
    return m_samples.size() < 2 ? 0 : m_samples.last().second - m_samples.first().second;
}

} // namespace StatusScope::Core
