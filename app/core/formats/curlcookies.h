// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"

#include <QString>
#include <QStringList>

namespace StatusScope::Core {

// The cookie files of an imported curl command (-b FILE, a value without '='), read as
// `statusscope check -b FILE` reads them (cookiefile.h): their cookies go into
// request.options.cookies, and go to the hosts they belong to. A file that is missing, unreadable
// or has lines that are not cookies adds nothing and a sentence to `notApplied`; the rest of the
// command still applies. `jar` is the command's -c FILE: the same file, not there yet, is curl's
// first run of "-b jar.txt -c jar.txt" and says nothing.
void readCurlCookieFiles(const QStringList &files, const QString &jar, RequestSpec &request,
                         QStringList &notApplied);

// Why the window does not honour -c FILE, as listed among what was not applied.
QString cookieJarNotApplied(const QString &option, const QString &file);

} // namespace StatusScope::Core
