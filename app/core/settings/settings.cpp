// SPDX-License-Identifier: MIT
#include "core/settings/settings.h"

#include "core/history/chainrecord.h"
#include "core/settings/settingskeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace Key = SettingsKey;
using SettingsValue::enumFromKey;
using SettingsValue::jsonObject;
using SettingsValue::keyOfEnum;

namespace {

constexpr std::pair<Settings::Page, QStringView> PageKeys[] = {{Settings::Page::Catalogue, u"catalogue"},
                                                               {Settings::Page::Console, u"console"},
                                                               {Settings::Page::Audit, u"audit"}};

// Enums are written as keys. Earlier versions wrote history/secrets as the enumerator's number (the
// order of this table), which is still read.
constexpr std::pair<SecretStorage, QStringView> SecretPolicyKeys[] = {{SecretStorage::Masked, u"masked"},
                                                                      {SecretStorage::Plain, u"plain"},
                                                                      {SecretStorage::Omitted, u"omitted"}};

constexpr std::pair<ProxySetting::Mode, QStringView> ProxyModeKeys[]
    = {{ProxySetting::Mode::System, u"system"},
       {ProxySetting::Mode::None, u"none"},
       {ProxySetting::Mode::Manual, u"manual"}};
constexpr std::pair<HttpVersion, QStringView> HttpVersionKeys[]
    = {{HttpVersion::Default, u"default"},
       {HttpVersion::Http1_1, u"1.1"},
       {HttpVersion::Http2, u"2"},
       {HttpVersion::Http2PriorKnowledge, u"2-prior-knowledge"}};
constexpr std::pair<TlsSetting::CertificateType, QStringView> CertificateTypeKeys[]
    = {{TlsSetting::CertificateType::Pem, u"pem"},
       {TlsSetting::CertificateType::Der, u"der"},
       {TlsSetting::CertificateType::Pkcs12, u"p12"}};

// A stored duration in milliseconds; negative or unreadable reads as `fallback`.
int durationMs(const QVariant &stored, int fallback)
{
    bool ok = false;
    const int value = stored.toInt(&ok);
    return ok && value >= 0 ? value : fallback;
}

} // namespace

Settings::Settings(QSettings *store)
    : m_store(store)
{
}

QByteArray Settings::windowGeometry() const
{
    return m_store ? m_store->value(Key::WindowGeometry).toByteArray() : QByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    if (m_store)
        m_store->setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store ? m_store->value(Key::WindowState).toByteArray() : QByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    if (m_store)
        m_store->setValue(Key::WindowState, state);
}

Settings::Page Settings::page() const
{
    return m_store ? enumFromKey(PageKeys, m_store->value(Key::Page).toString(), Page::Catalogue)
                   : Page::Catalogue;
}

void Settings::setPage(Page page)
{
    if (m_store)
        m_store->setValue(Key::Page, keyOfEnum(PageKeys, page));
}

QByteArray Settings::catalogueSplitter() const
{
    return m_store ? m_store->value(Key::CatalogueSplitter).toByteArray() : QByteArray();
}

void Settings::setCatalogueSplitter(const QByteArray &state)
{
    if (m_store)
        m_store->setValue(Key::CatalogueSplitter, state);
}

QByteArray Settings::consoleSplitter() const
{
    return m_store ? m_store->value(Key::ConsoleSplitter).toByteArray() : QByteArray();
}

void Settings::setConsoleSplitter(const QByteArray &state)
{
    if (m_store)
        m_store->setValue(Key::ConsoleSplitter, state);
}

std::optional<RequestSpec> Settings::lastRequest() const
{
    if (!m_store)
        return std::nullopt;
    const std::optional<QJsonObject> record = jsonObject(m_store->value(Key::LastRequest));
    if (!record)
        return std::nullopt;
    return requestFromRecord(*record);
}

void Settings::setLastRequest(const RequestSpec &request)
{
    if (!m_store)
        return;
    RecordOptions options;
    options.secrets = SecretStorage::Omitted;
    m_store->setValue(Key::LastRequest,
                      QJsonDocument(requestToRecord(request, options)).toJson(QJsonDocument::Compact));
}

std::optional<RequestOptions> Settings::requestOptions() const
{
    if (!m_store)
        return std::nullopt;
    const std::optional<QJsonObject> record = jsonObject(m_store->value(Key::RequestOptions));
    if (!record)
        return std::nullopt;
    return requestOptionsFromRecord(*record);
}

void Settings::setRequestOptions(const RequestOptions &options)
{
    if (m_store)
        m_store->setValue(Key::RequestOptions,
                          QJsonDocument(requestOptionsToRecord(options)).toJson(QJsonDocument::Compact));
}

