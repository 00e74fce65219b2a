// SPDX-License-Identifier: MIT
// The Audit page behind a company proxy: Edit → Preferences' manual proxy (a ScriptedServer reading
// absolute-form request lines) carries every check and the sitemap's own fetch, its password is
// asked for once before anything is sent, and it reaches none of the exports.
#include "scriptedserver.h"

#include "core/catalogue/statuscatalogue.h"
#include "gui/auditview/auditpage.h"
#include "gui/auditview/auditrowmodel.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Test::ScriptedServer;

class tst_AuditPagePreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void checksGoThroughThePreferredProxy();
    void sitemapFetchedThroughThePreferredProxy();
    void passwordNotGivenSendsNothing();

private:
    Core::NetworkPreferences preferences() const;

    std::optional<Core::StatusCatalogue> m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<ScriptedServer> m_proxy;
    int m_flakyCalls = 0; // /flaky fails once, then answers 200
};

namespace {

// What a proxy that lets the request through would answer, for hosts only it can reach.
const QByteArray Secret = QByteArrayLiteral("s3cret-pw");
const QByteArray Credentials = "Basic " + QByteArrayLiteral("corp:s3cret-pw").toBase64();

} // namespace

void tst_AuditPagePreferences::initTestCase()
{
    m_catalogue = *Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
}

void tst_AuditPagePreferences::init()
{
    m_proxy = std::make_unique<ScriptedServer>();
    QVERIFY(m_proxy->listen());
    m_flakyCalls = 0;
    m_proxy->route("*", [this](const ScriptedServer::Request &request, QTcpSocket *socket) {
        if (request.target.endsWith("/sitemap.xml"))
            socket->write(ScriptedServer::response(
                200, "OK", {{"Content-Type", "application/xml"}},
                "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                "<url><loc>http://site.example/ok</loc></url></urlset>"));
        else if (request.target.endsWith("/flaky"))
            socket->write(++m_flakyCalls == 1 ? ScriptedServer::response(500, "Internal Server Error")
                                              : ScriptedServer::response(200, "OK"));
        else if (request.target.endsWith("/a"))
            socket->write(ScriptedServer::redirect(301, "http://site.example/a-new"));
        else
            socket->write(ScriptedServer::response(200, "OK", {}, "fine"));
    });
}

void tst_AuditPagePreferences::cleanup()
{
    m_proxy.reset();
}

Core::NetworkPreferences tst_AuditPagePreferences::preferences() const
{
    Core::NetworkPreferences preferences;
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = m_proxy->url();
    preferences.proxy.user = u"corp"_s; // its password is in no preference: it is asked for
    return preferences;
}

void tst_AuditPagePreferences::checksGoThroughThePreferredProxy()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.setNetworkPreferences(preferences());
    QList<QList<Core::SecretNeed>> asked;
    page.setSecretAsker([&](const QList<Core::SecretNeed> &needs) {
        asked.append(needs);
        QTimer::singleShot(0, &page, [&page, needs] {
            QList<Core::SecretNeed> answered = needs;
            answered.first().secret = QString::fromLatin1(Secret);
            page.continueStart(answered);
        });
    });
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    page.setInputText(u"source,expected_target,expected_status\n"
                      "http://site.example/a,/a-new,301\n"
                      "http://site.example/ok,,200\n"
                      "http://site.example/flaky,,200\n"_s);
    QVERIFY(page.start());
    QVERIFY(page.isWaitingForSecrets());
    QVERIFY(m_proxy->requests().isEmpty()); // nothing before the answer
    QVERIFY(finished.wait(20000));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().size(), 1);
    QCOMPARE(asked.first().first().kind, Core::SecretNeed::Kind::ProxyPassword);

    QCOMPARE(page.summary().sources, 3);
    QCOMPARE(page.summary().matched, 2);
    QList<QByteArray> targets;
    for (const ScriptedServer::Request &request : m_proxy->requests()) {
        targets.append(request.target);
        QCOMPARE(request.header("Proxy-Authorization"), Credentials);
    }
    std::sort(targets.begin(), targets.end());
    QCOMPARE(targets,
             (QList<QByteArray>{"http://site.example/a", "http://site.example/a-new",
                                "http://site.example/flaky", "http://site.example/ok"}));

    // Re-running the failed row uses the answer the run was given: it is not asked for again.
    m_proxy->clearRequests();
    QVERIFY(page.rerunFailed());
    QVERIFY(finished.wait(20000));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(page.summary().matched, 3);
    QCOMPARE(m_proxy->requests().size(), 1);
    QCOMPARE(m_proxy->requests().first().target, QByteArrayLiteral("http://site.example/flaky"));
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), Credentials);

    QTemporaryDir dir;
    QVERIFY(page.exportCsv(dir.filePath(u"audit.csv"_s)));
    QVERIFY(page.exportJsonLines(dir.filePath(u"audit.jsonl"_s)));
    QVERIFY(page.exportHar(dir.filePath(u"audit.har"_s)));
    for (const QString &name : {u"audit.csv"_s, u"audit.jsonl"_s, u"audit.har"_s}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QVERIFY2(!bytes.contains(Secret), qPrintable(name));
        QVERIFY2(!bytes.contains(Credentials.mid(6)), qPrintable(name));
    }
}

