// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace StatusScope::Gui {

// The chains of an opened HAR file as read-only rows (#, final status, hops, URL), each cell
// formatted when a view asks for it: a file of 25,000 chains costs the window's thread no item per
// chain, only the rows on screen. The chains are held here once, moved in.
class HarChainModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarChainModel)

public:
    enum Column { NumberColumn, StatusColumn, HopsColumn, UrlColumn, ColumnCount };

    explicit HarChainModel(QObject *parent = nullptr);

    // Replaces the rows (a model reset); rows keep the file's order.
    void setChains(QList<Core::ChainResult> chains);
    const Core::ChainResult &chain(int row) const { return m_chains.at(row); }
    // The column titles, given by whoever owns the texts (and gives them again in a new language).
    void setHeaderLabels(const QStringList &labels);

    // What the columns show, typed, for sorting and searching without formatting a cell.
    int finalStatus(int row) const; // -1 when no response arrived
    int hopCount(int row) const { return int(m_chains.at(row).hops.size()); }
    // Core::displayUrl() of the chain's URL (password masked), made the first time it is asked.
    const QString &displayUrl(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Core::ChainResult> m_chains;
    // Display URLs by row, empty until asked: sorting or searching by URL makes them all once,
    // painting only the rows shown. (A URL's display form is never empty.)
    mutable QList<QString> m_urls;
    QStringList m_headers;
};

} // namespace StatusScope::Gui
