// SPDX-License-Identifier: MIT
#include "gui/widgets/statusbadge.h"

#include "gui/widgets/classcolors.h"

#include <QFontMetrics>
#include <QPainter>

namespace StatusScope::Gui {

namespace {

QFont badgeFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

int statusBadgeWidth(const QFont &font)
{
    return QFontMetrics(badgeFont(font)).horizontalAdvance(QStringLiteral("0000")) + 12;
}

void paintStatusBadge(QPainter *painter, const QRect &cell, const QString &text,
                      Core::StatusClass statusClass, const QFont &font)
{
    const QFont bold = badgeFont(font);
    const QFontMetrics metrics(bold);
    const int height = metrics.height() + 4;
    const int width = std::max(statusBadgeWidth(font), metrics.horizontalAdvance(text) + 12);
    const QRect badge(cell.left() + 6, cell.center().y() - height / 2 + 1, width, height);
    const QColor fill = classColor(statusClass);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(badge, 4, 4);
    painter->setFont(bold);
    painter->setPen(textColorOn(fill));
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace StatusScope::Gui
