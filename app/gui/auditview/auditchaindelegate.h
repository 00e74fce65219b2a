// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace StatusScope::Gui {

// Draws an audit row's chain as its statuses in class-coloured badges, left to right ("–" for a hop
// without response); what does not fit ends in "+N". The text ("301>200") stays the cell's
// display value, so copying, sorting and screen readers get the words.
class AuditChainDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditChainDelegate)

public:
    explicit AuditChainDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace StatusScope::Gui
