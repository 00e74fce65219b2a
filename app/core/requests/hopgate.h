// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QUrl>

#include <functional>

namespace StatusScope::Core {

struct Hop;

// A hook a RequestEngine asks before it sends each hop, so that something above the engine (an
// audit's per-host limits) can hold a hop back: a redirect to another host is counted against
// that host, not against the one the chain started on. Without a gate the engine sends at once.
class HopGate
{
public:
    virtual ~HopGate() = default;

    // The engine `owner` wants to send a hop to `url`. The gate calls `send` exactly once when the
    // hop may go (at once, from inside this call, or later from the event loop), unless the owner
    // withdraws first.
    virtual void acquire(const void *owner, const QUrl &url, std::function<void()> send) = 0;
    // The hop acquired last by `owner` ended: `hop` holds its response (status and headers) when
    // one arrived, and is null when the owner gave up before the hop was sent or answered. Called
    // once per acquire().
    virtual void release(const void *owner, const Hop *hop) = 0;
    // The hop acquired last by `owner` was answered with a request to come back later (a 429 or
    // 503 with Retry-After) and would end the chain; `earlier` are the chain's hops before it.
    // True when the same request is to be sent again as the next hop, from that hop on (the hops
    // before stay as they are): the gate then holds the hop's host for the wait, and may say so
    // on `hop`. Asked before release(). Without an override, never.
    virtual bool retryLater(const void *owner, Hop &hop, const QList<Hop> &earlier)
    {
        Q_UNUSED(owner)
        Q_UNUSED(hop)
        Q_UNUSED(earlier)
        return false;
    }
};

} // namespace StatusScope::Core
