// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

#include <optional>

// Numbers typed on the command line. QString::toInt() takes "+418", " 418" and, for a digit it does
// not know (full-width ４), fails quietly, so a caller that forgot `ok` read 0. These read digits as
// people type them, ASCII or any Unicode decimal digit (an input method gives ４１８), and nothing
// else: no sign, no space, no hexadecimal, no exponent, nothing past the end of a qint64.
namespace StatusScope::Cli {

std::optional<qint64> parseWholeNumber(QStringView text);
// Digits with at most one decimal point, as "0.5" or "30".
std::optional<double> parseDecimalNumber(QStringView text);

} // namespace StatusScope::Cli
