// SPDX-License-Identifier: MIT
// AuditPage's chains: kept as the run delivers them, shown for the selected row, or fetched again
// when the page did not keep it.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditinput.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/console/chainview.h"

#include <QLabel>

namespace StatusScope::Gui {

void AuditPage::onChain(qint64 index, const Core::ChainResult &chain)
{
    if (m_rerun) {
        if (index < 0 || index >= m_rerunTargets.size())
            return;
        index = m_rerunTargets.at(index);
    }
    m_chains.chainEnded(index, chain);
}

void AuditPage::showSelectedChain()
{
    const QModelIndex current = m_ui->rowsView->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int position = m_filter->mapToSource(current).row();
    if (position < 0 || position >= m_rows->rowCount())
        return;
    const Core::AuditRow &row = m_rows->row(position);
    // As the table shows it: a password in the URL masked.
    const QString shownSource = m_rows->index(position, AuditRowModel::SourceColumn).data().toString();
    const QString where = row.line > 0 ? tr("Line %1: %2").arg(row.line).arg(shownSource) : shownSource;
    if (const Core::ChainResult *chain = m_chains.find(row.index)) {
        m_refetchRowIndex = -1;
        m_chainView->showStoredChain(*chain);
        m_chainLabel->setText(tr("%1 — the chain as the run followed it.").arg(where));
        Q_EMIT chainShown(row.index);
        return;
    }
    if (row.chain.isEmpty()) {
        // An invalid line, or a chain cancelled before it began: nothing was sent.
        m_refetchRowIndex = -1;
        m_chainView->stopWaiting();
        m_chainLabel->setText(row.error ? tr("%1 — not run: %2").arg(where, row.error->message)
                                        : tr("%1 — not run.").arg(where));
        return;
    }
    if (m_refetchRowIndex == row.index)
        return; // already on its way
    // Only the chains of rows with a problem and of the last rows are kept: this one is run again.
    m_refetcher->cancel();
    m_refetchRowIndex = row.index;
    const Core::AuditSource source = Core::auditSourceOfRow(row);
    m_refetchInput = Core::AuditInput::fromSources({source});
    Core::RequestSpec request = m_runOptions.base;
    request.url = source.url;
    m_chainView->startWaiting(request);
    m_chainLabel->setText(tr("%1 — fetching the chain again (the page keeps only the chains of rows with a "
                             "problem and of the last rows).")
                              .arg(where));
    // Counted against the run's hosts: a re-fetch during a run keeps within its per-host limits.
    m_refetcher->shareGateOf(*m_runner);
    m_refetcher->start(m_refetchInput.get(), m_runOptions);
}

void AuditPage::onRefetched(qint64, const Core::ChainResult &chain)
{
    const qint64 index = std::exchange(m_refetchRowIndex, -1);
    if (index < 0)
        return;
    const int position = m_rows->positionOfIndex(index);
    if (position < 0)
        return;
    const Core::AuditRow &row = m_rows->row(position);
    // As the table shows it: a password in the URL masked.
    const QString shownSource = m_rows->index(position, AuditRowModel::SourceColumn).data().toString();
    m_chains.put(index, chain, !row.passed());
    const QModelIndex current = m_ui->rowsView->selectionModel()->currentIndex();
    if (!current.isValid() || m_filter->mapToSource(current).row() != position)
        return;
    m_chainView->showStoredChain(chain);
    const QString where = row.line > 0 ? tr("Line %1: %2").arg(row.line).arg(shownSource) : shownSource;
    m_chainLabel->setText(
        tr("%1 — the chain fetched again just now; the table shows the run’s result.").arg(where));
    Q_EMIT chainShown(index);
}

} // namespace StatusScope::Gui