void tst_AuditPagePreferences::sitemapFetchedThroughThePreferredProxy()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    Core::NetworkPreferences withPassword = preferences();
    withPassword.proxy.password = QString::fromLatin1(Secret); // from the keychain: nothing to ask
    page.setNetworkPreferences(withPassword);
    int asked = 0;
    page.setSecretAsker([&asked](const QList<Core::SecretNeed> &) { ++asked; });
    QSignalSpy finished(&page, &Gui::AuditPage::runFinished);
    page.setInputUrl(u"http://site.example/sitemap.xml"_s);
    QVERIFY(page.start());
    QVERIFY(finished.wait(20000));
    QCOMPARE(asked, 0);
    QCOMPARE(page.summary().sources, 1);
    QCOMPARE(page.summary().matched, 1);
    QCOMPARE(m_proxy->requests().size(), 2);
    QCOMPARE(m_proxy->requests().first().target, QByteArrayLiteral("http://site.example/sitemap.xml"));
    QCOMPARE(m_proxy->requests().first().header("Proxy-Authorization"), Credentials);
    QCOMPARE(m_proxy->requests().last().target, QByteArrayLiteral("http://site.example/ok"));
}

void tst_AuditPagePreferences::passwordNotGivenSendsNothing()
{
    Gui::AuditPage page(&m_manager, &*m_catalogue);
    page.setNetworkPreferences(preferences());
    page.setSecretAsker([&page](const QList<Core::SecretNeed> &) {
        QTimer::singleShot(0, &page, [&page] { page.abandonStart(u"Nothing was sent: no password."_s); });
    });
    page.setInputText(u"http://site.example/ok\n"_s);
    QVERIFY(page.start());
    QTRY_VERIFY(!page.isWaitingForSecrets());
    QVERIFY(!page.isRunning());
    QVERIFY(page.notesText().contains(u"Nothing was sent"_s));
    QCOMPARE(page.rowModel()->rowCount(), 0);
    QVERIFY(m_proxy->requests().isEmpty());
    // Esc while the question is open drops the run too.
    page.setSecretAsker([](const QList<Core::SecretNeed> &) {});
    QVERIFY(page.start());
    QVERIFY(page.isWaitingForSecrets());
    page.cancel();
    QVERIFY(!page.isWaitingForSecrets());
    QVERIFY(page.notesText().contains(u"cancelled while its password was asked for"_s));
    QVERIFY(m_proxy->requests().isEmpty());
}

QTEST_MAIN(tst_AuditPagePreferences)
#include "tst_auditpagepreferences.moc"
