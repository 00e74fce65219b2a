// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/chainrecord.h"
#include "core/history/historyfile.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QSqlError;

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

// The console's memory, in SQLite (WAL, one short write transaction per change, a versioned
// schema), shared by every StatusScope window on the machine: each instance has its own
// connection, waits up to busyTimeout() for another writer, and never takes a lock it cannot get
// for a broken file. Only a file SQLite itself calls damaged (not a database, or failing its
// integrity check) is set aside, with its -wal and -shm, never deleted; a file that is merely in
// use is left alone and tried again; one that cannot be written is shown read-only (all of that is
// HistoryFile's part). A write that fails (a full disk) is reported through writeFailed() and
// writeProblem(), never dropped in silence. Used from one thread.
class HistoryStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    static constexpr int SchemaVersion = HistoryFile::SchemaVersion;
    static constexpr int DefaultBusyTimeoutMs = HistoryFile::DefaultBusyTimeoutMs;

    // ReadOnly: the entries can be listed and opened, nothing is written (notice() says why).
    using State = HistoryFile::State;

    struct Limits
    {
        int maxChains = 5000;
        qint64 maxBytes = 200 * 1024 * 1024;
    };

    explicit HistoryStore(QObject *parent = nullptr);
    ~HistoryStore() override;

    // Opens (or makes) the database at `path`. Afterwards state() and notice() say what happened;
    // notice() is empty when all went well.
    void open(const QString &path);
    void close();
    State state() const { return m_file.state(); }
    bool isReadable() const { return m_file.isReadable(); }
    // The file was in use by another program for longer than the busy timeout: nothing was
    // changed, and the next write (or retry()) opens it again.
    bool isWaitingForLock() const { return m_file.isWaitingForLock(); }
    bool retry();
    QString notice() const { return m_file.notice(); }
    QString path() const { return m_file.path(); }

    // How long a statement waits for another connection's lock before it gives up (ms); applies
    // from the next open().
    void setBusyTimeout(int milliseconds) { m_file.setBusyTimeout(milliseconds); }
    int busyTimeout() const { return m_file.busyTimeout(); }
    // Caps the file at its current size plus `extraPages` pages (SQLite's max_page_count, for this
    // connection only): a write past it fails as on a full disk. For tests of that path.
    bool capFileSize(int extraPages) { return m_file.capFileSize(extraPages); }

    void setLimits(const Limits &limits) { m_limits = limits; }
    void setRecordOptions(const RecordOptions &options) { m_recordOptions = options; }
    const RecordOptions &recordOptions() const { return m_recordOptions; }

    // Stores a finished chain; returns its id, or 0 when history is off or the write failed.
    qint64 addChain(const ChainResult &chain);
    QList<HistorySummary> list(const HistoryQuery &query = {}) const;
    // Empty when there is no such chain or its record cannot be read (lastError() says why).
    std::optional<ChainResult> chain(qint64 id) const;
    bool removeChain(qint64 id);
    bool clear();
    int chainCount() const;
    qint64 totalBytes() const;

    qint64 saveRequest(const QString &folder, const QString &name, const RequestSpec &request);
    QList<SavedRequest> savedRequests() const;
    bool renameSaved(qint64 id, const QString &folder, const QString &name);
    bool removeSaved(qint64 id);

    QString lastError() const { return m_file.lastError(); }
    // A sentence for people about the last write that failed, in the language installed now;
    // empty once a write succeeds again.
    QString writeProblem() const { return m_writeProblem ? m_writeProblem() : QString(); }

Q_SIGNALS:
    void writeFailed(const QString &sentence);
    // writeProblem(), state() or notice() changed outside open() (a failed or recovered write, a
    // retry that got the lock).
    void statusChanged();

private:
    bool writable();
    void writeSucceeded();
    void reportWriteFailure(const QSqlError &error);
    void prune();

    HistoryFile m_file;
    HistoryFile::LateText m_writeProblem; // worded when read, in the language shown then
    Limits m_limits;
    RecordOptions m_recordOptions;
};

} // namespace StatusScope::Core
