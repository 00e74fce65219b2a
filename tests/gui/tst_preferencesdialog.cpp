// SPDX-License-Identifier: MIT
// Edit → Preferences typed through the dialog: what OK keeps and a new dialog shows, that the
// settings file never holds a password (the secret store does), the sentences for a proxy, an
// authority file or a PKCS#12 password that cannot be used, Cancel, the keychain note, a language
// switch, and a console request that goes through the preferred proxy.
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/secrets.h"
#include "core/settings/settings.h"
#include "environmentkept.h"
#include "gui/console/requestconsole.h"
#include "gui/mainwindow.h"
#include "gui/preferences/keychainsecretstore.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/preferences/secretstore.h"
#include "scriptedserver.h"
#include "testca.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

namespace {

const QString TlsData = QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/");

// A keychain that answers: the note about passwords kept for the session is not shown.
class PersistentStore final : public Gui::MemorySecretStore
{
public:
    bool isPersistent() const override { return m_persistent; }
    void loseKeychain()
    {
        m_persistent = false;
        Q_EMIT persistenceChanged();
    }

private:
    bool m_persistent = true;
};

// Every text of the dialog in «brackets», so a text left untranslated shows.
class Brackets final : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArrayView name(context);
        if (name == "PreferencesDialog" || name.startsWith("StatusScope::Gui::"))
            return u"«"_s + QString::fromUtf8(source) + u"»"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

template<typename T> T *child(const QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

} // namespace

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typedValuesAreKeptAndShownAgain();
    void passwordsGoToTheSecretStoreOnly();
    void passwordsComeBackFromTheSecretStore();
    void proxyRefusals_data();
    void proxyRefusals();
    void authorityFileWithoutCertificateIsRefused();
    void environmentAuthoritiesAreSaid();
    void environmentProxiesAreSaid();
    void pkcs12WithWrongPasswordIsRefused();
    void unusableKeyIsNamed();
    void cancelLosesNothingSaved();
    void keychainNote();
    void keychainFallsBackToMemory();
    void followsLanguageSwitch();
    void consoleRequestGoesThroughPreferredProxy();

private:
    // Opens the dialog with the manual proxy filled in, as a user types it.
    std::unique_ptr<Gui::PreferencesDialog> dialogWithProxy();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Gui::MemorySecretStore> m_secrets;
    std::unique_ptr<Gui::Preferences> m_preferences;
};

void tst_PreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<Core::Settings>(m_store.get());
    m_secrets = std::make_unique<Gui::MemorySecretStore>();
    m_preferences = std::make_unique<Gui::Preferences>(m_secrets.get());
    m_preferences->setSettings(m_settings.get());
}

