// SPDX-License-Identifier: MIT
#include "core/catalogue/cataloguefiltermodel.h"

#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/statusclass.h"

#include <algorithm>

namespace StatusScope::Core {

CatalogueFilterModel::CatalogueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogueModel::SortRole);
    setDynamicSortFilter(true);
}

void CatalogueFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    m_catalogueModel = qobject_cast<const CatalogueModel *>(model);
    m_ranks.clear();
    if (!model)
        return;
    // Any change of rows makes the per-row matches stale; they are worked out again when needed.
    const auto stale = [this] {
        m_ranks.clear();
        m_ranksDiffer = false;
        checkSourceOrder();
    };
    checkSourceOrder();
    connect(model, &QAbstractItemModel::modelReset, this, stale);
    connect(model, &QAbstractItemModel::rowsInserted, this, stale);
    connect(model, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(model, &QAbstractItemModel::rowsMoved, this, stale);
    connect(model, &QAbstractItemModel::layoutChanged, this, stale);
    // Another language changes what every row's search text holds (CatalogueModel::setTranslation):
    // the search is matched again, so "Weiterleitung" finds its entries once German is shown.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (m_search.isEmpty()
                    || (!roles.isEmpty() && !roles.contains(CatalogueModel::SearchTextRole)))
                    return;
                matchSearch({}, m_search);
                refilter();
            });
}

void CatalogueFilterModel::checkSourceOrder()
{
    const bool wasInOrder = m_sourceInCodeOrder;
    m_sourceInCodeOrder = false;
    m_catalogueRows = m_catalogueModel ? m_catalogueModel->catalogue().size() : 0;
    if (m_catalogueModel) {
        const QList<StatusEntry> &entries = m_catalogueModel->catalogue().entries();
        m_sourceInCodeOrder
            = std::is_sorted(entries.cbegin(), entries.cend(),
                             [](const StatusEntry &a, const StatusEntry &b) { return a.code < b.code; });
    }
    if (m_requestedSort && wasInOrder != m_sourceInCodeOrder)
        sort(m_requestedSort->first, m_requestedSort->second);
}

void CatalogueFilterModel::sort(int column, Qt::SortOrder order)
{
    m_requestedSort = std::pair{column, order};
    applySort();
}

void CatalogueFilterModel::applySort()
{
    if (!m_requestedSort)
        return;
    m_appliedSortColumn = wantedSortColumn();
    QSortFilterProxyModel::sort(m_appliedSortColumn, m_requestedSort->second);
}

int CatalogueFilterModel::wantedSortColumn() const
{
    if (!m_requestedSort)
        return -1;
    const auto [column, order] = *m_requestedSort;
    const bool alreadyInOrder = m_sourceInCodeOrder && column == CatalogueModel::CodeColumn
        && order == Qt::AscendingOrder && !ranksDiffer();
    return alreadyInOrder ? -1 : column;
}

void CatalogueFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    CatalogueSearch next(text);
    matchSearch(m_search, next);
    m_searchText = text;
    m_search = std::move(next);
    refilter();
}

void CatalogueFilterModel::matchSearch(const CatalogueSearch &previous, const CatalogueSearch &next)
{
    const CatalogueModel *model = m_catalogueModel;
    m_ranksDiffer = false;
    if (!model || next.isEmpty()) {
        m_ranks.clear();
        return;
    }
    const QList<StatusEntry> &entries = model->catalogue().entries();
    const bool narrowing
        = !previous.isEmpty() && m_ranks.size() == entries.size() && previous.isNarrowedBy(next);
    if (!narrowing)
        m_ranks = QList<qint8>(entries.size(), qint8(CatalogueSearch::ExactCode));
    qint8 first = CatalogueSearch::NoMatch;
    m_ranksDiffer = false;
    for (qsizetype row = 0; row < entries.size(); ++row) {
        qint8 &rank = m_ranks[row];
        if (rank == CatalogueSearch::NoMatch)
            continue;
        rank = next.rank(entries.at(row), model->searchTextAt(int(row)));
        if (rank == CatalogueSearch::NoMatch)
            continue;
        if (first == CatalogueSearch::NoMatch)
            first = rank;
        else if (rank != first)
            m_ranksDiffer = true;
    }
}

void CatalogueFilterModel::setClassFilter(std::optional<StatusClass> statusClass)
{
    if (statusClass == m_class)
        return;
    m_class = statusClass;
    refilter();
}

void CatalogueFilterModel::setOriginFilter(std::optional<OriginKind> origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    refilter();
}

bool CatalogueFilterModel::isFiltering() const
{
    return !m_search.isEmpty() || m_class || m_origin;
}

void CatalogueFilterModel::clearFilters()
{
    if (!isFiltering() && m_searchText.isEmpty())
        return;
    m_searchText.clear();
    m_search = {};
    m_class.reset();
    m_origin.reset();
    refilter();
}

void CatalogueFilterModel::refilter()
{
    // Ranks that differ need the rows sorted; the same ranks keep the source's code order. The
    // rows are sorted once: by the new search's ranks after its filtering when a sort starts, or
    // not at all when one ends (the source order is put back before filtering).
    const int wanted = wantedSortColumn();
    const bool changeSort = m_requestedSort && wanted != m_appliedSortColumn;
    m_appliedSortColumn = wanted;
    if (changeSort && wanted < 0)
        QSortFilterProxyModel::sort(wanted, m_requestedSort->second);
    // One rebuild of the mapping: cheaper than the row-by-row removals invalidateRowsFilter()
    // sends when a keystroke drops thousands of scattered rows (~10 ms at 10,000 entries).
    invalidate();
    if (changeSort && wanted >= 0)
        QSortFilterProxyModel::sort(wanted, m_requestedSort->second);
    Q_EMIT filterChanged();
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const CatalogueModel *model = m_catalogueModel;
    if (!model)
        return true;
    const QList<StatusEntry> &entries = model->catalogue().entries();
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= entries.size())
        return false;
    const StatusEntry &entry = entries.at(sourceRow);
    if (m_class && classOfCode(entry.code) != *m_class)
        return false;
    if (m_origin && entry.origin != *m_origin)
        return false;
    if (m_search.isEmpty())
        return true;
    if (m_ranks.size() == entries.size())
        return m_ranks.at(sourceRow) != CatalogueSearch::NoMatch;
    return m_search.matches(entry, model->searchTextAt(sourceRow));
}

bool CatalogueFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The common case, by code, without building two QVariants per comparison: code first, then
    // the file's order (the standard meaning first), as CatalogueModel::SortRole defines it.
    const CatalogueModel *model = m_catalogueModel;
    if (!model || left.column() != CatalogueModel::CodeColumn || sortRole() != CatalogueModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const QList<StatusEntry> &entries = model->catalogue().entries();
    // A search's best matches first (only the code column's ascending order is by relevance).
    if (ranksDiffer() && sortOrder() == Qt::AscendingOrder) {
        const qint8 leftRank = m_ranks.at(left.row());
        const qint8 rightRank = m_ranks.at(right.row());
        if (leftRank != rightRank)
            return leftRank < rightRank;
    }
    const int a = entries.at(left.row()).code;
    const int b = entries.at(right.row()).code;
    return a != b ? a < b : left.row() < right.row();
}

} // namespace StatusScope::Core
