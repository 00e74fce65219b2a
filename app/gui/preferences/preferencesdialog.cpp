// SPDX-License-Identifier: MIT
#include "gui/preferences/preferencesdialog.h"

#include "ui_preferencesdialog.h"

#include "core/requests/proxyselection.h"
#include "core/requests/tlsenvironment.h"
#include "gui/console/consolestyle.h"
#include "gui/preferences/certificatefiles.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/secretstore.h"
#include "gui/widgets/fittinghint.h"
#include "gui/widgets/screenfit.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

using Core::HttpVersion;
using Core::ProxySetting;

// The proxy types in the order of the form's combo box.
const QStringList ProxySchemes{u"http"_s, u"socks5"_s, u"socks5h"_s};
// The HTTP versions in the order of the form's combo box.
constexpr HttpVersion HttpVersions[]
    = {HttpVersion::Default, HttpVersion::Http1_1, HttpVersion::Http2PriorKnowledge};

} // namespace

PreferencesDialog::PreferencesDialog(Preferences *preferences, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_preferences(preferences)
{
    m_ui->setupUi(this);
    setObjectName(u"preferencesDialog"_s);
    m_ui->problemLabel->hide();
    m_ui->problemLabel->setStyleSheet(ConsoleStyle::errorText()); // the console's colour for a refusal
    setMinimumLines(m_ui->authorityList, 2);
    setMinimumLines(m_ui->clientList, 2);
    // The subject (or host) says most: it takes the room the dialog has, the other columns theirs.
    for (QTreeWidget *list : {m_ui->authorityList, m_ui->clientList}) {
        list->header()->setStretchLastSection(false);
        list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int column = 1; column < list->columnCount(); ++column)
            list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    fitKeyHint();
    // Enter in a field must not close the dialog with half a client certificate typed.
    const QList<QPushButton *> buttons = findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setAutoDefault(false);

    connect(m_ui->proxyManualRadio, &QRadioButton::toggled, this, &PreferencesDialog::updateProxyFields);
    connect(m_ui->addAuthorityButton, &QPushButton::clicked, this, &PreferencesDialog::chooseAuthorityFiles);
    connect(m_ui->removeAuthorityButton, &QPushButton::clicked, this, [this] { removeSelected(false); });
    connect(m_ui->addClientButton, &QPushButton::clicked, this, &PreferencesDialog::addClientCertificate);
    connect(m_ui->removeClientButton, &QPushButton::clicked, this, [this] { removeSelected(true); });
    connect(m_ui->clientFileButton, &QToolButton::clicked, this, [this] { chooseClientFile(false); });
    connect(m_ui->clientKeyButton, &QToolButton::clicked, this, [this] { chooseClientFile(true); });
    connect(m_ui->buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_preferences->secretStore(), &SecretStore::persistenceChanged, this,
            &PreferencesDialog::updateKeychainNote);

    load(m_preferences->current());
    updateKeychainNote();
    // A keychain is found missing by asking it: ask now, so the note shows while the dialog is open.
    m_preferences->secretStore()->read(Preferences::proxyPasswordKey(), this, [](const QString &) {});
    keepOnScreen(this);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load(const Core::NetworkPreferences &preferences)
{
    m_loaded = preferences;
    const ProxySetting &proxy = preferences.proxy;
    m_ui->proxySystemRadio->setChecked(proxy.mode == ProxySetting::Mode::System);
    m_ui->proxyNoneRadio->setChecked(proxy.mode == ProxySetting::Mode::None);
    m_ui->proxyManualRadio->setChecked(proxy.mode == ProxySetting::Mode::Manual);
    m_ui->proxyTypeCombo->setCurrentIndex(std::max<qsizetype>(0, ProxySchemes.indexOf(proxy.url.scheme())));
    m_ui->proxyHostEdit->setText(proxy.url.host());
    m_ui->proxyPortEdit->setText(proxy.url.port() > 0 ? QString::number(proxy.url.port()) : QString());
    m_ui->proxyUserEdit->setText(proxy.user);
    m_ui->proxyPasswordEdit->setText(proxy.password);
    m_ui->noProxyEdit->setText(proxy.noProxy.join(u", "_s));
    // The system mode reads a company's proxy variables first, as curl does: say which are set.
    const QStringList variables = Core::proxyVariablesShown();
    m_ui->proxyEnvironmentLabel->setVisible(!variables.isEmpty());
    m_ui->proxyEnvironmentLabel->setText(
        tr("With the system's settings, these variables of this program's environment come first, as curl "
           "reads them: %1.")
            .arg(variables.join(u", "_s)));
    updateProxyFields();

    m_authorities = preferences.extraCaFiles;
    showAuthorities();
    m_clientCertificates = preferences.clientCertificates;
    showClientCertificates();

    const auto version = std::find(std::begin(HttpVersions), std::end(HttpVersions), preferences.httpVersion);
    m_ui->httpVersionCombo->setCurrentIndex(
        version == std::end(HttpVersions) ? 0 : int(std::distance(std::begin(HttpVersions), version)));
    m_ui->inactivitySpin->setValue(preferences.inactivityTimeoutMs / 1000.0);
    m_ui->deadlineSpin->setValue(preferences.deadlineMs / 1000.0);
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->proxyTypeCombo), static_cast<QWidget *>(m_ui->proxyHostEdit),
          static_cast<QWidget *>(m_ui->proxyPortEdit), static_cast<QWidget *>(m_ui->proxyUserEdit),
          static_cast<QWidget *>(m_ui->proxyPasswordEdit), static_cast<QWidget *>(m_ui->noProxyEdit)})
        field->setEnabled(manual);
}

