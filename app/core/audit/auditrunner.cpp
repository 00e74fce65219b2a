// SPDX-License-Identifier: MIT
#include "core/audit/auditrunner.h"

#include "core/audit/auditinput.h"
#include "core/audit/hostgate.h"
#include "core/requests/requestengine.h"

#include <QDateTime>

namespace StatusScope::Core {

struct AuditRunner::Slot
{
    AuditSource source;
    RequestEngine *engine = nullptr; // a child of the runner, deleted later once the chain ends
};

AuditRunner::AuditRunner(QNetworkAccessManager *manager, const StatusCatalogue *catalogue, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_catalogue(catalogue)
    , m_gate(std::make_shared<HostGate>())
    , m_door(std::make_unique<HostGateClient>(m_gate))
{
}

AuditRunner::~AuditRunner()
{
    // The engines release their hops into the gate as they go, so they go first.
    for (auto &[index, slot] : m_slots) {
        if (slot->engine) {
            slot->engine->disconnect(this);
            delete slot->engine;
        }
    }
    m_slots.clear();
}

void AuditRunner::shareGateOf(const AuditRunner &other)
{
    if (m_running || &other == this)
        return;
    m_gate = other.m_gate;
    m_gateBorrowed = true;
    m_door->setGate(m_gate);
}

void AuditRunner::start(AuditInput *input, const AuditRunOptions &options)
{
    if (m_running)
        cancel();
    m_input = input;
    m_options = options;
    // A sitemap is fetched the way the sources will be: through the run's proxy, with its trust.
    if (input && !input->fetchRequest())
        input->setFetchRequest(options.base);
    m_options.parallel = std::max(1, m_options.parallel);
    if (m_options.reorderLimit <= 0)
        m_options.reorderLimit = 64 * m_options.parallel;
    // An audit follows redirects whatever the base request says: following is what it checks.
    m_options.base.options.followRedirects = true;
    if (!m_gateBorrowed) {
        m_gate->setPerHost(m_options.perHost);
        m_gate->setRatePerSecond(m_options.ratePerHost);
        m_gate->setRetryAfterLimitMs(m_options.retryAfterLimitMs);
        m_gate->setMaxRetries(m_options.maxRetries);
    }
    m_door->setPaused(false);
    m_waiting.clear();
    m_nextIndex = 0;
    m_taken = 0;
    m_summary = AuditSummary{};
    m_running = true;
    m_paused = false;
    m_cancelled = false;
    m_pausedNs = 0;
    m_clock.start();
    connect(input, &AuditInput::available, this, &AuditRunner::launch, Qt::UniqueConnection);
    connect(input, &AuditInput::noteAdded, this, &AuditRunner::note, Qt::UniqueConnection);
    input->start();
    // From the event loop, so that a caller connects to rowReady() after start() as well as before.
    QMetaObject::invokeMethod(this, &AuditRunner::launch, Qt::QueuedConnection);
}

void AuditRunner::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true;
    m_pauseClock.start();
    m_door->setPaused(true); // nothing new is sent; hops already sent end as they will
}

void AuditRunner::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    m_pausedNs += m_pauseClock.nsecsElapsed();
    m_door->setPaused(false);
    QMetaObject::invokeMethod(this, &AuditRunner::launch, Qt::QueuedConnection);
}

void AuditRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_summary.cancelled = true;
    for (auto &[index, slot] : m_slots) {
        if (!slot->engine)
            continue;
        slot->engine->disconnect(this);
        slot->engine->cancel();
        slot->engine->deleteLater();
    }
    m_slots.clear();
    // What finished is still delivered, in order; the cancelled chains leave gaps.
    std::map<qint64, AuditRow> finished = std::exchange(m_waiting, {});
    for (auto &[index, row] : finished) {
        m_summary.add(row);
        Q_EMIT rowReady(row);
    }
    finish();
}

void AuditRunner::launch()
{
    if (m_launching || !m_running || m_cancelled)
        return;
    m_launching = true;
    // Sources taken and not yet delivered (running, or finished behind an earlier one) stay under
    // the reorder limit: a slow first source holds back at most that many rows, not the whole input.
    while (!m_paused && !m_cancelled && qsizetype(m_slots.size()) < m_options.parallel
           && m_taken - m_nextIndex < m_options.reorderLimit) {
        std::optional<AuditSource> source = m_input->take();
        if (!source)
            break; // the end, or available() calls again
        m_taken = source->index + 1;
        if (!source->isValid())
            complete(invalidAuditRow(*source));
        else
            startChain(*source);
    }
    m_launching = false;
    finishIfDone();
}

