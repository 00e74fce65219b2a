// SPDX-License-Identifier: MIT
// What Settings keeps of the Audit page: its run options, its input and its split.
#include "core/settings/settings.h"

#include "core/settings/settingskeys.h"

#include <QSettings>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace Key = SettingsKey;
using SettingsValue::enumFromKey;
using SettingsValue::keyOfEnum;

namespace {

constexpr std::pair<AuditInputSettings::Tab, QStringView> AuditTabKeys[]
    = {{AuditInputSettings::Tab::File, u"file"},
       {AuditInputSettings::Tab::Paste, u"paste"},
       {AuditInputSettings::Tab::Url, u"url"}};

constexpr AuditInputKind AuditKinds[]
    = {AuditInputKind::Guess, AuditInputKind::List, AuditInputKind::Map, AuditInputKind::Sitemap};

// The whole number stored under `key` when it lies in [least, most], else `fallback`.
int wholeIn(const QJsonObject &record, const QString &key, int least, int most, int fallback)
{
    const QJsonValue value = record.value(key);
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || number != std::floor(number) || number < least || number > most)
        return fallback;
    return int(number);
}

} // namespace

std::optional<AuditRunOptions> Settings::auditOptions() const
{
    if (!m_store)
        return std::nullopt;
    const std::optional<QJsonObject> record = SettingsValue::jsonObject(m_store->value(Key::AuditOptions));
    if (!record)
        return std::nullopt;
    AuditRunOptions options;
    // Only the two methods the page offers: a run never sends anything else, whatever the file says.
    options.base.method = record->value(u"method"_s).toString() == u"HEAD"_s ? QByteArrayLiteral("HEAD")
                                                                             : QByteArrayLiteral("GET");
    constexpr int most = std::numeric_limits<int>::max();
    options.parallel = wholeIn(*record, u"parallel"_s, 1, most, options.parallel);
    options.perHost = wholeIn(*record, u"perHost"_s, 0, most, options.perHost);
    options.check.maxChain = wholeIn(*record, u"maxChain"_s, 0, most, options.check.maxChain);
    const double rate = record->value(u"rate"_s).toDouble(-1);
    if (std::isfinite(rate) && rate >= 0)
        options.ratePerHost = rate;
    options.check.match.ignoreQuery = record->value(u"ignoreQuery"_s).toBool(false);
    options.check.match.ignoreTrailingSlash = record->value(u"ignoreTrailingSlash"_s).toBool(false);
    return options;
}

void Settings::setAuditOptions(const AuditRunOptions &options)
{
    if (!m_store)
        return;
    const QJsonObject record{
        {u"method"_s, options.base.method == "HEAD" ? u"HEAD"_s : u"GET"_s},
        {u"parallel"_s, options.parallel},
        {u"perHost"_s, options.perHost},
        {u"rate"_s, options.ratePerHost},
        {u"maxChain"_s, options.check.maxChain},
        {u"ignoreQuery"_s, options.check.match.ignoreQuery},
        {u"ignoreTrailingSlash"_s, options.check.match.ignoreTrailingSlash},
    };
    m_store->setValue(Key::AuditOptions, QJsonDocument(record).toJson(QJsonDocument::Compact));
}

AuditInputSettings Settings::auditInput() const
{
    AuditInputSettings input;
    if (!m_store)
        return input;
    input.tab = enumFromKey(AuditTabKeys, m_store->value(Key::AuditInputTab).toString(), input.tab);
    const QString kind = m_store->value(Key::AuditInputKind).toString();
    for (AuditInputKind candidate : AuditKinds) {
        if (kind == auditInputKindKey(candidate))
            input.kind = candidate;
    }
    input.file = m_store->value(Key::AuditInputFile).toString();
    input.url = m_store->value(Key::AuditInputUrl).toString();
    input.text = m_store->value(Key::AuditInputText).toString();
    // A text past the limit (the file edited by hand) is not put in the page.
    if (input.text.size() > AuditTextLimit)
        input.text.clear();
    return input;
}

void Settings::setAuditInput(const AuditInputSettings &input)
{
    if (!m_store)
        return;
    m_store->setValue(Key::AuditInputTab, keyOfEnum(AuditTabKeys, input.tab));
    m_store->setValue(Key::AuditInputKind, auditInputKindKey(input.kind));
    m_store->setValue(Key::AuditInputFile, input.file);
    m_store->setValue(Key::AuditInputUrl, input.url);
    // Past the limit nothing is written, not even the text kept before: the page held another one.
    const bool fits = input.text.size() <= AuditTextLimit && input.text.toUtf8().size() <= AuditTextLimit;
    if (fits && !input.text.isEmpty())
        m_store->setValue(Key::AuditInputText, input.text);
    else
        m_store->remove(Key::AuditInputText);
}

QByteArray Settings::auditSplitter() const
{
    return m_store ? m_store->value(Key::AuditSplitter).toByteArray() : QByteArray();
}

void Settings::setAuditSplitter(const QByteArray &state)
{
    if (m_store)
        m_store->setValue(Key::AuditSplitter, state);
}

} // namespace StatusScope::Core