void PreferencesDialog::updateKeychainNote()
{
    m_ui->keychainLabel->setVisible(!m_preferences->secretStore()->isPersistent());
}

void PreferencesDialog::refuse(std::function<QString()> sentence, QWidget *field)
{
    m_problem = std::move(sentence);
    m_ui->problemLabel->setText(m_problem());
    m_ui->problemLabel->show();
    if (field) {
        for (QWidget *page = field; page; page = page->parentWidget()) {
            if (m_ui->tabs->indexOf(page) >= 0) {
                m_ui->tabs->setCurrentWidget(page);
                break;
            }
        }
        field->setFocus();
    }
}

void PreferencesDialog::clearProblem()
{
    m_problem = nullptr;
    m_ui->problemLabel->clear();
    m_ui->problemLabel->hide();
}

QString PreferencesDialog::problem() const
{
    return m_problem ? m_problem() : QString();
}

std::optional<Core::ProxySetting> PreferencesDialog::collectProxy()
{
    ProxySetting proxy;
    proxy.mode = m_ui->proxyManualRadio->isChecked() ? ProxySetting::Mode::Manual
        : m_ui->proxyNoneRadio->isChecked()          ? ProxySetting::Mode::None
                                                     : ProxySetting::Mode::System;
    const QString host = m_ui->proxyHostEdit->text().trimmed();
    const QString portText = m_ui->proxyPortEdit->text().trimmed();
    proxy.user = m_ui->proxyUserEdit->text().trimmed();
    proxy.password = m_ui->proxyPasswordEdit->text();
    for (const QString &entry :
         m_ui->noProxyEdit->text().split(QRegularExpression(u"[,\\s]+"_s), Qt::SkipEmptyParts))
        proxy.noProxy.append(entry);
    bool portOk = false;
    const int port = portText.toInt(&portOk);
    QUrl url;
    url.setScheme(ProxySchemes.value(m_ui->proxyTypeCombo->currentIndex(), ProxySchemes.first()));
    url.setHost(host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host);
    if (portOk && port >= 1 && port <= 65535)
        url.setPort(port);
    if (!host.isEmpty() && url.isValid())
        proxy.url = url;
    if (proxy.mode != ProxySetting::Mode::Manual)
        return proxy; // the manual fields are kept as far as they can be, not checked

    if (host.isEmpty()) {
        refuse([] { return tr("Type the proxy’s host name or address, or choose another proxy setting."); },
               m_ui->proxyHostEdit);
        return std::nullopt;
    }
    if (host.contains(u"://"_s) || host.contains(u'/') || host.contains(u' ') || !url.isValid()) {
        refuse(
            [host] {
                return tr("“%1” is not a host name or address: type the host alone, without http:// "
                          "or a path (the type is chosen above).")
                    .arg(host);
            },
            m_ui->proxyHostEdit);
        return std::nullopt;
    }
    if (portText.isEmpty()) {
        refuse(
            [] {
                return tr("Type the proxy’s port, a number from 1 to 65535 (often 3128 or 8080 for an "
                          "HTTP proxy, 1080 for SOCKS5).");
            },
            m_ui->proxyPortEdit);
        return std::nullopt;
    }
    if (!portOk || port < 1 || port > 65535) {
        refuse(
            [portText] {
                return tr("The proxy port must be a number from 1 to 65535; “%1” is not.").arg(portText);
            },
            m_ui->proxyPortEdit);
        return std::nullopt;
    }
    if (proxy.user.isEmpty() && !proxy.password.isEmpty()) {
        refuse([] { return tr("A proxy password needs the user name it goes with."); }, m_ui->proxyUserEdit);
        return std::nullopt;
    }
    return proxy;
}

