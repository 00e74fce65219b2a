// SPDX-License-Identifier: MIT
// Edit → Preferences as defaults: which value a request gets when it has its own and the
// preferences have another, which client certificate a host gets, and how the settings keep them
// (never a password).
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestsession.h"
#include "core/requests/tlssetup.h"
#include "core/settings/networkpreferences.h"
#include "core/settings/settings.h"
#include "scriptedserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_NetworkPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostPatterns_data();
    void hostPatterns();
    void patternProblems_data();
    void patternProblems();
    void preferencesFillWhatTheRequestLeaves();
    void requestChoicesWin();
    void clientCertificateByHostAndPort();
    void timeouts();
    void noPreferencesChangeNothing();
    void settingsKeepEverythingButPasswords();
    void damagedSettingsReadAsDefaults();
    void extraAuthoritiesJoinTheSystems();
    void sessionTrustsThePreferredAuthority();
};

namespace {

ProxySetting manualProxy(const QString &url)
{
    ProxySetting proxy;
    proxy.mode = ProxySetting::Mode::Manual;
    proxy.url = QUrl(url);
    proxy.user = u"proxyuser"_s;
    proxy.password = u"proxysecret"_s;
    proxy.noProxy = {u"localhost"_s, u".corp.example"_s};
    return proxy;
}

ClientCertificateRule rule(const QString &pattern, const QString &file)
{
    ClientCertificateRule rule;
    rule.hostPattern = pattern;
    rule.certificate.clientCertificate = file;
    rule.certificate.certificateType = TlsSetting::CertificateType::Pkcs12;
    rule.certificate.passphrase = u"p12secret"_s;
    return rule;
}

} // namespace

void tst_NetworkPreferences::hostPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact name, any port") << u"api.example"_s << u"api.example"_s << 443 << true;
    QTest::newRow("names ignore case") << u"API.Example"_s << u"api.EXAMPLE"_s << 80 << true;
    QTest::newRow("another name") << u"api.example"_s << u"www.example"_s << 443 << false;
    QTest::newRow("no subdomain without a star") << u"example"_s << u"api.example"_s << 443 << false;
    QTest::newRow("star: a subdomain") << u"*.corp.example"_s << u"git.corp.example"_s << 443 << true;
    QTest::newRow("star: deeper") << u"*.corp.example"_s << u"a.b.corp.example"_s << 443 << true;
    QTest::newRow("star: not the domain itself") << u"*.corp.example"_s << u"corp.example"_s << 443 << false;
    QTest::newRow("star: not a suffix of a word")
        << u"*.corp.example"_s << u"xcorp.example"_s << 443 << false;
    QTest::newRow("port: the same") << u"api.example:8443"_s << u"api.example"_s << 8443 << true;
    QTest::newRow("port: another") << u"api.example:8443"_s << u"api.example"_s << 443 << false;
    QTest::newRow("IPv4") << u"10.0.0.7"_s << u"10.0.0.7"_s << 443 << true;
    QTest::newRow("IPv6 with port") << u"[::1]:8443"_s << u"::1"_s << 8443 << true;
    QTest::newRow("IPv6 bracketed host") << u"[::1]"_s << u"[::1]"_s << 443 << true;
    QTest::newRow("an invalid pattern matches nothing")
        << u"api.example:"_s << u"api.example"_s << 443 << false;
}

void tst_NetworkPreferences::hostPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    QCOMPARE(hostPatternMatches(pattern, host, port), matches);
}

void tst_NetworkPreferences::patternProblems_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("sentencePart"); // empty: the pattern is fine

    QTest::newRow("name") << u"api.example"_s << QString();
    QTest::newRow("star and port") << u"*.corp.example:8443"_s << QString();
    QTest::newRow("IPv6") << u"[2001:db8::1]:443"_s << QString();
    QTest::newRow("empty") << u"  "_s << u"Type the host"_s;
    QTest::newRow("URL") << u"https://api.example/"_s << u"without http://"_s;
    QTest::newRow("port 0") << u"api.example:0"_s << u"from 1 to 65535"_s;
    QTest::newRow("port too large") << u"api.example:70000"_s << u"from 1 to 65535"_s;
    QTest::newRow("star inside") << u"api.*.example"_s << u"a star may only stand first"_s;
}

void tst_NetworkPreferences::patternProblems()
{
    QFETCH(QString, pattern);
    QFETCH(QString, sentencePart);
    const std::optional<QString> problem = hostPatternProblem(pattern);
    if (sentencePart.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    } else {
        QVERIFY(problem);
        QVERIFY2(problem->contains(sentencePart), qPrintable(*problem));
    }
}

