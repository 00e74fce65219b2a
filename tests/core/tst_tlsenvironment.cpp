// SPDX-License-Identifier: MIT
// (ca-env) The authorities a shell's environment names, read as curl reads them when neither
// --cacert nor --capath is given (CURL_CA_BUNDLE, else SSL_CERT_DIR and SSL_CERT_FILE), through
// the engine against nginx with certificates made by the openssl command line: trusted, replacing
// the system's authorities or joining them, overridden by --cacert, named in the sentence of a
// failed handshake, and read only when an https hop needs them.
#include "core/requests/tlsenvironment.h"
#include "environmentkept.h"
#include "tlsbed.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::EnvironmentKept;
using StatusScope::Test::NginxServer;
using StatusScope::Test::TestCa;
using StatusScope::Test::TlsBed;

namespace {

constexpr auto SystemBundle = "/etc/ssl/certs/ca-certificates.crt"_L1;

} // namespace

class tst_TlsEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void variablesReadAsCurlReadsThem_data();
    void variablesReadAsCurlReadsThem();
    void trustedThroughTheEnvironment_data();
    void trustedThroughTheEnvironment();
    void environmentReplacesTheSystem();
    void optionsOverrideTheEnvironment();
    void unreadableVariableStopsHttpsOnly();
    void rewrittenFileReadAgain();
    void insecureHostNeedsNoAuthorities();

private:
    ChainResult run(const QUrl &url, const TlsSetting &tls = {});
    void setVariables(const QString &bundle, const QString &folder, const QString &file);
    QString copyOf(const QString &source, const QString &name);

    TlsBed m_bed;
    std::unique_ptr<TestCa> m_otherCa;
    NginxServer m_nginx;
    std::unique_ptr<EnvironmentKept> m_kept;
};

void tst_TlsEnvironment::initTestCase()
{
    STATUSSCOPE_PREPARE_TLS_BED(m_bed);
    m_otherCa = std::make_unique<TestCa>(m_bed.path(u"other"_s));
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->error()));
    const TestCa::Issued server = m_bed.ca().server({u"127.0.0.1"_s, u"localhost"_s});
    QVERIFY2(!server.certificate.isEmpty(), qPrintable(m_bed.ca().error()));
    NginxServer::Config config;
    config.certificate = server.chain;
    config.key = server.key;
    QVERIFY2(m_nginx.start(config), qPrintable(m_nginx.error()));
}

void tst_TlsEnvironment::init()
{
    m_kept = std::make_unique<EnvironmentKept>(
        std::initializer_list<const char *>{"CURL_CA_BUNDLE", "SSL_CERT_DIR", "SSL_CERT_FILE"});
    setVariables({}, {}, {});
}

void tst_TlsEnvironment::cleanup()
{
    m_kept.reset();
}

void tst_TlsEnvironment::setVariables(const QString &bundle, const QString &folder, const QString &file)
{
    const std::pair<const char *, QString> variables[]
        = {{"CURL_CA_BUNDLE", bundle}, {"SSL_CERT_DIR", folder}, {"SSL_CERT_FILE", file}};
    for (const auto &[name, value] : variables)
        value.isEmpty() ? qunsetenv(name) : qputenv(name, value.toLocal8Bit());
}

QString tst_TlsEnvironment::copyOf(const QString &source, const QString &name)
{
    const QString target = m_bed.path(name);
    QDir().mkpath(QFileInfo(target).path());
    QFile::remove(target);
    if (!QFile::copy(source, target))
        qWarning("cannot copy %s", qPrintable(source));
    return target;
}

ChainResult tst_TlsEnvironment::run(const QUrl &url, const TlsSetting &tls)
{
    RequestSpec spec;
    spec.url = url;
    spec.options.network.tls = tls;
    return m_bed.run(spec);
}