void tst_PreferencesDialog::cleanup()
{
    m_preferences.reset();
    m_secrets.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Gui::PreferencesDialog> tst_PreferencesDialog::dialogWithProxy()
{
    auto dialog = std::make_unique<Gui::PreferencesDialog>(m_preferences.get());
    dialog->show();
    QTest::mouseClick(child<QRadioButton>(dialog.get(), "proxyManualRadio"), Qt::LeftButton, {},
                      QPoint(5, 5));
    child<QComboBox>(dialog.get(), "proxyTypeCombo")->setCurrentIndex(2); // socks5h
    type(dialog.get(), "proxyHostEdit", u"proxy.corp.example"_s);
    type(dialog.get(), "proxyPortEdit", u"1080"_s);
    type(dialog.get(), "proxyUserEdit", u"alice"_s);
    type(dialog.get(), "proxyPasswordEdit", u"pr0xy-s3cret"_s);
    type(dialog.get(), "noProxyEdit", u"localhost, .internal.example"_s);
    return dialog;
}

void tst_PreferencesDialog::typedValuesAreKeptAndShownAgain()
{
    {
        const std::unique_ptr<Gui::PreferencesDialog> dialog = dialogWithProxy();
        QVERIFY(dialog->addAuthorityFiles({TlsData + u"localhost.crt"_s}));
        child<QComboBox>(dialog.get(), "httpVersionCombo")->setCurrentIndex(1);
        child<QDoubleSpinBox>(dialog.get(), "inactivitySpin")->setValue(45);
        child<QDoubleSpinBox>(dialog.get(), "deadlineSpin")->setValue(120);
        clickOk(dialog.get());
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QVERIFY(dialog->problem().isEmpty());
    }
    const Core::NetworkPreferences &kept = m_preferences->current();
    QCOMPARE(kept.proxy.mode, Core::ProxySetting::Mode::Manual);
    QCOMPARE(kept.proxy.url, QUrl(u"socks5h://proxy.corp.example:1080"_s));
    QCOMPARE(kept.proxy.user, u"alice"_s);
    QCOMPARE(kept.proxy.password, u"pr0xy-s3cret"_s);
    QCOMPARE(kept.proxy.noProxy, (QStringList{u"localhost"_s, u".internal.example"_s}));
    QCOMPARE(kept.extraCaFiles, QStringList{TlsData + u"localhost.crt"_s});
    QCOMPARE(kept.httpVersion, Core::HttpVersion::Http1_1);
    QCOMPARE(kept.inactivityTimeoutMs, 45000);
    QCOMPARE(kept.deadlineMs, 120000);

    // A new dialog shows them; the authority with its subject and expiry read from the file.
    Gui::PreferencesDialog again(m_preferences.get());
    QVERIFY(child<QRadioButton>(&again, "proxyManualRadio")->isChecked());
    QCOMPARE(child<QComboBox>(&again, "proxyTypeCombo")->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>(&again, "proxyHostEdit")->text(), u"proxy.corp.example"_s);
    QCOMPARE(child<QLineEdit>(&again, "proxyPortEdit")->text(), u"1080"_s);
    QCOMPARE(child<QLineEdit>(&again, "proxyUserEdit")->text(), u"alice"_s);
    QCOMPARE(child<QLineEdit>(&again, "proxyPasswordEdit")->text(), u"pr0xy-s3cret"_s);
    QCOMPARE(child<QLineEdit>(&again, "noProxyEdit")->text(), u"localhost, .internal.example"_s);
    auto *authorities = child<QTreeWidget>(&again, "authorityList");
    QCOMPARE(authorities->topLevelItemCount(), 1);
    QCOMPARE(authorities->topLevelItem(0)->text(0), u"localhost"_s);
    QVERIFY2(authorities->topLevelItem(0)->text(1).contains(u"2126"_s),
             qPrintable(authorities->topLevelItem(0)->text(1)));
    QCOMPARE(authorities->topLevelItem(0)->text(2), u"localhost.crt"_s);
    QCOMPARE(child<QComboBox>(&again, "httpVersionCombo")->currentIndex(), 1);
    QCOMPARE(child<QDoubleSpinBox>(&again, "inactivitySpin")->value(), 45.0);
    QCOMPARE(child<QDoubleSpinBox>(&again, "deadlineSpin")->value(), 120.0);

    // Removing the authority and applying keeps the dialog open and the change saved.
    authorities->setCurrentItem(authorities->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(&again, "removeAuthorityButton"), Qt::LeftButton);
    QVERIFY(again.apply());
    QVERIFY(m_preferences->current().extraCaFiles.isEmpty());
}

void tst_PreferencesDialog::passwordsGoToTheSecretStoreOnly()
{
    if (!Test::TestCa::available())
        QSKIP("openssl is not installed (./dev installs it): no PKCS#12 file to try");
    Test::TestCa ca(m_dir->filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    const QString p12 = ca.pkcs12(ca.client(u"alice"_s), u"p12-s3cret"_s);
    QVERIFY2(!p12.isEmpty(), qPrintable(ca.error()));
    {
        const std::unique_ptr<Gui::PreferencesDialog> dialog = dialogWithProxy();
        type(dialog.get(), "clientPatternEdit", u"*.corp.example"_s);
        type(dialog.get(), "clientFileEdit", p12);
        type(dialog.get(), "clientPasswordEdit", u"p12-s3cret"_s);
        clickOk(dialog.get()); // the certificate typed but not added yet is added by OK
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    QCOMPARE(m_preferences->current().clientCertificates.size(), 1);
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains("proxy.corp.example") && text.contains("alice"), text.constData());
    QVERIFY2(!text.contains("pr0xy-s3cret") && !text.contains("p12-s3cret"), text.constData());
    QCOMPARE(m_secrets->peek(Gui::Preferences::proxyPasswordKey()), u"pr0xy-s3cret"_s);
    QCOMPARE(m_secrets->peek(Gui::Preferences::clientCertificateKey(u"*.corp.example"_s)), u"p12-s3cret"_s);

    // Removed, its password leaves the store too.
    Gui::PreferencesDialog again(m_preferences.get());
    auto *clients = child<QTreeWidget>(&again, "clientList");
    QCOMPARE(clients->topLevelItemCount(), 1);
    QCOMPARE(clients->topLevelItem(0)->text(1), u"alice"_s);
    clients->setCurrentItem(clients->topLevelItem(0));
    QTest::mouseClick(child<QPushButton>(&again, "removeClientButton"), Qt::LeftButton);
    QVERIFY(again.apply());
    QVERIFY(m_secrets->peek(Gui::Preferences::clientCertificateKey(u"*.corp.example"_s)).isEmpty());
}

void tst_PreferencesDialog::passwordsComeBackFromTheSecretStore()
{
    {
        const std::unique_ptr<Gui::PreferencesDialog> dialog = dialogWithProxy();
        clickOk(dialog.get());
    }
    // As at the next start: the settings name the user, the store gives the password later.
    Gui::Preferences next(m_secrets.get());
    next.setSettings(m_settings.get());
    QVERIFY(next.current().proxy.password.isEmpty());
    QCOMPARE(next.current().proxy.user, u"alice"_s);
    QTRY_COMPARE(next.current().proxy.password, u"pr0xy-s3cret"_s);
}

void tst_PreferencesDialog::proxyRefusals_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sentencePart");
    QTest::addColumn<QString>("focused");

    QTest::newRow("empty host") << QString() << u"3128"_s << QString() << u"Type the proxy’s host"_s
                                << u"proxyHostEdit"_s;
    QTest::newRow("URL for a host") << u"http://proxy.example"_s << u"3128"_s << QString()
                                    << u"without http://"_s << u"proxyHostEdit"_s;
    QTest::newRow("no port") << u"proxy.example"_s << QString() << QString() << u"Type the proxy’s port"_s
                             << u"proxyPortEdit"_s;
    QTest::newRow("port 0") << u"proxy.example"_s << u"0"_s << QString() << u"from 1 to 65535; “0”"_s
                            << u"proxyPortEdit"_s;
    QTest::newRow("port too large") << u"proxy.example"_s << u"70000"_s << QString() << u"“70000” is not"_s
                                    << u"proxyPortEdit"_s;
    QTest::newRow("port a word") << u"proxy.example"_s << u"http"_s << QString() << u"“http” is not"_s
                                 << u"proxyPortEdit"_s;
    QTest::newRow("password without user")
        << u"proxy.example"_s << u"3128"_s << u"-"_s << u"needs the user name"_s << u"proxyUserEdit"_s;
}

void tst_PreferencesDialog::proxyRefusals()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, user);
    QFETCH(QString, sentencePart);
    QFETCH(QString, focused);
    const std::unique_ptr<Gui::PreferencesDialog> dialog = dialogWithProxy();
    child<QTabWidget>(dialog.get(), "tabs")->setCurrentIndex(2); // the check brings the page back
    type(dialog.get(), "proxyHostEdit", host);
    type(dialog.get(), "proxyPortEdit", port);
    if (user == u"-"_s)
        child<QLineEdit>(dialog.get(), "proxyUserEdit")->clear();
    clickOk(dialog.get());
    QVERIFY(dialog->isVisible()); // not closed: nothing typed is lost
    QVERIFY2(dialog->problem().contains(sentencePart), qPrintable(dialog->problem()));
    QVERIFY(child<QLabel>(dialog.get(), "problemLabel")->isVisible());
    QCOMPARE(child<QTabWidget>(dialog.get(), "tabs")->currentIndex(), 0);
    QCOMPARE(dialog->focusWidget() ? dialog->focusWidget()->objectName() : QString(), focused);
    QCOMPARE(m_preferences->current().proxy.mode, Core::ProxySetting::Mode::System); // nothing saved
    QVERIFY(!m_store->contains(u"network/proxyMode"_s));
    QCOMPARE(child<QLineEdit>(dialog.get(), "proxyHostEdit")->text(), host);
}

