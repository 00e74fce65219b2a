// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Codes side by side, for the classic confusions (301 or 308? 401 or 403?). GUI-free: the window
// shows the rows as a table.
namespace StatusScope::Core {

struct ComparisonRow
{
    QString label;
    QStringList cells; // one per code, in the order asked
    bool differs = false; // not every cell says the same: the row that teaches something
};

struct Comparison
{
    QList<int> codes;
    QList<ComparisonRow> rows;
};

inline constexpr int ComparisonMinCodes = 2;
inline constexpr int ComparisonMaxCodes = 5; // the five redirects make one table

// The standard meaning of each code, compared. Nothing, with the reason in `error`, unless there
// are 2 to 5 different catalogued codes.
std::optional<Comparison> compareCodes(const StatusCatalogue &catalogue, const QList<int> &codes,
                                       QString *error);

// "301 302, 303" → {301, 302, 303}; nothing (reason in `error`) for a word that is not a number.
std::optional<QList<int>> parseCodeList(const QString &text, QString *error);

// The ready-made comparisons: the confusions every HTTP class meets.
QList<QList<int>> classicComparisons();

} // namespace StatusScope::Core
