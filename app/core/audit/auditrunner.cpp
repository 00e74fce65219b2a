// SPDX-License-Identifier: MIT
#include "core/audit/auditrunner.h"

#include "core/audit/auditinput.h"
#include "core/audit/hostgate.h"
#include "core/requests/requestengine.h"

namespace StatusScope::Core {

struct AuditRunner::Slot
{
    AuditSource source;
    std::unique_ptr<RequestEngine> engine;
};

AuditRunner::AuditRunner(QNetworkAccessManager *manager, const StatusCatalogue *catalogue, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_catalogue(catalogue)
    , m_gate(std::make_unique<HostGate>())
{
}

AuditRunner::~AuditRunner() = default;

void AuditRunner::start(AuditInput *input, const AuditRunOptions &options)
{
    m_input = input;
    m_options = options;
}

void AuditRunner::pause()
{
    m_paused = true;
}

void AuditRunner::resume()
{
    m_paused = false;
}

void AuditRunner::cancel()
{
    m_cancelled = true;
}

void AuditRunner::launch()
{
}

void AuditRunner::startChain(const AuditSource &)
{
}

void AuditRunner::onChainFinished(Slot *)
{
}

void AuditRunner::deliver(AuditRow row)
{
    Q_EMIT rowReady(row);
}

void AuditRunner::flush()
{
}

void AuditRunner::finishIfDone()
{
}

} // namespace StatusScope::Core
