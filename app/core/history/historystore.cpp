// SPDX-License-Identifier: MIT
#include "historystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

QSqlDatabase database(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
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

// Why a write failed, in words a user can act on.
QString writeFailureReason(const QSqlError &error)
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

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
    , m_connection(u"statusscope-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HistoryStore::~HistoryStore()
{
    close();
}

void HistoryStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = database(m_connection);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_state = State::Closed;
}

void HistoryStore::disable(const QString &reason)
{
    close();
    m_state = State::Disabled;
    m_notice = HistoryText::tr("History is off: %1").arg(reason);
}

bool HistoryStore::exec(const QString &sql, QSqlError *error) const
{
    QSqlQuery query(database(m_connection));
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    if (error)
        *error = query.lastError();
    return false;
}

// IMMEDIATE: the write lock is taken (waiting up to the busy timeout) before anything is read, so
// a transaction never has to upgrade a stale read, which SQLite refuses at once without waiting.
bool HistoryStore::beginWrite(QSqlError *error)
{
    return exec(u"BEGIN IMMEDIATE"_s, error);
}

bool HistoryStore::commitWrite(QSqlError *error)
{
    if (exec(u"COMMIT"_s, error))
        return true;
    rollbackWrite();
    return false;
}

void HistoryStore::rollbackWrite()
{
    exec(u"ROLLBACK"_s);
}

bool HistoryStore::openConnection(const QString &path, Access access, QSqlError *error)
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

HistoryStore::Trouble HistoryStore::checkIntegrity(QString *error)
{
    QSqlQuery query(database(m_connection));
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        *error = query.lastError().text();
        const int code = sqliteCode(query.lastError());
        if (isBusy(query.lastError()))
            return Trouble::Busy;
        return code == SqliteNotADatabase || code == SqliteCorrupt ? Trouble::Damaged : Trouble::Other;
    }
    if (query.value(0).toString() == u"ok"_s)
        return Trouble::None;
    // quick_check is the fast subset; the full check confirms the damage and names it.
    QSqlQuery full(database(m_connection));
    if (full.exec(u"PRAGMA integrity_check(1)"_s) && full.next() && full.value(0).toString() == u"ok"_s)
        return Trouble::None;
    *error = full.lastError().isValid() ? full.lastError().text() : full.value(0).toString();
    return isBusy(full.lastError()) ? Trouble::Busy : Trouble::Damaged;
}

