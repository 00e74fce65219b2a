// SPDX-License-Identifier: MIT
#include "core/settings/settings.h"

#include "core/history/chainrecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The keys, once. Their names are what earlier versions wrote: renaming one loses a user's value.
namespace Key {
const QString WindowGeometry = u"window/geometry"_s;
const QString WindowState = u"window/state"_s;
const QString Page = u"window/page"_s;
const QString CatalogueSplitter = u"catalogue/splitter"_s;
const QString ConsoleSplitter = u"console/splitter"_s;
const QString LastRequest = u"console/lastRequest"_s;
const QString RequestOptions = u"console/options"_s;
const QString Language = u"language"_s;
const QString MetCodes = u"quiz/met"_s;
const QString QuizProgress = u"quiz/progress"_s; // a group: CODE = "right/asked"
const QString HistorySecrets = u"history/secrets"_s;
} // namespace Key

// Enums are written as keys. Earlier versions wrote history/secrets as the enumerator's number (the
// order of this table), which is still read.
constexpr std::pair<SecretStorage, QStringView> SecretPolicyKeys[] = {{SecretStorage::Masked, u"masked"},
                                                                      {SecretStorage::Plain, u"plain"},
                                                                      {SecretStorage::Omitted, u"omitted"}};

std::optional<QJsonObject> jsonObject(const QVariant &value)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || document.object().isEmpty())
        return std::nullopt;
    return document.object();
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
    return m_store && m_store->value(Key::Page).toString() == u"console"_s ? Page::Console : Page::Catalogue;
}

void Settings::setPage(Page page)
{
    if (m_store)
        m_store->setValue(Key::Page, page == Page::Console ? u"console"_s : u"catalogue"_s);
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

void Settings::sync()
{
    if (m_store)
        m_store->sync();
}

} // namespace StatusScope::Core