void tst_TlsEnvironment::variablesReadAsCurlReadsThem_data()
{
    QTest::addColumn<QString>("bundle"); // CURL_CA_BUNDLE
    QTest::addColumn<QString>("folder"); // SSL_CERT_DIR
    QTest::addColumn<QString>("file"); // SSL_CERT_FILE
    QTest::addColumn<QStringList>("read"); // VARIABLE=PATH, in order
    QTest::addColumn<bool>("withSystem");
    QTest::addColumn<QString>("variables");

    QTest::newRow("none") << u""_s << u""_s << u""_s << QStringList() << false << u""_s;
    QTest::newRow("curl's alone") << u"/corp/ca.pem"_s << u""_s << u""_s
                                  << QStringList{u"CURL_CA_BUNDLE=/corp/ca.pem"_s} << false
                                  << u"CURL_CA_BUNDLE"_s;
    QTest::newRow("curl's first") << u"/corp/ca.pem"_s << u"/corp/certs"_s << u"/corp/other.pem"_s
                                  << QStringList{u"CURL_CA_BUNDLE=/corp/ca.pem"_s} << false
                                  << u"CURL_CA_BUNDLE"_s;
    QTest::newRow("OpenSSL's file") << u""_s << u""_s << u"/corp/ca.pem"_s
                                    << QStringList{u"SSL_CERT_FILE=/corp/ca.pem"_s} << false
                                    << u"SSL_CERT_FILE"_s;
    QTest::newRow("OpenSSL's both") << u""_s << u"/corp/certs"_s << u"/corp/ca.pem"_s
                                    << QStringList{u"SSL_CERT_DIR=/corp/certs"_s,
                                                   u"SSL_CERT_FILE=/corp/ca.pem"_s}
                                    << false << u"SSL_CERT_DIR and SSL_CERT_FILE"_s;
    QTest::newRow("folders with colons")
        << u""_s << u"/corp/a::/corp/b"_s << u""_s
        << QStringList{u"SSL_CERT_DIR=/corp/a"_s, u"SSL_CERT_DIR=/corp/b"_s} << false << u"SSL_CERT_DIR"_s;
    if (QFileInfo::exists(SystemBundle)) {
        // Debian's own store, which Qt reads by itself: nothing to read again.
        QTest::newRow("the system's bundle")
            << QString(SystemBundle) << u""_s << u""_s << QStringList() << false << u""_s;
        QTest::newRow("the system's folder and a file")
            << u""_s << u"/etc/ssl/certs"_s << u"/corp/ca.pem"_s
            << QStringList{u"SSL_CERT_FILE=/corp/ca.pem"_s} << true << u"SSL_CERT_FILE"_s;
    }
}

void tst_TlsEnvironment::variablesReadAsCurlReadsThem()
{
    QFETCH(QString, bundle);
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QStringList, read);
    QFETCH(bool, withSystem);
    QFETCH(QString, variables);
    setVariables(bundle, folder, file);

    const std::optional<EnvironmentAuthorities> found = environmentAuthorities();
    QCOMPARE(found.has_value(), !read.isEmpty());
    if (!found)
        return;
    QStringList sources;
    for (const EnvironmentAuthorities::Source &source : found->sources) {
        QCOMPARE(source.folder, source.variable == u"SSL_CERT_DIR"_s);
        sources.append(source.variable + u'=' + source.path);
    }
    QCOMPARE(sources, read);
    QCOMPARE(found->withSystem, withSystem);
    QCOMPARE(found->variables(), variables);
}

void tst_TlsEnvironment::trustedThroughTheEnvironment_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("CURL_CA_BUNDLE") << u"bundle"_s;
    QTest::newRow("SSL_CERT_FILE") << u"file"_s;
    QTest::newRow("SSL_CERT_DIR") << u"folder"_s;
    QTest::newRow("beside this computer's") << u"with system"_s;
}

void tst_TlsEnvironment::trustedThroughTheEnvironment()
{
    QFETCH(QString, how);
    const QUrl url = m_nginx.url(u"/"_s);
    // Nobody here trusts the test authority until the environment names it.
    const ChainResult refused = run(url);
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::Tls);

    const QString root = copyOf(m_bed.ca().rootPem(), how + u"/root.pem"_s);
    if (how == u"bundle"_s) {
        setVariables(root, {}, {});
    } else if (how == u"file"_s) {
        setVariables({}, {}, root);
    } else if (how == u"folder"_s) {
        setVariables({}, QFileInfo(root).path(), {});
    } else {
        if (!QFileInfo::exists(u"/etc/ssl/certs"_s))
            QSKIP("no system folder /etc/ssl/certs here");
        setVariables({}, u"/etc/ssl/certs"_s, root);
    }
    const ChainResult trusted = run(url);
    QVERIFY2(trusted.outcome == ChainOutcome::Complete,
             qPrintable(trusted.error ? trusted.error->message : outcomeKey(trusted.outcome)));
    QCOMPARE(trusted.hops.first().status, 200);
    QVERIFY(trusted.hops.first().tls.errors.isEmpty());
}

void tst_TlsEnvironment::environmentReplacesTheSystem()
{
    // As in curl, the variable's authorities replace this computer's: another CA named, ours is not
    // trusted, and the sentence says which variable and which file to look at.
    const QString other = copyOf(m_otherCa->rootPem(), u"replace/other.pem"_s);
    setVariables(other, {}, {});
    const ChainResult refused = run(m_nginx.url(u"/"_s));
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::Tls);
    const QString message = refused.error->message;
    // nginx sends its certificate without the root: OpenSSL cannot tell an unknown authority from
    // a missing intermediate, and the sentence gives the fix for each.
    QVERIFY2(message.contains(u"The server's certificate was issued by “StatusScope Test Root CA”, which is "
                              "not among the authorities CURL_CA_BUNDLE names in this program's "
                              "environment (“%1”; as in curl, they replace this computer's), and the "
                              "server did not send its certificate."_s.arg(other)),
             qPrintable(message));
    QVERIFY2(!message.contains(u"does not trust"_s), qPrintable(message));
}

