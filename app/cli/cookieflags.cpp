// SPDX-License-Identifier: MIT
#include "cli/cookieflags.h"

#include "core/formats/cookiefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct CookieFlags
{
    Q_DECLARE_TR_FUNCTIONS(CookieFlags)
};

} // namespace

void addCookieOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {{u"b"_s, u"cookie"_s},
         CookieFlags::tr("Cookies to send: \"name=value; n2=v2\", or a cookie file (Netscape format, as curl "
                         "writes) when there is no '='; repeat it for more."),
         u"DATA|FILE"_s},
        {{u"c"_s, u"cookie-jar"_s},
         CookieFlags::tr(
             "Write the cookies to FILE after the chains (Netscape format, readable by you only)."),
         u"FILE"_s},
    });
}

std::optional<QString> applyCookieOptions(const QCommandLineParser &parser, RequestSpec &base)
{
    const QString jar = parser.value(u"cookie-jar"_s);
    for (const QString &value : parser.values(u"cookie"_s)) {
        if (value.contains(u'=')) {
            base.headers.append({QByteArrayLiteral("Cookie"), value.toUtf8()});
            continue;
        }
        if (value.isEmpty())
            return CookieFlags::tr("-b needs \"name=value\" pairs or a cookie file name.");
        if (!QFileInfo::exists(value)) {
            if (!jar.isEmpty() && isSameCookieFile(value, jar))
                continue; // the first run of -b FILE -c FILE: no cookies yet
            return CookieFlags::tr("-b %1: there is no such cookie file (cookies to send as typed need "
                                   "'=', as in -b \"name=value\").")
                .arg(value);
        }
        QString error;
        const std::optional<CookieFileContent> content = readCookieFile(value, &error);
        if (!content)
            return u"-b: "_s + error;
        if (!content->problems.isEmpty())
            return CookieFlags::tr(
                       "-b: the cookie file has lines that are not cookies, so nothing was sent:\n%1")
                .arg(describeProblems(value, content->problems).join(u'\n'));
        for (const QNetworkCookie &cookie : content->cookies)
            addOrReplaceCookie(base.options.cookies, cookie);
    }
    return std::nullopt;
}

CookieJarOutput::CookieJarOutput(const QString &path)
    : m_file(path)
{
}

std::unique_ptr<CookieJarOutput> CookieJarOutput::open(const QCommandLineParser &parser,
                                                       const RequestSpec &base, QString *error)
{
    if (!parser.isSet(u"cookie-jar"_s))
        return nullptr;
    std::unique_ptr<CookieJarOutput> output(new CookieJarOutput(parser.value(u"cookie-jar"_s)));
    if (!output->m_file.open(QIODevice::WriteOnly)) {
        *error = CookieFlags::tr("-c: cannot write the cookie file %1: %2")
                     .arg(output->m_file.fileName(), output->m_file.errorString());
        return nullptr;
    }
    output->m_seed = base.options.cookies;
    output->m_cookies = base.options.cookies;
    return output;
}

void CookieJarOutput::add(const ChainResult &chain)
{
    if (chain.hops.isEmpty())
        return; // nothing was sent: the jar is the file's, unchanged
    // A file cookie missing from the chain's jar was deleted by a server along the chain.
    for (const QNetworkCookie &seeded : std::as_const(m_seed)) {
        const bool kept = std::any_of(chain.cookies.cbegin(), chain.cookies.cend(),
                                      [&](const QNetworkCookie &c) { return c.hasSameIdentifier(seeded); });
        if (!kept)
            m_cookies.removeIf([&](const QNetworkCookie &c) { return c.hasSameIdentifier(seeded); });
    }
    for (const QNetworkCookie &cookie : chain.cookies)
        addOrReplaceCookie(m_cookies, cookie);
}

bool CookieJarOutput::commit(QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_cookies.removeIf(
        [&](const QNetworkCookie &c) { return !c.isSessionCookie() && c.expirationDate() <= now; });
    QStringList skipped;
    if (!writeCookieFile(m_file, m_cookies, error, &skipped)) {
        *error = u"-c: "_s + *error;
        return false;
    }
    if (!skipped.isEmpty()) {
        *error = CookieFlags::tr("-c: the cookie file %1 was written without %2: a tab or line break in a "
                                 "cookie does not fit the format.")
                     .arg(m_file.fileName(), skipped.join(u", "_s));
        return false;
    }
    return true;
}

} // namespace StatusScope::Cli
