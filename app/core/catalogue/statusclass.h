// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QStringView>

#include <optional>

// Names and keys for status classes and origin kinds, and the wording of redirect semantics.
// Keys are stable identifiers used in the data file, the CLI and JSON output; names and
// descriptions are translated for people.
namespace StatusScope::Core {

StatusClass classOfCode(int code);

QString classKey(StatusClass statusClass); // "1xx" … "5xx", "other"
std::optional<StatusClass> classFromKey(QStringView key); // accepts "4xx", "4XX", "4", "other"
QString className(StatusClass statusClass); // "Client Error", translated
QString classLabel(StatusClass statusClass); // "4xx Client Error", as lists and tables show it
QList<StatusClass> allClasses();

QString originKey(OriginKind origin); // "standard", "webdav", …
std::optional<OriginKind> originFromKey(QStringView key);
QString originName(OriginKind origin); // "WebDAV", translated
QList<OriginKind> allOrigins();
QStringList originKeys(); // for messages listing the choices

// "Permanent; the method and body are kept (a POST stays a POST).", translated.
QString redirectDescription(const RedirectSemantics &redirect);

} // namespace StatusScope::Core
