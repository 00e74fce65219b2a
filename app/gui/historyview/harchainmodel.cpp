// SPDX-License-Identifier: MIT
#include "gui/historyview/harchainmodel.h"

#include "core/requests/safetext.h"

#include <QThreadPool>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

HarChainModel::HarChainModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HarChainModel::setChains(QList<Core::ChainResult> chains)
{
    beginResetModel();
    QList<Core::ChainResult> last = std::exchange(m_chains, std::move(chains));
    m_urls = QList<QString>(m_chains.size());
    endResetModel();
    // Freeing the last file's chains (every hop's headers and body) would cost the window's thread
    // tens of milliseconds: a pool thread frees them. Their data is shared, if at all, through
    // atomic reference counts only, so whichever thread lets go last frees it safely.
    if (!last.isEmpty())
        QThreadPool::globalInstance()->start([last = std::move(last)]() mutable { last.clear(); });
}

void HarChainModel::setHeaderLabels(const QStringList &labels)
{
    m_headers = labels;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int HarChainModel::finalStatus(int row) const
{
    const QList<Core::Hop> &hops = m_chains.at(row).hops;
    return hops.isEmpty() || !hops.last().status ? -1 : *hops.last().status;
}

const QString &HarChainModel::displayUrl(int row) const
{
    QString &url = m_urls[row];
    if (url.isEmpty())
        url = Core::displayUrl(m_chains.at(row).request.url);
    return url;
}

int HarChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chains.size());
}

int HarChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HarChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return QString::number(row + 1); // the chain's place in the file, whatever the sort
        case StatusColumn:
            return finalStatus(row) < 0 ? u"—"_s : QString::number(finalStatus(row));
        case HopsColumn:
            return QString::number(hopCount(row));
        case UrlColumn:
            return displayUrl(row);
        }
    } else if (role == Qt::ToolTipRole && index.column() == UrlColumn) {
        return displayUrl(row); // the whole URL, which the column may show shortened
    }
    return {};
}

QVariant HarChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace StatusScope::Gui
