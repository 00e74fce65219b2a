// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/secretneeds.h"
#include "core/settings/networkpreferences.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace StatusScope::Core {
class RequestSession;
}

namespace StatusScope::Gui {

class Preferences;
class SecretDialog;

// Answers a console session's question for a password the preferences name but do not hold:
// first the secret store (a keychain that has not answered yet at start-up is waited for, never
// blocking the window, up to keychainTimeout()), then the user, in a window-modal SecretDialog per
// password. What the user types is kept for this session ("Remember for this session") and given
// to the secret store, so a keychain keeps it for the next one; Cancel sends nothing.
class SecretPrompter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPrompter)

public:
    // Neither is owned; `window` is the dialogs' parent.
    SecretPrompter(Preferences *preferences, QWidget *window, QObject *parent = nullptr);
    ~SecretPrompter() override;

    // Becomes `session`'s asker (RequestSession::setSecretAsker()).
    void attach(Core::RequestSession *session);

    // The same question for any other sender (the Audit page before a run): `answered` gets the
    // needs with their secrets once every one is answered, `abandoned` the sentence saying why
    // nothing goes when the user cancels. Neither is called once `context` is gone. A new
    // question replaces one still open.
    using Answered = std::function<void(const QList<Core::SecretNeed> &answered)>;
    using Abandoned = std::function<void(const QString &why)>;
    void ask(const QList<Core::SecretNeed> &needs, QObject *context, Answered answered, Abandoned abandoned);

    // `preferences` with the passwords remembered this session where they hold none: what the
    // session sends with, so a password is asked for once.
    Core::NetworkPreferences withRemembered(Core::NetworkPreferences preferences) const;

    // How long a send waits for the secret store before asking the user (5 s by default).
    int keychainTimeout() const { return m_timeoutMs; }
    void setKeychainTimeout(int ms) { m_timeoutMs = ms; }

    // The question on screen, if any (tests answer it).
    SecretDialog *dialog() const { return m_dialog; }

    // While a send has waited a moment for the secret store and it has not answered: what it
    // waits for, as a sentence for the status bar ("Waiting for the keychain for the proxy
    // password…"), in the current language. Empty otherwise.
    QString waitingSentence() const;

Q_SIGNALS:
    // A password was remembered: the session's preferences are to be filled again.
    void rememberedChanged();
    // waitingSentence() became non-empty, or empty again (the store answered, its time was up,
    // or the send was cancelled).
    void waitingChanged();

private:
    struct Remembered
    {
        QString subject;
        QString user;
        QString secret;
    };
    static QString keyOf(const Core::SecretNeed &need);

    void askFor(const QList<Core::SecretNeed> &needs);
    void onRead(int round, int index, const QString &secret);
    void proceed(int round);
    void askUser();
    void onAnswered(qsizetype index, bool accepted, const QString &secret, bool keep);
    void remember(const Core::SecretNeed &need, bool alsoInStore);
    void closeDialog();
    void setWaitShown(bool shown);

    Preferences *m_preferences;
    QWidget *m_window;
    // Who asked the open question, and where its answer goes.
    QPointer<QObject> m_askerContext;
    Answered m_onAnswered;
    Abandoned m_onAbandoned;
    int m_timeoutMs = 5000;
    QHash<QString, Remembered> m_remembered; // by secret-store key
    // The question being answered.
    int m_round = 0;
    QList<Core::SecretNeed> m_needs;
    QList<bool> m_answered; // by the user, per need
    int m_reading = 0; // secret-store reads not answered yet
    bool m_askingUser = false; // the store had its time: the user is asked
    bool m_waitShown = false; // waitingSentence() is not empty
    SecretDialog *m_dialog = nullptr;
};

} // namespace StatusScope::Gui
