// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QDateTime>

namespace StatusScope::Core {

// An HTTP date (Retry-After, Expires, Date) in any of RFC 9110 §5.6.7's three forms: IMF-fixdate
// "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT" and asctime
// "Sun Nov  6 08:49:37 1994"; invalid when it is none of them. Qt 6.4's RFC 2822 reader alone
// refuses the "GMT" the first two end with.
QDateTime parseHttpDate(QByteArrayView value);

} // namespace StatusScope::Core