void tst_NetworkPreferences::preferencesFillWhatTheRequestLeaves()
{
    NetworkPreferences preferences;
    preferences.proxy = manualProxy(u"socks5h://127.0.0.1:1080"_s);
    preferences.extraCaFiles = {u"/etc/corp/root.pem"_s};
    preferences.clientCertificates = {rule(u"*.corp.example"_s, u"/home/me/me.p12"_s)};
    preferences.httpVersion = HttpVersion::Http1_1;

    RequestOptions request; // a request that chose nothing of its own
    const RequestOptions effective = effectiveOptions(preferences, request);
    QCOMPARE(effective.network.proxy.mode, ProxySetting::Mode::Manual);
    QCOMPARE(effective.network.proxy.url, QUrl(u"socks5h://127.0.0.1:1080"_s));
    QCOMPARE(effective.network.proxy.password, u"proxysecret"_s);
    QCOMPARE(effective.network.proxy.noProxy, preferences.proxy.noProxy);
    QCOMPARE(effective.network.tls.extraCaFiles, preferences.extraCaFiles);
    QVERIFY(effective.network.tls.caFiles.isEmpty()); // the system's authorities stay
    // The certificates go with their patterns, matched hop by hop (cert15), never as the
    // request's own certificate, which would go to every host.
    QVERIFY(effective.network.tls.clientCertificate.isEmpty());
    QCOMPARE(effective.network.clientCertificateRules.size(), 1);
    const ClientCertificateRule &kept = effective.network.clientCertificateRules.first();
    QCOMPARE(kept.hostPattern, u"*.corp.example"_s);
    QCOMPARE(kept.certificate.clientCertificate, u"/home/me/me.p12"_s);
    QCOMPARE(kept.certificate.certificateType, TlsSetting::CertificateType::Pkcs12);
    QCOMPARE(kept.certificate.passphrase, u"p12secret"_s);
    QCOMPARE(effective.network.httpVersion, HttpVersion::Http1_1);
}

void tst_NetworkPreferences::requestChoicesWin()
{
    NetworkPreferences preferences;
    preferences.proxy = manualProxy(u"http://proxy.corp.example:3128"_s);
    preferences.extraCaFiles = {u"/etc/corp/root.pem"_s};
    preferences.clientCertificates = {rule(u"api.example"_s, u"/home/me/me.p12"_s)};
    preferences.httpVersion = HttpVersion::Http1_1;

    RequestOptions request;
    request.network.proxy.mode = ProxySetting::Mode::None; // this request goes straight
    request.network.tls.caFiles = {u"/tmp/staging-ca.pem"_s};
    request.network.tls.clientCertificate = u"/tmp/other.pem"_s;
    request.network.tls.clientKey = u"/tmp/other.key"_s;
    request.network.httpVersion = HttpVersion::Http2PriorKnowledge;
    request.network.auth.scheme = AuthSetting::Scheme::Basic;
    request.network.auth.user = u"alice"_s;
    request.network.resolve = {ResolvePin{u"api.example"_s, 443, {u"127.0.0.1"_s}}};

    NetworkOptions effective = effectiveOptions(preferences, request).network;
    QCOMPARE(effective.proxy.mode, ProxySetting::Mode::None);
    QCOMPARE(effective.tls.caFiles, request.network.tls.caFiles); // --cacert still replaces
    QCOMPARE(effective.tls.extraCaFiles, preferences.extraCaFiles); // and the extras join it
    QCOMPARE(effective.tls.clientCertificate, u"/tmp/other.pem"_s);
    QCOMPARE(effective.tls.clientKey, u"/tmp/other.key"_s);
    QCOMPARE(effective.tls.certificateType, TlsSetting::CertificateType::Pem);
    QVERIFY(effective.tls.passphrase.isEmpty()); // never the preferred certificate's password
    QVERIFY(effective.clientCertificateRules.isEmpty()); // its own goes to every host, as curl's
    QCOMPARE(effective.httpVersion, HttpVersion::Http2PriorKnowledge);
    QCOMPARE(effective.auth.user, u"alice"_s);
    QCOMPARE(effective.resolve.size(), 1);

    // A manual proxy of the request's own, and --http2 typed, win over the preferred ones too.
    request.network.proxy = manualProxy(u"http://127.0.0.1:8888"_s);
    request.network.httpVersion = HttpVersion::Http2;
    effective = effectiveNetwork(preferencesFor(preferences), request.network);
    QCOMPARE(effective.proxy.url, QUrl(u"http://127.0.0.1:8888"_s));
    QCOMPARE(effective.httpVersion, HttpVersion::Http2);

    // Applied twice (a request sent again), nothing more changes.
    QCOMPARE(effectiveNetwork(preferencesFor(preferences), effective).tls.extraCaFiles,
             preferences.extraCaFiles);
}

