// SPDX-License-Identifier: MIT
#include "core/formats/cookiefile.h"
#include "core/formats/limitedread.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CookieFileText
{
    Q_DECLARE_TR_FUNCTIONS(CookieFile)
};

constexpr qint64 MaxCookieFileBytes = 16 * 1024 * 1024;
constexpr QByteArrayView HttpOnlyPrefix = "#HttpOnly_";

std::optional<bool> readFlag(QByteArrayView field)
{
    if (field.compare("TRUE", Qt::CaseInsensitive) == 0)
        return true;
    if (field.compare("FALSE", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString quoted(QByteArrayView field)
{
    return u"“"_s + escapeBytesForDisplay(field.first(std::min<qsizetype>(field.size(), 40)))
        + (field.size() > 40 ? u"…”"_s : u"”"_s);
}

// One cookie line (the #HttpOnly_ prefix already taken off); the problem as a sentence otherwise.
std::variant<QNetworkCookie, QString> parseLine(QByteArrayView line, bool httpOnly)
{
    const QList<QByteArrayView> fields = [line] {
        QList<QByteArrayView> parts;
        qsizetype start = 0;
        for (qsizetype tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
            parts.append(line.sliced(start, tab - start));
            start = tab + 1;
        }
        parts.append(line.sliced(start));
        return parts;
    }();
    // curl writes an empty value with its tab, but some tools drop the trailing tab: six fields
    // then mean an empty value.
    if (fields.size() != 7 && fields.size() != 6)
        return CookieFileText::tr("expected 7 fields separated by tabs (domain, subdomains, path, secure, "
                                  "expiry, name, value), found %1")
            .arg(fields.size());
    QByteArrayView domain = fields.at(0);
    if (domain.startsWith('.'))
        domain = domain.sliced(1); // the flag says whether subdomains match, as curl reads it
    if (domain.isEmpty())
        return CookieFileText::tr("the domain is empty");
    const std::optional<bool> subdomains = readFlag(fields.at(1));
    if (!subdomains)
        return CookieFileText::tr("the second field must be TRUE or FALSE (include subdomains), not %1")
            .arg(quoted(fields.at(1)));
    const QByteArrayView path = fields.at(2);
    if (!path.startsWith('/'))
        return CookieFileText::tr("the path must start with /, not %1").arg(quoted(path));
    const std::optional<bool> secure = readFlag(fields.at(3));
    if (!secure)
        return CookieFileText::tr("the fourth field must be TRUE or FALSE (secure), not %1")
            .arg(quoted(fields.at(3)));
    bool isNumber = false;
    const qint64 expiry = fields.at(4).toLongLong(&isNumber);
    if (!isNumber || expiry < 0)
        return CookieFileText::tr("the expiry must be seconds since 1970 (0 for a session cookie), not %1")
            .arg(quoted(fields.at(4)));
    const QByteArrayView name = fields.at(5);
    if (name.trimmed().isEmpty())
        return CookieFileText::tr("the cookie has no name");
    const QByteArray value = fields.size() == 7 ? fields.at(6).toByteArray() : QByteArray();

    QNetworkCookie cookie(name.toByteArray(), value);
    // Qt's jar reads a leading dot as "this domain and its subdomains", none as this host only.
    const QString host = QString::fromUtf8(domain);
    cookie.setDomain(*subdomains ? u'.' + host : host);
    cookie.setPath(QString::fromUtf8(path));
    cookie.setSecure(*secure);
    cookie.setHttpOnly(httpOnly);
    if (expiry > 0)
        cookie.setExpirationDate(QDateTime::fromSecsSinceEpoch(expiry, Qt::UTC));
    return cookie;
}

bool fitsTheFormat(const QNetworkCookie &cookie)
{
    const auto clean = [](QByteArrayView field) {
        return !field.contains('\t') && !field.contains('\n') && !field.contains('\r');
    };
    return clean(cookie.name()) && clean(cookie.value()) && clean(cookie.domain().toUtf8())
        && clean(cookie.path().toUtf8()) && !cookie.name().isEmpty() && !cookie.domain().isEmpty();
}

} // namespace

CookieFileContent parseCookieFile(QByteArrayView text, const QDateTime &now)
{
    CookieFileContent content;
    int number = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        bool httpOnly = false;
        if (line.startsWith(HttpOnlyPrefix)) {
            httpOnly = true;
            line = line.sliced(HttpOnlyPrefix.size());
        } else if (line.trimmed().isEmpty() || line.startsWith('#')) {
            continue; // the "# Netscape HTTP Cookie File" header and other comments
        }
        std::variant<QNetworkCookie, QString> parsed = parseLine(line, httpOnly);
        if (const QString *problem = std::get_if<QString>(&parsed)) {
            content.problems.append({number, *problem});
            continue;
        }
        const QNetworkCookie &cookie = std::get<QNetworkCookie>(parsed);
        if (!cookie.isSessionCookie() && cookie.expirationDate() <= now)
            ++content.expired;
        else
            content.cookies.append(cookie);
    }
    return content;
}

std::optional<CookieFileContent> readCookieFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CookieFileText::tr("cannot read the cookie file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const std::optional<QByteArray> text = readAtMost(file, MaxCookieFileBytes);
    if (!text) {
        *error = CookieFileText::tr("the cookie file %1 is larger than 16 MiB").arg(path);
        return std::nullopt;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = CookieFileText::tr("cannot read the cookie file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parseCookieFile(*text);
}

QStringList describeProblems(const QString &path, const QList<CookieFileProblem> &problems)
{
    QStringList lines;
    for (const CookieFileProblem &problem : problems)
        lines << CookieFileText::tr("%1 line %2: %3").arg(path).arg(problem.line).arg(problem.message);
    return lines;
}

QByteArray cookieFileText(const QList<QNetworkCookie> &cookies, QStringList *skipped)
{
    // The header curl writes, which other readers look for.
    QByteArray text = "# Netscape HTTP Cookie File\n"
                      "# Written by StatusScope. It holds secrets: keep it private.\n\n";
    for (const QNetworkCookie &cookie : cookies) {
        if (!fitsTheFormat(cookie)) {
            if (skipped)
                skipped->append(escapeBytesForDisplay(cookie.name()));
            continue;
        }
        const QByteArray domain = cookie.domain().toUtf8();
        const bool subdomains = domain.startsWith('.');
        const QByteArray path = cookie.path().isEmpty() ? QByteArrayLiteral("/") : cookie.path().toUtf8();
        const qint64 expiry = cookie.isSessionCookie() ? 0 : cookie.expirationDate().toSecsSinceEpoch();
        text
            += (cookie.isHttpOnly() ? QByteArray(HttpOnlyPrefix.data(), HttpOnlyPrefix.size()) : QByteArray())
            + domain + '\t' + (subdomains ? "TRUE" : "FALSE") + '\t' + path + '\t'
            + (cookie.isSecure() ? "TRUE" : "FALSE") + '\t' + QByteArray::number(expiry) + '\t'
            + cookie.name() + '\t' + cookie.value() + '\n';
    }
    return text;
}

bool writeCookieFile(const QString &path, const QList<QNetworkCookie> &cookies, QString *error,
                     QStringList *skipped)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = CookieFileText::tr("cannot write the cookie file %1: %2").arg(path, file.errorString());
        return false;
    }
    return writeCookieFile(file, cookies, error, skipped);
}

bool writeCookieFile(QSaveFile &file, const QList<QNetworkCookie> &cookies, QString *error,
                     QStringList *skipped)
{
    // The temporary file starts private, and a replaced file's looser mode must not be copied.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(cookieFileText(cookies, skipped)) < 0 || !file.commit()) {
        *error = CookieFileText::tr("cannot write the cookie file %1: %2")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

void addOrReplaceCookie(QList<QNetworkCookie> &cookies, const QNetworkCookie &cookie)
{
    for (QNetworkCookie &kept : cookies) {
        if (kept.hasSameIdentifier(cookie)) {
            kept = cookie;
            return;
        }
    }
    cookies.append(cookie);
}

bool isSameCookieFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace StatusScope::Core