QString Settings::language() const
{
    if (!m_store)
        return {};
    // A language code ("de", "pt_BR"); anything else is not one and follows the system.
    static const QRegularExpression code(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    const QString stored = m_store->value(Key::Language).toString();
    return code.match(stored).hasMatch() ? stored : QString();
}

void Settings::setLanguage(const QString &code)
{
    if (m_store)
        m_store->setValue(Key::Language, code);
}

QList<int> Settings::metCodes() const
{
    QList<int> codes;
    if (!m_store)
        return codes;
    // Numbers separated by spaces; a word that is not a status code is skipped, not trusted.
    for (const QString &word : m_store->value(Key::MetCodes).toString().split(u' ', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = word.toInt(&ok);
        if (ok && code >= 0 && code <= 999 && !codes.contains(code))
            codes.append(code);
    }
    return codes;
}

void Settings::setMetCodes(const QList<int> &codes)
{
    if (!m_store)
        return;
    QStringList words;
    for (int code : codes)
        words.append(QString::number(code));
    m_store->setValue(Key::MetCodes, words.join(u' '));
}

QHash<int, QuizScore> Settings::quizScores() const
{
    QHash<int, QuizScore> scores;
    if (!m_store)
        return scores;
    m_store->beginGroup(Key::QuizProgress);
    const QStringList keys = m_store->childKeys();
    for (const QString &key : keys) {
        // A hand-edited or damaged line is skipped, not trusted: "3/2" or "x/1" counts for nothing.
        bool codeOk = false;
        const int code = key.toInt(&codeOk);
        const QStringList counts = m_store->value(key).toString().split(u'/');
        bool rightOk = false;
        bool askedOk = false;
        const QuizScore score{counts.value(0).toInt(&rightOk), counts.value(1).toInt(&askedOk)};
        if (codeOk && rightOk && askedOk && counts.size() == 2 && score.right >= 0 && score.asked > 0
            && score.right <= score.asked)
            scores.insert(code, score);
    }
    m_store->endGroup();
    return scores;
}

void Settings::setQuizScore(int code, QuizScore score)
{
    if (m_store)
        m_store->setValue(Key::QuizProgress + u'/' + QString::number(code),
                          u"%1/%2"_s.arg(score.right).arg(score.asked));
}

SecretStorage Settings::historySecrets() const
{
    if (!m_store)
        return SecretStorage::Masked;
    const QVariant stored = m_store->value(Key::HistorySecrets);
    bool isNumber = false;
    const int number = stored.toInt(&isNumber);
    for (qsizetype i = 0; i < qsizetype(std::size(SecretPolicyKeys)); ++i) {
        if (stored.toString() == SecretPolicyKeys[i].second || (isNumber && number == i))
            return SecretPolicyKeys[i].first;
    }
    return SecretStorage::Masked; // the safe default
}

void Settings::setHistorySecrets(SecretStorage policy)
{
    if (!m_store)
        return;
    for (const auto &[value, key] : SecretPolicyKeys) {
        if (value == policy)
            m_store->setValue(Key::HistorySecrets, key.toString());
    }
}

NetworkPreferences Settings::networkPreferences() const
{
    NetworkPreferences preferences;
    if (!m_store)
        return preferences;
    preferences.proxy.mode
        = enumFromKey(ProxyModeKeys, m_store->value(Key::ProxyMode).toString(), ProxySetting::Mode::System);
    preferences.proxy.url = QUrl(m_store->value(Key::ProxyUrl).toString());
    preferences.proxy.user = m_store->value(Key::ProxyUser).toString();
    preferences.proxy.noProxy = m_store->value(Key::NoProxy).toStringList();
    preferences.extraCaFiles = m_store->value(Key::ExtraCaFiles).toStringList();
    const QJsonArray rules
        = QJsonDocument::fromJson(m_store->value(Key::ClientCertificates).toByteArray()).array();
    for (const QJsonValue &value : rules) {
        const QJsonObject record = value.toObject();
        ClientCertificateRule rule;
        rule.hostPattern = record.value(u"pattern"_s).toString();
        rule.certificate.clientCertificate = record.value(u"certificate"_s).toString();
        rule.certificate.clientKey = record.value(u"key"_s).toString();
        rule.certificate.certificateType = enumFromKey(
            CertificateTypeKeys, record.value(u"type"_s).toString(), TlsSetting::CertificateType::Pem);
        // A damaged record (no pattern or no file) names nothing to present: it is passed over.
        if (!rule.hostPattern.isEmpty() && !rule.certificate.clientCertificate.isEmpty())
            preferences.clientCertificates.append(rule);
    }
    preferences.httpVersion
        = enumFromKey(HttpVersionKeys, m_store->value(Key::HttpVersion).toString(), HttpVersion::Default);
    preferences.inactivityTimeoutMs
        = durationMs(m_store->value(Key::InactivityTimeout), preferences.inactivityTimeoutMs);
    preferences.deadlineMs = durationMs(m_store->value(Key::Deadline), preferences.deadlineMs);
    return preferences;
}

void Settings::setNetworkPreferences(const NetworkPreferences &preferences)
{
    if (!m_store)
        return;
    m_store->setValue(Key::ProxyMode, keyOfEnum(ProxyModeKeys, preferences.proxy.mode));
    m_store->setValue(Key::ProxyUrl, preferences.proxy.url.toString(QUrl::RemoveUserInfo));
    m_store->setValue(Key::ProxyUser, preferences.proxy.user);
    m_store->setValue(Key::NoProxy, preferences.proxy.noProxy);
    m_store->setValue(Key::ExtraCaFiles, preferences.extraCaFiles);
    QJsonArray rules;
    for (const ClientCertificateRule &rule : preferences.clientCertificates) {
        // The password is left out on purpose: it goes to the keychain.
        rules.append(
            QJsonObject{{u"pattern"_s, rule.hostPattern},
                        {u"certificate"_s, rule.certificate.clientCertificate},
                        {u"key"_s, rule.certificate.clientKey},
                        {u"type"_s, keyOfEnum(CertificateTypeKeys, rule.certificate.certificateType)}});
    }
    m_store->setValue(Key::ClientCertificates, QJsonDocument(rules).toJson(QJsonDocument::Compact));
    m_store->setValue(Key::HttpVersion, keyOfEnum(HttpVersionKeys, preferences.httpVersion));
    m_store->setValue(Key::InactivityTimeout, preferences.inactivityTimeoutMs);
    m_store->setValue(Key::Deadline, preferences.deadlineMs);
}

void Settings::sync()
{
    if (m_store)
        m_store->sync();
}

} // namespace StatusScope::Core
