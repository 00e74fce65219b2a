// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QHash>

#include <deque>
#include <optional>

namespace StatusScope::Gui {

// The chains an audit page keeps to show and export, bounded so a 10,000-source run does not hold
// 10,000 chains: the chains of rows with a problem (up to problemLimit, the first ones), and the
// last recentLimit chains of any row. A row whose chain is not kept is run again when the user
// selects it (AuditPage does that).
class AuditChainStore
{
public:
    explicit AuditChainStore(int problemLimit = 1000, int recentLimit = 100);

    void clear();
    // The runner's chainFinished(): held until the row says whether it has a problem.
    void chainEnded(qint64 index, const Core::ChainResult &chain);
    // The row of `index` arrived: its chain is kept or dropped by the rules above.
    void rowArrived(qint64 index, bool hasProblem);
    // A chain fetched again on demand, or a re-run's: kept as a recent one (or a problem one).
    void put(qint64 index, const Core::ChainResult &chain, bool hasProblem);
    const Core::ChainResult *find(qint64 index) const;
    int keptCount() const { return int(m_problem.size() + m_recent.size()); }

private:
    void keepRecent(qint64 index, Core::ChainResult chain);

    int m_problemLimit;
    int m_recentLimit;
    QHash<qint64, Core::ChainResult> m_pending; // ended, row not yet delivered (the runner bounds it)
    QHash<qint64, Core::ChainResult> m_problem;
    QHash<qint64, Core::ChainResult> m_recent;
    std::deque<qint64> m_recentOrder; // oldest first
};

} // namespace StatusScope::Gui
