// SPDX-License-Identifier: MIT
#include "core/history/chainrecord.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

MaskingPolicy maskingPolicy(const RecordOptions &options)
{
    return MaskingPolicy{options.secrets, options.extraSecretHeaders};
}

// The order of each enum when records held numbers (schema 2 and before), frozen here: the enums
// may grow or be reordered, the numbers already on disk keep meaning what they meant.
constexpr QStringView LegacyOutcomes[] = {u"running", u"complete", u"stopped", u"error"};
constexpr QStringView LegacySeverities[] = {u"info", u"warning", u"error"};
constexpr QStringView LegacyStopReasons[] = {
    u"redirect-limit", u"redirect-loop", u"unsafe-redirect-scheme", u"invalid-location", u"https-downgrade",
    u"body-limit",     u"cancelled"};
constexpr QStringView LegacyErrorKinds[]
    = {u"connection-refused", u"host-not-found",   u"tls",           u"timeout",
       u"remote-closed",      u"invalid-response", u"invalid-input", u"other"};

// The key an old number stood for, or empty when it is not one.
template<std::size_t N> QString legacyKey(const QJsonValue &value, const QStringView (&legacy)[N])
{
    const int number = value.toInt(-1);
    if (!value.isDouble() || value.toDouble() != double(number) || number < 0 || std::size_t(number) >= N)
        return {};
    return legacy[number].toString();
}

// An old number replaced by its key; true when something changed.
template<std::size_t N>
bool upgradeValue(QJsonObject &object, const QString &name, const QStringView (&legacy)[N])
{
    const QString key = legacyKey(object.value(name), legacy);
    if (key.isEmpty())
        return false;
    object.insert(name, key);
    return true;
}

// A field under its old name moved to its new one (unless the new one is already there); true
// when something changed.
bool rename(QJsonObject &object, const QString &from, const QString &to)
{
    if (!object.contains(from))
        return false;
    if (!object.contains(to))
        object.insert(to, object.value(from));
    object.remove(from);
    return true;
}

// One hop of an older record in the document's shape; true when something changed.
bool upgradeHop(QJsonObject &hop)
{
    bool changed = rename(hop, u"meanings"_s, u"meaning"_s);
    if (hop.value(u"timings"_s).isObject()) {
        QJsonObject timings = hop.value(u"timings"_s).toObject();
        rename(timings, u"reused"_s, u"connection_reused"_s);
        rename(timings, u"sent_count"_s, u"request_sent_count"_s);
        hop.insert(u"timings"_s, timings);
        changed = rename(hop, u"timings"_s, u"timings_ms"_s) || changed;
    }
    QJsonArray warnings = hop.value(u"warnings"_s).toArray();
    bool warningsChanged = false;
    for (QJsonValueRef warningValue : warnings) {
        QJsonObject warning = warningValue.toObject();
        if (upgradeValue(warning, u"severity"_s, LegacySeverities)) {
            warningValue = warning;
            warningsChanged = true;
        }
    }
    if (warningsChanged)
        hop.insert(u"warnings"_s, warnings);
    return changed || warningsChanged;
}

} // namespace

QJsonObject requestToRecord(const RequestSpec &request, const RecordOptions &options)
{
    return requestToDocument(maskedRequest(request, maskingPolicy(options)), BodyBytes::Kept);
}

QJsonObject chainToRecord(const ChainResult &given, const RecordOptions &options)
{
    // Cut the previews first, so a credential cut in two at the cap is still found and masked.
    ChainResult capped = given;
    for (Hop &hop : capped.hops)
        hop.bodyPreview.truncate(options.previewCap);
    return chainToDocument(maskedChain(capped, maskingPolicy(options)), BodyBytes::Kept);
}

ChainResult chainFromRecord(const QJsonObject &record, QString *error)
{
    QJsonObject current = record;
    upgradeChainRecord(current);
    return chainFromDocument(current, error);
}

bool upgradeChainRecord(QJsonObject &record)
{
    bool changed = upgradeValue(record, u"outcome"_s, LegacyOutcomes);
    const auto upgradeIn = [&](const QString &name, const auto &legacy, const QString &field) {
        if (!record.value(name).isObject())
            return;
        QJsonObject inner = record.value(name).toObject();
        if (upgradeValue(inner, field, legacy)) {
            record.insert(name, inner);
            changed = true;
        }
    };
    upgradeIn(u"stop"_s, LegacyStopReasons, u"reason"_s);
    upgradeIn(u"error"_s, LegacyErrorKinds, u"kind"_s);
    QJsonArray hops = record.value(u"hops"_s).toArray();
    bool hopsChanged = false;
    for (QJsonValueRef hopValue : hops) {
        QJsonObject hop = hopValue.toObject();
        if (upgradeHop(hop)) {
            hopValue = hop;
            hopsChanged = true;
        }
    }
    if (hopsChanged)
        record.insert(u"hops"_s, hops);
    return changed || hopsChanged;
}

} // namespace StatusScope::Core
