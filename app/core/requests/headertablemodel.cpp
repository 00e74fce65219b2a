// SPDX-License-Identifier: MIT
#include "core/requests/headertablemodel.h"

#include "core/requests/requestvalidation.h"

namespace StatusScope::Core {

HeaderTableModel::HeaderTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{
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
    for (const Row &row : rowList()) {
        if (row.enabled && !row.name.trimmed().isEmpty())
            headers.append({row.name.trimmed().toUtf8(), row.value.trimmed().toUtf8()});
    }
    return headers;
}

QList<QByteArray> HeaderTableModel::secretNames() const
{
    QList<QByteArray> names;
    for (const Row &row : rowList()) {
        if (row.secret && !row.name.trimmed().isEmpty())
            names.append(row.name.trimmed().toUtf8());
    }
    return names;
}

std::optional<QString> HeaderTableModel::firstError() const
{
    for (const Row &row : rowList()) {
        if (auto error = rowError(row))
            return error;
    }
    return std::nullopt;
}

QVariant HeaderTableModel::data(const QModelIndex &index, int role) const
{
    const Row *cell = rowAt(index);
    if (!cell)
        return {};
    const Row &row = *cell;
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
    Row *cell = rowAt(index);
    if (!cell)
        return false;
    Row &row = *cell;
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
    rowEdited(index.row());
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