std::optional<Core::NetworkPreferences> PreferencesDialog::collect()
{
    Core::NetworkPreferences preferences = m_loaded;
    const std::optional<ProxySetting> proxy = collectProxy();
    if (!proxy)
        return std::nullopt;
    preferences.proxy = *proxy;
    // A client certificate typed but not added yet is what the user meant to keep.
    if (!m_ui->clientPatternEdit->text().trimmed().isEmpty()
        || !m_ui->clientFileEdit->text().trimmed().isEmpty()) {
        if (!addClientCertificate())
            return std::nullopt;
    }
    preferences.extraCaFiles = m_authorities;
    preferences.clientCertificates = m_clientCertificates;
    const HttpVersion shown = HttpVersions[std::clamp(m_ui->httpVersionCombo->currentIndex(), 0, 2)];
    // --http2 behaves as the default; the page shows it as that, and keeps it unless changed.
    if (!(shown == HttpVersion::Default && m_loaded.httpVersion == HttpVersion::Http2))
        preferences.httpVersion = shown;
    preferences.inactivityTimeoutMs = int(m_ui->inactivitySpin->value() * 1000);
    preferences.deadlineMs = int(m_ui->deadlineSpin->value() * 1000);
    return preferences;
}

bool PreferencesDialog::apply()
{
    const std::optional<Core::NetworkPreferences> preferences = collect();
    if (!preferences)
        return false;
    clearProblem();
    m_preferences->save(*preferences);
    m_loaded = *preferences;
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

bool PreferencesDialog::addAuthorityFiles(const QStringList &paths)
{
    // All or none: a bad file among several is named, and the good ones wait for the next try.
    for (const QString &path : paths) {
        QString problem;
        if (!readAuthorityFile(path, &problem)) {
            refuse(
                [path] {
                    QString sentence;
                    readAuthorityFile(path, &sentence);
                    return sentence;
                },
                m_ui->authorityList);
            return false;
        }
    }
    for (const QString &path : paths) {
        if (!m_authorities.contains(path))
            m_authorities.append(path);
    }
    clearProblem();
    showAuthorities();
    return true;
}

bool PreferencesDialog::addClientCertificate()
{
    Core::ClientCertificateRule rule;
    rule.hostPattern = m_ui->clientPatternEdit->text().trimmed();
    rule.certificate.clientCertificate = m_ui->clientFileEdit->text().trimmed();
    rule.certificate.clientKey = m_ui->clientKeyEdit->text().trimmed();
    rule.certificate.passphrase = m_ui->clientPasswordEdit->text();
    if (Core::hostPatternProblem(rule.hostPattern)) {
        refuse([pattern = rule.hostPattern] { return Core::hostPatternProblem(pattern).value_or(QString()); },
               m_ui->clientPatternEdit);
        return false;
    }
    for (const Core::ClientCertificateRule &kept : std::as_const(m_clientCertificates)) {
        if (kept.hostPattern.compare(rule.hostPattern, Qt::CaseInsensitive) == 0) {
            refuse(
                [pattern = rule.hostPattern] {
                    return tr("A certificate is already given for “%1”: remove it first to replace it.")
                        .arg(pattern);
                },
                m_ui->clientPatternEdit);
            return false;
        }
    }
    if (rule.certificate.clientCertificate.isEmpty()) {
        refuse([] { return tr("Choose the certificate file for these hosts."); }, m_ui->clientFileEdit);
        return false;
    }
    QString problem;
    if (!readClientCertificate(rule.certificate, &problem)) {
        refuse(
            [setting = rule.certificate]() mutable {
                QString sentence;
                readClientCertificate(setting, &sentence);
                return sentence;
            },
            rule.certificate.certificateType == Core::TlsSetting::CertificateType::Pkcs12
                ? m_ui->clientPasswordEdit
                : m_ui->clientFileEdit);
        return false;
    }
    m_clientCertificates.append(rule);
    for (QLineEdit *field :
         {m_ui->clientPatternEdit, m_ui->clientFileEdit, m_ui->clientKeyEdit, m_ui->clientPasswordEdit})
        field->clear();
    clearProblem();
    showClientCertificates();
    return true;
}

void PreferencesDialog::showAuthorities()
{
    m_ui->authorityList->clear();
    for (const QString &path : std::as_const(m_authorities)) {
        auto *item = new QTreeWidgetItem(m_ui->authorityList);
        QString problem;
        const std::optional<QList<QSslCertificate>> certificates = readAuthorityFile(path, &problem);
        if (certificates) {
            const QSslCertificate &first = certificates->first();
            item->setText(
                0,
                certificates->size() == 1
                    ? subjectOf(first)
                    : tr("%1 and %n more", nullptr, int(certificates->size() - 1)).arg(subjectOf(first)));
            item->setText(1, expiryOf(first));
        } else {
            item->setText(0, tr("cannot be read"));
            item->setToolTip(0, problem);
        }
        item->setText(2, QFileInfo(path).fileName());
        item->setToolTip(2, path);
    }
    // (ca-env) Variables a company sets for curl count here too: listed last, where trust is set,
    // and not removable here (they are the environment's).
    if (const std::optional<Core::EnvironmentAuthorities> found = Core::environmentAuthorities()) {
        const QString sentence = found->withSystem
            ? tr(
                "This program's environment names authorities trusted beside the system's, as curl reads it.")
            : tr("This program's environment names the authorities to trust instead of the system's, as curl "
                 "reads it. The files above are trusted as well.");
        for (const Core::EnvironmentAuthorities::Source &source : found->sources) {
            auto *item = new QTreeWidgetItem(m_ui->authorityList);
            item->setFlags(Qt::ItemIsEnabled);
            item->setText(0,
                          found->withSystem
                              ? tr("%1 (environment, beside the system's)").arg(source.variable)
                              : tr("%1 (environment, instead of the system's)").arg(source.variable));
            item->setText(2, QFileInfo(source.path).fileName());
            for (int column = 0; column < 3; ++column)
                item->setToolTip(column, sentence + u'\n' + source.path);
        }
    }
    m_ui->removeAuthorityButton->setEnabled(!m_authorities.isEmpty());
}

void PreferencesDialog::showClientCertificates()
{
    m_ui->clientList->clear();
    for (const Core::ClientCertificateRule &rule : std::as_const(m_clientCertificates)) {
        auto *item = new QTreeWidgetItem(m_ui->clientList);
        item->setText(0, rule.hostPattern);
        Core::TlsSetting setting = rule.certificate;
        QString problem;
        if (const std::optional<QSslCertificate> certificate = readClientCertificate(setting, &problem)) {
            item->setText(1, subjectOf(*certificate));
            item->setText(2, expiryOf(*certificate));
        } else {
            item->setText(1, tr("cannot be read"));
            item->setToolTip(1, problem);
        }
        item->setToolTip(0, rule.certificate.clientCertificate);
    }
    m_ui->removeClientButton->setEnabled(!m_clientCertificates.isEmpty());
}

void PreferencesDialog::removeSelected(bool clients)
{
    QTreeWidget *list = clients ? m_ui->clientList : m_ui->authorityList;
    QList<int> rows;
    for (QTreeWidgetItem *item : list->selectedItems())
        rows.append(list->indexOfTopLevelItem(item));
    if (rows.isEmpty() && list->currentItem())
        rows.append(list->indexOfTopLevelItem(list->currentItem()));
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= (clients ? m_clientCertificates.size() : m_authorities.size()))
            continue; // (ca-env) the environment's rows are not ours to remove
        if (clients)
            m_clientCertificates.removeAt(row);
        else
            m_authorities.removeAt(row);
    }
    clients ? showClientCertificates() : showAuthorities();
}