void tst_NetworkPreferences::clientCertificateByHostAndPort()
{
    NetworkPreferences preferences;
    preferences.clientCertificates
        = {rule(u"api.example:8443"_s, u"/certs/admin.p12"_s),
           rule(u"*.corp.example"_s, u"/certs/corp.p12"_s), rule(u"api.example"_s, u"/certs/api.p12"_s)};
    // The rule each hop's URL picks (the engine asks clientCertificateRuleFor() hop by hop).
    const auto certificateFor = [&](const QString &url) {
        const qsizetype index = clientCertificateRuleFor(preferences.clientCertificates, QUrl(url));
        return index < 0 ? QString() : preferences.clientCertificates.at(index).certificate.clientCertificate;
    };
    QCOMPARE(certificateFor(u"https://api.example:8443/"_s), u"/certs/admin.p12"_s); // the first that matches
    QCOMPARE(certificateFor(u"https://api.example/"_s), u"/certs/api.p12"_s); // 443 is not 8443
    QCOMPARE(certificateFor(u"https://git.corp.example/x"_s), u"/certs/corp.p12"_s);
    QCOMPARE(certificateFor(u"https://www.example/"_s), QString());
    // A port that only the scheme implies counts as that port.
    preferences.clientCertificates = {rule(u"api.example:443"_s, u"/certs/https.p12"_s)};
    QCOMPARE(certificateFor(u"https://api.example/"_s), u"/certs/https.p12"_s);
    QCOMPARE(certificateFor(u"http://api.example/"_s), QString());
}

void tst_NetworkPreferences::timeouts()
{
    NetworkPreferences preferences;
    preferences.inactivityTimeoutMs = 90000;
    preferences.deadlineMs = 120000;
    RequestOptions request;
    RequestOptions effective = effectiveOptions(preferences, request);
    QCOMPARE(effective.inactivityTimeoutMs, 90000);
    QCOMPARE(effective.deadlineMs, 120000);
    request.inactivityTimeoutMs = 5000;
    request.deadlineMs = 10000;
    effective = effectiveOptions(preferences, request);
    QCOMPARE(effective.inactivityTimeoutMs, 5000);
    QCOMPARE(effective.deadlineMs, 10000);
}

void tst_NetworkPreferences::noPreferencesChangeNothing()
{
    RequestOptions request;
    request.maxRedirects = 3;
    request.network.tls.caFiles = {u"/a.pem"_s};
    const RequestOptions effective = effectiveOptions(NetworkPreferences(), request);
    QCOMPARE(effective.maxRedirects, 3);
    QCOMPARE(effective.inactivityTimeoutMs, request.inactivityTimeoutMs);
    QCOMPARE(effective.deadlineMs, request.deadlineMs);
    QCOMPARE(effective.network.proxy.mode, ProxySetting::Mode::System);
    QCOMPARE(effective.network.tls.caFiles, request.network.tls.caFiles);
    QVERIFY(effective.network.tls.extraCaFiles.isEmpty());
    QVERIFY(effective.network.tls.clientCertificate.isEmpty());
    QVERIFY(effective.network.clientCertificateRules.isEmpty());
    QCOMPARE(effective.network.httpVersion, HttpVersion::Default);
}

void tst_NetworkPreferences::settingsKeepEverythingButPasswords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    NetworkPreferences preferences;
    preferences.proxy = manualProxy(u"socks5://proxy.example:1080"_s);
    preferences.extraCaFiles = {u"/etc/corp/root.pem"_s, u"/etc/corp/other.der"_s};
    ClientCertificateRule pem = rule(u"api.example:8443"_s, u"/certs/me.pem"_s);
    pem.certificate.certificateType = TlsSetting::CertificateType::Pem;
    pem.certificate.clientKey = u"/certs/me.key"_s;
    preferences.clientCertificates = {pem, rule(u"*.corp.example"_s, u"/certs/corp.p12"_s)};
    preferences.httpVersion = HttpVersion::Http2PriorKnowledge;
    preferences.inactivityTimeoutMs = 45000;
    preferences.deadlineMs = 60000;
    {
        QSettings store(path, QSettings::IniFormat);
        Settings settings(&store);
        settings.setNetworkPreferences(preferences);
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("proxy.example"));
    QVERIFY2(!text.contains("proxysecret") && !text.contains("p12secret"), text.constData());

    QSettings store(path, QSettings::IniFormat);
    const NetworkPreferences read = Settings(&store).networkPreferences();
    QCOMPARE(read.proxy.mode, ProxySetting::Mode::Manual);
    QCOMPARE(read.proxy.url, preferences.proxy.url);
    QCOMPARE(read.proxy.user, u"proxyuser"_s);
    QVERIFY(read.proxy.password.isEmpty());
    QCOMPARE(read.proxy.noProxy, preferences.proxy.noProxy);
    QCOMPARE(read.extraCaFiles, preferences.extraCaFiles);
    QCOMPARE(read.clientCertificates.size(), 2);
    QCOMPARE(read.clientCertificates.at(0).hostPattern, u"api.example:8443"_s);
    QCOMPARE(read.clientCertificates.at(0).certificate.clientKey, u"/certs/me.key"_s);
    QCOMPARE(read.clientCertificates.at(0).certificate.certificateType, TlsSetting::CertificateType::Pem);
    QCOMPARE(read.clientCertificates.at(1).certificate.certificateType, TlsSetting::CertificateType::Pkcs12);
    QVERIFY(read.clientCertificates.at(1).certificate.passphrase.isEmpty());
    QCOMPARE(read.httpVersion, HttpVersion::Http2PriorKnowledge);
    QCOMPARE(read.inactivityTimeoutMs, 45000);
    QCOMPARE(read.deadlineMs, 60000);
}

