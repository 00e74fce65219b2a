// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

class QCommandLineParser;

// Numbers typed on the command line. QString::toInt() takes "+418", " 418" and, for a digit it does
// not know (full-width ４), fails quietly, so a caller that forgot `ok` read 0. These read digits as
// people type them, ASCII or any Unicode decimal digit (an input method gives ４１８), and nothing
// else: no sign, no space, no hexadecimal, no exponent, nothing past the end of a qint64.
namespace StatusScope::Cli {

std::optional<qint64> parseWholeNumber(QStringView text);
// Digits with at most one decimal point, as "0.5" or "30".
std::optional<double> parseDecimalNumber(QStringView text);

// The value of option --`name`, read by parseWholeNumber() and at least `minimum`; otherwise
// nullopt with `error` set to a sentence naming the option and what was typed. check and audit
// share it, so their options read and refuse numbers alike.
std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                  QString *error);
// The value of option --`name`, read by parseDecimalNumber() and above 0 (a timeout, a rate).
std::optional<double> positiveNumber(const QCommandLineParser &parser, const QString &name, QString *error);
// A time limit in seconds (--timeout, --max-time, --connect-timeout): when --`name` is set, its
// positiveNumber() in milliseconds, at most a day, goes to `targetMs`; the sentence when it is not
// a number above 0.
std::optional<QString> readSeconds(const QCommandLineParser &parser, const QString &name, int &targetMs);

} // namespace StatusScope::Cli
