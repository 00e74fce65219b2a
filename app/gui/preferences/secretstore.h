// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace StatusScope::Gui {

// Where the passwords typed in Preferences are kept, never in the settings file: the desktop's
// keychain (KeychainSecretStore) or, where there is none, memory until StatusScope closes
// (MemorySecretStore; the tests use it). Reading is asynchronous, as a keychain's answer is: the
// window never waits for one.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using ReadDone = std::function<void(const QString &secret)>;

    // Calls `done` later (never before returning) with the secret kept under `key`, empty when
    // there is none; not at all once `context` is gone.
    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    // Keeps `secret` under `key`; an empty secret removes what was kept.
    virtual void write(const QString &key, const QString &secret) = 0;
    // False when what is written lasts only until StatusScope closes.
    virtual bool isPersistent() const = 0;

Q_SIGNALS:
    // The keychain turned out to be missing: from now on secrets are kept in memory only.
    void persistenceChanged();

protected:
    explicit SecretStore(QObject *parent = nullptr);
};

// Secrets in memory for this session.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret) override;
    bool isPersistent() const override { return false; }

    // What is kept under `key`, at once (for tests).
    QString peek(const QString &key) const { return m_secrets.value(key); }
    QStringList keys() const { return m_secrets.keys(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace StatusScope::Gui
