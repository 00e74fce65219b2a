// SPDX-License-Identifier: MIT
#pragma once

#include "gui/preferences/secretstore.h"

namespace QKeychain {
class Job;
}

namespace StatusScope::Gui {

// Secrets in the desktop's keychain through QtKeychain (the Secret Service on Linux, the macOS
// Keychain, the Windows credential store), under one service name. When a job reports that no
// keychain answers (no Secret Service on D-Bus, as in CI), it says so once (persistenceChanged())
// and keeps the secrets in memory from then on. QtKeychain's own fallback, a plain-text settings
// file, is never used.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret) override;
    bool isPersistent() const override { return m_keychainAnswers; }

private:
    // True (after falling back to memory) when `job`'s error means there is no keychain to use.
    bool fellBack(const QKeychain::Job *job);

    QString m_service;
    bool m_keychainAnswers = true;
    QHash<QString, QString> m_session; // what this session read or wrote: the fallback's contents
};

} // namespace StatusScope::Gui
