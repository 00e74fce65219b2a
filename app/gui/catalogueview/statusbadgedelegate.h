// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace StatusScope::Gui {

// Paints the code column of the catalogue as a badge in its class colour; deprecated entries
// read in grey italics so they stand apart without hiding.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace StatusScope::Gui
