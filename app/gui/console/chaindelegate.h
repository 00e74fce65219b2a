// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace StatusScope::Gui {

// Draws the chain view: the status as a class-coloured badge, the hop's time as a bar on the
// chain's shared time axis (a waterfall), and the checks as a marked count, worst severity first.
// The URL column elides in the middle so both host and path stay readable.
class ChainDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainDelegate)

public:
    explicit ChainDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace StatusScope::Gui