void PreferencesDialog::chooseAuthorityFiles()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(this, tr("Add certificate authorities"), QString(),
                                        tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!paths.isEmpty())
        addAuthorityFiles(paths);
}

void PreferencesDialog::chooseClientFile(bool key)
{
    const QString path = key ? QFileDialog::getOpenFileName(this, tr("Choose the private key"), QString(),
                                                            tr("Keys (*.key *.pem *.der);;All files (*)"))
                             : QFileDialog::getOpenFileName(
                                 this, tr("Choose the client certificate"), QString(),
                                 tr("Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)"));
    if (!path.isEmpty())
        (key ? m_ui->clientKeyEdit : m_ui->clientFileEdit)->setText(path);
}

void PreferencesDialog::fitKeyHint()
{
    // The form's hint when it fits the field, a shorter one when not (German's is cut at 800 px).
    setFittingPlaceholder(
        m_ui->clientKeyEdit,
        {m_ui->clientKeyEdit->placeholderText(), tr("If not in the certificate file"), tr("Optional")});
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    fitKeyHint();
    // The texts set in code: the lists' dates and notes, and the sentence shown.
    showAuthorities();
    showClientCertificates();
    if (m_problem)
        m_ui->problemLabel->setText(m_problem());
}

} // namespace StatusScope::Gui
