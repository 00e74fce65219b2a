// SPDX-License-Identifier: MIT
#include "gui/console/networkoptionseditor.h"

#include "ui_requestcomposer.h"

#include "core/formats/curlnetwork.h"
#include "core/requests/proxyselection.h"
#include "core/requests/secrets.h"
#include "gui/console/pintablemodel.h"
#include "gui/widgets/screenfit.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

enum ProxyChoice { ProxyFromPreferences, NoProxy, ThisProxy };

} // namespace

NetworkOptionsEditor::NetworkOptionsEditor(Ui::RequestComposer *ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_pins(new PinTableModel(this))
{
    for (int i = 0; i < 3; ++i)
        m_ui->proxyCombo->addItem(QString());
    for (HttpVersion version :
         {HttpVersion::Default, HttpVersion::Http1_1, HttpVersion::Http2, HttpVersion::Http2PriorKnowledge})
        m_ui->httpVersionCombo->addItem(QString(), int(version));
    for (AuthSetting::Scheme scheme :
         {AuthSetting::Scheme::None, AuthSetting::Scheme::Basic, AuthSetting::Scheme::Digest,
          AuthSetting::Scheme::Any, AuthSetting::Scheme::Bearer})
        m_ui->authCombo->addItem(QString(), int(scheme));
    setItemTexts();
    setUpPins();
    m_ui->carriedLabel->setStyleSheet(u"color: #8a5500;"_s);

    const auto changedNow = [this] {
        updateFields();
        Q_EMIT changed();
    };
    connect(m_ui->proxyCombo, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, changedNow);
    connect(m_ui->httpVersionCombo, &QComboBox::currentIndexChanged, this, &NetworkOptionsEditor::changed);
    for (QLineEdit *edit : {m_ui->proxyUrlEdit, m_ui->proxyUserEdit, m_ui->proxyPasswordEdit,
                            m_ui->authUserEdit, m_ui->authSecretEdit})
        connect(edit, &QLineEdit::textChanged, this, &NetworkOptionsEditor::changed);
    connect(m_ui->authSecretEdit, &QLineEdit::textEdited, this, [this] { m_retypeAuthSecret = false; });
    connect(m_ui->proxyPasswordEdit, &QLineEdit::textEdited, this, [this] { m_retypeProxyPassword = false; });
    connect(m_ui->dropCarriedButton, &QPushButton::clicked, this, [this] {
        m_carried = {};
        m_carriedCookies.clear();
        showCarried();
        m_ui->pinsView->setFocus(); // the button goes away: keep the keyboard in the tab
        Q_EMIT changed();
    });
    updateFields();
    showCarried();
}

void NetworkOptionsEditor::setUpPins()
{
    m_ui->pinsView->setModel(m_pins);
    m_ui->pinsView->verticalHeader()->hide();
    QHeaderView *columns = m_ui->pinsView->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int column = 0; column < PinTableModel::ColumnCount; ++column)
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The host and the target share what the short columns leave, so every column stays in sight
    // in a narrow tab instead of the last ones scrolling out to the right.
    columns->setSectionResizeMode(PinTableModel::HostColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(PinTableModel::TargetColumn, QHeaderView::Stretch);
    // Room for the header and a few rows: pins are few, and the tab scrolls on a small screen.
    setMinimumLines(m_ui->pinsView, 2);
    m_ui->pinsView->setMaximumHeight(columns->sizeHint().height()
                                     + 4 * m_ui->pinsView->verticalHeader()->defaultSectionSize()
                                     + 2 * m_ui->pinsView->frameWidth());
    connect(m_pins, &PinTableModel::validityChanged, this, &NetworkOptionsEditor::changed);
    const auto add = [this](PinTableModel::Kind kind) {
        const int row = m_pins->addRow({kind, {}, {}, {}, {}});
        const QModelIndex index = m_pins->index(row, PinTableModel::HostColumn);
        m_ui->pinsView->setCurrentIndex(index);
        m_ui->pinsView->edit(index);
    };
    connect(m_ui->addResolveButton, &QPushButton::clicked, this,
            [add] { add(PinTableModel::Kind::Resolve); });
    connect(m_ui->addConnectToButton, &QPushButton::clicked, this,
            [add] { add(PinTableModel::Kind::ConnectTo); });
    connect(m_ui->removePinButton, &QPushButton::clicked, this,
            [this] { m_pins->removeRowAt(m_ui->pinsView->currentIndex().row()); });
}

std::optional<NetworkOptions> NetworkOptionsEditor::options(QString *error) const
{
    const auto fail = [error](const QString &sentence) {
        *error = sentence;
        return std::nullopt;
    };
    NetworkOptions network;
    network.tls = m_carried.tls;
    network.proxy.noProxy = m_carried.proxy.noProxy;
    switch (m_ui->proxyCombo->currentIndex()) {
    case NoProxy:
        network.proxy.mode = ProxySetting::Mode::None;
        break;
    case ThisProxy: {
        // The fields first: a user written in the URL only counts when they are empty (curl's way).
        network.proxy.user = m_ui->proxyUserEdit->text();
        network.proxy.password = m_ui->proxyPasswordEdit->text();
        const QString url = m_ui->proxyUrlEdit->text().trimmed();
        if (url.isEmpty())
            return fail(tr("Type the proxy's address (http://host:port or socks5h://host:port), or choose "
                           "“Use Preferences”."));
        if (auto problem = parseProxyUrl(url, network.proxy))
            return fail(*problem);
        if (auto problem = proxySettingProblem(network.proxy))
            return fail(*problem);
        break;
    }
    default:
        break; // Preferences: the session's merge fills the default setting
    }
    if (auto problem = m_pins->readPins(network))
        return fail(*problem);
    network.httpVersion = static_cast<HttpVersion>(m_ui->httpVersionCombo->currentData().toInt());

    AuthSetting &auth = network.auth;
    auth.scheme = static_cast<AuthSetting::Scheme>(m_ui->authCombo->currentData().toInt());
    if (auth.scheme == AuthSetting::Scheme::Bearer) {
        auth.token = m_ui->authSecretEdit->text();
        if (auth.token.isEmpty())
            return fail(tr("Bearer authentication needs a token: type it beside the choice."));
    } else if (auth.scheme != AuthSetting::Scheme::None) {
        auth.user = m_ui->authUserEdit->text();
        auth.password = m_ui->authSecretEdit->text();
        if (auth.user.isEmpty())
            return fail(tr("%1 authentication needs a user name: type it beside the choice.")
                            .arg(m_ui->authCombo->currentText()));
    }
    return network;
}

void NetworkOptionsEditor::setOptions(const NetworkOptions &network)
{
    m_retypeAuthSecret = false;
    m_retypeProxyPassword = false;
    m_carried = {};
    m_carried.tls = network.tls;
    m_carried.proxy.noProxy = network.proxy.noProxy;

    const ProxySetting &proxy = network.proxy;
    m_ui->proxyCombo->setCurrentIndex(proxy.mode == ProxySetting::Mode::None         ? NoProxy
                                          : proxy.mode == ProxySetting::Mode::Manual ? ThisProxy
                                                                                     : ProxyFromPreferences);
    m_ui->proxyUrlEdit->setText(proxy.mode == ProxySetting::Mode::Manual
                                    ? proxy.url.adjusted(QUrl::RemoveUserInfo).toString()
                                    : QString());
    m_ui->proxyUserEdit->setText(proxy.user);
    m_ui->proxyPasswordEdit->setText(proxy.password);
    m_pins->setPins(network.resolve, network.connectTo);
    m_ui->httpVersionCombo->setCurrentIndex(
        std::max(0, m_ui->httpVersionCombo->findData(int(network.httpVersion))));
    const AuthSetting &auth = network.auth;
    m_ui->authCombo->setCurrentIndex(std::max(0, m_ui->authCombo->findData(int(auth.scheme))));
    m_ui->authUserEdit->setText(auth.user);
    m_ui->authSecretEdit->setText(auth.scheme == AuthSetting::Scheme::Bearer ? auth.token : auth.password);
    updateFields();
    showCarried();
}

void NetworkOptionsEditor::setStoredOptions(const NetworkOptions &network)
{
    setOptions(network);
    const AuthSetting &auth = network.auth;
    m_retypeAuthSecret = auth.scheme == AuthSetting::Scheme::Bearer
        ? auth.token.isEmpty()
        : auth.scheme != AuthSetting::Scheme::None && !auth.user.isEmpty() && auth.password.isEmpty();
    const ProxySetting &proxy = network.proxy;
    m_retypeProxyPassword
        = proxy.mode == ProxySetting::Mode::Manual && !proxy.user.isEmpty() && proxy.password.isEmpty();
    Q_EMIT changed();
}

std::optional<QString> NetworkOptionsEditor::missingSecret() const
{
    // Only while the choice still needs it: switching to no authentication or to another proxy
    // setting needs no secret.
    const auto scheme = static_cast<AuthSetting::Scheme>(m_ui->authCombo->currentData().toInt());
    if (m_retypeAuthSecret && scheme != AuthSetting::Scheme::None && m_ui->authSecretEdit->text().isEmpty()) {
        return scheme == AuthSetting::Scheme::Bearer ? tr("Type the token again: it was not stored.")
                                                     : tr("Type the password again: it was not stored.");
    }
    if (m_retypeProxyPassword && m_ui->proxyCombo->currentIndex() == ThisProxy
        && !m_ui->proxyUserEdit->text().isEmpty() && m_ui->proxyPasswordEdit->text().isEmpty())
        return tr("Type the proxy's password again: it was not stored.");
    return std::nullopt;
}

NetworkOptions NetworkOptionsEditor::withoutSecrets(NetworkOptions network)
{
    network.proxy.password.clear();
    network.proxy.url = network.proxy.url.adjusted(QUrl::RemovePassword);
    network.auth.password.clear();
    network.auth.token.clear();
    network.tls.passphrase.clear();
    return network;
}

void NetworkOptionsEditor::setItemTexts()
{
    const QStringList proxies{tr("Use Preferences"), tr("No proxy"), tr("This proxy:")};
    for (int i = 0; i < proxies.size(); ++i)
        m_ui->proxyCombo->setItemText(i, proxies.at(i));
    const QStringList versions{tr("Use Preferences"), tr("HTTP/1.1 only"), tr("HTTP/2, offered on https"),
                               tr("HTTP/2 from the first byte (prior knowledge)")};
    for (int i = 0; i < versions.size(); ++i)
        m_ui->httpVersionCombo->setItemText(i, versions.at(i));
    const QStringList schemes{tr("None"), tr("Basic"), tr("Digest"),
                              tr("Basic or Digest, as the server asks"), tr("Bearer token")};
    for (int i = 0; i < schemes.size(); ++i)
        m_ui->authCombo->setItemText(i, schemes.at(i));
    // A combo box lets a layout squeeze it below its longest choice ("Use Prefe"): these are
    // as wide as their choices in the language shown, and the form wraps their rows instead.
    for (QComboBox *combo : {m_ui->proxyCombo, m_ui->httpVersionCombo, m_ui->authCombo})
        combo->setMinimumWidth(combo->sizeHint().width());
}

void NetworkOptionsEditor::updateFields()
{
    const bool manual = m_ui->proxyCombo->currentIndex() == ThisProxy;
    // The proxy's address has a row of its own, under the choice: beside it, a narrow tab left
    // both the choice and the address cut.
    m_ui->proxyUrlEdit->setEnabled(manual);
    m_ui->optionsLayout->setRowVisible(m_ui->proxyUrlEdit, manual);
    m_ui->optionsLayout->setRowVisible(m_ui->proxyCredentialsLine, manual);
    const auto scheme = static_cast<AuthSetting::Scheme>(m_ui->authCombo->currentData().toInt());
    const bool credentials = scheme != AuthSetting::Scheme::None;
    m_ui->optionsLayout->setRowVisible(m_ui->authCredentialsLine, credentials);
    const bool bearer = scheme == AuthSetting::Scheme::Bearer;
    // Only inside a shown row: a widget shown in a hidden form row floats over the rows above.
    if (credentials)
        m_ui->authUserEdit->setVisible(!bearer);
    m_ui->authSecretEdit->setPlaceholderText(bearer ? tr("token") : tr("password"));
    m_ui->authSecretEdit->setAccessibleName(bearer ? tr("Token") : tr("Password"));
}

void NetworkOptionsEditor::setCarriedCookies(const QList<QNetworkCookie> &cookies)
{
    m_carriedCookies = cookies;
    showCarried();
}

void NetworkOptionsEditor::showCarried()
{
    // Shown, not hidden: options the tab has no field for still change what is sent. The
    // passphrase is never shown.
    NetworkOptions shown;
    shown.tls = m_carried.tls;
    if (!shown.tls.passphrase.isEmpty())
        shown.tls.passphrase = QString::fromUtf8(credentialMask());
    shown.proxy.noProxy = m_carried.proxy.noProxy;
    QStringList parts;
    if (const QStringList words = curlNetworkWords(shown); !words.isEmpty())
        parts.append(words.join(u' '));
    if (!m_carriedCookies.isEmpty()) {
        QStringList cookies;
        for (const QNetworkCookie &cookie : std::as_const(m_carriedCookies))
            cookies.append(tr("%1 (%2%3)", "a cookie: name (domain and path)")
                               .arg(QString::fromUtf8(cookie.name()), cookie.domain(),
                                    cookie.path() == u"/"_s ? QString() : cookie.path()));
        parts.append(tr("the cookie file's cookies for other hosts or paths, sent when the chain reaches "
                        "them: %1")
                         .arg(cookies.join(u", "_s)));
    }
    m_ui->carriedLabel->setText(
        parts.isEmpty() ? QString()
                        : tr("Also applied, from an imported command: %1").arg(parts.join(u"; "_s)));
    m_ui->optionsLayout->setRowVisible(m_ui->carriedLine, !parts.isEmpty());
}

void NetworkOptionsEditor::retranslate()
{
    setItemTexts();
    m_pins->retranslate();
    updateFields();
    showCarried();
}

} // namespace StatusScope::Gui
