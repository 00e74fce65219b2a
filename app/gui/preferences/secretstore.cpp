// SPDX-License-Identifier: MIT
#include "gui/preferences/secretstore.h"

#include <QTimer>

namespace StatusScope::Gui {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    // Answered from the event loop like a keychain, so callers handle one way of answering.
    QTimer::singleShot(0, context, [done = std::move(done), secret = m_secrets.value(key)] { done(secret); });
}

void MemorySecretStore::write(const QString &key, const QString &secret)
{
    if (secret.isEmpty())
        m_secrets.remove(key);
    else
        m_secrets.insert(key, secret);
}

} // namespace StatusScope::Gui
