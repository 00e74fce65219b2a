// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <utility>

namespace StatusScope::Core {

// Tells when a transfer has moved fewer than `bytesPerSecond` on average over the last `windowMs`
// (curl's --speed-limit and --speed-time): a server that drips a byte now and then keeps the
// inactivity timeout from ever firing, and this ends it. Fed with samples of the bytes moved so far.
class SpeedWindow
{
public:
    SpeedWindow() = default;
    SpeedWindow(qint64 bytesPerSecond, qint64 windowMs);

    bool isEnabled() const { return m_bytesPerSecond > 0 && m_windowMs > 0; }
    qint64 windowMs() const { return m_windowMs; }
    qint64 bytesPerSecond() const { return m_bytesPerSecond; }

    // Starts over: a new transfer, nothing moved yet at time 0.
    void restart();
    // `bytes` moved in all since the restart, `nowMs` after it. True once a whole window has passed
    // and the average over the last window is under the limit.
    bool tooSlow(qint64 nowMs, qint64 bytes);
    // What the last window moved, for the message.
    qint64 bytesInLastWindow() const;

private:
    qint64 m_bytesPerSecond = 0;
    qint64 m_windowMs = 0;
    QList<std::pair<qint64, qint64>> m_samples; // (ms, bytes), oldest first
};

} // namespace StatusScope::Core
