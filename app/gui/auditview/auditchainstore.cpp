// SPDX-License-Identifier: MIT
#include "gui/auditview/auditchainstore.h"

namespace StatusScope::Gui {

AuditChainStore::AuditChainStore(int problemLimit, int recentLimit)
    : m_problemLimit(problemLimit)
    , m_recentLimit(recentLimit)
{
}

void AuditChainStore::clear()
{
    m_pending.clear();
    m_problem.clear();
    m_recent.clear();
    m_recentOrder.clear();
}

void AuditChainStore::chainEnded(qint64 index, const Core::ChainResult &chain)
{
    m_pending.insert(index, chain);
}

void AuditChainStore::rowArrived(qint64 index, bool hasProblem)
{
    const auto found = m_pending.find(index);
    if (found == m_pending.end())
        return; // an invalid-input row: no chain ran
    Core::ChainResult chain = std::move(found.value());
    m_pending.erase(found);
    put(index, chain, hasProblem);
}

void AuditChainStore::put(qint64 index, const Core::ChainResult &chain, bool hasProblem)
{
    if (hasProblem && (m_problem.contains(index) || m_problem.size() < m_problemLimit)) {
        m_problem.insert(index, chain);
        return;
    }
    m_problem.remove(index); // a re-run that now passes
    keepRecent(index, chain);
}

void AuditChainStore::keepRecent(qint64 index, Core::ChainResult chain)
{
    if (!m_recent.contains(index))
        m_recentOrder.push_back(index);
    m_recent.insert(index, std::move(chain));
    while (qsizetype(m_recentOrder.size()) > m_recentLimit) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
}

const Core::ChainResult *AuditChainStore::find(qint64 index) const
{
    if (const auto found = m_problem.constFind(index); found != m_problem.cend())
        return &found.value();
    if (const auto found = m_recent.constFind(index); found != m_recent.cend())
        return &found.value();
    return nullptr;
}

} // namespace StatusScope::Gui
