// SPDX-License-Identifier: MIT
// The typed settings: every key round-trips, what earlier versions wrote is still read under the
// same names, and a value that cannot be read gives the default instead of a surprise.
#include "../support/networkrequest.h"
#include "core/quiz/metcodes.h"
#include "core/settings/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace StatusScope::Core;
using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::networkRequest;
using StatusScope::Test::NetworkSecrets;
using StatusScope::Test::verifySameWithoutSecrets;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void readsWhatEarlierVersionsWrote();
    void badValuesFallBackToDefaults_data();
    void badValuesFallBackToDefaults();
    void noStoreKeepsNothing();
    void credentialsNeverReachTheFile();
    void lastRequestKeepsNetworkOptionsWithoutSecrets();
    void metCodesAreOneListKeptInSettings();
    void auditPageRoundTrips();
    void auditOptionsOutOfRangeReadAsDefaults_data();
    void auditOptionsOutOfRangeReadAsDefaults();
    void auditTextPastTheLimitIsNotKept();

private:
    QTemporaryDir m_dir;
};

void tst_Settings::roundTrips()
{
    const QString file = m_dir.filePath(u"roundtrip.ini"_s);
    RequestSpec request;
    request.method = "PATCH";
    request.url = QUrl(u"https://example.org/item?q=1"_s);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    RequestOptions options;
    options.maxRedirects = 7;
    options.followRedirects = false;
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(&store);
        settings.setWindowGeometry("geometry-bytes");
        settings.setWindowState("state-bytes");
        settings.setPage(Settings::Page::Console);
        settings.setCatalogueSplitter("catalogue-bytes");
        settings.setConsoleSplitter("console-bytes");
        settings.setLastRequest(request);
        settings.setRequestOptions(options);
        settings.setLanguage(u"de"_s);
        settings.setMetCodes({404, 200, 301});
        settings.setQuizScore(418, {2, 5});
        settings.setHistorySecrets(SecretStorage::Omitted);
        settings.sync();
    }
    QSettings store(file, QSettings::IniFormat);
    const Settings settings(&store);
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(settings.windowState(), QByteArray("state-bytes"));
    QCOMPARE(settings.page(), Settings::Page::Console);
    QCOMPARE(settings.catalogueSplitter(), QByteArray("catalogue-bytes"));
    QCOMPARE(settings.consoleSplitter(), QByteArray("console-bytes"));
    const std::optional<RequestSpec> last = settings.lastRequest();
    QVERIFY(last);
    QCOMPARE(last->method, QByteArray("PATCH"));
    QCOMPARE(last->url, request.url);
    QCOMPARE(last->headers.size(), 1);
    const std::optional<RequestOptions> kept = settings.requestOptions();
    QVERIFY(kept);
    QCOMPARE(kept->maxRedirects, 7);
    QCOMPARE(kept->followRedirects, false);
    QCOMPARE(settings.language(), u"de"_s);
    QCOMPARE(settings.metCodes(), QList<int>({404, 200, 301}));
    QCOMPARE(settings.quizScores().value(418).right, 2);
    QCOMPARE(settings.quizScores().value(418).asked, 5);
    QCOMPARE(settings.historySecrets(), SecretStorage::Omitted);
}

