// SPDX-License-Identifier: MIT
#include "core/history/historyfile.h"

#include "core/history/chainrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences belong to the history as people see it: one translation context with HistoryStore.
struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

// A sentence that needs no translation (SQLite's own words, a path).
HistoryFile::LateText verbatim(const QString &text)
{
    return [text] { return text; };
}

// SQLite's primary result code (the driver reports it as the native error code).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteNotADatabase = 26;

bool isBusy(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

// Checked before SQLite opens the file: on a file that is not SQLite's, SQLite would still read a
// -wal beside it and delete it on close, and that -wal is what is worth keeping.
bool isSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // SQLite reports what is wrong
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArrayView("SQLite format 3\0", 16);
}

bool writableByUs(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The history holds URLs, response bodies and, when the user asks, credentials: only its owner may
// read it. SQLite gives the -wal and -shm files the mode of the database file, so the database is
// made (or, written by an earlier version with the default umask, narrowed to) owner-only before
// SQLite opens it. A file of another user's is left as it is.
void keepPrivate(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(OwnerOnly);
        return;
    }
    for (const QString &name : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
        const QFileInfo info(name);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        if (info.exists() && info.ownerId() == ::getuid() && (info.permissions() & others))
            QFile::setPermissions(name, OwnerOnly);
    }
}

} // namespace

QString HistoryFile::writeFailureReason(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SqliteFull:
        return HistoryText::tr("the disk is full");
    case SqliteBusy:
    case SqliteLocked:
        return HistoryText::tr("another program kept the history file locked");
    case SqliteReadOnly:
        return HistoryText::tr("the history file is read-only");
    case SqliteIoError:
        return HistoryText::tr("the disk reported an error");
    default:
        return error.text();
    }
}

HistoryFile::HistoryFile()
    : m_connection(u"statusscope-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryFile::~HistoryFile()
{
    close();
}

QSqlDatabase HistoryFile::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HistoryFile::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database();
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_state = State::Closed;
}

void HistoryFile::disable(const LateText &reason)
{
    close();
    m_state = State::Disabled;
    m_notice = [reason] { return HistoryText::tr("History is off: %1").arg(reason()); };
}

bool HistoryFile::exec(const QString &sql, QSqlError *error) const
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    if (error)
        *error = query.lastError();
    return false;
}

// IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before anything is read, so
// a transaction never has to upgrade a stale read, which SQLite refuses at once without waiting.
bool HistoryFile::beginWrite(QSqlError *error)
{
    return exec(u"BEGIN IMMEDIATE"_s, error);
}

bool HistoryFile::commitWrite(QSqlError *error)
{
    if (exec(u"COMMIT"_s, error))
        return true;
    rollbackWrite();
    return false;
}

void HistoryFile::rollbackWrite()
{
    exec(u"ROLLBACK"_s);
}

bool HistoryFile::openConnection(const QString &path, Access access, QSqlError *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs);
    if (access != Access::ReadWrite)
        options += u";QSQLITE_OPEN_READONLY"_s;
    if (access == Access::Immutable) {
        // SQLite's promise that nobody changes the file: it then needs no -shm beside it.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += u";QSQLITE_OPEN_URI"_s;
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        *error = db.lastError();
        return false;
    }
    return true;
}

HistoryFile::Trouble HistoryFile::checkIntegrity(LateText *error)
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        *error = verbatim(query.lastError().text());
        const int code = sqliteCode(query.lastError());
        if (isBusy(query.lastError()))
            return Trouble::Busy;
        return code == SqliteNotADatabase || code == SqliteCorrupt ? Trouble::Damaged : Trouble::Other;
    }
    if (query.value(0).toString() == u"ok"_s)
        return Trouble::None;
    // quick_check is the fast subset; the full check confirms the damage and names it.
    QSqlQuery full(database());
    if (full.exec(u"PRAGMA integrity_check(1)"_s) && full.next() && full.value(0).toString() == u"ok"_s)
        return Trouble::None;
    *error = verbatim(full.lastError().isValid() ? full.lastError().text() : full.value(0).toString());
    return isBusy(full.lastError()) ? Trouble::Busy : Trouble::Damaged;
}

