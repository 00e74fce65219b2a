// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QStyledItemDelegate>

namespace StatusScope::Gui {

// Draws the chain view: the status as a class-coloured badge, the hop's time as a bar on the
// chain's shared time axis (a waterfall), and the checks as a marked count, worst severity first.
// The URL column elides in the middle so both host and path stay readable, and carries a small
// badge on a hop that went through a proxy or to a pinned address (its tool tip says which).
class ChainDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainDelegate)

public:
    explicit ChainDelegate(QObject *parent = nullptr);

    // The badge's words for `hop` ("proxy", "pin", "proxy · pin"), or empty when it needs none.
    static QString routeBadgeText(const Core::Hop &hop);
    // The URL cell's tool tip: the URL, then how the hop reached its server (rich text, escaped).
    static QString routeToolTip(const Core::Hop &hop);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintUrlWithBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                           const QString &badge) const;
};

} // namespace StatusScope::Gui