void tst_PreferencesDialog::authorityFileWithoutCertificateIsRefused()
{
    const QString notACertificate = m_dir->filePath(u"notes.pem"_s);
    QFile file(notACertificate);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are notes, not a certificate\n");
    file.close();

    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(!dialog.addAuthorityFiles({TlsData + u"expired.crt"_s, notACertificate}));
    QVERIFY2(dialog.problem().contains(u"“notes.pem” holds no certificate"_s), qPrintable(dialog.problem()));
    QCOMPARE(child<QTreeWidget>(&dialog, "authorityList")->topLevelItemCount(), 0); // all or none
    QVERIFY(!dialog.addAuthorityFiles({m_dir->filePath(u"missing.pem"_s)}));
    QVERIFY2(dialog.problem().contains(u"is not a file that exists"_s), qPrintable(dialog.problem()));

    QVERIFY(!dialog.addAuthorityFiles({TlsData + u"authority-der.p7b"_s}));
    QCOMPARE(dialog.problem(),
             u"“authority-der.p7b” is a PKCS#7 bundle (.p7b), which Qt 6.4 cannot read: make a "
             "PEM file of it with “openssl pkcs7 -inform DER -print_certs -in %1 -out "
             "authority-der.pem” and add that."_s.arg(TlsData + u"authority-der.p7b"_s));

    // The good one alone is taken, an expired one said to be so.
    QVERIFY(dialog.addAuthorityFiles({TlsData + u"expired.crt"_s}));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(!child<QLabel>(&dialog, "problemLabel")->isVisible());
    QVERIFY2(
        child<QTreeWidget>(&dialog, "authorityList")->topLevelItem(0)->text(1).startsWith(u"expired on"_s),
        qPrintable(child<QTreeWidget>(&dialog, "authorityList")->topLevelItem(0)->text(1)));
}

