// SPDX-License-Identifier: MIT
#include "gui/preferences/secretprompter.h"

#include "core/requests/requestsession.h"
#include "gui/preferences/preferences.h"
#include "gui/preferences/secretdialog.h"
#include "gui/preferences/secretstore.h"

#include <QFileInfo>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace StatusScope::Gui {

using Core::SecretNeed;

namespace {

// A store that answers within this long (memory, an unlocked keychain) does not flash a message.
constexpr int WaitNoticeDelayMs = 250;

} // namespace

SecretPrompter::SecretPrompter(Preferences *preferences, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_preferences(preferences)
    , m_window(window)
{
}

SecretPrompter::~SecretPrompter() = default;

QString SecretPrompter::keyOf(const SecretNeed &need)
{
    switch (need.kind) {
    case SecretNeed::Kind::ProxyPassword:
        return Preferences::proxyPasswordKey();
    case SecretNeed::Kind::CertificatePassphrase:
        return Preferences::clientCertificateKey(need.hostPattern);
    case SecretNeed::Kind::RequestCertificatePassphrase:
        break;
    }
    return Preferences::requestCertificateKey(need.subject);
}

void SecretPrompter::attach(Core::RequestSession *session)
{
    session->setSecretAsker([prompter = QPointer(this), session](const QList<SecretNeed> &needs) {
        if (prompter)
            prompter->ask(
                needs, session,
                [session](const QList<SecretNeed> &answered) { session->continueSend(answered); },
                [session](const QString &why) { session->abandonSend(why); });
    });
    // Cancelled in the console, or another request sent that needs nothing: the question is over.
    connect(session, &Core::RequestSession::sendAbandoned, this, [this] {
        ++m_round;
        setWaitShown(false);
        closeDialog();
    });
    connect(session, &Core::RequestSession::chainStarting, this, [this] {
        ++m_round;
        setWaitShown(false);
        closeDialog();
    });
}

Core::NetworkPreferences SecretPrompter::withRemembered(Core::NetworkPreferences preferences) const
{
    // Only for the proxy or file it was typed for: one edited in Preferences since is asked again.
    const Remembered proxy = m_remembered.value(Preferences::proxyPasswordKey());
    if (preferences.proxy.password.isEmpty() && !proxy.secret.isEmpty()
        && proxy.subject == preferences.proxy.url.toString(QUrl::RemoveUserInfo)
        && proxy.user == preferences.proxy.user)
        preferences.proxy.password = proxy.secret;
    for (Core::ClientCertificateRule &rule : preferences.clientCertificates) {
        const Remembered kept = m_remembered.value(Preferences::clientCertificateKey(rule.hostPattern));
        if (rule.certificate.passphrase.isEmpty() && !kept.secret.isEmpty()
            && kept.subject == rule.certificate.clientCertificate)
            rule.certificate.passphrase = kept.secret;
    }
    return preferences;
}

void SecretPrompter::ask(const QList<SecretNeed> &needs, QObject *context, Answered answered,
                         Abandoned abandoned)
{
    m_askerContext = context;
    m_onAnswered = std::move(answered);
    m_onAbandoned = std::move(abandoned);
    askFor(needs);
}

void SecretPrompter::askFor(const QList<SecretNeed> &needs)
{
    // A new send replaces the question about the previous one.
    const int round = ++m_round;
    closeDialog();
    m_needs = needs;
    m_answered = QList<bool>(needs.size(), false);
    m_askingUser = false;
    m_reading = int(needs.size());
    // The store first: at start-up the keychain may not have answered Preferences yet, and a
    // password kept there is never asked for again.
    for (int i = 0; i < needs.size(); ++i) {
        // A request's own certificate is not in the preferences withRemembered() fills: what was
        // typed for its file this session answers here, so it is asked for once per session.
        const Remembered kept = m_remembered.value(keyOf(needs.at(i)));
        if (needs.at(i).kind == SecretNeed::Kind::RequestCertificatePassphrase && !kept.secret.isEmpty()
            && kept.subject == needs.at(i).subject) {
            QTimer::singleShot(0, this, [this, round, i, secret = kept.secret] { onRead(round, i, secret); });
            continue;
        }
        m_preferences->secretStore()->read(
            keyOf(needs.at(i)), this, [this, round, i](const QString &secret) { onRead(round, i, secret); });
    }
    QTimer::singleShot(m_timeoutMs, this, [this, round] {
        if (round == m_round && m_reading > 0)
            proceed(round);
    });
    setWaitShown(false); // a wait for the previous send is over
    QTimer::singleShot(WaitNoticeDelayMs, this, [this, round] {
        if (round == m_round && m_reading > 0 && !m_askingUser)
            setWaitShown(true);
    });
}

QString SecretPrompter::waitingSentence() const
{
    if (!m_waitShown)
        return {};
    const auto waitsFor = [this](SecretNeed::Kind kind) {
        return std::any_of(m_needs.cbegin(), m_needs.cend(), [kind](const SecretNeed &need) {
            return need.kind == kind && need.secret.isEmpty();
        });
    };
    const bool proxy = waitsFor(SecretNeed::Kind::ProxyPassword);
    const bool certificate = waitsFor(SecretNeed::Kind::CertificatePassphrase)
        || waitsFor(SecretNeed::Kind::RequestCertificatePassphrase);
    if (proxy && certificate)
        return tr("Waiting for the keychain for the proxy password and the client certificate's password…");
    if (certificate)
        return tr("Waiting for the keychain for the client certificate's password…");
    return tr("Waiting for the keychain for the proxy password…");
}

void SecretPrompter::setWaitShown(bool shown)
{
    if (m_waitShown == shown)
        return;
    m_waitShown = shown;
    Q_EMIT waitingChanged();
}

void SecretPrompter::onRead(int round, int index, const QString &secret)
{
    if (round != m_round || index >= m_needs.size())
        return;
    --m_reading;
    if (!secret.isEmpty()) {
        m_needs[index].secret = secret;
        remember(m_needs.at(index), false);
    }
    // A keychain answering after the user was asked still counts: its answer ends the question.
    if (m_askingUser) {
        if (!secret.isEmpty() && m_dialog && m_dialog->need().sameNeed(m_needs.at(index))) {
            closeDialog();
            askUser();
        }
        return;
    }
    if (m_reading == 0)
        proceed(round);
}

void SecretPrompter::proceed(int round)
{
    if (round != m_round)
        return;
    m_askingUser = true;
    setWaitShown(false); // answered, or its time is up: the user is asked now
    askUser();
}

void SecretPrompter::askUser()
{
    // A need is answered by a secret from the store or by the user, even an empty one (sent
    // without, as the user chose: the proxy's 407 or the key's sentence follows).
    qsizetype next = 0;
    while (next < m_needs.size() && (m_answered.value(next) || !m_needs.at(next).secret.isEmpty()))
        ++next;
    if (next == m_needs.size()) {
        const QList<SecretNeed> answered = m_needs;
        ++m_round; // answered: late reads change nothing more
        if (m_askerContext && m_onAnswered)
            m_onAnswered(answered);
        return;
    }
    m_dialog = new SecretDialog(m_needs.at(next), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this,
            [this, round = m_round, index = next, dialog = m_dialog](int result) {
                if (dialog == m_dialog)
                    m_dialog = nullptr;
                if (round == m_round)
                    onAnswered(index, result == QDialog::Accepted, dialog->secret(), dialog->remember());
            });
    m_dialog->open();
}

void SecretPrompter::onAnswered(qsizetype index, bool accepted, const QString &secret, bool keep)
{
    const SecretNeed need = m_needs.at(index);
    if (!accepted) {
        ++m_round;
        const QString why = need.kind == SecretNeed::Kind::ProxyPassword
            ? tr("Nothing was sent: the password for the proxy %1 was not given.").arg(need.subject)
            : tr("Nothing was sent: the password of the client certificate “%1” was not given.")
                  .arg(QFileInfo(need.subject).fileName());
        if (m_askerContext && m_onAbandoned)
            m_onAbandoned(why);
        return;
    }
    m_answered[index] = true;
    m_needs[index].secret = secret;
    if (keep)
        remember(m_needs.at(index), true);
    askUser();
}

void SecretPrompter::remember(const SecretNeed &need, bool alsoInStore)
{
    if (need.secret.isEmpty())
        return;
    m_remembered.insert(keyOf(need), {need.subject, need.user, need.secret});
    // The keychain keeps it for the next session; without one, the store keeps it in memory.
    if (alsoInStore)
        m_preferences->secretStore()->write(keyOf(need), need.secret);
    Q_EMIT rememberedChanged();
}

void SecretPrompter::closeDialog()
{
    if (!m_dialog)
        return;
    SecretDialog *dialog = m_dialog;
    m_dialog = nullptr;
    disconnect(dialog, nullptr, this, nullptr); // closing is not the user's Cancel
    dialog->close();
}

} // namespace StatusScope::Gui
