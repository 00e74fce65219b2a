// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statuscatalogue.h"

#include <QAbstractTableModel>

namespace StatusScope::Core {

// The catalogue as a flat table, one row per entry. Views sort and filter it through
// CatalogueFilterModel; the roles below are the only way anything reads entry data from it.
class CatalogueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueModel)

public:
    enum Column { CodeColumn, ReasonColumn, OriginColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        EntryIndexRole = Qt::UserRole + 1, // int: row in catalogue().entries()
        CodeRole, // int
        CodeTextRole, // QString: "404", "000"
        ClassRole, // int: StatusClass
        OriginRole, // int: OriginKind
        SearchTextRole, // QString: the folded text CatalogueSearch looks through
        SortRole, // per column, a key that sorts naturally
        DeprecatedRole, // bool
    };
    Q_ENUM(Role)

    explicit CatalogueModel(QObject *parent = nullptr);
    explicit CatalogueModel(StatusCatalogue catalogue, QObject *parent = nullptr);

    void setCatalogue(StatusCatalogue catalogue);
    const StatusCatalogue &catalogue() const { return m_catalogue; }
    // The language of the origin column and the summary tooltips (the reason stays as sent), and
    // one more language a search finds entries in; not owned, null for English. Views repaint and
    // searches match again: every row's texts change (SearchTextRole among them).
    void setTranslation(const CatalogueTranslation *translation);
    const StatusEntry *entryAt(const QModelIndex &index) const;
    // The folded text CatalogueSearch looks through, for the entry in `row` (a valid row).
    const SearchText &searchTextAt(int row) const
    {
        if (m_searchText.size() != m_catalogue.size())
            buildSearchText();
        return m_searchText.at(row);
    }

    // Without the two virtual calls of the default: a sort by relevance asks for two indexes per
    // comparison, some 140,000 comparisons at 10,000 entries.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    StatusCatalogue m_catalogue;
    // (perf18) One per entry, built when the first search asks for it rather than with the model:
    // some 15 M instructions that the window's first paint does not need.
    void buildSearchText() const;
    mutable QList<SearchText> m_searchText;
    const CatalogueTranslation *m_translation = nullptr;
};

} // namespace StatusScope::Core
