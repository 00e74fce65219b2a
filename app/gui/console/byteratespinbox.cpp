// SPDX-License-Identifier: MIT
#include "gui/console/byteratespinbox.h"

#include "core/formats/datasize.h"

#include <QEvent>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

ByteRateSpinBox::ByteRateSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    // One byte at a time is no step at all for a limit in the kilobytes.
    setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
}

std::optional<qint64> ByteRateSpinBox::parseRate(const QString &text, const QLocale &locale)
{
    static const QRegularExpression shape(u"^\\s*(\\d[\\d.,\\x{a0}\\x{202f} ]*?)\\s*(\\D*)$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString number = match.captured(1);
    bool ok = false;
    double amount = locale.toDouble(number, &ok);
    if (!ok)
        amount = QLocale::c().toDouble(number, &ok);
    if (!ok || amount < 0)
        return std::nullopt;
    // The unit is read by its first letter, whatever the language calls bytes ("bytes", "Bytes",
    // "octets"); what follows a slash ("/s") is the per-second the box already means.
    const QString unit = match.captured(2).section(u'/', 0, 0).trimmed().toLower();
    qint64 factor = 1;
    if (unit.startsWith(u'k'))
        factor = 1024;
    else if (unit.startsWith(u'm'))
        factor = 1024 * 1024;
    else if (unit.startsWith(u'g'))
        factor = 1024 * 1024 * 1024;
    else if (!unit.isEmpty() && !unit.at(0).isLetter())
        return std::nullopt;
    return std::llround(amount * double(factor));
}

QString ByteRateSpinBox::textFromValue(int value) const
{
    return tr("%1/s", "a rate: a size per second").arg(Core::readableSize(value, locale()));
}

int ByteRateSpinBox::valueFromText(const QString &text) const
{
    // The text of an untouched value is rounded ("1.2 KiB/s" for 1234): it keeps its exact value.
    if (text == textFromValue(value()))
        return value();
    if (!specialValueText().isEmpty() && text.trimmed() == specialValueText())
        return minimum();
    const std::optional<qint64> rate = parseRate(text, locale());
    return rate ? int(std::clamp<qint64>(*rate, minimum(), maximum())) : value();
}

QValidator::State ByteRateSpinBox::validate(QString &input, int &) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return QValidator::Intermediate;
    if (!specialValueText().isEmpty() && specialValueText().startsWith(text))
        return text == specialValueText() ? QValidator::Acceptable : QValidator::Intermediate;
    if (const std::optional<qint64> rate = parseRate(text, locale()))
        return *rate >= minimum() && *rate <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
    return text.at(0).isDigit() ? QValidator::Intermediate : QValidator::Invalid;
}

void ByteRateSpinBox::fixup(QString &input) const
{
    // A rate past the range is brought within it rather than dropped.
    if (const std::optional<qint64> rate = parseRate(input, locale()))
        input = textFromValue(int(std::clamp<qint64>(*rate, minimum(), maximum())));
}

void ByteRateSpinBox::changeEvent(QEvent *event)
{
    QSpinBox::changeEvent(event);
    // The unit words are translated: the shown text is written again in the new language.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setSuffix(suffix());
}

} // namespace StatusScope::Gui
