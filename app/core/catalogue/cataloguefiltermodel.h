// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/cataloguesearch.h"

#include <QList>

#include <QSortFilterProxyModel>

#include <optional>

namespace StatusScope::Core {

class CatalogueModel;

// Sorts and filters a CatalogueModel by search text, class and origin, through typed setters so
// no view ever builds a regular expression.
class CatalogueFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueFilterModel)

public:
    explicit CatalogueFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // By code, ascending, over a catalogue already in that order (the shipped file is), the rows
    // keep the source order instead of being sorted again on every keystroke. While a search
    // ranks its matches differently (CatalogueSearch::Rank), the best come first, each rank by code.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

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
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    // Fills m_ranks for `next`, checking again only what `previous` matched when `next` narrows it.
    void matchSearch(const CatalogueSearch &previous, const CatalogueSearch &next);
    void checkSourceOrder(); // and sorts again when that changes what sort() does
    void applySort(); // the requested sort, or none when the rows are already in its order
    int wantedSortColumn() const;
    bool ranksDiffer() const { return m_ranksDiffer && m_ranks.size() == m_catalogueRows; }

    // How each source row matches m_search (CatalogueSearch::Rank), worked out once per keystroke
    // in a tight loop (filterAcceptsRow and lessThan only look it up); empty until computed or
    // after the source changes.
    QList<qint8> m_ranks;
    qsizetype m_catalogueRows = 0;
    bool m_ranksDiffer = false; // the matches do not all have the same rank: sorting by it matters
    int m_appliedSortColumn = -1;
    const CatalogueModel *m_catalogueModel = nullptr; // the source, when it is one
    bool m_sourceInCodeOrder = false;
    std::optional<std::pair<int, Qt::SortOrder>> m_requestedSort;

    QString m_searchText;
    CatalogueSearch m_search;
    std::optional<StatusClass> m_class;
    std::optional<OriginKind> m_origin;
};

} // namespace StatusScope::Core