void tst_PreferencesDialog::environmentAuthoritiesAreSaid()
{
    // (ca-env) A CURL_CA_BUNDLE set by the company changes whom every request trusts: the list of
    // authorities shows it last, says what it does, and it cannot be removed there.
    const Test::EnvironmentKept kept({"CURL_CA_BUNDLE", "SSL_CERT_DIR", "SSL_CERT_FILE"});
    kept.unsetAll();
    {
        Gui::PreferencesDialog dialog(m_preferences.get());
        dialog.show();
        QCOMPARE(child<QTreeWidget>(&dialog, "authorityList")->topLevelItemCount(), 0);
    }
    const QString bundle = m_dir->filePath(u"corp-ca.pem"_s);
    qputenv("CURL_CA_BUNDLE", bundle.toLocal8Bit());
    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QVERIFY(dialog.addAuthorityFiles({TlsData + u"expired.crt"_s}));
    auto *list = child<QTreeWidget>(&dialog, "authorityList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *row = list->topLevelItem(1);
    QCOMPARE(row->text(0), u"CURL_CA_BUNDLE (environment, instead of the system's)"_s);
    QCOMPARE(row->text(2), u"corp-ca.pem"_s);
    QCOMPARE(row->toolTip(0),
             u"This program's environment names the authorities to trust instead of the system's, "
             "as curl reads it. The files above are trusted as well.\n"_s
                 + bundle);
    QVERIFY(!(row->flags() & Qt::ItemIsSelectable));
    // Remove with the environment's row current: the file stays, nothing breaks.
    list->setCurrentItem(row);
    list->clearSelection();
    child<QPushButton>(&dialog, "removeAuthorityButton")->click();
    QCOMPARE(list->topLevelItemCount(), 2);
    list->setCurrentItem(list->topLevelItem(0));
    child<QPushButton>(&dialog, "removeAuthorityButton")->click();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(2), u"corp-ca.pem"_s);
}