void tst_Settings::readsWhatEarlierVersionsWrote()
{
    // A settings file as 1.x wrote it, by hand: the same key names and value formats.
    const QString file = m_dir.filePath(u"earlier.ini"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "[General]\n"
            "language=fr\n"
            "\n"
            "[console]\n"
            "lastRequest=\"{\\\"method\\\":\\\"DELETE\\\",\\\"url\\\":\\\"https://example.org/x\\\"}\"\n"
            "\n"
            "[history]\n"
            "secrets=1\n" // the enumerator's number, before keys were written
            "\n"
            "[quiz]\n"
            "met=404 500 204\n"
            "progress\\404=1/2\n"
            "\n"
            "[window]\n"
            "page=console\n");
    }
    QSettings store(file, QSettings::IniFormat);
    const Settings settings(&store);
    QCOMPARE(settings.language(), u"fr"_s);
    QCOMPARE(settings.page(), Settings::Page::Console);
    QCOMPARE(settings.historySecrets(), SecretStorage::Plain);
    QCOMPARE(settings.metCodes(), QList<int>({404, 500, 204}));
    QCOMPARE(settings.quizScores().value(404).right, 1);
    QCOMPARE(settings.quizScores().value(404).asked, 2);
    const std::optional<RequestSpec> last = settings.lastRequest();
    QVERIFY(last);
    QCOMPARE(last->method, QByteArray("DELETE"));
    QCOMPARE(last->url, QUrl(u"https://example.org/x"_s));
    // Written before requests kept their network options: the defaults.
    QCOMPARE(last->options.network.proxy.mode, ProxySetting::Mode::System);
    QCOMPARE(last->options.network.auth.scheme, AuthSetting::Scheme::None);
    QVERIFY(last->options.network.connectTo.isEmpty());
}

void tst_Settings::badValuesFallBackToDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("page not known") << u"window/page"_s << QVariant(u"settings"_s);
    QTest::newRow("secrets not known") << u"history/secrets"_s << QVariant(u"everywhere"_s);
    QTest::newRow("secrets number out of range") << u"history/secrets"_s << QVariant(42);
    QTest::newRow("language not a code") << u"language"_s << QVariant(u"../../etc/passwd"_s);
    QTest::newRow("last request not JSON") << u"console/lastRequest"_s << QVariant(QByteArray("{not json"));
    QTest::newRow("last request not an object") << u"console/lastRequest"_s << QVariant(QByteArray("[1,2]"));
    QTest::newRow("options not JSON") << u"console/options"_s << QVariant(QByteArray("maxRedirects=7"));
    QTest::newRow("met codes not numbers") << u"quiz/met"_s << QVariant(u"teapot 1000 -1"_s);
    QTest::newRow("quiz score impossible") << u"quiz/progress/404"_s << QVariant(u"3/2"_s);
    QTest::newRow("quiz score not numbers") << u"quiz/progress/404"_s << QVariant(u"x/1"_s);
    QTest::newRow("quiz code not a number") << u"quiz/progress/teapot"_s << QVariant(u"1/1"_s);
}

void tst_Settings::badValuesFallBackToDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings store(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s),
                    QSettings::IniFormat);
    store.setValue(key, value);
    const Settings settings(&store);
    QCOMPARE(settings.page(), Settings::Page::Catalogue);
    QCOMPARE(settings.historySecrets(), SecretStorage::Masked);
    QCOMPARE(settings.language(), QString());
    QVERIFY(!settings.lastRequest());
    QVERIFY(!settings.requestOptions());
    QVERIFY(settings.metCodes().isEmpty());
    QVERIFY(settings.quizScores().isEmpty());
}

void tst_Settings::noStoreKeepsNothing()
{
    Settings settings(nullptr);
    settings.setLanguage(u"de"_s);
    settings.setMetCodes({404});
    settings.sync();
    QCOMPARE(settings.language(), QString());
    QVERIFY(settings.metCodes().isEmpty());
    QCOMPARE(settings.historySecrets(), SecretStorage::Masked);
}

void tst_Settings::credentialsNeverReachTheFile()
{
    const QString file = m_dir.filePath(u"credentials.ini"_s);
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(&store);
        RequestSpec request;
        request.method = "GET";
        request.url = QUrl(u"https://ann:hunter22@example.org/item"_s);
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer s3cr3t")});
        settings.setLastRequest(request);
        settings.sync();
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray stored = in.readAll();
    QVERIFY2(!stored.contains("hunter22") && !stored.contains("s3cr3t"), stored.constData());
    QVERIFY(stored.contains("example.org/item"));
}