HistoryStore::Trouble HistoryStore::migrate(QString *error)
{
    const auto schemaVersion = [this] {
        QSqlQuery version(database(m_connection));
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
        *error = sqlError.text();
        if (isBusy(sqlError))
            return Trouble::Busy;
        const int code = sqliteCode(sqlError);
        if (code == SqliteFull || code == SqliteReadOnly) {
            *error = writeFailureReason(sqlError); // the old file can still be shown
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
        *error = HistoryText::tr("the file was written by a newer StatusScope (schema %1)").arg(current);
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
        *error = recordError;
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
bool HistoryStore::migrateRecords(QString *error)
{
    QSqlQuery rows(database(m_connection));
    rows.setForwardOnly(true);
    if (!rows.exec(u"SELECT id, record FROM chains"_s)) {
        *error = rows.lastError().text();
        return false;
    }
    QSqlQuery update(database(m_connection));
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

void HistoryStore::openReadOnly(const QString &reason)
{
    QSqlError error;
    QString check;
    // A WAL file in a folder we cannot write has no -shm to share, and SQLite will not make one: it
    // is then read as immutable, a snapshot, which is what a read-only view shows anyway.
    const auto readable = [&](Access access) {
        check.clear();
        return openConnection(m_path, access, &error) && checkIntegrity(&check) == Trouble::None;
    };
    if (!readable(Access::ReadOnly) && !readable(Access::Immutable)) {
        disable(HistoryText::tr("%1, and it cannot be read (%2).")
                    .arg(reason, check.isEmpty() ? error.text() : check));
        return;
    }
    m_state = State::ReadOnly;
    m_notice = HistoryText::tr("History is read-only: %1. The entries below can be opened; new chains "
                               "are not kept and nothing can be deleted.")
                   .arg(reason);
}

void HistoryStore::waitForLock()
{
    close();
    m_state = State::Disabled;
    m_waitingForLock = true;
    m_notice = HistoryText::tr("The history file is in use by another program (still locked after %1 "
                               "s). Nothing was changed; it is opened again at the next chain, or "
                               "with Try again.")
                   .arg(m_busyTimeoutMs / 1000.0, 0, 'g', 3);
}

void HistoryStore::setAside(const QString &reason)
{
    close();
    // The -wal and -shm go with the file, under the same new name: SQLite still reads them as one
    // database there, and a committed change still in the -wal is never lost.
    QString aside = m_path + u".broken-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = aside.section(u'~', 0, 0) + u'~' + QString::number(n);
    if (!QFile::rename(m_path, aside)) {
        disable(HistoryText::tr("%1 is damaged (%2) and could not be moved aside.").arg(m_path, reason));
        return;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    }
    m_notice = HistoryText::tr("The history file was damaged (%1). It was kept as %2 and a new history "
                               "was started.")
                   .arg(reason, QFileInfo(aside).fileName());
}

void HistoryStore::open(const QString &path)
{
    close();
    m_path = path;
    m_notice.clear();
    m_writeProblem.clear();
    m_waitingForLock = false;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        disable(HistoryText::tr("the folder %1 cannot be created.").arg(info.absolutePath()));
        return;
    }
    // access() rather than the permission bits: it answers for this user (and ACLs, read-only mounts).
    if (!writableByUs(info.absolutePath()) || (info.exists() && !writableByUs(path))) {
        const QString where = writableByUs(info.absolutePath()) ? path : info.absolutePath();
        if (!info.exists())
            disable(HistoryText::tr("%1 is read-only.").arg(where));
        else
            openReadOnly(HistoryText::tr("%1 cannot be written").arg(where));
        return;
    }

    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlError openError;
        QString error;
        Trouble trouble = Trouble::None;
        if (attempt == 0 && !isSqliteFile(path)) {
            error = HistoryText::tr("it is not a SQLite database");
            trouble = Trouble::Damaged;
        } else if (!openConnection(path, Access::ReadWrite, &openError)) {
            error = openError.text();
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

bool HistoryStore::retry()
{
    if (m_path.isEmpty())
        return false;
    open(m_path);
    Q_EMIT statusChanged();
    return m_state == State::Ready;
}

bool HistoryStore::capFileSize(int extraPages)
{
    QSqlQuery query(database(m_connection));
    if (!query.exec(u"PRAGMA page_count"_s) || !query.next())
        return false;
    const qint64 pages = query.value(0).toLongLong() + std::max(0, extraPages);
    return exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

// Whether a write may go ahead; a file that was locked at open is tried again first.
bool HistoryStore::writable()
{
    if (m_state != State::Ready && m_waitingForLock) {
        open(m_path);
        Q_EMIT statusChanged();
    }
    if (m_state == State::Ready)
        return true;
    m_lastError = m_notice.isEmpty() ? HistoryText::tr("History is off.") : m_notice;
    if (m_waitingForLock) {
        m_writeProblem = HistoryText::tr("History could not be written: %1. The last change was not kept.")
                             .arg(HistoryText::tr("another program kept the history file locked"));
        Q_EMIT writeFailed(m_writeProblem);
        Q_EMIT statusChanged();
    }
    return false;
}

void HistoryStore::writeSucceeded()
{
    if (m_writeProblem.isEmpty())
        return;
    m_writeProblem.clear();
    Q_EMIT statusChanged();
}

void HistoryStore::reportWriteFailure(const QSqlError &error)
{
    m_lastError = error.text();
    m_writeProblem = HistoryText::tr("History could not be written: %1. The last change was not kept.")
                         .arg(writeFailureReason(error));
    Q_EMIT writeFailed(m_writeProblem);
    Q_EMIT statusChanged();
}

qint64 HistoryStore::addChain(const ChainResult &chain)
{
    if (!writable())
        return 0;
    const QByteArray record
        = QJsonDocument(chainToRecord(chain, m_recordOptions)).toJson(QJsonDocument::Compact);
    std::optional<int> finalStatus;
    for (auto it = chain.hops.crbegin(); it != chain.hops.crend() && !finalStatus; ++it)
        finalStatus = it->status;
    QSqlError error;
    if (!beginWrite(&error)) {
        reportWriteFailure(error);
        return 0;
    }
    QSqlQuery insert(database(m_connection));
    insert.prepare(u"INSERT INTO chains (started_at, method, url, final_status, outcome, hops, total_ms, "
                   u"record, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue((chain.startedAt.isValid() ? chain.startedAt : QDateTime::currentDateTimeUtc())
                            .toUTC()
                            .toString(Qt::ISODateWithMs));
    insert.addBindValue(QString::fromLatin1(chain.request.method));
    insert.addBindValue(chain.request.url.adjusted(QUrl::RemovePassword).toString(QUrl::FullyEncoded));
    insert.addBindValue(finalStatus ? QVariant(*finalStatus) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(outcomeKey(chain.outcome));
    insert.addBindValue(int(chain.hops.size()));
    insert.addBindValue(chain.totalMs);
    insert.addBindValue(QString::fromUtf8(record));
    insert.addBindValue(record.size());
    if (!insert.exec()) {
        error = insert.lastError();
        rollbackWrite();
        reportWriteFailure(error);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!commitWrite(&error)) {
        reportWriteFailure(error);
        return 0;
    }
    writeSucceeded();
    prune();
    return id;
}

void HistoryStore::prune()
{
    // Oldest first, until both limits hold. A prune that fails is tried again after the next chain.
    if (!beginWrite(nullptr))
        return;
    QSqlQuery query(database(m_connection));
    query.prepare(
        u"DELETE FROM chains WHERE id IN (SELECT id FROM chains ORDER BY id DESC LIMIT -1 OFFSET ?)"_s);
    query.addBindValue(m_limits.maxChains);
    bool ok = query.exec();
    while (ok && totalBytes() > m_limits.maxBytes && chainCount() > 1)
        ok = exec(u"DELETE FROM chains WHERE id = (SELECT MIN(id) FROM chains)"_s);
    if (ok)
        commitWrite(nullptr);
    else
        rollbackWrite();
}

QList<HistorySummary> HistoryStore::list(const HistoryQuery &request) const
{
    QList<HistorySummary> result;
    if (!isReadable())
        return result;
    QString sql = u"SELECT id, started_at, method, url, final_status, outcome, hops, total_ms FROM chains"_s;
    QStringList conditions;
    QVariantList values;
    for (const QString &word : request.text.split(u' ', Qt::SkipEmptyParts)) {
        // Each word must match the URL, the method, the final status (a prefix, or 4xx) or the date.
        QString status = word;
        if (status.size() == 3 && status.endsWith(u"xx"_s, Qt::CaseInsensitive))
            status = status.left(1);
        conditions.append(
            u"(url LIKE ? ESCAPE '\\' OR method = ? COLLATE NOCASE "
            "OR CAST(final_status AS TEXT) LIKE ? ESCAPE '\\' OR started_at LIKE ? ESCAPE '\\')"_s);
        // LIKE patterns: the user's % and _ are literal characters.
        const auto escape = [](QString text) {
            return text.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        };
        values << QString(u'%' + escape(word) + u'%') << word << QString(escape(status) + u'%')
               << QString(escape(word) + u'%');
    }
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT %1"_s.arg(std::max(1, request.limit));
    QSqlQuery query(database(m_connection));
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        HistorySummary summary;
        summary.id = query.value(0).toLongLong();
        summary.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        summary.method = query.value(2).toString().toLatin1();
        summary.url = query.value(3).toString();
        if (!query.value(4).isNull())
            summary.finalStatus = query.value(4).toInt();
        summary.outcome = query.value(5).toString();
        summary.hops = query.value(6).toInt();
        summary.totalMs = query.value(7).toDouble();
        result.append(summary);
    }
    return result;
}

std::optional<ChainResult> HistoryStore::chain(qint64 id) const
{
    if (!isReadable())
        return std::nullopt;
    QSqlQuery query(database(m_connection));
    query.prepare(u"SELECT record FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().isValid() ? query.lastError().text()
                                                  : HistoryText::tr("There is no chain %1.").arg(id);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    QString error = document.isObject() ? QString() : parseError.errorString();
    ChainResult chain = chainFromRecord(document.object(), &error);
    if (!error.isEmpty()) {
        m_lastError = HistoryText::tr("Chain %1 in the history cannot be read: %2.").arg(id).arg(error);
        return std::nullopt;
    }
    return chain;
}

bool HistoryStore::removeChain(qint64 id)
{
    if (!writable())
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"DELETE FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        reportWriteFailure(query.lastError());
        return false;
    }
    writeSucceeded();
    return query.numRowsAffected() == 1;
}

bool HistoryStore::clear()
{
    if (!writable())
        return false;
    QSqlError error;
    if (!exec(u"DELETE FROM chains"_s, &error)) {
        reportWriteFailure(error);
        return false;
    }
    writeSucceeded();
    return true;
}

int HistoryStore::chainCount() const
{
    QSqlQuery query(database(m_connection));
    return isReadable() && query.exec(u"SELECT COUNT(*) FROM chains"_s) && query.next()
        ? query.value(0).toInt()
        : 0;
}

qint64 HistoryStore::totalBytes() const
{
    QSqlQuery query(database(m_connection));
    return isReadable() && query.exec(u"SELECT COALESCE(SUM(size_bytes), 0) FROM chains"_s) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

qint64 HistoryStore::saveRequest(const QString &folder, const QString &name, const RequestSpec &request)
{
    if (name.trimmed().isEmpty() || !writable())
        return 0;
    QSqlQuery query(database(m_connection));
    query.prepare(u"INSERT INTO saved_requests (folder, name, record) VALUES (COALESCE(?, ''), ?, ?) "
                  "ON CONFLICT(folder, name) DO UPDATE SET record = excluded.record"_s);
    query.addBindValue(folder.trimmed());
    query.addBindValue(name.trimmed());
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(requestToRecord(request, m_recordOptions)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        reportWriteFailure(query.lastError());
        return 0;
    }
    writeSucceeded();
    QSqlQuery id(database(m_connection));
    id.prepare(u"SELECT id FROM saved_requests WHERE folder = COALESCE(?, '') AND name = ?"_s);
    id.addBindValue(folder.trimmed());
    id.addBindValue(name.trimmed());
    return id.exec() && id.next() ? id.value(0).toLongLong() : 0;
}

QList<SavedRequest> HistoryStore::savedRequests() const
{
    QList<SavedRequest> result;
    QSqlQuery query(database(m_connection));
    if (!isReadable()
        || !query.exec(u"SELECT id, folder, name, record FROM saved_requests ORDER BY folder, name"_s))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
             requestFromRecord(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object())});
    return result;
}

bool HistoryStore::renameSaved(qint64 id, const QString &folder, const QString &name)
{
    if (name.trimmed().isEmpty() || !writable())
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"UPDATE saved_requests SET folder = COALESCE(?, ''), name = ? WHERE id = ?"_s);
    query.addBindValue(folder.trimmed());
    query.addBindValue(name.trimmed());
    query.addBindValue(id);
    if (!query.exec()) {
        reportWriteFailure(query.lastError());
        return false;
    }
    writeSucceeded();
    return query.numRowsAffected() == 1;
}

bool HistoryStore::removeSaved(qint64 id)
{
    if (!writable())
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"DELETE FROM saved_requests WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        reportWriteFailure(query.lastError());
        return false;
    }
    writeSucceeded();
    return query.numRowsAffected() == 1;
}

} // namespace StatusScope::Core
