// SPDX-License-Identifier: MIT
#include "core/requests/chainmodel.h"

#include "core/catalogue/statusclass.h"
#include "core/requests/safetext.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Tooltips take text that looks like markup as rich text, and these quote what a server sent:
// written as escaped HTML, they always show as the plain text they are.
QString plainTooltip(const QString &text)
{
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

void ChainModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ChainModel::ChainModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChainModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_chainMs = 0;
    endResetModel();
}

void ChainModel::hopStarted(int index, const QByteArray &method, const QUrl &url, double startMs)
{
    if (index != m_rows.size())
        return;
    beginInsertRows({}, index, index);
    Row row;
    row.hop.index = index;
    row.hop.method = method;
    row.hop.url = url;
    row.startMs = startMs;
    m_rows.append(row);
    endInsertRows();
}

void ChainModel::hopFinished(const Hop &hop)
{
    if (hop.index < 0 || hop.index >= m_rows.size())
        return;
    Row &row = m_rows[hop.index];
    row.hop = hop;
    row.running = false;
    m_chainMs = std::max(m_chainMs, row.startMs + hop.timings.done.value_or(0));
    Q_EMIT dataChanged(index(hop.index, 0), index(hop.index, ColumnCount - 1));
    // The waterfall's axis grew: every bar is redrawn to the new scale.
    Q_EMIT dataChanged(index(0, TimingColumn), index(int(m_rows.size()) - 1, TimingColumn));
}

void ChainModel::setChainDuration(double ms)
{
    if (ms <= m_chainMs || m_rows.isEmpty())
        return;
    m_chainMs = ms;
    Q_EMIT dataChanged(index(0, TimingColumn), index(int(m_rows.size()) - 1, TimingColumn));
}

void ChainModel::setChain(const ChainResult &chain, const QList<double> &startsMs)
{
    beginResetModel();
    m_rows.clear();
    m_chainMs = chain.totalMs;
    for (const Hop &hop : chain.hops) {
        Row row{hop, startsMs.value(hop.index), false};
        m_chainMs = std::max(m_chainMs, row.startMs + hop.timings.done.value_or(0));
        m_rows.append(row);
    }
    endResetModel();
}

const Hop *ChainModel::hopAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).hop : nullptr;
}

int ChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChainModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Hop &hop = row.hop;
    Severity worst = Severity::Info;
    for (const HopWarning &warning : hop.warnings)
        worst = std::max(worst, warning.severity);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return index.row() + 1;
        case MethodColumn:
            return escapeBytesForDisplay(hop.method);
        case UrlColumn:
            return displayUrl(hop.url);
        case StatusColumn:
            return hop.status ? QVariant(QString::number(*hop.status))
                              : QVariant(row.running ? u"…"_s : u"—"_s);
        case ReasonColumn:
            if (row.running)
                return tr("waiting…");
            if (!hop.status)
                return tr("no response");
            return hop.reason.isEmpty() && !hop.meanings.isEmpty() ? hop.meanings.first().reason : hop.reason;
        case TimingColumn:
            return row.running ? QVariant()
                               : QVariant(tr("%1 ms").arg(hop.timings.done.value_or(0), 0, 'f', 1));
        case WarningsColumn:
            return hop.warnings.isEmpty() ? QVariant() : QVariant(QString::number(hop.warnings.size()));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return plainTooltip(displayUrl(hop.url));
        if (index.column() == WarningsColumn && !hop.warnings.isEmpty()) {
            QStringList lines;
            for (const HopWarning &warning : hop.warnings)
                lines.append(warning.message);
            return plainTooltip(lines.join(u'\n'));
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn && hop.status)
            return tr("Status %1, %2")
                .arg(*hop.status)
                .arg(hop.meanings.isEmpty() ? QString() : hop.meanings.first().statusClass);
        break;
    case StatusRole:
        return hop.status ? QVariant(*hop.status) : QVariant();
    case ClassRole:
        return hop.status ? QVariant(int(classOfCode(*hop.status))) : QVariant();
    case StartRole:
        return row.startMs;
    case DurationRole:
        return hop.timings.done.value_or(0);
    case ChainDurationRole:
        return m_chainMs;
    case RunningRole:
        return row.running;
    case WarningCountRole:
        return int(hop.warnings.size());
    case SeverityRole:
        return hop.warnings.isEmpty() ? -1 : int(worst);
    default:
        break;
    }
    return {};
}

QVariant ChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndexColumn:
        return tr("#");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case TimingColumn:
        return tr("Time");
    case WarningsColumn:
        return tr("Checks");
    default:
        return {};
    }
}

} // namespace StatusScope::Core
