// SPDX-License-Identifier: MIT
// The console's session without any widget: chains run, trust granted and scoped, the history
// written, against scripted servers on 127.0.0.1 (plain, and TLS with tests/data/tls).
#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "core/requests/requestsession.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Core::ChainOutcome;
using Core::TrustQuestion;
using Test::ScriptedServer;

class tst_RequestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void chainIsWrittenToHistoryMasked();
    void certificateExceptionAccepted();
    void certificateExceptionRefused();
    void exceptionIsScopedToHostAndPort();
    void redirectTargetCertificateIsNotOffered();
    void downgradeIsAllowedOnce();
    void cancelEndsAtOnceAndIsRemembered();
    void refusedSendSaysWhy();
    void missingSecrets_data();
    void missingSecrets();
    void sendWaitsForAskedSecrets();
    void abandonedSendSendsNothing();

private:
    Core::RequestSpec get(const QUrl &url) const
    {
        Core::RequestSpec spec;
        spec.url = url;
        spec.options.inactivityTimeoutMs = 5000;
        return spec;
    }
    // Sends and waits for the end; false when it was refused or never ended.
    bool sendAndWait(const Core::RequestSpec &spec)
    {
        QSignalSpy finished(m_session, &Core::RequestSession::finished);
        return m_session->send(spec) && finished.wait(15000);
    }
    bool answerAndWait(bool (Core::RequestSession::*answer)())
    {
        QSignalSpy finished(m_session, &Core::RequestSession::finished);
        return (m_session->*answer)() && finished.wait(15000);
    }

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
    ScriptedServer *m_secure = nullptr;
    Core::RequestSession *m_session = nullptr;
};

void tst_RequestSession::initTestCase()
{
    auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_RequestSession::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "fine"));
    m_secure = new ScriptedServer(this);
    QVERIFY(m_secure->listen(true));
    m_secure->route("/ok", ScriptedServer::response(200, "OK", {}, "secure"));
    m_session = new Core::RequestSession(m_manager, &m_catalogue, this);
}

void tst_RequestSession::cleanup()
{
    delete m_session;
    delete m_secure;
    delete m_server;
    delete m_manager;
}

void tst_RequestSession::chainIsWrittenToHistoryMasked()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    m_session->setHistory(&history);
    QSignalSpy changed(m_session, &Core::RequestSession::historyChanged);
    m_server->route("/start", ScriptedServer::redirect(302, "/ok"));
    Core::RequestSpec spec = get(m_server->url(u"/start"_s));
    spec.headers = {{"Authorization", "Bearer hunter22"}};
    QVERIFY(sendAndWait(spec));
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QCOMPARE(changed.size(), 1);
    // The server got the credential; the history keeps it masked, in the request and every hop.
    QCOMPARE(m_server->requestsTo("/start").first().header("Authorization"), "Bearer hunter22");
    const QList<Core::HistorySummary> entries = history.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().hops, 2);
    const std::optional<Core::ChainResult> stored = history.chain(entries.first().id);
    QVERIFY(stored);
    QCOMPARE(stored->hops.size(), 2);
    QCOMPARE(Core::headerValue(stored->request.headers, "Authorization"), "Bearer ••••");
    for (const Core::Hop &hop : stored->hops)
        QVERIFY(!Core::headerValue(hop.requestHeaders, "Authorization").contains("hunter22"));

    // The history keeps the request as composed: the preferences of this send are not pinned on
    // it (Run again follows the preferences of its day); the hops say what was used.
    Core::NetworkPreferences preferences;
    preferences.httpVersion = Core::HttpVersion::Http1_1;
    m_session->setNetworkPreferences(preferences);
    QVERIFY(sendAndWait(get(m_server->url(u"/ok"_s))));
    QCOMPARE(m_session->lastRequest().options.network.httpVersion, Core::HttpVersion::Http1_1);
    const std::optional<Core::ChainResult> composed = history.chain(history.list().first().id);
    QVERIFY(composed);
    QCOMPARE(composed->request.url.path(), u"/ok"_s);
    QCOMPARE(composed->request.options.network.httpVersion, Core::HttpVersion::Default);
    m_session->setNetworkPreferences({});
    changed.clear();

    // No history: the session runs all the same.
    m_session->setHistory(nullptr);
    QVERIFY(sendAndWait(get(m_server->url(u"/ok"_s))));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(history.list().size(), 2);
}

