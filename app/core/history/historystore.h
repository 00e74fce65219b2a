// SPDX-License-Identifier: MIT
#pragma once

#include "chainrecord.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace StatusScope::Core {

// One line of the history list.
struct HistorySummary
{
    qint64 id = 0;
    QDateTime startedAt;
    QByteArray method;
    QString url;
    std::optional<int> finalStatus;
    QString outcome; // "complete", "stopped", "error"
    int hops = 0;
    double totalMs = 0;
};

struct SavedRequest
{
    qint64 id = 0;
    QString folder;
    QString name;
    RequestSpec request;
};

// What the history list shows: newest first, narrowed by a search over URL, method, final status
// ("404", "4xx") and date ("2026-11-30").
struct HistoryQuery
{
    QString text;
    int limit = 500;
};

// The console's memory, in SQLite (WAL, one transaction per write, a versioned schema). A file
// that cannot be opened or fails its integrity check is moved aside, never deleted, and a fresh
// one is made; a folder that cannot be written turns history off with the reason, and the rest of
// the app goes on. Not a QObject: it is used from one thread, and each instance has its own
// connection.
class HistoryStore
{
public:
    static constexpr int SchemaVersion = 2;

    enum class State { Closed, Ready, Disabled };

    struct Limits
    {
        int maxChains = 5000;
        qint64 maxBytes = 200 * 1024 * 1024;
    };

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // Opens (or makes) the database at `path`. Afterwards state() and notice() say what happened;
    // notice() is empty when all went well.
    void open(const QString &path);
    void close();
    State state() const { return m_state; }
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }

    void setLimits(const Limits &limits) { m_limits = limits; }
    void setRecordOptions(const RecordOptions &options) { m_recordOptions = options; }
    const RecordOptions &recordOptions() const { return m_recordOptions; }

    // Stores a finished chain; returns its id, or 0 when history is off or the write failed.
    qint64 addChain(const ChainResult &chain);
    QList<HistorySummary> list(const HistoryQuery &query = {}) const;
    std::optional<ChainResult> chain(qint64 id) const;
    bool removeChain(qint64 id);
    bool clear();
    int chainCount() const;
    qint64 totalBytes() const;

    qint64 saveRequest(const QString &folder, const QString &name, const RequestSpec &request);
    QList<SavedRequest> savedRequests() const;
    bool renameSaved(qint64 id, const QString &folder, const QString &name);
    bool removeSaved(qint64 id);

    QString lastError() const { return m_lastError; }

private:
    bool openConnection(const QString &path, QString *error);
    bool checkIntegrity(QString *error);
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error = nullptr) const;
    void prune();
    void disable(const QString &reason);

    QString m_connection;
    QString m_path;
    State m_state = State::Closed;
    QString m_notice;
    mutable QString m_lastError;
    Limits m_limits;
    RecordOptions m_recordOptions;
};

} // namespace StatusScope::Core
