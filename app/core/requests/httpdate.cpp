// SPDX-License-Identifier: MIT
#include "core/requests/httpdate.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

QDateTime parseHttpDate(QByteArrayView value)
{
    QString text = QString::fromLatin1(value).trimmed();
    if (!text.endsWith(u" GMT"_s))
        return QDateTime::fromString(text, Qt::RFC2822Date); // asctime, or a numeric zone
    text.chop(4);
    const QDateTime fixdate = QDateTime::fromString(text + u" +0000"_s, Qt::RFC2822Date);
    if (fixdate.isValid())
        return fixdate;
    // RFC 850. The weekday is left out: Qt checks it against the year it guesses for "yy", a
    // century off; the year is then the latest that is not more than 50 years ahead (RFC 9110).
    QDateTime obsolete = QLocale::c().toDateTime(text.section(u", "_s, 1), u"dd-MMM-yy hh:mm:ss"_s);
    if (!obsolete.isValid())
        return {};
    obsolete.setTimeZone(QTimeZone::utc());
    while (obsolete.date().year() < QDate::currentDate().year() - 50)
        obsolete = obsolete.addYears(100);
    return obsolete;
}

} // namespace StatusScope::Core