void tst_TlsEnvironment::optionsOverrideTheEnvironment()
{
    // --cacert wins, as in curl: the variable is not even read (it names no file at all).
    setVariables(m_bed.path(u"missing.pem"_s), {}, {});
    TlsSetting tls;
    tls.caFiles = {m_bed.ca().rootPem()};
    const ChainResult trusted = run(m_nginx.url(u"/"_s), tls);
    QVERIFY2(trusted.outcome == ChainOutcome::Complete,
             qPrintable(trusted.error ? trusted.error->message : outcomeKey(trusted.outcome)));
}

void tst_TlsEnvironment::unreadableVariableStopsHttpsOnly()
{
    const QString missing = m_bed.path(u"missing.pem"_s);
    setVariables(missing, {}, {});
    const QString expected = u"CURL_CA_BUNDLE “%1”: there is no such file. Nothing was sent to 127.0.0.1: "
                             "the variable is set in this program's environment and, as in curl, names "
                             "the authorities https requests trust; correct or unset it, or give the "
                             "authorities with --cacert."_s.arg(missing);

    // https: stopped before anything is sent, with a sentence that names the variable.
    const ChainResult https = run(m_nginx.url(u"/"_s));
    QCOMPARE(https.outcome, ChainOutcome::Error);
    QVERIFY(https.hops.isEmpty());
    QCOMPARE(https.error->message, expected);

    // Plain http never needs the authorities; a redirect to https stops where it does.
    NginxServer plain;
    NginxServer::Config config;
    config.extraServer = u"location = /to-https { return 302 %1; }"_s.arg(m_nginx.url(u"/"_s).toString());
    QVERIFY2(plain.start(config), qPrintable(plain.error()));
    const ChainResult http = run(plain.url(u"/"_s));
    QVERIFY2(http.outcome == ChainOutcome::Complete,
             qPrintable(http.error ? http.error->message : outcomeKey(http.outcome)));
    const ChainResult redirected = run(plain.url(u"/to-https"_s));
    QCOMPARE(redirected.outcome, ChainOutcome::Error);
    QCOMPARE(redirected.hops.size(), 1);
    QCOMPARE(redirected.hops.first().status, 302);
    QCOMPARE(redirected.error->message, expected);
}

void tst_TlsEnvironment::rewrittenFileReadAgain()
{
    // Files are remembered by their content: the same name with other authorities in it counts anew.
    const QString bundle = copyOf(m_bed.ca().rootPem(), u"rewritten/ca.pem"_s);
    setVariables(bundle, {}, {});
    QCOMPARE(run(m_nginx.url(u"/"_s)).outcome, ChainOutcome::Complete);
    copyOf(m_otherCa->rootPem(), u"rewritten/ca.pem"_s);
    const ChainResult refused = run(m_nginx.url(u"/"_s));
    QCOMPARE(refused.outcome, ChainOutcome::Error);
    QCOMPARE(refused.error->kind, ErrorKind::Tls);
    copyOf(m_bed.ca().rootPem(), u"rewritten/ca.pem"_s);
    QCOMPARE(run(m_nginx.url(u"/"_s)).outcome, ChainOutcome::Complete);
}

void tst_TlsEnvironment::insecureHostNeedsNoAuthorities()
{
    // -k for the host typed: its certificate is not checked, so a variable naming no file does not
    // stop it (curl does not read the variables under -k); a redirect to another host is checked,
    // and stops there.
    setVariables(m_bed.path(u"missing.pem"_s), {}, {});
    const TestCa::Issued server = m_bed.ca().server({u"127.0.0.1"_s, u"localhost"_s});
    NginxServer nginx;
    NginxServer::Config config;
    config.certificate = server.chain;
    config.key = server.key;
    QVERIFY2(nginx.start(config), qPrintable(nginx.error()));
    config.extraServer = u"location = /elsewhere { return 302 https://localhost:%1/; }"_s.arg(nginx.port());
    NginxServer redirecting;
    QVERIFY2(redirecting.start(config), qPrintable(redirecting.error()));

    RequestSpec spec;
    spec.url = nginx.url(u"/"_s);
    spec.options.acceptInvalidCertificates = true;
    const ChainResult insecure = m_bed.run(spec);
    QVERIFY2(insecure.outcome == ChainOutcome::Complete,
             qPrintable(insecure.error ? insecure.error->message : outcomeKey(insecure.outcome)));
    QVERIFY(insecure.hops.first().tls.errorsIgnored);

    spec.url = redirecting.url(u"/elsewhere"_s);
    const ChainResult redirected = m_bed.run(spec);
    QCOMPARE(redirected.outcome, ChainOutcome::Error);
    QCOMPARE(redirected.hops.size(), 1);
    QCOMPARE(redirected.hops.first().status, 302);
    QVERIFY2(redirected.error->message.startsWith(u"CURL_CA_BUNDLE “%1”: there is no such file. Nothing was "
                                                  "sent to localhost"_s.arg(m_bed.path(u"missing.pem"_s))),
             qPrintable(redirected.error->message));
}

QTEST_GUILESS_MAIN(tst_TlsEnvironment)
#include "tst_tlsenvironment.moc"
