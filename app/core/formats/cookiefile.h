// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkCookie>
#include <QString>

#include <optional>

class QSaveFile;

// Cookie files in the Netscape format that curl, wget and browser extensions read and write
// (curl's -b FILE and -c FILE): one cookie a line, seven tab-separated fields
//   domain  include-subdomains  path  secure  expiry  name  value
// with "#HttpOnly_" before the domain of an HttpOnly cookie, '#' comments and blank lines.
namespace StatusScope::Core {

struct CookieFileProblem
{
    int line = 0; // from 1
    QString message; // for people: "expected 7 tab-separated fields, found 3"
};

struct CookieFileContent
{
    QList<QNetworkCookie> cookies; // normalized for Qt's jar: a leading dot means "and subdomains"
    QList<CookieFileProblem> problems; // bad lines; a file with any is not used
    int expired = 0; // cookies past their expiry, left out as curl leaves them out
};

// Reads the text of a cookie file. Every line that is not a comment, blank, or a cookie is a
// problem with its line number: none is dropped without a word.
CookieFileContent parseCookieFile(QByteArrayView text,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
// Reads the file at `path` (at most 16 MiB); null with the reason in `error` when it cannot be read.
std::optional<CookieFileContent> readCookieFile(const QString &path, QString *error);
// "FILE line N: message" for each problem, to show.
QStringList describeProblems(const QString &path, const QList<CookieFileProblem> &problems);

// Adds `cookie` to `cookies`, replacing one of the same name, domain and path: a later file's
// cookie wins, as in curl.
void addOrReplaceCookie(QList<QNetworkCookie> &cookies, const QNetworkCookie &cookie);
// True when -b and -c name one file (curl's "-b jar.txt -c jar.txt"), however each was written.
bool isSameCookieFile(const QString &a, const QString &b);

// The file's text for `cookies`; a cookie the format cannot hold (a tab or line break in a field)
// is left out and named in `skipped`.
QByteArray cookieFileText(const QList<QNetworkCookie> &cookies, QStringList *skipped = nullptr);
// Writes the file atomically (QSaveFile) with mode 0600, since it holds secrets.
bool writeCookieFile(const QString &path, const QList<QNetworkCookie> &cookies, QString *error,
                     QStringList *skipped = nullptr);
// The same into `file`, opened earlier for writing (so a bad name shows before any request),
// then committed.
bool writeCookieFile(QSaveFile &file, const QList<QNetworkCookie> &cookies, QString *error,
                     QStringList *skipped = nullptr);

} // namespace StatusScope::Core
