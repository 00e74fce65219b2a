// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QAbstractTableModel>

#include <optional>

namespace StatusScope::Gui {

// The console's pinned addresses: rows of curl's --resolve (host, port, addresses) and --connect-to
// (host, port, target host, target port), checked as they are typed by the same parser as the
// command line (core/requests/pins.h), so a bad row is marked with the sentence check would give.
class PinTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinTableModel)

public:
    enum Column { KindColumn, HostColumn, PortColumn, TargetColumn, TargetPortColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ErrorRole = Qt::UserRole + 1 }; // QString: why the row cannot be used, or empty

    enum class Kind { Resolve, ConnectTo };
    struct Row
    {
        Kind kind = Kind::Resolve;
        QString host;
        QString port;
        QString target; // --resolve: ADDRESS[,ADDRESS…]; --connect-to: the target host
        QString targetPort; // --connect-to only
    };

    explicit PinTableModel(QObject *parent = nullptr);

    int addRow(const Row &row);
    void removeRowAt(int row);
    void setPins(const QList<Core::ResolvePin> &resolve, const QList<Core::ConnectToPin> &connectTo);
    QList<Row> rows() const { return m_rows; }
    // Fills `network`'s pins from the rows that are not empty; the first problem, as a sentence.
    std::optional<QString> readPins(Core::NetworkOptions &network) const;
    static std::optional<QString> rowError(const Row &row);
    // The column titles and row sentences come from tr() when asked for.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void validityChanged();

private:
    QList<Row> m_rows;
};

} // namespace StatusScope::Gui
