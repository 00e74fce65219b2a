// SPDX-License-Identifier: MIT
#include "gui/historyview/harchainmodel.h"

#include "core/requests/safetext.h"

#include <QThreadPool>

#include <algorithm>
#include <numeric>
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
    m_order.resize(m_chains.size());
    std::iota(m_order.begin(), m_order.end(), 0);
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

int HarChainModel::statusOf(int chain) const
{
    const QList<Core::Hop> &hops = m_chains.at(chain).hops;
    return hops.isEmpty() || !hops.last().status ? -1 : *hops.last().status;
}

const QString &HarChainModel::urlOf(int chain) const
{
    QString &url = m_urls[chain];
    if (url.isEmpty())
        url = Core::displayUrl(m_chains.at(chain).request.url);
    return url;
}

void HarChainModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> chainsBefore;
    chainsBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        chainsBefore.append(m_order.at(index.row()));

    // Always from the file's order, so that ties end in it: numbers compared as numbers, URLs as
    // the text shown, case counting as it does in a URL's path.
    std::iota(m_order.begin(), m_order.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    const auto sortBy = [this, ascending](auto key) {
        std::stable_sort(m_order.begin(), m_order.end(), [&key, ascending](int a, int b) {
            return ascending ? key(a) < key(b) : key(b) < key(a);
        });
    };
    switch (column) {
    case StatusColumn:
        sortBy([this](int chain) { return statusOf(chain); });
        break;
    case HopsColumn:
        sortBy([this](int chain) { return m_chains.at(chain).hops.size(); });
        break;
    case UrlColumn:
        sortBy([this](int chain) { return QStringView(urlOf(chain)); });
        break;
    default:
        if (!ascending)
            std::reverse(m_order.begin(), m_order.end());
    }

    QList<int> rowOf(m_order.size());
    for (int row = 0; row < m_order.size(); ++row)
        rowOf[m_order.at(row)] = row;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(rowOf.at(chainsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, VerticalSortHint);
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
            return QString::number(m_order.at(row) + 1); // the chain's place in the file
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
