// SPDX-License-Identifier: MIT
#include "gui/console/pintablemodel.h"

#include "core/requests/pins.h"

#include <QBrush>
#include <QColor>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

bool isEmpty(const PinTableModel::Row &row)
{
    return row.host.trimmed().isEmpty() && row.port.trimmed().isEmpty() && row.target.trimmed().isEmpty()
        && row.targetPort.trimmed().isEmpty();
}

// An IPv6 address needs its brackets in curl's colon-separated text; typed in a cell it may come
// without them.
QString bracketed(const QString &part)
{
    const QString text = part.trimmed();
    return text.contains(u':') && !text.startsWith(u'[') ? u'[' + text + u']' : text;
}

// The row as curl's option value, so the command line's parser reads it.
QString optionText(const PinTableModel::Row &row)
{
    if (row.kind == PinTableModel::Kind::Resolve) {
        QStringList addresses;
        for (const QString &address : row.target.split(u','))
            addresses.append(bracketed(address));
        return bracketed(row.host) + u':' + row.port.trimmed() + u':' + addresses.join(u',');
    }
    return bracketed(row.host) + u':' + row.port.trimmed() + u':' + bracketed(row.target) + u':'
        + row.targetPort.trimmed();
}

} // namespace

PinTableModel::PinTableModel(QObject *parent)
    : RowTableModel(ColumnCount, parent)
{
}

void PinTableModel::setPins(const QList<ResolvePin> &resolve, const QList<ConnectToPin> &connectTo)
{
    QList<Row> rows;
    const auto port = [](int p) { return p > 0 ? QString::number(p) : QString(); };
    for (const ResolvePin &pin : resolve)
        rows.append({Kind::Resolve, pin.host, port(pin.port), pin.addresses.join(u", "_s), {}});
    for (const ConnectToPin &pin : connectTo)
        rows.append({Kind::ConnectTo, pin.host, port(pin.port), pin.toHost, port(pin.toPort)});
    setRows(rows);
}

std::optional<QString> PinTableModel::rowError(const Row &row)
{
    if (isEmpty(row))
        return std::nullopt;
    QString error;
    if (row.kind == Kind::Resolve ? !parseResolvePin(optionText(row), &error).has_value()
                                  : !parseConnectToPin(optionText(row), &error).has_value())
        return error;
    return std::nullopt;
}

std::optional<QString> PinTableModel::readPins(NetworkOptions &network) const
{
    network.resolve.clear();
    network.connectTo.clear();
    QString error;
    for (const Row &row : rowList()) {
        if (isEmpty(row))
            continue;
        if (row.kind == Kind::Resolve) {
            const std::optional<ResolvePin> pin = parseResolvePin(optionText(row), &error);
            if (!pin)
                return error;
            network.resolve.append(*pin);
        } else {
            const std::optional<ConnectToPin> pin = parseConnectToPin(optionText(row), &error);
            if (!pin)
                return error;
            network.connectTo.append(*pin);
        }
    }
    return std::nullopt;
}

QVariant PinTableModel::data(const QModelIndex &index, int role) const
{
    const Row *cell = rowAt(index);
    if (!cell)
        return {};
    const Row &row = *cell;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KindColumn:
            return row.kind == Kind::Resolve ? u"--resolve"_s : u"--connect-to"_s; // curl's words
        case HostColumn:
            return row.host;
        case PortColumn:
            return row.port;
        case TargetColumn:
            return row.target;
        default:
            return row.kind == Kind::ConnectTo ? row.targetPort : QVariant();
        }
    case Qt::ToolTipRole:
    case ErrorRole:
        return rowError(row).value_or(QString());
    case Qt::ForegroundRole:
        if (rowError(row))
            return QBrush(QColor(0xb0, 0x25, 0x1d));
        break;
    default:
        break;
    }
    return {};
}

bool PinTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Row *cell = rowAt(index);
    if (!cell || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Row &row = *cell;
    const QString text = value.toString();
    switch (index.column()) {
    case HostColumn:
        row.host = text;
        break;
    case PortColumn:
        row.port = text;
        break;
    case TargetColumn:
        row.target = text;
        break;
    default:
        row.targetPort = text;
        break;
    }
    rowEdited(index.row());
    return true;
}

Qt::ItemFlags PinTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= rowCount())
        return flags;
    // The kind is chosen by the button that made the row; --resolve keeps the port it pins, so
    // its target port cell is off.
    if (index.column() == TargetPortColumn && rowList().at(index.row()).kind == Kind::Resolve)
        return flags & ~Qt::ItemIsEnabled;
    return index.column() == KindColumn ? flags : flags | Qt::ItemIsEditable;
}

QVariant PinTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TargetColumn)
        return tr("--resolve: the IP addresses to connect to, separated by commas; --connect-to: the host to "
                  "connect to (empty: the request's own)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Option");
    case HostColumn:
        return tr("Host");
    case PortColumn:
        return tr("Port");
    case TargetColumn:
        return tr("To");
    default:
        return tr("To port");
    }
}

} // namespace StatusScope::Gui