void tst_RequestSession::certificateExceptionAccepted()
{
    QSignalSpy asked(m_session, &Core::RequestSession::trustQuestionAsked);
    QSignalSpy trust(m_session, &Core::RequestSession::trustChanged);
    const QUrl url = m_secure->url(u"/ok"_s);
    QVERIFY(sendAndWait(get(url)));
    QCOMPARE(m_session->result().error->kind, Core::ErrorKind::Tls);
    QCOMPARE(m_session->question(), TrustQuestion::AcceptCertificate);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).value<TrustQuestion>(), TrustQuestion::AcceptCertificate);
    QCOMPARE(asked.first().at(1).toUrl(), url);
    QVERIFY(!m_session->continueOverHttp()); // not what was asked

    QVERIFY(answerAndWait(&Core::RequestSession::acceptCertificate));
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QVERIFY(m_session->result().hops.first().tls.errorsIgnored);
    QCOMPARE(m_session->trustedHosts(), QSet<QString>{u"127.0.0.1:%1"_s.arg(m_secure->port())});
    QCOMPARE(trust.size(), 1);
    QCOMPARE(m_session->question(), TrustQuestion::None);
    QVERIFY(!m_session->acceptCertificate()); // answered: nothing pending

    // The exception lasts for the session: the next plain send to that host and port passes.
    QVERIFY(sendAndWait(get(url)));
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QVERIFY(m_session->withSessionTrust(get(url)).options.acceptInvalidCertificates);
}

void tst_RequestSession::certificateExceptionRefused()
{
    const QUrl url = m_secure->url(u"/ok"_s);
    QVERIFY(sendAndWait(get(url)));
    QCOMPARE(m_session->question(), TrustQuestion::AcceptCertificate);
    // Not answering is refusing: the next send is checked as strictly, and asks again.
    QVERIFY(sendAndWait(get(url)));
    QCOMPARE(m_session->result().error->kind, Core::ErrorKind::Tls);
    QCOMPARE(m_session->question(), TrustQuestion::AcceptCertificate);
    QVERIFY(m_session->trustedHosts().isEmpty());
    QVERIFY(!m_session->withSessionTrust(get(url)).options.acceptInvalidCertificates);
    QCOMPARE(m_secure->requestsTo("/ok").size(), 0); // nothing got through the handshake
}

void tst_RequestSession::exceptionIsScopedToHostAndPort()
{
    m_session->trustCertificate(m_secure->url());
    ScriptedServer otherPort;
    QVERIFY(otherPort.listen(true));
    otherPort.route("/ok", ScriptedServer::response(200, "OK"));

    QVERIFY(sendAndWait(get(otherPort.url(u"/ok"_s))));
    QCOMPARE(m_session->result().error->kind, Core::ErrorKind::Tls);
    // Another name for the same server is another host.
    QVERIFY(sendAndWait(get(QUrl(u"https://localhost:%1/ok"_s.arg(m_secure->port())))));
    QCOMPARE(m_session->result().error->kind, Core::ErrorKind::Tls);
    QVERIFY(sendAndWait(get(m_secure->url(u"/ok"_s))));
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QCOMPARE(otherPort.requests().size(), 0);
}

// A redirect to a host whose certificate fails is not one click from being trusted: only the
// host the user asked for is offered.
void tst_RequestSession::redirectTargetCertificateIsNotOffered()
{
    m_server->route("/away", ScriptedServer::redirect(302, m_secure->url(u"/ok"_s).toEncoded()));
    QVERIFY(sendAndWait(get(m_server->url(u"/away"_s))));
    QCOMPARE(m_session->result().error->kind, Core::ErrorKind::Tls);
    QCOMPARE(m_session->question(), TrustQuestion::None);
    QVERIFY(!m_session->acceptCertificate());
    QVERIFY(m_session->trustedHosts().isEmpty());
}