void tst_PreferencesDialog::environmentProxiesAreSaid()
{
    // A company's https_proxy is what the system mode uses first: the Network page says so, with
    // the password masked, and says nothing without one.
    const Test::EnvironmentKept kept({"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                      "ALL_PROXY", "no_proxy", "NO_PROXY"});
    kept.unsetAll();
    {
        Gui::PreferencesDialog dialog(m_preferences.get());
        QVERIFY(child<QLabel>(&dialog, "proxyEnvironmentLabel")->isHidden());
    }
    qputenv("https_proxy", "http://ann:hunter22@proxy.corp.example:3128");
    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    auto *label = child<QLabel>(&dialog, "proxyEnvironmentLabel");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(),
             u"With the system's settings, these variables of this program's environment come "
             "first, as curl reads them: https_proxy=http://ann:%1@proxy.corp.example:3128."_s.arg(
                 QString::fromUtf8(Core::credentialMask())));
}

void tst_PreferencesDialog::pkcs12WithWrongPasswordIsRefused()
{
    if (!Test::TestCa::available())
        QSKIP("openssl is not installed (./dev installs it): no PKCS#12 file to try");
    Test::TestCa ca(m_dir->filePath(u"ca"_s));
    QVERIFY2(ca.isValid(), qPrintable(ca.error()));
    {
        // Chosen as an authority: said what it is, and where it goes instead.
        Gui::PreferencesDialog dialog(m_preferences.get());
        const QString p12 = ca.pkcs12(ca.client(u"dora"_s), u"pw"_s);
        QVERIFY(!dialog.addAuthorityFiles({p12}));
        QVERIFY2(
            dialog.problem().contains(u"is PKCS#12 (.p12, .pfx), which holds a certificate with its key, not "
                                      "authorities to trust: add it below as a client certificate"_s),
            qPrintable(dialog.problem()));
    }
    const Test::TestCa::Issued bob = ca.client(u"bob"_s);
    const QString p12 = ca.pkcs12(bob, u"right"_s);
    QVERIFY2(!p12.isEmpty(), qPrintable(ca.error()));

    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    type(&dialog, "clientPatternEdit", u"api.example:8443"_s);
    type(&dialog, "clientFileEdit", p12);
    type(&dialog, "clientPasswordEdit", u"wrong"_s);
    QVERIFY(!dialog.addClientCertificate());
    QVERIFY2(dialog.problem().contains(u"The password does not open the PKCS#12 file"_s),
             qPrintable(dialog.problem()));
    QCOMPARE(dialog.focusWidget() ? dialog.focusWidget()->objectName() : QString(), u"clientPasswordEdit"_s);
    child<QLineEdit>(&dialog, "clientPasswordEdit")->clear();
    QVERIFY(!dialog.addClientCertificate());
    QVERIFY2(dialog.problem().contains(u"needs its password"_s), qPrintable(dialog.problem()));
    QCOMPARE(child<QTreeWidget>(&dialog, "clientList")->topLevelItemCount(), 0);
    QCOMPARE(child<QLineEdit>(&dialog, "clientFileEdit")->text(), p12); // nothing typed is lost

    type(&dialog, "clientPasswordEdit", u"right"_s);
    QVERIFY2(dialog.addClientCertificate(), qPrintable(dialog.problem()));
    auto *clients = child<QTreeWidget>(&dialog, "clientList");
    QCOMPARE(clients->topLevelItemCount(), 1);
    QCOMPARE(clients->topLevelItem(0)->text(0), u"api.example:8443"_s);
    QCOMPARE(clients->topLevelItem(0)->text(1), u"bob"_s);
    QVERIFY(clients->topLevelItem(0)->text(2).startsWith(u"until"_s));

    // PEM with its key file; a pattern given twice, or one that names no host, is refused.
    type(&dialog, "clientPatternEdit", u"api.example:8443"_s);
    type(&dialog, "clientFileEdit", bob.certificate);
    QVERIFY(!dialog.addClientCertificate());
    QVERIFY2(dialog.problem().contains(u"already given"_s), qPrintable(dialog.problem()));
    type(&dialog, "clientPatternEdit", u"https://other.example/"_s);
    QVERIFY(!dialog.addClientCertificate());
    QVERIFY2(dialog.problem().contains(u"without http://"_s), qPrintable(dialog.problem()));
    type(&dialog, "clientPatternEdit", u"other.example"_s);
    QVERIFY(!dialog.addClientCertificate());
    QVERIFY2(dialog.problem().contains(u"holds no private key"_s), qPrintable(dialog.problem()));
    type(&dialog, "clientKeyEdit", bob.key);
    QVERIFY2(dialog.addClientCertificate(), qPrintable(dialog.problem()));
    QVERIFY(dialog.apply());
    QCOMPARE(m_preferences->current().clientCertificates.size(), 2);
    QCOMPARE(m_preferences->current().clientCertificates.at(0).certificate.certificateType,
             Core::TlsSetting::CertificateType::Pkcs12);
    QCOMPARE(m_preferences->current().clientCertificates.at(1).certificate.certificateType,
             Core::TlsSetting::CertificateType::Pem);
    QCOMPARE(m_preferences->current().clientCertificates.at(1).certificate.clientKey, bob.key);
}

// An Ed25519 certificate, which Qt 6.4 cannot present, and an OpenSSH key chosen for a TLS one:
// each is named, instead of "the private key cannot be read".
void tst_PreferencesDialog::unusableKeyIsNamed()
{
    if (!Test::TestCa::available())
        QSKIP("openssl is not installed (./dev installs it)");
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ed25519"_s, u"-nodes"_s, u"-keyout"_s,
                   m_dir->filePath(u"ed.key"_s), u"-out"_s, m_dir->filePath(u"ed.pem"_s), u"-days"_s, u"2"_s,
                   u"-subj"_s, u"/CN=ed"_s});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
    QFile ssh(m_dir->filePath(u"id_ed25519"_s));
    QVERIFY(ssh.open(QIODevice::WriteOnly));
    ssh.write(
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----\n");
    ssh.close();

    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    type(&dialog, "clientPatternEdit", u"api.example"_s);
    type(&dialog, "clientFileEdit", m_dir->filePath(u"ed.pem"_s));
    type(&dialog, "clientKeyEdit", m_dir->filePath(u"ed.key"_s));
    QVERIFY(!dialog.addClientCertificate());
    QCOMPARE(dialog.problem(),
             u"The private key is an Ed25519 key, which Qt 6.4 cannot use for a client "
             "certificate; an RSA or EC (P-256, P-384) one works."_s);
    type(&dialog, "clientKeyEdit", ssh.fileName());
    QVERIFY(!dialog.addClientCertificate());
    QCOMPARE(dialog.problem(),
             u"The private key is an OpenSSH key (as in ~/.ssh), not the key of a TLS "
             "certificate: choose the key the certificate was issued for."_s);
    QCOMPARE(child<QTreeWidget>(&dialog, "clientList")->topLevelItemCount(), 0);
}

