// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguesearch.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace StatusScope::Core {

// Sorts and filters a CatalogueModel by search text, class and origin, through typed setters so
// no view ever builds a regular expression.
class CatalogueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFilterModel)

public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    void setClassFilter(std::optional<StatusClass> statusClass);
    std::optional<StatusClass> classFilter() const { return m_class; }

    void setOriginFilter(std::optional<OriginKind> origin);
    std::optional<OriginKind> originFilter() const { return m_origin; }

    bool isFiltering() const;
    void clearFilters();

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_searchText;
    CatalogueSearch m_search;
    std::optional<StatusClass> m_class;
    std::optional<OriginKind> m_origin;
};

} // namespace StatusScope::Core
