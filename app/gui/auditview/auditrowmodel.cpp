// SPDX-License-Identifier: MIT
#include "gui/auditview/auditrowmodel.h"

#include "core/audit/auditwriter.h"
#include "core/requests/secrets.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

// A password written in a URL is shown masked, as the exports and the command line write it
// ("ann:pw@host" without a scheme included); the row keeps it for a re-run.
QString shownUrl(const QString &text)
{
    return Core::maskTypedUrlPassword(text);
}

} // namespace

AuditRowModel::AuditRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditRowModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AuditRowModel::append(const QList<Core::AuditRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

void AuditRowModel::replace(int position, const Core::AuditRow &row)
{
    if (position < 0 || position >= m_rows.size())
        return;
    m_rows[position] = row;
    Q_EMIT dataChanged(index(position, 0), index(position, ColumnCount - 1));
}

int AuditRowModel::positionOfIndex(qint64 inputIndex) const
{
    // Rows are appended in input order, so their indexes ascend.
    const auto found
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), inputIndex,
                           [](const Core::AuditRow &row, qint64 value) { return row.index < value; });
    return found != m_rows.cend() && found->index == inputIndex ? int(found - m_rows.cbegin()) : -1;
}

int AuditRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditRowModel::displayText(const Core::AuditRow &row, int column) const
{
    switch (column) {
    case LineColumn:
        return row.line > 0 ? QString::number(row.line) : QString();
    case SourceColumn:
        return shownUrl(row.source);
    case ChainColumn:
        return Core::auditChainText(row.chain);
    case FinalUrlColumn:
        return shownUrl(row.finalUrl);
    case ExpectedColumn: {
        QString text = shownUrl(row.expectedTarget);
        if (row.expectedStatus)
            text = text.isEmpty() ? QString::number(*row.expectedStatus)
                                  : u"%1 (%2)"_s.arg(text).arg(*row.expectedStatus);
        return text;
    }
    case MatchColumn:
        if (!row.match)
            return QString();
        return *row.match ? tr("yes") : tr("no");
    case ProblemsColumn: {
        QString text = row.problems.join(u' ');
        if (row.error && !row.error->kind.isEmpty())
            text += u" ("_s + row.error->kind + u')';
        return text;
    }
    case TimeColumn:
        return tr("%1 ms").arg(row.totalMs, 0, 'f', 0);
    }
    return QString();
}

QVariant AuditRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Core::AuditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ProblemsColumn && row.error)
            return row.error->message;
        if (index.column() == ProblemsColumn && !row.warnings.isEmpty())
            return tr("Warnings: %1").arg(row.warnings.join(u", "_s));
        return displayText(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == TimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case LineColumn:
            return row.index; // sitemap rows have no line; their input order sorts the same way
        case ChainColumn:
            return row.finalStatus.value_or(0) * 100 + row.hops;
        case MatchColumn:
            return row.match ? (*row.match ? 2 : 1) : 0;
        case ProblemsColumn:
            return row.problems.size();
        case TimeColumn:
            return row.totalMs;
        default:
            return displayText(row, index.column());
        }
    case ChainRole: {
        QList<int> statuses;
        statuses.reserve(row.chain.size());
        for (const std::optional<int> &status : row.chain)
            statuses.append(status.value_or(0));
        return QVariant::fromValue(statuses);
    }
    case HostRole:
        return QUrl(row.source).host().toLower();
    case ProblemsRole:
        return row.problems;
    case PassedRole:
        return row.passed();
    case FinalStatusRole:
        return row.finalStatus.value_or(0);
    }
    return {};
}

QVariant AuditRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The tool tip says the header whole where a narrow column cuts it to "…".
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case SourceColumn:
        return tr("Source");
    case ChainColumn:
        return tr("Chain");
    case FinalUrlColumn:
        return tr("Final URL");
    case ExpectedColumn:
        return tr("Expected");
    case MatchColumn:
        return tr("Match");
    case ProblemsColumn:
        return tr("Problems");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

} // namespace StatusScope::Gui
