// SPDX-License-Identifier: MIT
#pragma once
// The network options of a request, every one away from its default, and the check that a stored
// copy kept them all but their secrets: for the tests of each place a request is stored (the chain
// document, the history, the settings).
#include "core/requests/requestspec.h"

#include <QTest>

namespace StatusScope::Test {

// Each secret networkRequest() carries, as bytes to look for in a stored file.
inline constexpr const char *NetworkSecrets[] = {"pr0xyPass", "al1cePass", "t0kenS3cret", "keyPhr4se"};

// A request whose every network field is away from its default, with a secret in each place one
// can be: the proxy password (as a field and in the proxy URL), the user's password, the key's
// passphrase. The Bearer token has its own request (a scheme excludes the other).
inline Core::RequestSpec networkRequest(Core::AuthSetting::Scheme scheme)
{
    using namespace Core;
    using namespace Qt::Literals::StringLiterals;
    RequestSpec request;
    request.url = QUrl(u"https://staging.example/login"_s);
    NetworkOptions &n = request.options.network;
    n.proxy.mode = ProxySetting::Mode::Manual;
    n.proxy.url = QUrl(u"socks5h://carol:pr0xyPass@proxy.example:1080"_s);
    n.proxy.user = u"carol"_s;
    n.proxy.password = u"pr0xyPass"_s;
    n.proxy.noProxy = {u".internal.example"_s, u"10.0.0.1"_s};
    n.tls.caFiles = {u"/etc/ca/one.pem"_s, u"/etc/ca/two.der"_s};
    n.tls.caPath = u"/etc/ca/dir"_s;
    n.tls.extraCaFiles = {u"/home/me/company.pem"_s};
    n.tls.clientCertificate = u"/home/me/client.p12"_s;
    n.tls.clientKey = u"/home/me/client.key"_s;
    n.tls.certificateType = TlsSetting::CertificateType::Pkcs12;
    n.tls.passphrase = u"keyPhr4se"_s;
    n.resolve = {ResolvePin{u"staging.example"_s, 443, {u"127.0.0.1"_s, u"::1"_s}}};
    n.connectTo = {ConnectToPin{u"api.example"_s, 8443, u"backend.example"_s, 9443},
                   ConnectToPin{QString(), 0, u"any.example"_s, 0}};
    n.httpVersion = HttpVersion::Http2PriorKnowledge;
    n.auth.scheme = scheme;
    if (scheme == AuthSetting::Scheme::Bearer) {
        n.auth.token = u"t0kenS3cret"_s;
    } else {
        n.auth.user = u"alice"_s;
        n.auth.password = u"al1cePass"_s;
    }
    return request;
}

inline void verifySameWithoutSecrets(const Core::NetworkOptions &read, const Core::NetworkOptions &sent)
{
    QCOMPARE(read.proxy.mode, sent.proxy.mode);
    QCOMPARE(read.proxy.url, sent.proxy.url.adjusted(QUrl::RemovePassword));
    QCOMPARE(read.proxy.user, sent.proxy.user);
    QCOMPARE(read.proxy.noProxy, sent.proxy.noProxy);
    QCOMPARE(read.tls.caFiles, sent.tls.caFiles);
    QCOMPARE(read.tls.caPath, sent.tls.caPath);
    QCOMPARE(read.tls.extraCaFiles, sent.tls.extraCaFiles);
    QCOMPARE(read.tls.clientCertificate, sent.tls.clientCertificate);
    QCOMPARE(read.tls.clientKey, sent.tls.clientKey);
    QCOMPARE(read.tls.certificateType, sent.tls.certificateType);
    QCOMPARE(read.resolve.size(), sent.resolve.size());
    for (qsizetype i = 0; i < read.resolve.size(); ++i) {
        QCOMPARE(read.resolve.at(i).host, sent.resolve.at(i).host);
        QCOMPARE(read.resolve.at(i).port, sent.resolve.at(i).port);
        QCOMPARE(read.resolve.at(i).addresses, sent.resolve.at(i).addresses);
    }
    QCOMPARE(read.connectTo.size(), sent.connectTo.size());
    for (qsizetype i = 0; i < read.connectTo.size(); ++i) {
        QCOMPARE(read.connectTo.at(i).host, sent.connectTo.at(i).host);
        QCOMPARE(read.connectTo.at(i).port, sent.connectTo.at(i).port);
        QCOMPARE(read.connectTo.at(i).toHost, sent.connectTo.at(i).toHost);
        QCOMPARE(read.connectTo.at(i).toPort, sent.connectTo.at(i).toPort);
    }
    QCOMPARE(read.httpVersion, sent.httpVersion);
    QCOMPARE(read.auth.scheme, sent.auth.scheme);
    QCOMPARE(read.auth.user, sent.auth.user);
    // The secrets are not kept, in any form.
    QVERIFY(read.proxy.password.isEmpty());
    QVERIFY(read.proxy.url.password().isEmpty());
    QVERIFY(read.auth.password.isEmpty());
    QVERIFY(read.auth.token.isEmpty());
    QVERIFY(read.tls.passphrase.isEmpty());
}

} // namespace StatusScope::Test
