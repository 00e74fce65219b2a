// SPDX-License-Identifier: MIT
#include "core/formats/curlcookies.h"

#include "core/formats/cookiefile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences belong with the importer's others.
struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

} // namespace

void readCurlCookieFiles(const QStringList &files, const QString &jar, RequestSpec &request,
                         QStringList &notApplied)
{
    for (const QString &file : files) {
        if (file.isEmpty()) {
            notApplied.append(CurlText::tr("-b with nothing after it: no cookie or cookie file to read"));
            continue;
        }
        if (!QFileInfo::exists(file)) {
            if (jar.isEmpty() || !isSameCookieFile(file, jar))
                notApplied.append(CurlText::tr("-b %1: there is no such cookie file, so none of its cookies "
                                               "is sent (cookies typed in place need '=', as in -b "
                                               "\"name=value\")")
                                      .arg(file));
            continue;
        }
        QString error;
        const std::optional<CookieFileContent> content = readCookieFile(file, &error);
        if (!content) {
            notApplied.append(u"-b %1: %2"_s.arg(file, error));
            continue;
        }
        // All or nothing, as check does: half a file would send a session nobody had.
        if (!content->problems.isEmpty()) {
            notApplied.append(CurlText::tr("-b %1: the file has lines that are not cookies, so none of its "
                                           "cookies is sent (%2)")
                                  .arg(file, describeProblems(file, content->problems).join(u"; "_s)));
            continue;
        }
        for (const QNetworkCookie &cookie : content->cookies)
            addOrReplaceCookie(request.options.cookies, cookie);
    }
}

QString cookieJarNotApplied(const QString &option, const QString &file)
{
    return CurlText::tr("%1 %2: the window writes no cookie jar; the cookies each response sets are shown on "
                        "its hop, and statusscope check %1 %2 writes the file")
        .arg(option, file);
}

} // namespace StatusScope::Core
