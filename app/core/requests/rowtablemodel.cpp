// SPDX-License-Identifier: MIT
#include "core/requests/rowtablemodel.h"

namespace StatusScope::Core {

RowTableModelBase::RowTableModelBase(int columnCount, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
{
}

int RowTableModelBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

void RowTableModelBase::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
}

void RowTableModelBase::rowEdited(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1));
    Q_EMIT validityChanged();
}

} // namespace StatusScope::Core
