// SPDX-License-Identifier: MIT
#include "gui/catalogueview/statusbadgedelegate.h"

#include "core/catalogue/cataloguemodel.h"
#include "gui/widgets/statusbadge.h"

#include <QApplication>

namespace StatusScope::Gui {

using Core::CatalogueModel;

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void StatusBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(CatalogueModel::DeprecatedRole).toBool() && index.column() != CatalogueModel::CodeColumn) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != CatalogueModel::CodeColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Let the style draw the selection and focus background, then the badge on top.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto statusClass = static_cast<Core::StatusClass>(index.data(CatalogueModel::ClassRole).toInt());
    paintStatusBadge(painter, option.rect, index.data(Qt::DisplayRole).toString(), statusClass, option.font);
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    size.setHeight(std::max(size.height(), metrics.height() + 10));
    if (index.column() == CatalogueModel::CodeColumn)
        size.setWidth(statusBadgeWidth(option.font) + 14);
    return size;
}

} // namespace StatusScope::Gui
