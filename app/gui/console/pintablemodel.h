// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"
#include "core/requests/rowtablemodel.h"

#include <optional>

namespace StatusScope::Gui {

enum class PinKind { Resolve, ConnectTo };

// One row as typed, each cell as text so that a half-typed row is kept as it stands.
struct PinRow
{
    PinKind kind = PinKind::Resolve;
    QString host;
    QString port;
    QString target; // --resolve: ADDRESS[,ADDRESS…]; --connect-to: the target host
    QString targetPort; // --connect-to only
};

// The console's pinned addresses: rows of curl's --resolve (host, port, addresses) and --connect-to
// (host, port, target host, target port), checked as they are typed by the same parser as the
// command line (core/requests/pins.h), so a bad row is marked with the sentence check would give.
class PinTableModel final : public Core::RowTableModel<PinRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinTableModel)

public:
    enum Column { KindColumn, HostColumn, PortColumn, TargetColumn, TargetPortColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ErrorRole = Qt::UserRole + 1 }; // QString: why the row cannot be used, or empty

    using Kind = PinKind;

    explicit PinTableModel(QObject *parent = nullptr);

    void setPins(const QList<Core::ResolvePin> &resolve, const QList<Core::ConnectToPin> &connectTo);
    // Fills `network`'s pins from the rows that are not empty; the first problem, as a sentence.
    std::optional<QString> readPins(Core::NetworkOptions &network) const;
    static std::optional<QString> rowError(const Row &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace StatusScope::Gui
