// SPDX-License-Identifier: MIT
#include "cli/numbers.h"

#include "cli/checkcommandtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <limits>

namespace StatusScope::Cli {

namespace {

// The value of a decimal digit (category Nd), or -1: superscripts and Roman numerals have a
// digit value too, but nobody types "²" meaning 2.
int decimalDigit(char32_t codePoint)
{
    if (QChar::category(codePoint) != QChar::Number_DecimalDigit)
        return -1;
    return QChar::digitValue(codePoint);
}

} // namespace

std::optional<qint64> parseWholeNumber(QStringView text)
{
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (const uint codePoint : codePoints) {
        const int digit = decimalDigit(codePoint);
        if (digit < 0 || value > (std::numeric_limits<qint64>::max() - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<double> parseDecimalNumber(QStringView text)
{
    // The digits are rewritten in ASCII, then read by toDouble(), which rounds as C does.
    QString ascii;
    bool point = false;
    bool digits = false;
    for (const uint codePoint : text.toUcs4()) {
        if (codePoint == '.' && !point) {
            point = true;
            ascii += u'.';
            continue;
        }
        const int digit = decimalDigit(codePoint);
        if (digit < 0)
            return std::nullopt;
        digits = true;
        ascii += QChar(u'0' + digit);
    }
    if (!digits || ascii.size() > 64)
        return std::nullopt;
    bool ok = false;
    const double value = ascii.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                  QString *error)
{
    const std::optional<qint64> value = parseWholeNumber(parser.value(name));
    if (!value || *value < minimum) {
        *error = CheckCommand::tr("--%1 needs a whole number of at least %2, not “%3”.")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<double> positiveNumber(const QCommandLineParser &parser, const QString &name, QString *error)
{
    const std::optional<double> value = parseDecimalNumber(parser.value(name));
    if (!value || *value <= 0 || !std::isfinite(*value)) {
        *error = CheckCommand::tr("--%1 needs a positive number, not “%2”.").arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> readSeconds(const QCommandLineParser &parser, const QString &name, int &targetMs)
{
    if (!parser.isSet(name))
        return std::nullopt;
    QString error;
    const std::optional<double> value = positiveNumber(parser, name, &error);
    if (!value)
        return error;
    targetMs = int(std::min(*value * 1000.0, 86400000.0));
    return std::nullopt;
}

} // namespace StatusScope::Cli
