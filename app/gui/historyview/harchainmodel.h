// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace StatusScope::Gui {

// The chains of an opened HAR file as read-only rows (#, final status, hops, URL), each cell
// formatted when a view asks for it: a file of 25,000 chains costs the window's thread no item per
// chain, only the rows on screen. The chains are held here once, moved in. It sorts itself by the
// columns' typed values (numbers as numbers), which costs a fraction of a proxy's sort that asks
// for two model indexes per comparison.
class HarChainModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarChainModel)

public:
    enum Column { NumberColumn, StatusColumn, HopsColumn, UrlColumn, ColumnCount };

    explicit HarChainModel(QObject *parent = nullptr);

    // Replaces the rows (a model reset), in the file's order.
    void setChains(QList<Core::ChainResult> chains);
    const Core::ChainResult &chain(int row) const { return m_chains.at(m_order.at(row)); }
    // The column titles, given by whoever owns the texts (and gives them again in a new language).
    void setHeaderLabels(const QStringList &labels);

    // What a row's columns show, typed, for searching without formatting a cell.
    int finalStatus(int row) const { return statusOf(m_order.at(row)); }
    int hopCount(int row) const { return int(chain(row).hops.size()); }
    // Core::displayUrl() of the chain's URL (password masked), made the first time it is asked.
    const QString &displayUrl(int row) const { return urlOf(m_order.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Equal values keep the file's order, whichever the direction.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // By the chain's place in the file.
    int statusOf(int chain) const; // -1 when no response arrived
    const QString &urlOf(int chain) const;

    QList<Core::ChainResult> m_chains; // in the file's order
    QList<int> m_order; // row -> place in the file
    // Display URLs by place in the file, empty until asked: sorting or searching by URL makes them
    // all once, painting only the rows shown. (A URL's display form is never empty.)
    mutable QList<QString> m_urls;
    QStringList m_headers;
};

} // namespace StatusScope::Gui