void tst_RequestSession::downgradeIsAllowedOnce()
{
    m_secure->route("/down", ScriptedServer::redirect(302, m_server->url(u"/ok"_s).toEncoded()));
    m_session->trustCertificate(m_secure->url());
    const Core::RequestSpec spec = get(m_secure->url(u"/down"_s));
    QVERIFY(sendAndWait(spec));
    QCOMPARE(m_session->result().stop->reason, Core::StopReason::HttpsDowngrade);
    QCOMPARE(m_session->question(), TrustQuestion::ContinueOverHttp);
    QCOMPARE(m_server->requests().size(), 0);

    QVERIFY(answerAndWait(&Core::RequestSession::continueOverHttp));
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QCOMPARE(m_session->result().hops.size(), 2);
    QCOMPARE(m_server->requests().size(), 1);

    // Once: the same request sent again stops at the downgrade again.
    QVERIFY(sendAndWait(spec));
    QCOMPARE(m_session->result().stop->reason, Core::StopReason::HttpsDowngrade);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_RequestSession::cancelEndsAtOnceAndIsRemembered()
{
    QTemporaryDir dir;
    Core::HistoryStore history;
    history.open(dir.filePath(u"history.db"_s));
    m_session->setHistory(&history);
    m_server->route("/silent", [](const ScriptedServer::Request &, QTcpSocket *) {});
    QSignalSpy finished(m_session, &Core::RequestSession::finished);
    QSignalSpy started(m_session, &Core::RequestSession::hopStarted);
    QVERIFY(m_session->send(get(m_server->url(u"/silent"_s))));
    QVERIFY(m_session->isRunning());
    QTRY_COMPARE(m_server->requestsTo("/silent").size(), 1);
    QCOMPARE(started.size(), 1);
    m_session->cancel();
    QVERIFY(!m_session->isRunning()); // at once
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_session->result().outcome, ChainOutcome::Stopped);
    QCOMPARE(m_session->result().stop->reason, Core::StopReason::Cancelled);
    QCOMPARE(m_session->question(), TrustQuestion::None);
    QCOMPARE(history.list().size(), 1);
    QCOMPARE(history.list().first().outcome, u"stopped"_s);

    // A send while a chain runs ends that chain first, and it is remembered too.
    QVERIFY(m_session->send(get(m_server->url(u"/silent"_s))));
    QSignalSpy starting(m_session, &Core::RequestSession::chainStarting);
    QVERIFY(sendAndWait(get(m_server->url(u"/ok"_s))));
    QCOMPARE(starting.size(), 1);
    QCOMPARE(m_session->result().outcome, ChainOutcome::Complete);
    QCOMPARE(history.list().size(), 3);
}

void tst_RequestSession::refusedSendSaysWhy()
{
    QSignalSpy starting(m_session, &Core::RequestSession::chainStarting);
    QSignalSpy finished(m_session, &Core::RequestSession::finished);
    Core::RequestSpec spec = get(m_server->url(u"/ok"_s));
    spec.headers = {{"X-Bad", "a\r\nInjected: yes"}};
    QVERIFY(!m_session->send(spec));
    QVERIFY(!m_session->isRunning());
    QVERIFY(m_session->result().error);
    QVERIFY(!m_session->result().error->message.isEmpty());
    QCOMPARE(starting.size(), 1); // the views were told, and are told it did not start by send()
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_server->requests().size(), 0);
}

// Which of the preferences' passwords a request would go without: only those it really uses.
void tst_RequestSession::missingSecrets_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("password"); // the preferred proxy's, as the keychain gave it
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("requestProxy"); // ProxySetting::Mode of the request itself
    QTest::addColumn<bool>("asked");

    const int system = int(Core::ProxySetting::Mode::System);
    const int none = int(Core::ProxySetting::Mode::None);
    QTest::newRow("no password") << u"http://a.example/"_s << QString() << u"alice"_s << system << true;
    QTest::newRow("password held") << u"http://a.example/"_s << u"pw"_s << u"alice"_s << system << false;
    QTest::newRow("no user") << u"http://a.example/"_s << QString() << QString() << system << false;
    QTest::newRow("request's own no-proxy")
        << u"http://a.example/"_s << QString() << u"alice"_s << none << false;
    // A redirect may lead from a --noproxy host to a proxied one: asked all the same (tst_proxysecrets).
    QTest::newRow("--noproxy host") << u"http://b.internal.example/"_s << QString() << u"alice"_s << system
                                    << true;
}

