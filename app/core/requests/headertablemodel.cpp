// SPDX-License-Identifier: MIT
#include "core/requests/headertablemodel.h"

#include "core/requests/requestvalidation.h"

namespace StatusScope::Core {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeaderTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    Q_EMIT validityChanged();
}

int HeaderTableModel::addRow(const Row &row)
{
    const int position = int(m_rows.size());
    beginInsertRows({}, position, position);
    m_rows.append(row);
    endInsertRows();
    Q_EMIT validityChanged();
    return position;
}

void HeaderTableModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT validityChanged();
}

std::optional<QString> HeaderTableModel::rowError(const Row &row)
{
    if (!row.enabled || (row.name.isEmpty() && row.value.isEmpty()))
        return std::nullopt;
    if (row.name.trimmed().isEmpty())
        return tr("This header has a value but no name.");
    return validateHeader(row.name.trimmed().toUtf8(), row.value.toUtf8());
}

HeaderList HeaderTableModel::enabledHeaders() const
{
    HeaderList headers;
    for (const Row &row : m_rows) {
        if (row.enabled && !row.name.trimmed().isEmpty())
            headers.append({row.name.trimmed().toUtf8(), row.value.trimmed().toUtf8()});
    }
    return headers;
}

QList<QByteArray> HeaderTableModel::secretNames() const
{
    QList<QByteArray> names;
    for (const Row &row : m_rows) {
        if (row.secret && !row.name.trimmed().isEmpty())
            names.append(row.name.trimmed().toUtf8());
    }
    return names;
}

std::optional<QString> HeaderTableModel::firstError() const
{
    for (const Row &row : m_rows) {
        if (auto error = rowError(row))
            return error;
    }
    return std::nullopt;
}

int HeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SecretColumn)
            return {};
        if (index.column() == ValueColumn && row.secret && !row.value.isEmpty())
            return QStringLiteral("••••"); // typed once, then kept out of sight
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::EditRole:
        if (index.column() == SecretColumn)
            return {};
        return index.column() == NameColumn ? row.name : row.value;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (index.column() == SecretColumn)
            return row.secret ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
    case ErrorRole:
        return rowError(row).value_or(QString());
    default:
        break;
    }
    return {};
}

bool HeaderTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == NameColumn) {
        row.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::CheckStateRole && index.column() == SecretColumn) {
        row.secret = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == SecretColumn) {
        return false;
    } else if (role == Qt::EditRole) {
        (index.column() == NameColumn ? row.name : row.value) = value.toString();
    } else {
        return false;
    }
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT validityChanged();
    return true;
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    // The root (no cell) takes no edits: views and the model tester ask it too.
    if (!index.isValid())
        return flags;
    if (index.column() != SecretColumn)
        flags |= Qt::ItemIsEditable;
    if (index.column() == NameColumn || index.column() == SecretColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void HeaderTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    default:
        return tr("Secret");
    }
}

} // namespace StatusScope::Core
