// SPDX-License-Identifier: MIT
#include "core/requests/httpversion.h"

#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QString httpVersionKey(HttpVersion version)
{
    switch (version) {
    case HttpVersion::Http1_1:
        return u"1.1"_s;
    case HttpVersion::Http2:
        return u"2"_s;
    case HttpVersion::Http2PriorKnowledge:
        return u"2-prior-knowledge"_s;
    case HttpVersion::Default:
        break;
    }
    return {};
}

std::optional<HttpVersion> httpVersionFromKey(const QString &key)
{
    for (HttpVersion version :
         {HttpVersion::Default, HttpVersion::Http1_1, HttpVersion::Http2, HttpVersion::Http2PriorKnowledge}) {
        if (httpVersionKey(version) == key)
            return version;
    }
    return std::nullopt;
}

void applyHttpVersion(HttpVersion version, QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, version != HttpVersion::Http1_1);
    // A typed --http2 also asks for the h2c upgrade on plain http (Upgrade: h2c), as curl does;
    // the default does not, so that no Upgrade field changes what an ordinary check sends.
    request.setAttribute(QNetworkRequest::Http2CleartextAllowedAttribute, version == HttpVersion::Http2);
    // Over TLS, Qt 6.4's direct HTTP/2 offers no ALPN and the servers tried (nginx, nghttpd) close
    // the connection: there HTTP/2 is asked for by ALPN, as curl does for https.
    request.setAttribute(QNetworkRequest::Http2DirectAttribute,
                         version == HttpVersion::Http2PriorKnowledge && request.url().scheme() == u"http"_s);
}

} // namespace StatusScope::Core