void tst_RequestSession::missingSecrets()
{
    QFETCH(QString, url);
    QFETCH(QString, password);
    QFETCH(QString, user);
    QFETCH(int, requestProxy);
    QFETCH(bool, asked);
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(u"http://proxy.example:3128"_s);
    preferences.proxy.user = user;
    preferences.proxy.password = password;
    preferences.proxy.noProxy = {u"internal.example"_s};
    Core::RequestSpec request = get(QUrl(url));
    request.options.network.proxy.mode = Core::ProxySetting::Mode(requestProxy);
    const QList<Core::SecretNeed> needs = Core::missingSecrets(preferences, request);
    QCOMPARE(needs.size(), asked ? 1 : 0);
    if (asked) {
        QCOMPARE(needs.first().kind, Core::SecretNeed::Kind::ProxyPassword);
        QCOMPARE(needs.first().subject, u"http://proxy.example:3128"_s);
        QCOMPARE(needs.first().user, u"alice"_s);
    }
}

// A send whose preferences lack a password waits, unsent, for the asker; the answer goes with
// that send. The scripted server plays the proxy and reads Proxy-Authorization.
void tst_RequestSession::sendWaitsForAskedSecrets()
{
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(m_server->origin());
    preferences.proxy.user = u"alice"_s;
    m_session->setNetworkPreferences(preferences);
    QList<QList<Core::SecretNeed>> asked;
    m_session->setSecretAsker([&asked](const QList<Core::SecretNeed> &needs) { asked.append(needs); });
    QSignalSpy starting(m_session, &Core::RequestSession::chainStarting);

    QVERIFY(m_session->send(get(QUrl(u"http://statusscope-session.invalid/ok"_s))));
    QCOMPARE(asked.size(), 1);
    QVERIFY(m_session->isWaitingForSecrets());
    QCOMPARE(starting.size(), 0);
    QVERIFY(!m_session->isRunning());

    QList<Core::SecretNeed> answered = asked.first();
    answered.first().secret = u"s3cret"_s;
    QSignalSpy finished(m_session, &Core::RequestSession::finished);
    QVERIFY(m_session->continueSend(answered));
    QVERIFY(!m_session->isWaitingForSecrets());
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().header("Proxy-Authorization"),
             "Basic " + QByteArray("alice:s3cret").toBase64());
    QVERIFY(!m_session->continueSend(answered)); // nothing waits any more
    // The answer was for that send only: what to remember is the asker's choice.
    QVERIFY(m_session->networkPreferences().proxy.password.isEmpty());
}

void tst_RequestSession::abandonedSendSendsNothing()
{
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(m_server->origin());
    preferences.proxy.user = u"alice"_s;
    m_session->setNetworkPreferences(preferences);
    m_session->setSecretAsker([](const QList<Core::SecretNeed> &) {});
    QSignalSpy abandoned(m_session, &Core::RequestSession::sendAbandoned);

    QVERIFY(m_session->send(get(QUrl(u"http://statusscope-session.invalid/ok"_s))));
    m_session->abandonSend(u"Nothing was sent: no password."_s);
    QCOMPARE(abandoned.size(), 1);
    QCOMPARE(abandoned.first().first().toString(), u"Nothing was sent: no password."_s);
    QVERIFY(!m_session->isWaitingForSecrets());

    // Cancel while a password is asked for drops the request as well, and says so.
    QVERIFY(m_session->send(get(QUrl(u"http://statusscope-session.invalid/ok"_s))));
    m_session->cancel();
    QCOMPARE(abandoned.size(), 2);
    QVERIFY(abandoned.last().first().toString().startsWith(u"Nothing was sent"_s));
    QVERIFY(!m_session->continueSend({}));
    QVERIFY(!m_session->isRunning());
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(tst_RequestSession)
#include "tst_requestsession.moc"
