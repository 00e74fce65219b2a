// SPDX-License-Identifier: MIT
#include "gui/preferences/secretdialog.h"

#include "core/requests/tlssetup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

SecretDialog::SecretDialog(const Core::SecretNeed &need, QWidget *parent)
    : QDialog(parent)
    , m_need(need)
    , m_question(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_secretEdit(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"secretDialog"_s);
    setWindowModality(Qt::WindowModal);
    m_question->setObjectName(u"secretQuestion"_s);
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText); // the names come from the settings file
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secretEdit);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setChecked(true);
    m_buttons->setObjectName(u"buttons"_s);

    auto *form = new QFormLayout;
    form->addRow(m_secretLabel, m_secretEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    m_problem->setObjectName(u"secretProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SecretDialog::tryAnswer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    m_secretEdit->setFocus(Qt::OtherFocusReason);
}

SecretDialog::~SecretDialog() = default;

void SecretDialog::tryAnswer()
{
    // A certificate's password is tried on the file before it is taken: a wrong one would be
    // remembered for the session (and kept in the keychain) and fail every send.
    if (m_need.kind != Core::SecretNeed::Kind::ProxyPassword) {
        Core::TlsSetting setting = m_need.certificate;
        setting.passphrase = m_secretEdit->text();
        QString problem;
        if (!Core::TlsSetup::load(setting, &problem)) {
            m_problem->setText(problem);
            m_problem->show();
            m_secretEdit->selectAll();
            m_secretEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    accept();
}

QString SecretDialog::secret() const
{
    return m_secretEdit->text();
}

bool SecretDialog::remember() const
{
    return m_remember->isChecked();
}

void SecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SecretDialog::retranslate()
{
    if (m_need.kind == Core::SecretNeed::Kind::ProxyPassword) {
        setWindowTitle(tr("Proxy password"));
        m_question->setText(tr("The proxy %1 (Edit → Preferences) needs the password of user “%2” for this "
                               "request. No keychain gave it.")
                                .arg(m_need.subject, m_need.user));
    } else if (m_need.kind == Core::SecretNeed::Kind::RequestCertificatePassphrase) {
        setWindowTitle(tr("Client certificate password"));
        m_question->setText(tr("The client certificate “%1” this request names is locked by a password. "
                               "Passwords are not kept with the history or saved requests.")
                                .arg(QFileInfo(m_need.subject).fileName()));
    } else {
        setWindowTitle(tr("Client certificate password"));
        m_question->setText(tr("The client certificate “%1” (Edit → Preferences, for %2) is locked by a "
                               "password. No keychain gave it.")
                                .arg(QFileInfo(m_need.subject).fileName(), m_need.hostPattern));
    }
    m_question->setToolTip(m_need.subject);
    m_secretLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember for this session"));
}

} // namespace StatusScope::Gui
