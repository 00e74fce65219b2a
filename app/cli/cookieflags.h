// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QList>
#include <QNetworkCookie>
#include <QSaveFile>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;

// check's cookie options, with curl's names and meanings: -b/--cookie takes "name=value; n2=v2"
// (sent as typed) or, when it has no '=', a cookie file in the Netscape format whose cookies go to
// the hosts they belong to; -c/--cookie-jar FILE writes the cookies after the chains.
namespace StatusScope::Cli {

void addCookieOptions(QCommandLineParser &parser);
// Reads -b into `base`: pairs into its Cookie field, a file's cookies into options.cookies. A
// sentence when the file cannot be used (unreadable, or bad lines, each named with its number).
// A file that does not exist yet is an empty jar when -c names the same file (curl's
// "-b jar.txt -c jar.txt" on a first run), and a mistake otherwise.
std::optional<QString> applyCookieOptions(const QCommandLineParser &parser, Core::RequestSpec &base);

// The -c FILE being filled: opened before anything is sent, so a bad name costs no request;
// each chain's jar is added as the chain ends, and the file is written atomically, mode 0600, at
// the end.
class CookieJarOutput
{
public:
    // Null when -c is not given, or when the file cannot be opened (then with `error`).
    static std::unique_ptr<CookieJarOutput> open(const QCommandLineParser &parser,
                                                 const Core::RequestSpec &base, QString *error);
    void add(const Core::ChainResult &chain);
    bool commit(QString *error);
    QString name() const { return m_file.fileName(); }

private:
    explicit CookieJarOutput(const QString &path);

    QSaveFile m_file;
    QList<QNetworkCookie> m_seed; // from -b FILE
    QList<QNetworkCookie> m_cookies;
};

} // namespace StatusScope::Cli
