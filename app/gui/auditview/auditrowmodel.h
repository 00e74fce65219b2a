// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditrow.h"

#include <QAbstractTableModel>
#include <QList>

namespace StatusScope::Gui {

// The rows of an audit run as a table, in input order. Rows come in batches (the page gathers
// the runner's rowReady() and appends them a few times a second), so a 10,000-source run inserts
// a few hundred times rather than 10,000. A row re-run later replaces itself in place.
class AuditRowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRowModel)

public:
    enum Column {
        LineColumn,
        SourceColumn,
        ChainColumn,
        FinalUrlColumn,
        ExpectedColumn,
        MatchColumn,
        ProblemsColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a number where the column has one, else the text
        ChainRole, // QList<int>: each hop's status, 0 for a hop without response
        HostRole, // the source's host, lower case
        ProblemsRole, // QStringList: the row's problem ids
        PassedRole, // bool
        FinalStatusRole, // int, 0 when no response
    };

    explicit AuditRowModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<Core::AuditRow> &rows);
    // Puts `row` in place of the row at `position` (a re-run).
    void replace(int position, const Core::AuditRow &row);
    const Core::AuditRow &row(int position) const { return m_rows.at(position); }
    const QList<Core::AuditRow> &rows() const { return m_rows; }
    // The position of the row with input index `index`, or -1.
    int positionOfIndex(qint64 index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Core::AuditRow &row, int column) const;

    QList<Core::AuditRow> m_rows;
};

} // namespace StatusScope::Gui
