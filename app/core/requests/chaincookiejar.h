// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkCookie>
#include <QNetworkCookieJar>

#include <optional>

namespace StatusScope::Core {

// The cookies set along one chain, kept by the storage rules of RFC 6265bis §5.7 that Qt 6.4's
// jar leaves out: a Secure cookie, and any cookie named __Secure- or __Host-, is only taken from
// https; a __Host- cookie also needs Path=/ and no Domain. Each refusal has a reason, so the hop
// that set the cookie can say why it will not be sent back.
class ChainCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainCookieJar)

public:
    struct Refused
    {
        QNetworkCookie cookie;
        QString reason; // for people: "it is marked Secure but came over plain http"
    };

    explicit ChainCookieJar(QObject *parent = nullptr);

    // Why `cookie`, received from `url`, may not be stored; nothing when it may.
    std::optional<QString> refusal(const QNetworkCookie &cookie, const QUrl &url) const;
    // Stores what may be stored and returns the rest with the reasons.
    QList<Refused> store(const QList<QNetworkCookie> &cookies, const QUrl &url);

    // Cookies the user brought (a cookie file, -b FILE) before the first hop: taken as they are,
    // since no server sent them; domains follow Qt's jar (a leading dot covers subdomains).
    void seed(const QList<QNetworkCookie> &cookies);
    // Everything the jar holds now (to write it out with -c FILE).
    QList<QNetworkCookie> cookies() const { return allCookies(); }
};

} // namespace StatusScope::Core
