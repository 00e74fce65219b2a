// SPDX-License-Identifier: MIT
#include "cataloguefiltermodel.h"

#include "cataloguemodel.h"
#include "statusclass.h"

namespace StatusScope::Core {

CatalogueFilterModel::CatalogueFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CatalogueModel::SortRole);
    setDynamicSortFilter(true);
}

void CatalogueFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_search = CatalogueSearch(text);
    refilter();
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
    invalidateRowsFilter();
    Q_EMIT filterChanged();
}

bool CatalogueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const CatalogueModel *>(sourceModel());
    if (!model)
        return true;
    const StatusEntry *entry = model->entryAt(model->index(sourceRow, 0, sourceParent));
    if (!entry)
        return false;
    if (m_class && classOfCode(entry->code) != *m_class)
        return false;
    if (m_origin && entry->origin != *m_origin)
        return false;
    if (m_search.isEmpty())
        return true;
    const QString haystack
        = model->data(model->index(sourceRow, 0, sourceParent), CatalogueModel::SearchTextRole).toString();
    return m_search.matches(*entry, haystack);
}

} // namespace StatusScope::Core