void tst_NetworkPreferences::damagedSettingsReadAsDefaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings store(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    store.setValue(u"network/proxyMode"_s, u"sideways"_s);
    store.setValue(u"network/httpVersion"_s, u"3"_s);
    store.setValue(u"network/inactivityTimeoutMs"_s, u"-5"_s);
    store.setValue(u"network/deadlineMs"_s, u"soon"_s);
    store.setValue(u"network/clientCertificates"_s,
                   QByteArray("[{\"pattern\": \"\"}, 7, {\"certificate\": \"/x\"}"));
    const NetworkPreferences read = Settings(&store).networkPreferences();
    const NetworkPreferences defaults;
    QCOMPARE(read.proxy.mode, ProxySetting::Mode::System);
    QCOMPARE(read.httpVersion, HttpVersion::Default);
    QCOMPARE(read.inactivityTimeoutMs, defaults.inactivityTimeoutMs);
    QCOMPARE(read.deadlineMs, defaults.deadlineMs);
    QVERIFY(read.clientCertificates.isEmpty());
    QCOMPARE(Settings(nullptr).networkPreferences().inactivityTimeoutMs, defaults.inactivityTimeoutMs);
}

void tst_NetworkPreferences::extraAuthoritiesJoinTheSystems()
{
    const QString extra = QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt");
    TlsSetting setting;
    setting.extraCaFiles = {extra};
    QString error;
    std::optional<TlsSetup> setup = TlsSetup::load(setting, &error);
    QVERIFY2(setup, qPrintable(error));
    QVERIFY(!setup->replacesAuthorities()); // the failure sentences must not speak of --cacert
    const QSslCertificate added = QSslCertificate::fromPath(extra).value(0);
    QVERIFY(setup->authorities().contains(added));
    QCOMPARE(setup->authorities().size(), QSslConfiguration::systemCaCertificates().size() + 1);
    QVERIFY(!setup->connectionKey().isEmpty()); // not the connections made without it

    // With --cacert, the extra one joins the replacement instead.
    setting.caFiles = {QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/expired.crt")};
    setup = TlsSetup::load(setting, &error);
    QVERIFY2(setup, qPrintable(error));
    QVERIFY(setup->replacesAuthorities());
    QCOMPARE(setup->authorities().size(), 2);

    // A file that went away since it was added is named.
    setting.caFiles.clear();
    setting.extraCaFiles = {u"/nonexistent/corp-root.pem"_s};
    QVERIFY(!TlsSetup::load(setting, &error));
    QVERIFY2(error.contains(u"Preferences → Certificates"_s) && error.contains(u"corp-root.pem"_s),
             qPrintable(error));
}

void tst_NetworkPreferences::sessionTrustsThePreferredAuthority()
{
    std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    StatusScope::Test::ScriptedServer secure; // its certificate is tests/data/tls/localhost.crt, self-signed
    QVERIFY(secure.listen(true));
    secure.route("/ok", StatusScope::Test::ScriptedServer::response(200, "OK", {}, "trusted"));
    QNetworkAccessManager manager;
    RequestSession session(&manager, &*catalogue);
    QSignalSpy finished(&session, &RequestSession::finished);
    RequestSpec request;
    request.url = secure.url(u"/ok"_s);

    QVERIFY(session.send(request));
    QVERIFY(finished.wait());
    QVERIFY(session.result().error); // not trusted by the system
    QVERIFY(secure.requestsTo("/ok").isEmpty());

    NetworkPreferences preferences;
    preferences.extraCaFiles = {QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt")};
    session.setNetworkPreferences(preferences);
    QVERIFY(session.send(request));
    QVERIFY(finished.wait());
    QVERIFY2(!session.result().error, qPrintable(session.result().error->message));
    QCOMPARE(session.result().hops.value(0).status, 200);
    QCOMPARE(session.lastRequest().options.network.tls.extraCaFiles, preferences.extraCaFiles);
}

QTEST_GUILESS_MAIN(tst_NetworkPreferences)
#include "tst_networkpreferences.moc"
