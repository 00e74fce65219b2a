// SPDX-License-Identifier: MIT
#include "gui/auditview/auditfiltermodel.h"

#include "gui/auditview/auditrowmodel.h"

namespace StatusScope::Gui {

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditRowModel::SortRole);
}

void AuditFilterModel::setOnlyProblems(bool only)
{
    if (only == m_onlyProblems)
        return;
    m_onlyProblems = only;
    invalidateRowsFilter();
}

void AuditFilterModel::setProblemId(const QString &id)
{
    if (id == m_problemId)
        return;
    m_problemId = id;
    invalidateRowsFilter();
}

void AuditFilterModel::setHost(const QString &host)
{
    const QString lower = host.trimmed().toLower();
    if (lower == m_host)
        return;
    m_host = lower;
    invalidateRowsFilter();
}

void AuditFilterModel::setStatusClass(int statusClass)
{
    if (statusClass == m_statusClass)
        return;
    m_statusClass = statusClass;
    invalidateRowsFilter();
}

void AuditFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *rows = qobject_cast<const AuditRowModel *>(sourceModel());
    if (!rows || sourceParent.isValid())
        return true;
    const Core::AuditRow &row = rows->row(sourceRow);
    if (m_onlyProblems && row.passed())
        return false;
    if (!m_problemId.isEmpty() && !row.problems.contains(m_problemId) && !row.warnings.contains(m_problemId))
        return false;
    if (!m_host.isEmpty()
        && rows->data(rows->index(sourceRow, 0), AuditRowModel::HostRole).toString() != m_host)
        return false;
    if (m_statusClass != AnyStatus) {
        const int status = row.finalStatus.value_or(0);
        if (m_statusClass == NoResponse ? status != 0 : status / 100 != m_statusClass)
            return false;
    }
    if (!m_search.isEmpty() && !row.source.contains(m_search, Qt::CaseInsensitive)
        && !row.finalUrl.contains(m_search, Qt::CaseInsensitive)
        && !row.expectedTarget.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AuditFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(AuditRowModel::SortRole);
    const QVariant b = right.data(AuditRowModel::SortRole);
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace StatusScope::Gui
