// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditrow.h"
#include "core/requests/requestspec.h"

#include <QElapsedTimer>
#include <QObject>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace StatusScope::Core {

class AuditInput;
class HostGate;
class HostGateClient;
class RequestEngine;
class StatusCatalogue;

struct AuditRunOptions
{
    // Every check option that applies: method (GET, or HEAD on request), headers, timeouts, proxy,
    // certificates, pins, auth. Its url is replaced by each source's; redirects are always
    // followed (up to base.options.maxRedirects).
    RequestSpec base;
    AuditCheckOptions check; // match rules and --max-chain
    int parallel = 16; // chains at once
    int perHost = 4; // hops in flight per host; 0: no limit
    double ratePerHost = 0; // hops started per second per host; 0: no limit
    qint64 retryAfterLimitMs = 30000; // a longer Retry-After is reported, not waited for
    // A 429 or 503 with Retry-After (within the limit) is waited out and asked again, from that
    // hop on, up to this many times per chain.
    int maxRetries = 2;
    // At most this many sources between the first one not yet delivered and the last one taken
    // (running, or finished and held to keep the input order): a slow source holds back that many
    // rows at most, whatever the input's length. Below `parallel`, it lowers the chains at once
    // too. 0: 64 × parallel.
    int reorderLimit = 0;
};

// Runs an audit: takes sources from an AuditInput as slots free up, runs each chain on its own
// RequestEngine behind a shared HostGate, evaluates it, and hands out the rows in input order as
// soon as they are next. Nothing is kept per source once its row is out, so memory stays flat
// however long the input.
class AuditRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRunner)

public:
    // Neither the manager nor the catalogue (which may be null: no meanings) is owned.
    AuditRunner(QNetworkAccessManager *manager, const StatusCatalogue *catalogue, QObject *parent = nullptr);
    ~AuditRunner() override;

    // Starts reading `input` (not owned; it must outlive the run) and running its sources.
    void start(AuditInput *input, const AuditRunOptions &options);
    // No new chain starts (hops of running chains still go); resume() goes on.
    void pause();
    void resume();
    // Ends the run: running chains are cancelled and not reported; rows already finished are
    // delivered in order, then finished() with cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    const AuditSummary &summary() const { return m_summary; }
    // For tests and notes: the gate the run's engines share.
    const HostGate *gate() const { return m_gate.get(); }
    // Counts this runner's hops against `other`'s hosts, limits and Retry-After holds (the window
    // fetching one row's chain again while the run goes on); the limits stay the ones `other`'s
    // run sets, and pausing either runner holds back its own hops only. Call while not running.
    void shareGateOf(const AuditRunner &other);

Q_SIGNALS:
    // In input order, each row once.
    void rowReady(const StatusScope::Core::AuditRow &row);
    // Each chain as it ends (completion order, not input order), for a window that keeps chains
    // to show or export them; nobody else needs to connect.
    void chainFinished(qint64 index, const StatusScope::Core::ChainResult &chain);
    // After each row: rows delivered, total sources (-1 while unknown), rows per second so far.
    void progress(qint64 done, qint64 total, double rowsPerSecond);
    // An input note (kind guessed, header row, a sitemap limit) or an input error, as it comes.
    void note(const QString &text);
    void finished(const StatusScope::Core::AuditSummary &summary);

private:
    struct Slot;

    void launch();
    void startChain(const AuditSource &source);
    void run(qint64 index);
    void onChainFinished(qint64 index);
    void complete(AuditRow row);
    void flush();
    void finishIfDone();
    void finish();
    void reportProgress();

    QNetworkAccessManager *m_manager;
    const StatusCatalogue *m_catalogue;
    std::shared_ptr<HostGate> m_gate;
    std::unique_ptr<HostGateClient> m_door; // the engines' way into m_gate, with this run's pause
    bool m_gateBorrowed = false; // m_gate is another runner's: its run sets the limits
    AuditInput *m_input = nullptr;
    AuditRunOptions m_options;
    std::map<qint64, std::unique_ptr<Slot>> m_slots; // running chains by input index
    std::map<qint64, AuditRow> m_waiting; // finished rows ahead of m_nextIndex
    qint64 m_nextIndex = 0; // the input index of the next row to deliver
    qint64 m_taken = 0;
    AuditSummary m_summary;
    QElapsedTimer m_clock;
    QElapsedTimer m_pauseClock;
    qint64 m_pausedNs = 0; // time spent paused, left out of the rate
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_launching = false;
};

} // namespace StatusScope::Core

Q_DECLARE_METATYPE(StatusScope::Core::AuditRow)
Q_DECLARE_METATYPE(StatusScope::Core::AuditSummary)
