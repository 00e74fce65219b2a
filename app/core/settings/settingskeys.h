// SPDX-License-Identifier: MIT
#pragma once

// Inside Settings only (settings.cpp, auditsettings.cpp): every key it reads and writes, listed
// once, and the helpers its source files share.

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>
#include <utility>

namespace StatusScope::Core::SettingsKey {

using namespace Qt::Literals::StringLiterals;

// Their names are what earlier versions wrote: renaming one loses a user's value.
inline const QString WindowGeometry = u"window/geometry"_s;
inline const QString WindowState = u"window/state"_s;
inline const QString Page = u"window/page"_s;
inline const QString CatalogueSplitter = u"catalogue/splitter"_s;
inline const QString ConsoleSplitter = u"console/splitter"_s;
inline const QString LastRequest = u"console/lastRequest"_s;
inline const QString RequestOptions = u"console/options"_s;
inline const QString Language = u"language"_s;
inline const QString MetCodes = u"quiz/met"_s;
inline const QString QuizProgress = u"quiz/progress"_s; // a group: CODE = "right/asked"
inline const QString HistorySecrets = u"history/secrets"_s;
// Edit → Preferences (never a password: those are in the keychain).
inline const QString ProxyMode = u"network/proxyMode"_s;
inline const QString ProxyUrl = u"network/proxyUrl"_s;
inline const QString ProxyUser = u"network/proxyUser"_s;
inline const QString NoProxy = u"network/noProxy"_s;
inline const QString ExtraCaFiles = u"network/caFiles"_s;
inline const QString ClientCertificates = u"network/clientCertificates"_s; // a JSON array
inline const QString HttpVersion = u"network/httpVersion"_s;
inline const QString InactivityTimeout = u"network/inactivityTimeoutMs"_s;
inline const QString Deadline = u"network/deadlineMs"_s;
// The Audit page (issue 18).
inline const QString AuditOptions = u"audit/options"_s; // a JSON object
inline const QString AuditInputTab = u"audit/inputTab"_s;
inline const QString AuditInputKind = u"audit/inputKind"_s;
inline const QString AuditInputFile = u"audit/inputFile"_s;
inline const QString AuditInputUrl = u"audit/inputUrl"_s;
inline const QString AuditInputText = u"audit/inputText"_s;
inline const QString AuditSplitter = u"audit/splitter"_s; // QSplitter::saveState()

} // namespace StatusScope::Core::SettingsKey

namespace StatusScope::Core::SettingsValue {

// Enums are written as keys, each from a table of (enumerator, key) pairs.

// The enumerator written as `text`, or `fallback` for anything else.
template<typename Enum, std::size_t N>
Enum enumFromKey(const std::pair<Enum, QStringView> (&table)[N], const QString &text, Enum fallback)
{
    for (const auto &[value, key] : table) {
        if (text == key)
            return value;
    }
    return fallback;
}

template<typename Enum, std::size_t N>
QString keyOfEnum(const std::pair<Enum, QStringView> (&table)[N], Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return key.toString();
    }
    return table[0].second.toString();
}

// A JSON object written as compact text; nothing when it is not one or is empty.
inline std::optional<QJsonObject> jsonObject(const QVariant &value)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(value.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject() || document.object().isEmpty())
        return std::nullopt;
    return document.object();
}

} // namespace StatusScope::Core::SettingsValue
