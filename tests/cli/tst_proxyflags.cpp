// SPDX-License-Identifier: MIT
// check's proxy options through the real binary: --proxy-user refused without a password, a proxy
// whose own name is pinned with --resolve, and --resolve's address list (the JSON "via" and the
// text route line name the address reached).
#include "clirun.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Test;

class tst_ProxyFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void proxyUserWithoutPasswordRefused();
    void proxyHostPinnedWithResolve();
    void resolveTriesTheNextAddress();

private:
    std::unique_ptr<ScriptedServer> m_server;
};

void tst_ProxyFlags::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
}

void tst_ProxyFlags::cleanup()
{
    m_server.reset();
}

void tst_ProxyFlags::proxyUserWithoutPasswordRefused()
{
    // curl would ask for the password; check says how to give it, and sends nothing.
    const CliRun run = runCli(
        {u"check"_s, u"-x"_s, m_server->origin(), u"--proxy-user"_s, u"alice"_s, u"http://site.test/ok"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--proxy-user needs USER:PASSWORD"), run.err.constData());
    QCOMPARE(m_server->requests().size(), 0);

    // An empty password is a choice when written so.
    const CliRun empty = runCli({u"check"_s, u"--json"_s, u"-x"_s, m_server->origin(), u"--proxy-user"_s,
                                 u"alice:"_s, u"http://site.test/ok"_s});
    QVERIFY2(empty.exitCode == 0, empty.err.constData());
    QCOMPARE(m_server->requests().first().header("Proxy-Authorization"),
             "Basic " + QByteArray("alice:").toBase64());
}

void tst_ProxyFlags::proxyHostPinnedWithResolve()
{
    // The scripted server plays the proxy, under a name only the pin knows.
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "from the proxy"));
    const QString port = QString::number(m_server->port());
    const CliRun run
        = runCli({u"check"_s, u"--json"_s, u"-x"_s, u"http://proxy.test:"_s + port, u"--resolve"_s,
                  u"proxy.test:"_s + port + u":127.0.0.1"_s, u"http://site.test/ok"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject hop
        = QJsonDocument::fromJson(run.out).object().value(u"hops"_s).toArray().first().toObject();
    QCOMPARE(hop.value(u"status"_s).toInt(), 200);
    QCOMPARE(hop.value(u"via"_s).toObject().value(u"proxy"_s).toString(), u"http://proxy.test:"_s + port);
    QCOMPARE(m_server->requests().first().target, "http://site.test/ok"_ba);
}

void tst_ProxyFlags::resolveTriesTheNextAddress()
{
    const QString port = QString::number(m_server->port());
    const QStringList arguments{u"--resolve"_s, u"name.test:"_s + port + u":127.0.0.2,127.0.0.1"_s,
                                u"http://name.test:"_s + port + u"/ok"_s};
    const CliRun json = runCli(QStringList{u"check"_s, u"--json"_s} + arguments);
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject hop
        = QJsonDocument::fromJson(json.out).object().value(u"hops"_s).toArray().first().toObject();
    QCOMPARE(hop.value(u"via"_s).toObject().value(u"connect_to"_s).toString(), u"127.0.0.1:"_s + port);

    const CliRun text = runCli(QStringList{u"check"_s} + arguments);
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains(QByteArray("127.0.0.1:" + port.toLatin1())), text.out.constData());

    // Every address refused: the error names each one.
    const CliRun refused
        = runCli({u"check"_s, u"--resolve"_s, u"name.test:"_s + port + u":127.0.0.2,127.0.0.3"_s,
                  u"http://name.test:"_s + port + u"/ok"_s});
    QVERIFY(refused.exitCode != 0);
    const QByteArray said = refused.out + refused.err;
    QVERIFY2(said.contains(QByteArray("127.0.0.2:" + port.toLatin1()))
                 && said.contains(QByteArray("127.0.0.3:" + port.toLatin1())),
             said.constData());
}

QTEST_GUILESS_MAIN(tst_ProxyFlags)
#include "tst_proxyflags.moc"