// The window opens again with the last request's proxy, pins and authentication scheme and user;
// the settings file holds none of their secrets, in the last request or in the kept options.
void tst_Settings::lastRequestKeepsNetworkOptionsWithoutSecrets()
{
    const QString file = m_dir.filePath(u"network.ini"_s);
    const RequestSpec basic = networkRequest(AuthSetting::Scheme::Basic);
    const RequestSpec bearer = networkRequest(AuthSetting::Scheme::Bearer);
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(&store);
        settings.setLastRequest(basic);
        settings.setRequestOptions(bearer.options);
        settings.sync();
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray stored = in.readAll();
    QVERIFY(stored.contains("proxy.example"));
    for (const char *secret : NetworkSecrets)
        QVERIFY2(!stored.contains(secret), secret);

    QSettings store(file, QSettings::IniFormat);
    const Settings settings(&store);
    const std::optional<RequestSpec> last = settings.lastRequest();
    QVERIFY(last);
    verifySameWithoutSecrets(last->options.network, basic.options.network);
    if (QTest::currentTestFailed())
        return;
    const std::optional<RequestOptions> options = settings.requestOptions();
    QVERIFY(options);
    verifySameWithoutSecrets(options->network, bearer.options.network);
}

void tst_Settings::metCodesAreOneListKeptInSettings()
{
    const QString file = m_dir.filePath(u"met.ini"_s);
    {
        QSettings store(file, QSettings::IniFormat);
        store.setValue(u"quiz/met"_s, u"404"_s);
        Settings settings(&store);
        MetCodes met;
        QSignalSpy changed(&met, &MetCodes::changed);
        met.setSettings(&settings);
        QCOMPARE(met.codes(), QList<int>({404}));
        QVERIFY(met.note(200));
        QVERIFY(!met.note(404)); // met before: nothing new
        QVERIFY(!met.note(1000)); // not a status code
        QCOMPARE(changed.size(), 2);
        settings.sync();
    }
    QSettings store(file, QSettings::IniFormat);
    QCOMPARE(store.value(u"quiz/met"_s).toString(), u"404 200"_s);
}

// The Audit page's options, input and page come back as written, under keys of their own.
void tst_Settings::auditPageRoundTrips()
{
    const QString file = m_dir.filePath(u"audit.ini"_s);
    AuditRunOptions options;
    options.base.method = "HEAD";
    options.parallel = 40;
    options.perHost = 0;
    options.ratePerHost = 2.5;
    options.check.maxChain = 3;
    options.check.match.ignoreQuery = true;
    options.check.match.ignoreTrailingSlash = true;
    AuditInputSettings input;
    input.tab = AuditInputSettings::Tab::Paste;
    input.kind = AuditInputKind::Map;
    input.file = u"/srv/maps/redirects.csv"_s;
    input.url = u"https://example.org/sitemap.xml"_s;
    input.text = u"/old,/new,301\n# a comment = with; odd [characters]\n/a?x=1,/b\n"_s;
    {
        QSettings store(file, QSettings::IniFormat);
        Settings settings(&store);
        QVERIFY(!settings.auditOptions());
        QCOMPARE(settings.auditInput().tab, AuditInputSettings::Tab::File);
        settings.setPage(Settings::Page::Audit);
        settings.setAuditOptions(options);
        settings.setAuditInput(input);
        settings.sync();
    }
    QSettings store(file, QSettings::IniFormat);
    const Settings settings(&store);
    QCOMPARE(settings.page(), Settings::Page::Audit);
    QCOMPARE(store.value(u"window/page"_s).toString(), u"audit"_s);
    const std::optional<AuditRunOptions> read = settings.auditOptions();
    QVERIFY(read);
    QCOMPARE(read->base.method, QByteArray("HEAD"));
    QCOMPARE(read->parallel, 40);
    QCOMPARE(read->perHost, 0);
    QCOMPARE(read->ratePerHost, 2.5);
    QCOMPARE(read->check.maxChain, 3);
    QVERIFY(read->check.match.ignoreQuery);
    QVERIFY(read->check.match.ignoreTrailingSlash);
    const AuditInputSettings back = settings.auditInput();
    QCOMPARE(back.tab, AuditInputSettings::Tab::Paste);
    QCOMPARE(back.kind, AuditInputKind::Map);
    QCOMPARE(back.file, input.file);
    QCOMPARE(back.url, input.url);
    QCOMPARE(back.text, input.text);
}

