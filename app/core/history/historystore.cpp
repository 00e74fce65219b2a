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

QString outcomeName(ChainOutcome outcome)
{
    return outcomeKey(outcome);
}

} // namespace

HistoryStore::HistoryStore()
    : m_connection(u"statusscope-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
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

bool HistoryStore::exec(const QString &sql, QString *error) const
{
    QSqlQuery query(database(m_connection));
    if (query.exec(sql))
        return true;
    m_lastError = query.lastError().text();
    if (error)
        *error = m_lastError;
    return false;
}

bool HistoryStore::openConnection(const QString &path, QString *error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool HistoryStore::checkIntegrity(QString *error)
{
    QSqlQuery query(database(m_connection));
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    const QString result = query.value(0).toString();
    if (result != u"ok"_s) {
        *error = result;
        return false;
    }
    return true;
}

bool HistoryStore::migrate(QString *error)
{
    if (!exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s, error))
        return false;
    QSqlQuery version(database(m_connection));
    int current = 0;
    if (version.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && version.next())
        current = version.value(0).toInt();
    if (current > SchemaVersion) {
        *error = HistoryText::tr("the file was written by a newer StatusScope (schema %1)").arg(current);
        return false;
    }
    QSqlDatabase db = database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = true;
    if (current < 1) {
        ok = ok
            && exec(u"CREATE TABLE IF NOT EXISTS chains (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at "
                    u"TEXT NOT NULL, "
                    "method TEXT NOT NULL, url TEXT NOT NULL, final_status INTEGER, outcome TEXT NOT NULL, "
                    "hops INTEGER NOT NULL, total_ms REAL NOT NULL, record TEXT NOT NULL)"_s,
                    error)
            && exec(u"CREATE TABLE IF NOT EXISTS saved_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                    u"folder TEXT NOT "
                    "NULL DEFAULT '', name TEXT NOT NULL, record TEXT NOT NULL, UNIQUE(folder, name))"_s,
                    error);
    }
    if (ok && current < 2) {
        // Version 2 keeps each chain's size, so pruning by total size needs no scan of the records.
        ok = exec(u"ALTER TABLE chains ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0"_s, error)
            && exec(u"UPDATE chains SET size_bytes = length(record)"_s, error)
            && exec(u"CREATE INDEX IF NOT EXISTS chains_started ON chains(started_at)"_s, error);
    }
    ok = ok
        && exec(
             u"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '%1')"_s.arg(SchemaVersion),
             error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

void HistoryStore::open(const QString &path)
{
    m_path = path;
    m_notice.clear();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        disable(HistoryText::tr("the folder %1 cannot be created.").arg(info.absolutePath()));
        return;
    }
    if (!QFileInfo(info.absolutePath()).isWritable() || (info.exists() && !info.isWritable())) {
        disable(HistoryText::tr("%1 is read-only.").arg(info.exists() ? path : info.absolutePath()));
        return;
    }

    QString error;
    bool healthy = openConnection(path, &error) && checkIntegrity(&error);
    if (healthy) {
        exec(u"PRAGMA journal_mode=WAL"_s);
        exec(u"PRAGMA synchronous=NORMAL"_s);
        exec(u"PRAGMA foreign_keys=ON"_s);
        healthy = migrate(&error);
    }
    if (!healthy && info.exists()) {
        // Keep the damaged file for the user; start afresh beside it.
        close();
        const QString aside
            = path + u".broken-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        const bool moved = QFile::rename(path, aside);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        if (!moved) {
            disable(HistoryText::tr("%1 is damaged (%2) and could not be moved aside.").arg(path, error));
            return;
        }
        m_notice = HistoryText::tr(
                       "The history file was damaged (%1). It was kept as %2 and a new history was started.")
                       .arg(error, QFileInfo(aside).fileName());
        QString retry;
        healthy = openConnection(path, &retry) && migrate(&retry);
        if (healthy) {
            exec(u"PRAGMA journal_mode=WAL"_s);
            exec(u"PRAGMA synchronous=NORMAL"_s);
        }
        error = retry;
    }
    if (!healthy) {
        disable(error);
        return;
    }
    m_state = State::Ready;
}

qint64 HistoryStore::addChain(const ChainResult &chain)
{
    if (m_state != State::Ready)
        return 0;
    const QByteArray record
        = QJsonDocument(chainToRecord(chain, m_recordOptions)).toJson(QJsonDocument::Compact);
    std::optional<int> finalStatus;
    for (auto it = chain.hops.crbegin(); it != chain.hops.crend() && !finalStatus; ++it)
        finalStatus = it->status;
    QSqlDatabase db = database(m_connection);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO chains (started_at, method, url, final_status, outcome, hops, total_ms, "
                   u"record, size_bytes) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue((chain.startedAt.isValid() ? chain.startedAt : QDateTime::currentDateTimeUtc())
                            .toUTC()
                            .toString(Qt::ISODateWithMs));
    insert.addBindValue(QString::fromLatin1(chain.request.method));
    insert.addBindValue(chain.request.url.adjusted(QUrl::RemovePassword).toString(QUrl::FullyEncoded));
    insert.addBindValue(finalStatus ? QVariant(*finalStatus) : QVariant(QMetaType::fromType<int>()));
    insert.addBindValue(outcomeName(chain.outcome));
    insert.addBindValue(int(chain.hops.size()));
    insert.addBindValue(chain.totalMs);
    insert.addBindValue(QString::fromUtf8(record));
    insert.addBindValue(record.size());
    if (!insert.exec()) {
        m_lastError = insert.lastError().text();
        db.rollback();
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return 0;
    }
    prune();
    return id;
}

void HistoryStore::prune()
{
    // Oldest first, until both limits hold.
    QSqlDatabase db = database(m_connection);
    if (!db.transaction())
        return;
    QSqlQuery query(db);
    query.prepare(
        u"DELETE FROM chains WHERE id IN (SELECT id FROM chains ORDER BY id DESC LIMIT -1 OFFSET ?)"_s);
    query.addBindValue(m_limits.maxChains);
    bool ok = query.exec();
    while (ok && totalBytes() > m_limits.maxBytes && chainCount() > 1)
        ok = exec(u"DELETE FROM chains WHERE id = (SELECT MIN(id) FROM chains)"_s);
    if (ok)
        db.commit();
    else
        db.rollback();
}

QList<HistorySummary> HistoryStore::list(const HistoryQuery &request) const
{
    QList<HistorySummary> result;
    if (m_state != State::Ready)
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
    if (m_state != State::Ready)
        return std::nullopt;
    QSqlQuery query(database(m_connection));
    query.prepare(u"SELECT record FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return chainFromRecord(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
}

bool HistoryStore::removeChain(qint64 id)
{
    if (m_state != State::Ready)
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"DELETE FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool HistoryStore::clear()
{
    return m_state == State::Ready && exec(u"DELETE FROM chains"_s);
}

int HistoryStore::chainCount() const
{
    QSqlQuery query(database(m_connection));
    return m_state == State::Ready && query.exec(u"SELECT COUNT(*) FROM chains"_s) && query.next()
        ? query.value(0).toInt()
        : 0;
}

qint64 HistoryStore::totalBytes() const
{
    QSqlQuery query(database(m_connection));
    return m_state == State::Ready && query.exec(u"SELECT COALESCE(SUM(size_bytes), 0) FROM chains"_s)
            && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

qint64 HistoryStore::saveRequest(const QString &folder, const QString &name, const RequestSpec &request)
{
    if (m_state != State::Ready || name.trimmed().isEmpty())
        return 0;
    QSqlQuery query(database(m_connection));
    query.prepare(u"INSERT INTO saved_requests (folder, name, record) VALUES (COALESCE(?, ''), ?, ?) "
                  "ON CONFLICT(folder, name) DO UPDATE SET record = excluded.record"_s);
    query.addBindValue(folder.trimmed());
    query.addBindValue(name.trimmed());
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(requestToRecord(request, m_recordOptions)).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return 0;
    }
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
    if (m_state != State::Ready
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
    if (m_state != State::Ready || name.trimmed().isEmpty())
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"UPDATE saved_requests SET folder = COALESCE(?, ''), name = ? WHERE id = ?"_s);
    query.addBindValue(folder.trimmed());
    query.addBindValue(name.trimmed());
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.numRowsAffected() == 1;
}

bool HistoryStore::removeSaved(qint64 id)
{
    if (m_state != State::Ready)
        return false;
    QSqlQuery query(database(m_connection));
    query.prepare(u"DELETE FROM saved_requests WHERE id = ?"_s);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

} // namespace StatusScope::Core
