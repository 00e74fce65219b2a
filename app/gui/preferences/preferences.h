// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/networkpreferences.h"

#include <QObject>

namespace StatusScope::Core {
class Settings;
}

namespace StatusScope::Gui {

class SecretStore;

// What Edit → Preferences holds while the program runs: the settings' values with the passwords
// the secret store gave back. Saving writes the settings (no password) and the secret store (the
// passwords); the console reads current() before each send. Drives without a window in tests.
class Preferences final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    // `secrets` is not owned and must outlive this object.
    explicit Preferences(SecretStore *secrets, QObject *parent = nullptr);

    // The store the passwords go to (the application gives the keychain once the window has
    // painted). Given after setSettings(), the passwords are asked of it at once.
    void setSecretStore(SecretStore *secrets);
    SecretStore *secretStore() const { return m_secrets; }

    // Not owned, may be null. Reads the preferences now and asks the secret store for their
    // passwords; changed() follows as each arrives.
    void setSettings(Core::Settings *settings);

    const Core::NetworkPreferences &current() const { return m_current; }
    void save(const Core::NetworkPreferences &preferences);

    // The secret store's keys, one per password.
    static QString proxyPasswordKey();
    static QString clientCertificateKey(const QString &hostPattern);
    // A request's own client certificate (not a preference), by its file.
    static QString requestCertificateKey(const QString &file);

Q_SIGNALS:
    void changed();

private:
    void readSecrets();

    SecretStore *m_secrets;
    Core::Settings *m_settings = nullptr;
    Core::NetworkPreferences m_current;
    // A password read before a save must not overwrite what the save wrote.
    int m_generation = 0;
};

} // namespace StatusScope::Gui
