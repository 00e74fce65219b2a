// SPDX-License-Identifier: MIT
#include "core/formats/datasize.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

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
    if (bytes < 1024) {
        // The count picks the plural form; the number itself is written in `locale`. A program
        // that loaded no catalogue (a test, a fuzzer, another user of the core library) gets the
        // source text back, and its English forms are spelled here.
        QString text = DataSizeText::tr("%1 byte(s)", nullptr, int(bytes));
        if (text == u"%1 byte(s)")
            text = bytes == 1 ? u"%1 byte"_s : u"%1 bytes"_s;
        return text.arg(locale.toString(bytes));
    }
    // Qt picks the unit that keeps the number at or above 1; a limit is usually a whole number
    // of that unit, and then the decimals are only noise.
    qint64 unit = 1024;
    while (bytes / unit >= 1024)
        unit *= 1024;
    return locale.formattedDataSize(bytes, bytes % unit == 0 ? 0 : 1);
}

} // namespace StatusScope::Core
