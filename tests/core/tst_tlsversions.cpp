// SPDX-License-Identifier: MIT
// --tlsv1.2, --tlsv1.3 and --tls-max against nginx limited to TLS 1.2, or offering 1.2 and 1.3
// (ssl_protocols): the version each request settles on, a failed handshake said with what this
// request offered, and a connection made with one version never reused for a request that asked
// for another.
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestengine.h"
#include "nginxserver.h"
#include "testca.h"
#include "tlsbed.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::NginxServer;
using StatusScope::Test::TestCa;
using StatusScope::Test::TlsBed;

Q_DECLARE_METATYPE(StatusScope::Core::TlsSetting::Version)

class tst_TlsVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void versionAgreed_data();
    void versionAgreed();
    void noVersionInCommonIsSaid();
    void connectionOfAnotherVersionIsNotReused();

private:
    bool startNginx(const QString &protocols);
    RequestSpec request(TlsSetting::Version least, TlsSetting::Version most) const;
    ChainResult run(const RequestSpec &spec, QNetworkAccessManager *manager = nullptr);

    TlsBed m_bed;
    TestCa::Issued m_server;
    std::unique_ptr<NginxServer> m_nginx;
};

void tst_TlsVersions::initTestCase()
{
    STATUSSCOPE_PREPARE_TLS_BED(m_bed);
    m_server = m_bed.ca().server({u"a.test"_s});
    QVERIFY2(!m_server.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
}

void tst_TlsVersions::cleanup()
{
    m_nginx.reset();
}

bool tst_TlsVersions::startNginx(const QString &protocols)
{
    m_nginx = std::make_unique<NginxServer>();
    NginxServer::Config config;
    config.certificate = m_server.chain;
    config.key = m_server.key;
    config.extraServer = u"        ssl_protocols %1;\n"_s.arg(protocols);
    if (m_nginx->start(config))
        return true;
    qWarning("%s", qPrintable(m_nginx->error()));
    return false;
}

RequestSpec tst_TlsVersions::request(TlsSetting::Version least, TlsSetting::Version most) const
{
    RequestSpec spec;
    spec.url = QUrl(u"https://a.test:%1/"_s.arg(m_nginx->port()));
    spec.options.inactivityTimeoutMs = 10000;
    spec.options.network.tls.caFiles = {m_bed.ca().rootPem()};
    spec.options.network.tls.leastVersion = least;
    spec.options.network.tls.mostVersion = most;
    spec.options.network.resolve.append(ResolvePin{u"a.test"_s, m_nginx->port(), {u"127.0.0.1"_s}});
    return spec;
}

ChainResult tst_TlsVersions::run(const RequestSpec &spec, QNetworkAccessManager *manager)
{
    return m_bed.run(spec, manager);
}

void tst_TlsVersions::versionAgreed_data()
{
    using V = TlsSetting::Version;
    QTest::addColumn<QString>("serverProtocols");
    QTest::addColumn<V>("least");
    QTest::addColumn<V>("most");
    QTest::addColumn<QString>("agreed");
    QTest::newRow("1.2 server, Qt's own") << u"TLSv1.2"_s << V::Default << V::Default << u"TLS 1.2"_s;
    QTest::newRow("1.2 server, --tlsv1.2") << u"TLSv1.2"_s << V::Tls1_2 << V::Default << u"TLS 1.2"_s;
    QTest::newRow("1.2 server, --tls-max 1.2") << u"TLSv1.2"_s << V::Default << V::Tls1_2 << u"TLS 1.2"_s;
    QTest::newRow("1.3 server, Qt's own") << u"TLSv1.2 TLSv1.3"_s << V::Default << V::Default << u"TLS 1.3"_s;
    QTest::newRow("1.3 server, --tls-max 1.2")
        << u"TLSv1.2 TLSv1.3"_s << V::Default << V::Tls1_2 << u"TLS 1.2"_s;
    QTest::newRow("1.3 server, --tlsv1.3") << u"TLSv1.2 TLSv1.3"_s << V::Tls1_3 << V::Default << u"TLS 1.3"_s;
    QTest::newRow("1.3 server, --tls-max 1.3")
        << u"TLSv1.2 TLSv1.3"_s << V::Default << V::Tls1_3 << u"TLS 1.3"_s;
}

void tst_TlsVersions::versionAgreed()
{
    QFETCH(QString, serverProtocols);
    QFETCH(TlsSetting::Version, least);
    QFETCH(TlsSetting::Version, most);
    QFETCH(QString, agreed);
    QVERIFY(startNginx(serverProtocols));
    const ChainResult chain = run(request(least, most));
    QVERIFY2(!chain.error, qPrintable(chain.error ? chain.error->message : QString()));
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.first().status, 200);
    QCOMPARE(chain.hops.first().tls.protocol, agreed);
}

// A server limited to TLS 1.2 and a request for 1.3 only: the handshake fails, and the sentence
// names what this request offered and why, not only OpenSSL's alert.
void tst_TlsVersions::noVersionInCommonIsSaid()
{
    QVERIFY(startNginx(u"TLSv1.2"_s));
    const ChainResult chain = run(request(TlsSetting::Version::Tls1_3, TlsSetting::Version::Default));
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY(chain.error);
    QCOMPARE(chain.error->kind, ErrorKind::Tls);
    QVERIFY2(chain.error->message.contains(
                 u"no TLS version in common: it offered TLS 1.3 only, as --tlsv1.3 asked"_s),
             qPrintable(chain.error->message));
    QVERIFY(m_nginx->errorLog().contains(u"unsupported protocol"_s)
            || m_nginx->errorLog().contains(u"version"_s));

    // Both given and leaving nothing: refused before anything is sent.
    const ChainResult none = run(request(TlsSetting::Version::Tls1_3, TlsSetting::Version::Tls1_2));
    QCOMPARE(none.outcome, ChainOutcome::Error);
    QVERIFY(none.hops.isEmpty());
    QVERIFY2(none.error && none.error->message.contains(u"leaves no TLS version to offer"_s),
             qPrintable(none.error ? none.error->message : QString()));
}

// Qt keeps connections for reuse by host and port: a TLS 1.3 connection left open by one chain
// must not carry the next chain's request that asked for TLS 1.2 at most.
void tst_TlsVersions::connectionOfAnotherVersionIsNotReused()
{
    QVERIFY(startNginx(u"TLSv1.2 TLSv1.3"_s));
    QNetworkAccessManager manager;
    const ChainResult first
        = run(request(TlsSetting::Version::Default, TlsSetting::Version::Default), &manager);
    QCOMPARE(first.hops.value(0).tls.protocol, u"TLS 1.3"_s);
    const ChainResult second
        = run(request(TlsSetting::Version::Default, TlsSetting::Version::Tls1_2), &manager);
    QCOMPARE(second.hops.value(0).tls.protocol, u"TLS 1.2"_s);
    const ChainResult third
        = run(request(TlsSetting::Version::Default, TlsSetting::Version::Default), &manager);
    QCOMPARE(third.hops.value(0).tls.protocol, u"TLS 1.3"_s);
}

QTEST_GUILESS_MAIN(tst_TlsVersions)
#include "tst_tlsversions.moc"
