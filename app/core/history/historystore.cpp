// SPDX-License-Identifier: MIT
#include "core/history/historystore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)
};

} // namespace

HistoryStore::HistoryStore(QObject *parent)
    : QObject(parent)
{
}

HistoryStore::~HistoryStore() = default;

void HistoryStore::open(const QString &path)
{
    m_writeProblem = {};
    m_file.open(path);
}

void HistoryStore::close()
{
    m_file.close();
}

bool HistoryStore::retry()
{
    if (path().isEmpty())
        return false;
    open(path());
    Q_EMIT statusChanged();
    return state() == State::Ready;
}

// Whether a write may go ahead; a file that was locked at open is tried again first.
bool HistoryStore::writable()
{
    if (state() != State::Ready && isWaitingForLock()) {
        open(path());
        Q_EMIT statusChanged();
    }
    if (state() == State::Ready)
        return true;
    m_file.setLastError(notice().isEmpty() ? HistoryText::tr("History is off.") : notice());
    if (isWaitingForLock()) {
        m_writeProblem = [] {
            return HistoryText::tr("History could not be written: %1. The last change was not kept.")
                .arg(HistoryText::tr("another program kept the history file locked"));
        };
        Q_EMIT writeFailed(writeProblem());
        Q_EMIT statusChanged();
    }
    return false;
}

void HistoryStore::writeSucceeded()
{
    if (!m_writeProblem)
        return;
    m_writeProblem = {};
    Q_EMIT statusChanged();
}

void HistoryStore::reportWriteFailure(const QSqlError &error)
{
    m_file.setLastError(error.text());
    m_writeProblem = [error] {
        return HistoryText::tr("History could not be written: %1. The last change was not kept.")
            .arg(HistoryFile::writeFailureReason(error));
    };
    Q_EMIT writeFailed(writeProblem());
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
    if (!m_file.beginWrite(&error)) {
        reportWriteFailure(error);
        return 0;
    }
    QSqlQuery insert(m_file.database());
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
        m_file.rollbackWrite();
        reportWriteFailure(error);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!m_file.commitWrite(&error)) {
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
    if (!m_file.beginWrite(nullptr))
        return;
    QSqlQuery query(m_file.database());
    query.prepare(
        u"DELETE FROM chains WHERE id IN (SELECT id FROM chains ORDER BY id DESC LIMIT -1 OFFSET ?)"_s);
    query.addBindValue(m_limits.maxChains);
    bool ok = query.exec();
    while (ok && totalBytes() > m_limits.maxBytes && chainCount() > 1)
        ok = m_file.exec(u"DELETE FROM chains WHERE id = (SELECT MIN(id) FROM chains)"_s);
    if (ok)
        m_file.commitWrite(nullptr);
    else
        m_file.rollbackWrite();
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
    QSqlQuery query(m_file.database());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_file.setLastError(query.lastError().text());
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
    QSqlQuery query(m_file.database());
    query.prepare(u"SELECT record FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_file.setLastError(query.lastError().isValid() ? query.lastError().text()
                                                        : HistoryText::tr("There is no chain %1.").arg(id));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    QString error = document.isObject() ? QString() : parseError.errorString();
    ChainResult chain = chainFromRecord(document.object(), &error);
    if (!error.isEmpty()) {
        m_file.setLastError(
            HistoryText::tr("Chain %1 in the history cannot be read: %2.").arg(id).arg(error));
        return std::nullopt;
    }
    return chain;
}

bool HistoryStore::removeChain(qint64 id)
{
    if (!writable())
        return false;
    QSqlQuery query(m_file.database());
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
    if (!m_file.exec(u"DELETE FROM chains"_s, &error)) {
        reportWriteFailure(error);
        return false;
    }
    writeSucceeded();
    return true;
}

int HistoryStore::chainCount() const
{
    QSqlQuery query(m_file.database());
    return isReadable() && query.exec(u"SELECT COUNT(*) FROM chains"_s) && query.next()
        ? query.value(0).toInt()
        : 0;
}

qint64 HistoryStore::totalBytes() const
{
    QSqlQuery query(m_file.database());
    return isReadable() && query.exec(u"SELECT COALESCE(SUM(size_bytes), 0) FROM chains"_s) && query.next()
        ? query.value(0).toLongLong()
        : 0;
}

qint64 HistoryStore::saveRequest(const QString &folder, const QString &name, const RequestSpec &request)
{
    if (name.trimmed().isEmpty() || !writable())
        return 0;
    QSqlQuery query(m_file.database());
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
    QSqlQuery id(m_file.database());
    id.prepare(u"SELECT id FROM saved_requests WHERE folder = COALESCE(?, '') AND name = ?"_s);
    id.addBindValue(folder.trimmed());
    id.addBindValue(name.trimmed());
    return id.exec() && id.next() ? id.value(0).toLongLong() : 0;
}

QList<SavedRequest> HistoryStore::savedRequests() const
{
    QList<SavedRequest> result;
    QSqlQuery query(m_file.database());
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
    QSqlQuery query(m_file.database());
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
    QSqlQuery query(m_file.database());
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