HistoryFile::Trouble HistoryFile::migrate(LateText *error)
{
    const auto schemaVersion = [this] {
        QSqlQuery version(database());
        if (version.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && version.next())
            return version.value(0).toInt();
        return 0;
    };
    // A file at the current version needs no write at all, so another window's lock cannot stop
    // this one from opening it.
    if (schemaVersion() == SchemaVersion)
        return Trouble::None;
    QSqlError sqlError;
    const auto failed = [&] {
        *error = verbatim(sqlError.text());
        if (isBusy(sqlError))
            return Trouble::Busy;
        const int code = sqliteCode(sqlError);
        if (code == SqliteFull || code == SqliteReadOnly) {
            *error = [sqlError] { return writeFailureReason(sqlError); }; // the old file can still be shown
            return Trouble::ReadOnly;
        }
        return Trouble::Other;
    };
    if (!beginWrite(&sqlError))
        return failed();
    bool ok
        = exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, &sqlError);
    // Read again under the lock: another window may have migrated the file meanwhile.
    const int current = ok ? schemaVersion() : 0;
    if (current > SchemaVersion) {
        rollbackWrite();
        *error = [current] {
            return HistoryText::tr("the file was written by a newer StatusScope (schema %1)").arg(current);
        };
        return Trouble::ReadOnly;
    }
    if (ok && current < 1) {
        ok = exec(u"CREATE TABLE IF NOT EXISTS chains (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at "
                  u"TEXT NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL, final_status INTEGER, outcome "
                  u"TEXT NOT NULL, hops INTEGER NOT NULL, total_ms REAL NOT NULL, record TEXT NOT NULL)"_s,
                  &sqlError)
            && exec(u"CREATE TABLE IF NOT EXISTS saved_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    u"folder TEXT NOT NULL DEFAULT '', name TEXT NOT NULL, record TEXT NOT NULL, "
                    u"UNIQUE(folder, name))"_s,
                    &sqlError);
    }
    if (ok && current < 2) {
        // Version 2 keeps each chain's size, so pruning by total size needs no scan of the records.
        ok = exec(u"ALTER TABLE chains ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0"_s, &sqlError)
            && exec(u"UPDATE chains SET size_bytes = length(record)"_s, &sqlError)
            && exec(u"CREATE INDEX IF NOT EXISTS chains_started ON chains(started_at)"_s, &sqlError);
    }
    QString recordError;
    if (ok && current < 3 && !migrateRecords(&recordError)) {
        rollbackWrite();
        *error = verbatim(recordError);
        return Trouble::Other;
    }
    ok = ok
        && exec(
             u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '%1')"_s.arg(SchemaVersion),
             &sqlError);
    if (!ok) {
        rollbackWrite();
        return failed();
    }
    return commitWrite(&sqlError) ? Trouble::None : failed();
}

