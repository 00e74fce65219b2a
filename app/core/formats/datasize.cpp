// SPDX-License-Identifier: MIT
#include "core/formats/datasize.h"

#include <QCoreApplication>

namespace StatusScope::Core {

namespace {

struct DataSizeText
{
    Q_DECLARE_TR_FUNCTIONS(DataSize)
};

} // namespace

QString readableSize(qint64 bytes, const QLocale &locale)
{
    // Under a kibibyte Qt writes "1 bytes", and its word is translated only where Qt's own
    // catalogue is installed: the unit is ours.
    if (bytes < 1024)
        // The count picks the plural form; the number itself is written in `locale`.
        return DataSizeText::tr("%1 byte(s)", nullptr, int(bytes)).arg(locale.toString(bytes));
    // Qt picks the unit that keeps the number at or above 1; a limit is usually a whole number
    // of that unit, and then the decimals are only noise.
    qint64 unit = 1024;
    while (bytes / unit >= 1024)
        unit *= 1024;
    return locale.formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

} // namespace StatusScope::Core