void AuditRunner::startChain(const AuditSource &source)
{
    auto slot = std::make_unique<Slot>();
    slot->source = source;
    m_slots.emplace(source.index, std::move(slot));
    run(source.index);
}

void AuditRunner::run(qint64 index)
{
    const auto found = m_slots.find(index);
    if (found == m_slots.end() || m_cancelled)
        return;
    Slot &slot = *found->second;
    auto *engine = new RequestEngine(m_manager, m_catalogue, this);
    engine->setHopGate(m_door.get());
    connect(engine, &RequestEngine::finished, this, [this, index] { onChainFinished(index); });
    slot.engine = engine;
    RequestSpec spec = m_options.base;
    spec.url = slot.source.url;
    if (engine->start(spec))
        return;
    // Refused before anything was sent (a URL the engine will not request): an invalid-input row.
    const ChainResult refused = engine->result();
    delete engine;
    AuditRow row = invalidAuditRow(slot.source, refused.error ? refused.error->message : QString());
    m_slots.erase(found);
    complete(std::move(row));
}

void AuditRunner::onChainFinished(qint64 index)
{
    const auto found = m_slots.find(index);
    if (found == m_slots.end())
        return;
    Slot &slot = *found->second;
    RequestEngine *engine = std::exchange(slot.engine, nullptr);
    engine->disconnect(this);
    engine->deleteLater(); // from inside its own finished()
    const ChainResult &chain = engine->result();

    // The engine asked a 429 or 503 again itself, from that hop (the gate's retryLater()): one
    // still ending the chain asked to wait longer than the limit, or past the retries allowed.
    const bool waitedTooLong = !chain.hops.isEmpty()
        && HostGate::retryAfterMs(chain.hops.last(), QDateTime::currentDateTimeUtc()).has_value();
    AuditRow row = evaluateAudit(slot.source, chain, m_options.check);
    if (waitedTooLong) {
        const qsizetype error = row.problems.indexOf(AuditProblem::Error.toString());
        row.problems.insert(error < 0 ? row.problems.size() : error, AuditProblem::retryAfter());
    }
    Q_EMIT chainFinished(index, chain);
    m_slots.erase(found);
    complete(std::move(row));
    // Not from inside the engine's signal: the next chain starts once this one has unwound.
    QMetaObject::invokeMethod(this, &AuditRunner::launch, Qt::QueuedConnection);
}

void AuditRunner::complete(AuditRow row)
{
    const qint64 index = row.index;
    m_waiting.emplace(index, std::move(row));
    flush();
}

void AuditRunner::flush()
{
    bool delivered = false;
    while (!m_cancelled) {
        const auto next = m_waiting.find(m_nextIndex);
        if (next == m_waiting.end())
            break;
        const AuditRow row = std::move(next->second);
        m_waiting.erase(next);
        ++m_nextIndex;
        m_summary.add(row);
        delivered = true;
        Q_EMIT rowReady(row);
    }
    if (delivered && !m_cancelled)
        reportProgress();
}

void AuditRunner::reportProgress()
{
    const qint64 activeNs
        = m_clock.nsecsElapsed() - m_pausedNs - (m_paused ? m_pauseClock.nsecsElapsed() : 0);
    const double rate = activeNs > 0 ? double(m_summary.sources) * 1e9 / double(activeNs) : 0.0;
    Q_EMIT progress(m_summary.sources, m_input ? m_input->total() : -1, rate);
}

void AuditRunner::finishIfDone()
{
    if (m_running && !m_cancelled && m_input && m_input->atEnd() && m_slots.empty() && m_waiting.empty())
        finish();
}

void AuditRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_summary.elapsedMs = double(m_clock.nsecsElapsed()) / 1e6;
    if (m_input && !m_input->errorString().isEmpty())
        Q_EMIT note(m_input->errorString());
    reportProgress();
    Q_EMIT finished(m_summary);
}

} // namespace StatusScope::Core