void tst_Settings::auditOptionsOutOfRangeReadAsDefaults_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("another method") << QByteArray(R"({"method":"DELETE"})");
    QTest::newRow("no chains at once") << QByteArray(R"({"parallel":0})");
    QTest::newRow("negative per host") << QByteArray(R"({"perHost":-1})");
    QTest::newRow("negative rate") << QByteArray(R"({"rate":-3})");
    QTest::newRow("rate a word") << QByteArray(R"({"rate":"fast"})");
    QTest::newRow("max chain a fraction") << QByteArray(R"({"maxChain":1.5})");
    QTest::newRow("parallel past int") << QByteArray(R"({"parallel":1e12})");
    QTest::newRow("relaxations not booleans")
        << QByteArray(R"({"ignoreQuery":"yes","ignoreTrailingSlash":1})");
}

// A hand-edited or damaged value reads as the default, never as something the page would send:
// a method other than GET or HEAD is GET.
void tst_Settings::auditOptionsOutOfRangeReadAsDefaults()
{
    QFETCH(QByteArray, stored);
    QSettings store(m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u"-audit.ini"_s),
                    QSettings::IniFormat);
    store.setValue(u"audit/options"_s, stored);
    store.setValue(u"audit/inputKind"_s, u"spreadsheet"_s);
    store.setValue(u"audit/inputTab"_s, u"clipboard"_s);
    const Settings settings(&store);
    const std::optional<AuditRunOptions> read = settings.auditOptions();
    QVERIFY(read);
    const AuditRunOptions defaults;
    QCOMPARE(read->base.method, QByteArray("GET"));
    QCOMPARE(read->parallel, defaults.parallel);
    QCOMPARE(read->perHost, defaults.perHost);
    QCOMPARE(read->ratePerHost, defaults.ratePerHost);
    QCOMPARE(read->check.maxChain, defaults.check.maxChain);
    QVERIFY(!read->check.match.ignoreQuery);
    QVERIFY(!read->check.match.ignoreTrailingSlash);
    QCOMPARE(settings.auditInput().kind, AuditInputKind::Guess);
    QCOMPARE(settings.auditInput().tab, AuditInputSettings::Tab::File);
}

// Pasted text up to the limit is kept; past it nothing is, not even the text kept before.
void tst_Settings::auditTextPastTheLimitIsNotKept()
{
    QSettings store(m_dir.filePath(u"audit-limit.ini"_s), QSettings::IniFormat);
    Settings settings(&store);
    AuditInputSettings input;
    input.tab = AuditInputSettings::Tab::Paste;
    const QString line = u"https://example.org/page\n"_s;
    input.text = line.repeated(Settings::AuditTextLimit / line.size());
    QVERIFY(input.text.toUtf8().size() <= Settings::AuditTextLimit);
    settings.setAuditInput(input);
    QCOMPARE(settings.auditInput().text, input.text);
    // Counted in UTF-8: 400,000 × "é" is 800,000 bytes (kept), 600,000 × "é" is 1,200,000 (not).
    input.text = QString(400000, u'é');
    settings.setAuditInput(input);
    QCOMPARE(settings.auditInput().text, input.text);
    input.text = QString(600000, u'é');
    settings.setAuditInput(input);
    QCOMPARE(settings.auditInput().text, QString());
    QVERIFY(!store.contains(u"audit/inputText"_s));
    QCOMPARE(settings.auditInput().tab, AuditInputSettings::Tab::Paste); // the rest is kept
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
