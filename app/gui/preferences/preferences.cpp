// SPDX-License-Identifier: MIT
#include "gui/preferences/preferences.h"

#include "core/settings/settings.h"
#include "gui/preferences/secretstore.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

Core::ClientCertificateRule *ruleFor(Core::NetworkPreferences &preferences, const QString &pattern)
{
    for (Core::ClientCertificateRule &rule : preferences.clientCertificates) {
        if (rule.hostPattern == pattern)
            return &rule;
    }
    return nullptr;
}

} // namespace

Preferences::Preferences(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void Preferences::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    if (m_settings) {
        ++m_generation; // what the previous store still answers is not this store's
        readSecrets();
    }
}

QString Preferences::proxyPasswordKey()
{
    return u"proxy-password"_s;
}

QString Preferences::clientCertificateKey(const QString &hostPattern)
{
    return u"client-certificate-password:"_s + hostPattern;
}

QString Preferences::requestCertificateKey(const QString &file)
{
    return u"request-certificate-password:"_s + file;
}

void Preferences::setSettings(Core::Settings *settings)
{
    m_settings = settings;
    m_current = settings ? settings->networkPreferences() : Core::NetworkPreferences();
    ++m_generation;
    Q_EMIT changed();
    readSecrets();
}

void Preferences::readSecrets()
{
    const int generation = m_generation;
    // Only what could have a password is asked for: a keychain may prompt for each read.
    if (!m_current.proxy.user.isEmpty()) {
        m_secrets->read(proxyPasswordKey(), this, [this, generation](const QString &secret) {
            if (generation != m_generation || secret.isEmpty())
                return;
            m_current.proxy.password = secret;
            Q_EMIT changed();
        });
    }
    for (const Core::ClientCertificateRule &rule : std::as_const(m_current.clientCertificates)) {
        m_secrets->read(clientCertificateKey(rule.hostPattern), this,
                        [this, generation, pattern = rule.hostPattern](const QString &secret) {
                            Core::ClientCertificateRule *found = ruleFor(m_current, pattern);
                            if (generation != m_generation || secret.isEmpty() || !found)
                                return;
                            found->certificate.passphrase = secret;
                            Q_EMIT changed();
                        });
    }
}

void Preferences::save(const Core::NetworkPreferences &preferences)
{
    Core::NetworkPreferences previous = m_current;
    m_current = preferences;
    ++m_generation;
    if (m_settings) {
        m_settings->setNetworkPreferences(preferences); // without the passwords
        m_settings->sync();
    }
    if (preferences.proxy.password != previous.proxy.password)
        m_secrets->write(proxyPasswordKey(), preferences.proxy.password);
    for (const Core::ClientCertificateRule &rule : preferences.clientCertificates) {
        const Core::ClientCertificateRule *before = ruleFor(previous, rule.hostPattern);
        if (!before || before->certificate.passphrase != rule.certificate.passphrase)
            m_secrets->write(clientCertificateKey(rule.hostPattern), rule.certificate.passphrase);
    }
    for (const Core::ClientCertificateRule &rule : std::as_const(previous.clientCertificates)) {
        if (!ruleFor(m_current, rule.hostPattern))
            m_secrets->write(clientCertificateKey(rule.hostPattern), QString()); // removed
    }
    Q_EMIT changed();
}

} // namespace StatusScope::Gui
