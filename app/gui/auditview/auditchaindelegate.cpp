// SPDX-License-Identifier: MIT
#include "gui/auditview/auditchaindelegate.h"

#include "core/catalogue/statusclass.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/widgets/statusbadge.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

constexpr int BadgeGap = 3;

} // namespace

AuditChainDelegate::AuditChainDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void AuditChainDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear(); // the badges say it
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QList<int> statuses = index.data(AuditRowModel::ChainRole).value<QList<int>>();
    if (statuses.isEmpty())
        return;
    const int step = statusBadgeWidth(option.font) + BadgeGap;
    // paintStatusBadge() draws 6 px in from the cell's left edge. When not all fit, the last place
    // says how many more hops there are.
    const int fit = std::max(1, (option.rect.width() - 6) / step);
    const qsizetype drawn = statuses.size() <= fit ? statuses.size() : fit - 1;
    int x = option.rect.left();
    for (qsizetype i = 0; i < drawn; ++i) {
        const int status = statuses.at(i);
        const QRect cell(x, option.rect.top(), step, option.rect.height());
        if (status > 0)
            paintStatusBadge(painter, cell, QString::number(status), Core::classOfCode(status), option.font);
        else
            paintStatusBadge(painter, cell, u"–"_s, Core::StatusClass::Other, option.font);
        x += step;
    }
    if (drawn < statuses.size()) {
        painter->save();
        painter->setPen(option.state & QStyle::State_Selected
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text));
        painter->drawText(
            QRect(x + 6, option.rect.top(), std::max(0, option.rect.right() - x - 6), option.rect.height()),
            Qt::AlignVCenter | Qt::AlignLeft, u"+%1"_s.arg(statuses.size() - drawn));
        painter->restore();
    }
}

QSize AuditChainDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const qsizetype hops
        = std::max<qsizetype>(1, index.data(AuditRowModel::ChainRole).value<QList<int>>().size());
    size.setWidth(int(std::min<qsizetype>(hops, 4)) * (statusBadgeWidth(option.font) + BadgeGap) + 12);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace StatusScope::Gui
