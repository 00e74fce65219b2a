// SPDX-License-Identifier: MIT
// check's -u/--user, --basic, --digest, --anyauth and --oauth2-bearer, through the real binary
// against a scripted server: what is refused before anything is sent, the "auth" object of
// check --json, and the secrets kept out of its output.
#include "clirun.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::ScriptedServer;

class tst_AuthFlags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void digestAnsweredAndReported();
    void basicUpFrontAndReported();
    void bearerUpFront();

private:
    StatusScope::Test::CliRun check(const QStringList &arguments) const;

    ScriptedServer *m_server = nullptr;
};

static QByteArray authParam(const QByteArray &authorization, const QByteArray &name)
{
    // Enough for the fields this client writes: name="value" or name=value, separated by ", ".
    for (const QByteArray &part : authorization.mid(authorization.indexOf(' ') + 1).split(',')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(QByteArray(name + "=")))
            return trimmed.mid(name.size() + 1).replace('"', "");
    }
    return {};
}

void tst_AuthFlags::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/digest", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (!request.hasHeader("Authorization"))
            socket->write(ScriptedServer::response(
                401, "Unauthorized",
                {{"WWW-Authenticate", R"(Digest realm="cli", nonce="abc", qop="auth", algorithm=SHA-256)"}}));
        else
            socket->write(ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "welcome"));
    });
    m_server->route("/open", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "ok"));
}

void tst_AuthFlags::cleanup()
{
    delete m_server;
}

StatusScope::Test::CliRun tst_AuthFlags::check(const QStringList &arguments) const
{
    QStringList all{u"check"_s};
    for (const QString &argument : arguments)
        all.append(QString(argument).replace(u"{http}"_s, m_server->origin()));
    return StatusScope::Test::runCli(all);
}

void tst_AuthFlags::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("user without password")
        << QStringList{u"-u"_s, u"alice"_s, u"{http}/open"_s} << u"-u needs USER:PASSWORD"_s;
    QTest::newRow("digest without user")
        << QStringList{u"--digest"_s, u"{http}/open"_s} << u"--digest needs -u"_s;
    QTest::newRow("two schemes") << QStringList{u"--basic"_s, u"--anyauth"_s, u"-u"_s, u"a:b"_s,
                                                u"{http}/open"_s}
                                 << u"--basic, --anyauth cannot be used together"_s;
    QTest::newRow("user and bearer") << QStringList{u"-u"_s, u"a:b"_s, u"--oauth2-bearer"_s, u"t0ken"_s,
                                                    u"{http}/open"_s}
                                     << u"one Authorization"_s;
    QTest::newRow("empty token") << QStringList{u"--oauth2-bearer"_s, u""_s, u"{http}/open"_s}
                                 << u"token is empty"_s;
    QTest::newRow("token with a line break")
        << QStringList{u"--oauth2-bearer"_s, u"abc\r\nX-Injected: 1"_s, u"{http}/open"_s}
        << u"control character"_s;
}

void tst_AuthFlags::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const StatusScope::Test::CliRun run = check(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(m_server->connectionCount(), 0);
}

void tst_AuthFlags::digestAnsweredAndReported()
{
    const StatusScope::Test::CliRun run
        = check({u"--json"_s, u"--digest"_s, u"--user"_s, u"alice:wonder-secret"_s, u"{http}/digest"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray hops = QJsonDocument::fromJson(run.out).object().value(u"hops"_s).toArray();
    QCOMPARE(hops.size(), 2);
    QVERIFY(hops.at(0).toObject().value(u"auth"_s).isNull());
    const QJsonObject auth = hops.at(1).toObject().value(u"auth"_s).toObject();
    QCOMPARE(auth.value(u"scheme"_s).toString(), u"Digest"_s);
    QCOMPARE(auth.value(u"user"_s).toString(), u"alice"_s);
    QCOMPARE(auth.value(u"answered_hop"_s).toInt(-1), 0);

    const QList<ScriptedServer::Request> seen = m_server->requestsTo("/digest");
    QCOMPARE(seen.size(), 2);
    const QByteArray response = authParam(seen.at(1).header("Authorization"), "response");
    QCOMPARE(response.size(), 64); // SHA-256 in hex
    QVERIFY(!run.out.contains(response));
    QVERIFY(!run.out.contains("wonder-secret"));

    // In text, the second hop says why it was sent.
    const StatusScope::Test::CliRun text
        = check({u"--digest"_s, u"-u"_s, u"alice:wonder-secret"_s, u"{http}/digest"_s});
    QVERIFY2(text.out.contains("auth-answered: The 401 asked for Digest; answered with user alice"),
             text.out.constData());
}

void tst_AuthFlags::basicUpFrontAndReported()
{
    const StatusScope::Test::CliRun run
        = check({u"--json"_s, u"-u"_s, u"alice:open-sesame"_s, u"{http}/open"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject hop
        = QJsonDocument::fromJson(run.out).object().value(u"hops"_s).toArray().at(0).toObject();
    const QJsonObject auth = hop.value(u"auth"_s).toObject();
    QCOMPARE(auth.value(u"scheme"_s).toString(), u"Basic"_s);
    QVERIFY(auth.value(u"answered_hop"_s).isNull());
    QVERIFY(QJsonDocument(hop.value(u"warnings"_s).toArray()).toJson().contains("credentials-over-http"));
    QCOMPARE(m_server->requestsTo("/open").first().header("Authorization"),
             "Basic " + QByteArray("alice:open-sesame").toBase64());
    QVERIFY(!run.out.contains(QByteArray("alice:open-sesame").toBase64()));
    QVERIFY(!run.out.contains("open-sesame"));
}

void tst_AuthFlags::bearerUpFront()
{
    const StatusScope::Test::CliRun run
        = check({u"--json"_s, u"--oauth2-bearer"_s, u"tok-12345"_s, u"{http}/open"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requestsTo("/open").first().header("Authorization"), QByteArray("Bearer tok-12345"));
    const QJsonObject auth = QJsonDocument::fromJson(run.out)
                                 .object()
                                 .value(u"hops"_s)
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(u"auth"_s)
                                 .toObject();
    QCOMPARE(auth.value(u"scheme"_s).toString(), u"Bearer"_s);
    QVERIFY(auth.value(u"user"_s).isNull());
    QVERIFY(!run.out.contains("tok-12345"));
}

QTEST_GUILESS_MAIN(tst_AuthFlags)
#include "tst_authflags.moc"
