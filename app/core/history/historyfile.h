// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <algorithm>
#include <functional>

class QSqlDatabase;
class QSqlError;

namespace StatusScope::Core {

// The SQLite file behind HistoryStore, and every decision about it before a read or a write: its
// own connection, waiting for another program's lock, setting a file SQLite calls damaged aside
// (with its -wal and -shm, never deleted), showing one that cannot be written read-only, and
// bringing the schema to the current version. HistoryStore reads and writes through it. Used
// from one thread.
class HistoryFile final
{
    Q_DISABLE_COPY_MOVE(HistoryFile)

public:
    // A sentence worded when it is read, in the language installed then: the notice outlives a
    // language switch and is shown again in the new language.
    using LateText = std::function<QString()>;

    // 3: enum values in the records are stable string keys ("timeout"), no longer integers.
    // 4: a record's field names are those of the check --json document (formats/chaindocument); an
    // older record is brought up to date when it is read, so the step rewrites nothing, but an
    // older StatusScope now reads the file as newer instead of misreading the renamed fields.
    static constexpr int SchemaVersion = 4;
    static constexpr int DefaultBusyTimeoutMs = 5000;

    // ReadOnly: the entries can be listed and opened, nothing is written (notice() says why).
    enum class State { Closed, Ready, ReadOnly, Disabled };

    HistoryFile();
    ~HistoryFile();

    // Opens (or makes) the database at `path`. Afterwards state() and notice() say what happened;
    // notice() is empty when all went well.
    void open(const QString &path);
    void close();
    State state() const { return m_state; }
    bool isReadable() const { return m_state == State::Ready || m_state == State::ReadOnly; }
    bool isWaitingForLock() const { return m_waitingForLock; }
    QString notice() const { return m_notice ? m_notice() : QString(); }
    QString path() const { return m_path; }

    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = std::max(0, milliseconds); }
    int busyTimeout() const { return m_busyTimeoutMs; }
    bool capFileSize(int extraPages);

    // This file's connection (not open while state() is Closed or Disabled).
    QSqlDatabase database() const;
    bool exec(const QString &sql, QSqlError *error = nullptr) const;
    // One write transaction: begun IMMEDIATE, rolled back when the commit fails.
    bool beginWrite(QSqlError *error);
    bool commitWrite(QSqlError *error);
    void rollbackWrite();

    // The last thing that went wrong, here (a statement) or in a read or write of the store.
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &error) const { m_lastError = error; }

    // Why a write failed, in words a user can act on.
    static QString writeFailureReason(const QSqlError &error);

private:
    enum class Trouble { None, Busy, Damaged, ReadOnly, Other };
    enum class Access { ReadWrite, ReadOnly, Immutable };

    bool openConnection(const QString &path, Access access, QSqlError *error);
    Trouble checkIntegrity(LateText *error);
    Trouble migrate(LateText *error);
    bool migrateRecords(QString *error);
    void openReadOnly(const LateText &reason);
    void setAside(const LateText &reason);
    void waitForLock();
    void disable(const LateText &reason);

    QString m_connection;
    QString m_path;
    State m_state = State::Closed;
    bool m_waitingForLock = false;
    int m_busyTimeoutMs = DefaultBusyTimeoutMs;
    LateText m_notice;
    mutable QString m_lastError;
};

} // namespace StatusScope::Core
