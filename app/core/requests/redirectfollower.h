// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/checkids.h"
#include "core/requests/hop.h"

#include <QHash>
#include <QSet>

class QNetworkCookieJar;

namespace StatusScope::Core {

// The redirect rules of a chain, without any networking: given the response of the current hop,
// decides whether and how the next request is made, and explains each decision on the hop.
// Follows WHATWG Fetch: only 301/302/303/307/308 with a Location; POST on 301/302 and anything
// but GET/HEAD on 303 become GET; credentials are dropped for good at the first cross-origin hop.
class RedirectFollower
{
public:
    struct Request
    {
        QByteArray method;
        QUrl url; // may carry a fragment, which is never sent
        HeaderList headers;
        QByteArray body;
        bool hasBody = false;
    };

    enum class Decision { Final, Follow, Stop };

    // `jar` (may be null) supplies cookies set along the chain; it is not owned.
    RedirectFollower(const RequestSpec &spec, QNetworkCookieJar *jar);

    const Request &current() const { return m_current; }
    // The headers to hand to Qt for the current request: typed headers (minus anything stripped)
    // with jar cookies appended to the Cookie field when the user did not type that cookie.
    HeaderList headersForSending() const;
    QUrl urlForSending() const; // without fragment

    // Reads `hop` (the response to current()); adds its warnings, sets its location, and when the
    // decision is Follow, current() becomes the next request.
    Decision onResponse(Hop &hop);
    std::optional<ChainStop> stop() const { return m_stop; }
    int redirectsFollowed() const { return m_followed; }

private:
    QByteArray requestKey() const;
    Decision stopWith(Hop &hop, StopReason reason, CheckId check, const QString &message);

    RequestOptions m_options;
    Request m_current;
    QNetworkCookieJar *m_jar;
    QByteArray m_typedCookie;
    bool m_crossedOrigin = false;
    int m_followed = 0;
    QHash<QByteArray, int> m_sentRequests; // request key -> hop index
    std::optional<ChainStop> m_stop;
};

bool isFollowableRedirect(int status);

} // namespace StatusScope::Core
