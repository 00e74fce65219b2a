// SPDX-License-Identifier: MIT
#include "gui/preferences/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace StatusScope::Gui {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

bool KeychainSecretStore::fellBack(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    default:
        return false;
    }
    if (m_keychainAnswers) {
        m_keychainAnswers = false;
        qInfo("No keychain is available (%s): passwords are kept until StatusScope closes.",
              qUtf8Printable(job->errorString()));
        Q_EMIT persistenceChanged();
    }
    return true;
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    if (!m_keychainAnswers) {
        QTimer::singleShot(0, context,
                           [done = std::move(done), secret = m_session.value(key)] { done(secret); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this); // deletes itself after finished
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context,
            [this, key, done = std::move(done)](QKeychain::Job *ended) {
                const auto *read = static_cast<QKeychain::ReadPasswordJob *>(ended);
                if (read->error() == QKeychain::NoError)
                    m_session.insert(key, read->textData());
                else
                    fellBack(read); // EntryNotFound: nothing kept; access refused: asked again next time
                done(m_session.value(key));
            });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    if (secret.isEmpty())
        m_session.remove(key);
    else
        m_session.insert(key, secret);
    if (!m_keychainAnswers)
        return;
    QKeychain::Job *job = nullptr;
    if (secret.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(m_service, this);
    } else {
        auto *writing = new QKeychain::WritePasswordJob(m_service, this);
        writing->setTextData(secret);
        job = writing;
    }
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *ended) {
        if (ended->error() != QKeychain::NoError && ended->error() != QKeychain::EntryNotFound
            && !fellBack(ended))
            qWarning("The keychain did not keep a password: %s", qUtf8Printable(ended->errorString()));
    });
    job->start();
}

} // namespace StatusScope::Gui