void tst_PreferencesDialog::cancelLosesNothingSaved()
{
    {
        const std::unique_ptr<Gui::PreferencesDialog> dialog = dialogWithProxy();
        clickOk(dialog.get());
    }
    const QByteArray before = [this] {
        m_store->sync();
        QFile file(m_dir->filePath(u"settings.ini"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(&dialog, "proxyNoneRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    type(&dialog, "proxyHostEdit", u"elsewhere.example"_s);
    type(&dialog, "proxyPasswordEdit", u"other"_s);
    QVERIFY(dialog.addAuthorityFiles({TlsData + u"localhost.crt"_s}));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttons")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_preferences->current().proxy.mode, Core::ProxySetting::Mode::Manual);
    QCOMPARE(m_preferences->current().proxy.url.host(), u"proxy.corp.example"_s);
    QCOMPARE(m_preferences->current().proxy.password, u"pr0xy-s3cret"_s);
    QVERIFY(m_preferences->current().extraCaFiles.isEmpty());
    QCOMPARE(m_secrets->peek(Gui::Preferences::proxyPasswordKey()), u"pr0xy-s3cret"_s);
    m_store->sync();
    QFile file(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_PreferencesDialog::keychainNote()
{
    {
        // In memory only (no keychain): the dialog says so in one sentence.
        Gui::PreferencesDialog dialog(m_preferences.get());
        dialog.show();
        auto *note = child<QLabel>(&dialog, "keychainLabel");
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), u"No keychain is available: passwords are kept until StatusScope closes."_s);
    }
    PersistentStore keychain;
    Gui::Preferences preferences(&keychain);
    Gui::PreferencesDialog dialog(&preferences);
    dialog.show();
    auto *note = child<QLabel>(&dialog, "keychainLabel");
    QVERIFY(!note->isVisible());
    keychain.loseKeychain(); // a job found no Secret Service while the dialog was open
    QVERIFY(note->isVisible());
}

void tst_PreferencesDialog::keychainFallsBackToMemory()
{
    // No session bus to reach a Secret Service on, as in CI (and a real keychain is left alone).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/statusscope-test-bus");
    Gui::KeychainSecretStore store(u"StatusScope test"_s);
    QSignalSpy lost(&store, &Gui::SecretStore::persistenceChanged);
    bool answered = false;
    QString secret = u"unset"_s;
    const auto remember = [&](const QString &value) {
        answered = true;
        secret = value;
    };
    store.read(u"proxy-password"_s, this, remember);
    QVERIFY(!answered); // asynchronous: the window never waits for a keychain
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    if (lost.isEmpty())
        QSKIP("a keychain answered here after all");
    QVERIFY(secret.isEmpty());
    QVERIFY(!store.isPersistent());
    QCOMPARE(lost.size(), 1);

    // From then on the passwords are kept for the session.
    store.write(u"proxy-password"_s, u"s3cret"_s);
    answered = false;
    store.read(u"proxy-password"_s, this, remember);
    QTRY_VERIFY(answered);
    QCOMPARE(secret, u"s3cret"_s);
    QCOMPARE(lost.size(), 1);
}

void tst_PreferencesDialog::followsLanguageSwitch()
{
    Gui::PreferencesDialog dialog(m_preferences.get());
    dialog.show();
    clickOk(&dialog); // fine as it is
    dialog.show();
    QVERIFY(dialog.addAuthorityFiles({TlsData + u"wronghost.crt"_s}));
    QTest::mouseClick(child<QRadioButton>(&dialog, "proxyManualRadio"), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!dialog.apply());
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    const auto texts = [&] {
        return QStringList{tabs->tabText(0),
                           tabs->tabText(1),
                           child<QRadioButton>(&dialog, "proxySystemRadio")->text(),
                           child<QComboBox>(&dialog, "httpVersionCombo")->itemText(0),
                           child<QLabel>(&dialog, "keychainLabel")->text(),
                           child<QLabel>(&dialog, "problemLabel")->text(),
                           child<QTreeWidget>(&dialog, "authorityList")->topLevelItem(0)->text(1),
                           child<QTreeWidget>(&dialog, "authorityList")->headerItem()->text(0),
                           dialog.windowTitle()};
    };
    const auto allBracketed = [](const QStringList &shown) {
        return std::all_of(shown.cbegin(), shown.cend(),
                           [](const QString &text) { return text.startsWith(u'«'); });
    };
    const auto noneBracketed = [](const QStringList &shown) {
        return std::none_of(shown.cbegin(), shown.cend(),
                            [](const QString &text) { return text.contains(u'«'); });
    };
    QVERIFY2(noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    Brackets brackets;
    QCoreApplication::installTranslator(&brackets);
    QTRY_VERIFY2(allBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QCOMPARE(child<QComboBox>(&dialog, "httpVersionCombo")->count(), 3); // redone, not added to
    QCoreApplication::removeTranslator(&brackets);
    QTRY_VERIFY2(noneBracketed(texts()), qPrintable(texts().join(u" | "_s)));
    QVERIFY(child<QRadioButton>(&dialog, "proxyManualRadio")->isChecked()); // what was typed stays
}

void tst_PreferencesDialog::consoleRequestGoesThroughPreferredProxy()
{
    // The scripted server plays an HTTP proxy: a request through one names the whole URL.
    Test::ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", Test::ScriptedServer::response(200, "OK", {}, "via the proxy"));
    QNetworkAccessManager manager;
    Gui::MainWindow window(*Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr),
                           &manager);
    window.setSettings(m_settings.get());
    Core::NetworkPreferences preferences = window.preferences()->current();
    preferences.proxy.mode = Core::ProxySetting::Mode::Manual;
    preferences.proxy.url = QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port()));
    window.preferences()->save(preferences);

    Gui::RequestConsole *console = window.requestConsole();
    child<QLineEdit>(console, "urlEdit")->setText(u"http://statusscope-preferences.invalid/through"_s);
    QVERIFY(console->send());
    QTRY_COMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, QByteArray("http://statusscope-preferences.invalid/through"));
    QTRY_VERIFY(!console->session()->isRunning());
    QCOMPARE(console->session()->result().hops.value(0).status, 200);

    // A request's own choice wins: with the proxy off in the request, it goes straight to the
    // server, which then sees a path instead of a whole URL.
    Core::RequestSpec straight;
    straight.url = QUrl(u"http://127.0.0.1:%1/straight"_s.arg(proxy.port()));
    straight.options.network.proxy.mode = Core::ProxySetting::Mode::None;
    QVERIFY(console->session()->send(straight));
    QTRY_VERIFY(!console->session()->isRunning());
    QCOMPARE(proxy.requests().size(), 2);
    QCOMPARE(proxy.requests().last().target, QByteArray("/straight"));
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