// Version 3: enum values in the records become their string keys. A row whose value is unknown is
// left as it is; reading it later says so for that row alone.
bool HistoryFile::migrateRecords(QString *error)
{
    QSqlQuery rows(database());
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, record FROM chains"_s)) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery update(database());
    update.prepare(u"UPDATE chains SET record = ?, size_bytes = ? WHERE id = ?"_s);
    while (rows.next()) {
        QJsonObject record = QJsonDocument::fromJson(rows.value(1).toString().toUtf8()).object();
        if (!upgradeChainRecord(record))
            continue;
        const QByteArray text = QJsonDocument(record).toJson(QJsonDocument::Compact);
        update.addBindValue(QString::fromUtf8(text));
        update.addBindValue(text.size());
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

void HistoryFile::openReadOnly(const LateText &reason)
{
    QSqlError error;
    LateText check;
    // A WAL file in a folder we cannot write has no -shm to share, and SQLite will not make one: it
    // is then read as immutable, a snapshot, which is what a read-only view shows anyway.
    const auto readable = [&](Access access) {
        check = {};
        return openConnection(m_path, access, &error) && checkIntegrity(&check) == Trouble::None;
    };
    if (!readable(Access::ReadOnly) && !readable(Access::Immutable)) {
        disable([reason, check, why = error.text()] {
            return HistoryText::tr("%1, and it cannot be read (%2).").arg(reason(), check ? check() : why);
        });
        return;
    }
    m_state = State::ReadOnly;
    m_notice = [reason] {
        return HistoryText::tr("History is read-only: %1. The entries below can be opened; new chains "
                               "are not kept and nothing can be deleted.")
            .arg(reason());
    };
}

void HistoryFile::waitForLock()
{
    close();
    m_state = State::Disabled;
    m_waitingForLock = true;
    m_notice = [seconds = m_busyTimeoutMs / 1000.0] {
        return HistoryText::tr("The history file is in use by another program (still locked after %1 "
                               "s). Nothing was changed; it is opened again at the next chain, or "
                               "with Try again.")
            .arg(seconds, 0, 'g', 3);
    };
}

void HistoryFile::setAside(const LateText &reason)
{
    close();
    // The -wal and -shm go with the file, under the same new name: SQLite still reads them as one
    // database there, and a committed change still in the -wal is never lost.
    QString aside = m_path + u".broken-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = aside.section(u'~', 0, 0) + u'~' + QString::number(n);
    if (!QFile::rename(m_path, aside)) {
        disable([path = m_path, reason] {
            return HistoryText::tr("%1 is damaged (%2) and could not be moved aside.").arg(path, reason());
        });
        return;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_notice = [reason, kept = QFileInfo(aside).fileName()] {
        return HistoryText::tr("The history file was damaged (%1). It was kept as %2 and a new history "
                               "was started.")
            .arg(reason(), kept);
    };
}

void HistoryFile::open(const QString &path)
{
    close();
    m_path = path;
    m_notice = {};
    m_waitingForLock = false;
    const QFileInfo info(path);
    const bool folderExisted = QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        disable([folder = info.absolutePath()] {
            return HistoryText::tr("the folder %1 cannot be created.").arg(folder);
        });
        return;
    }
    if (!folderExisted)
        QFile::setPermissions(info.absolutePath(), OwnerOnly | QFile::ExeOwner);
    // access() rather than the permission bits: it answers for this user (and ACLs, read-only mounts).
    if (!writableByUs(info.absolutePath()) || (info.exists() && !writableByUs(path))) {
        const QString where = writableByUs(info.absolutePath()) ? path : info.absolutePath();
        if (!info.exists())
            disable([where] { return HistoryText::tr("%1 is read-only.").arg(where); });
        else
            openReadOnly([where] { return HistoryText::tr("%1 cannot be written").arg(where); });
        return;
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        keepPrivate(path); // again after a damaged file was set aside
        QSqlError openError;
        LateText error;
        Trouble trouble = Trouble::None;
        if (attempt == 0 && !isSqliteFile(path)) {
            error = [] { return HistoryText::tr("it is not a SQLite database"); };
            trouble = Trouble::Damaged;
        } else if (!openConnection(path, Access::ReadWrite, &openError)) {
            error = verbatim(openError.text());
            trouble = isBusy(openError) ? Trouble::Busy : Trouble::Other;
        } else {
            trouble = checkIntegrity(&error);
        }
        if (trouble == Trouble::None) {
            exec(u"PRAGMA journal_mode=WAL"_s); // refused while another connection reads: it stays as it is
            exec(u"PRAGMA synchronous=NORMAL"_s);
            exec(u"PRAGMA foreign_keys=ON"_s);
            trouble = migrate(&error);
        }
        switch (trouble) {
        case Trouble::None:
            m_state = State::Ready;
            return;
        case Trouble::Busy:
            waitForLock();
            return;
        case Trouble::ReadOnly:
            openReadOnly(error);
            return;
        case Trouble::Other:
            disable(error);
            return;
        case Trouble::Damaged:
            if (attempt == 0 && info.exists()) {
                setAside(error);
                if (m_state == State::Disabled)
                    return;
                continue; // a fresh file beside the one set aside
            }
            disable(error);
            return;
        }
    }
}

bool HistoryFile::capFileSize(int extraPages)
{
    QSqlQuery query(database());
    if (!query.exec(u"PRAGMA page_count"_s) || !query.next())
        return false;
    const qint64 pages = query.value(0).toLongLong() + std::max(0, extraPages);
    return exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

} // namespace StatusScope::Core
