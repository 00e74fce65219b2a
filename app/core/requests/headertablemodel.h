// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestspec.h"
#include "core/requests/rowtablemodel.h"

#include <optional>

namespace StatusScope::Core {

struct HeaderRow
{
    bool enabled = true;
    QString name;
    QString value;
    bool secret = false; // shown and stored masked, like Authorization
};

// The request headers a user is composing: ordered rows, each with an on/off box, checked as
// they are typed so that a bad name or a value with a line break is marked before anything is sent.
class HeaderTableModel final : public RowTableModel<HeaderRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderTableModel)

public:
    enum Column { NameColumn, ValueColumn, SecretColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { ErrorRole = Qt::UserRole + 1 }; // QString: why the row cannot be sent, or empty

    explicit HeaderTableModel(QObject *parent = nullptr);

    // The enabled, non-empty rows as they will be sent, and the first problem among them.
    HeaderList enabledHeaders() const;
    QList<QByteArray> secretNames() const; // the names of rows marked secret
    std::optional<QString> firstError() const;
    static std::optional<QString> rowError(const Row &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace StatusScope::Core
