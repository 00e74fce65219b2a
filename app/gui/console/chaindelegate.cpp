// SPDX-License-Identifier: MIT
#include "gui/console/chaindelegate.h"

#include "core/requests/chainmodel.h"
#include "core/requests/safetext.h"
#include "gui/console/hopdetailhtml.h"
#include "gui/widgets/classcolors.h"
#include "gui/widgets/statusbadge.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using Core::ChainModel;

namespace {

const Core::Hop *hopOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const ChainModel *>(index.model());
    return model ? model->hopAt(index.row()) : nullptr;
}

QFont badgeFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    small.setBold(true);
    return small;
}

} // namespace

QString ChainDelegate::routeBadgeText(const Core::Hop &hop)
{
    QStringList words;
    if (!hop.route.proxy.isEmpty())
        words.append(tr("proxy"));
    if (!hop.route.connectedTo.isEmpty())
        words.append(tr("pin"));
    return words.join(u" · "_s);
}

QString ChainDelegate::routeToolTip(const Core::Hop &hop)
{
    const QStringList lines = QStringList{Core::displayUrl(hop.url)} + hopRouteSentences(hop);
    return u"<p style=\"white-space:pre-wrap\">"_s + lines.join(u'\n').toHtmlEscaped() + u"</p>"_s;
}

ChainDelegate::ChainDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void ChainDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ChainModel::UrlColumn)
        option->textElideMode = Qt::ElideMiddle;
}

void ChainDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const int column = index.column();
    if (column == ChainModel::UrlColumn) {
        const Core::Hop *hop = hopOf(index);
        const QString badge = hop ? routeBadgeText(*hop) : QString();
        if (!badge.isEmpty()) {
            paintUrlWithBadge(painter, option, index, badge);
            return;
        }
    }
    const bool custom = (column == ChainModel::StatusColumn && index.data(ChainModel::StatusRole).isValid())
        || column == ChainModel::TimingColumn
        || (column == ChainModel::WarningsColumn && index.data(ChainModel::WarningCountRole).toInt() > 0);
    if (!custom) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    if (column == ChainModel::StatusColumn) {
        const auto statusClass = static_cast<Core::StatusClass>(index.data(ChainModel::ClassRole).toInt());
        paintStatusBadge(painter, option.rect, index.data().toString(), statusClass, option.font);
        return;
    }
    painter->save();
    if (column == ChainModel::TimingColumn) {
        const double axis = std::max(0.001, index.data(ChainModel::ChainDurationRole).toDouble());
        const double start = index.data(ChainModel::StartRole).toDouble();
        const double duration = index.data(ChainModel::DurationRole).toDouble();
        const bool running = index.data(ChainModel::RunningRole).toBool();
        // The bar takes what the time (60 px at the right) leaves. A column with less than 16 px
        // for the bar (the Audit page's chain pane at 800×600) shows the time alone, and nothing
        // is drawn over the reason beside it.
        const QString time = index.data().toString();
        painter->setClipRect(option.rect);
        if (option.rect.width() < 4 + 16 + 60) {
            painter->setPen(option.state & QStyle::State_Selected
                                ? option.palette.color(QPalette::HighlightedText)
                                : option.palette.color(QPalette::Text));
            painter->drawText(option.rect.adjusted(2, 0, -2, 0), Qt::AlignRight | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(time, Qt::ElideRight, option.rect.width() - 4));
            painter->restore();
            return;
        }
        const QRect track
            = option.rect.adjusted(4, option.rect.height() / 2 - 4, -60, -(option.rect.height() / 2 - 4));
        const int x = track.left() + int(track.width() * std::min(1.0, start / axis));
        const int width = running ? 6 : std::max(2, int(track.width() * std::min(1.0, duration / axis)));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        const QVariant status = index.data(ChainModel::StatusRole);
        const QColor colour = status.isValid()
            ? classColor(static_cast<Core::StatusClass>(index.data(ChainModel::ClassRole).toInt()))
            : option.palette.color(QPalette::PlaceholderText);
        painter->setBrush(colour);
        painter->drawRoundedRect(
            QRect(x, track.top(), std::min(width, track.right() - x + 1), track.height()), 3, 3);
        painter->setPen(option.state & QStyle::State_Selected
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text));
        painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter,
                          index.data().toString());
    } else {
        const int severity = index.data(ChainModel::SeverityRole).toInt();
        const QColor colour = severity == int(Core::Severity::Error) ? QColor(0xb0, 0x25, 0x1d)
            : severity == int(Core::Severity::Warning)               ? QColor(0x8a, 0x55, 0x00)
                                                                     : QColor(0x1a, 0x62, 0xa8);
        // A round mark with "i" (information) or "!" (warning, error), then the count.
        const QString mark
            = severity == int(Core::Severity::Info) ? QStringLiteral("i") : QStringLiteral("!");
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        const int diameter = option.fontMetrics.height();
        const QRect circle(option.rect.left() + 6, option.rect.center().y() - diameter / 2, diameter,
                           diameter);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(circle);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, mark);
        // The count is in the text colour, so it reads on light and dark themes alike.
        painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                   : QPalette::Text));
        painter->drawText(option.rect.adjusted(diameter + 10, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          index.data().toString());
    }
    painter->restore();
}

void ChainDelegate::paintUrlWithBadge(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index, const QString &badge) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString url = item.text;
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    // The badge sits at the right end, the URL elided in its middle in what is left.
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(badge) + 10;
    const int height = std::min(option.rect.height() - 4, metrics.height() + 2);
    const QRect tag(option.rect.right() - width - 3, option.rect.center().y() - height / 2, width, height);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget)
                           .adjusted(0, 0, -(width + 6), 0)
                           .intersected(option.rect);
    painter->save();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(url, Qt::ElideMiddle, std::max(0, text.width())));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x1a, 0x62, 0xa8));
    painter->drawRoundedRect(tag, 3, 3);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(tag, Qt::AlignCenter, badge);
    painter->restore();
}

QSize ChainDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    if (index.column() == ChainModel::StatusColumn)
        size.setWidth(statusBadgeWidth(option.font) + 14);
    if (index.column() == ChainModel::TimingColumn)
        size.setWidth(std::max(size.width(), 220));
    return size;
}

bool ChainDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    // A hop with a badge says in the URL's tool tip what the badge stands for.
    if (event->type() == QEvent::ToolTip && index.column() == ChainModel::UrlColumn) {
        const Core::Hop *hop = hopOf(index);
        if (hop && !routeBadgeText(*hop).isEmpty()) {
            QToolTip::showText(event->globalPos(), routeToolTip(*hop), view, option.rect);
            return true;
        }
    }
    // A cell cut short by a narrow column (a long reason) is read whole in its tool tip; the URL
    // and the checks bring their own.
    if (event->type() == QEvent::ToolTip && !index.data(Qt::ToolTipRole).isValid()) {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty() && sizeHint(option, index).width() > option.rect.width()) {
            QToolTip::showText(event->globalPos(), text, view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace StatusScope::Gui
