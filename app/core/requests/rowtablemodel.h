// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace StatusScope::Core {

// What every table of hand-typed rows shares (the request's headers, the console's pinned
// addresses): a fixed set of columns, views told again after a language change, and one signal
// for "the rows may have become (in)valid" so that a Send button can follow every edit.
class RowTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableModelBase)

public:
    // The column titles and the rows' problem sentences come from tr() when asked for: after a
    // language change, views are told to ask again.
    void retranslate();

    int columnCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    void validityChanged();

protected:
    RowTableModelBase(int columnCount, QObject *parent);

    // A cell of `row` was edited: the whole row is redrawn (its problem sentence may have moved to
    // another cell's tooltip) and the rows' validity is asked again.
    void rowEdited(int row);

private:
    const int m_columnCount;
};

// The rows themselves, of one plain struct: appended, removed, all replaced at once, each change
// followed by validityChanged(). A subclass keeps its columns, its checks and its texts.
template<typename RowType> class RowTableModel : public RowTableModelBase
{
public:
    using Row = RowType;

    QList<Row> rows() const { return m_rows; }

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT validityChanged();
    }

    int addRow(const Row &row = Row())
    {
        const int position = int(m_rows.size());
        beginInsertRows({}, position, position);
        m_rows.append(row);
        endInsertRows();
        Q_EMIT validityChanged();
        return position;
    }

    void removeRowAt(int row)
    {
        if (row < 0 || row >= m_rows.size())
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        Q_EMIT validityChanged();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using RowTableModelBase::RowTableModelBase;

    // The row behind `index`, or null when the index is not a cell of this model's rows (views
    // and the model tester ask with the root and with other models' indexes too).
    const Row *rowAt(const QModelIndex &index) const
    {
        return holds(index) ? &m_rows.at(index.row()) : nullptr;
    }
    // Non-const QList access detaches, so a list handed out by rows() keeps its old values.
    Row *rowAt(const QModelIndex &index) { return holds(index) ? &m_rows[index.row()] : nullptr; }

    const QList<Row> &rowList() const { return m_rows; }

private:
    bool holds(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && index.row() < m_rows.size();
    }

    QList<Row> m_rows;
};

} // namespace StatusScope::Core
