// SPDX-License-Identifier: MIT
#include "gui/widgets/elidingheader.h"

#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace StatusScope::Gui {

namespace {

class ElidingHeaderStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option);
        if (element != CE_HeaderLabel || !header) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader shown = *header;
        shown.text = header->fontMetrics.elidedText(header->text, Qt::ElideRight, header->rect.width());
        QProxyStyle::drawControl(element, &shown, painter, widget);
    }
};

// Answers the header's tool tip events for the sections whose text is cut; the others go on to
// QHeaderView, which shows the model's tool tip.
class CutHeaderToolTips final : public QObject
{
public:
    explicit CutHeaderToolTips(QHeaderView *header)
        : QObject(header)
        , m_header(header)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_header->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const int logical = m_header->logicalIndexAt(help->pos());
        if (logical < 0 || !m_header->model() || headerTextFits(m_header, logical))
            return false;
        const QString text
            = m_header->model()->headerData(logical, m_header->orientation(), Qt::DisplayRole).toString();
        const int start = m_header->sectionViewportPosition(logical);
        const QRect section = m_header->orientation() == Qt::Horizontal
            ? QRect(start, 0, m_header->sectionSize(logical), m_header->height())
            : QRect(0, start, m_header->width(), m_header->sectionSize(logical));
        QToolTip::showText(help->globalPos(), text, m_header->viewport(), section);
        return true;
    }

private:
    QHeaderView *m_header;
};

} // namespace

void elideHeaderTexts(QHeaderView *header)
{
    header->setTextElideMode(Qt::ElideRight);
    auto *style = new ElidingHeaderStyle;
    style->setParent(header);
    header->setStyle(style);
    header->viewport()->installEventFilter(new CutHeaderToolTips(header));
}

bool headerTextFits(const QHeaderView *header, int logicalIndex)
{
    if (!header->model())
        return true;
    const QString text
        = header->model()->headerData(logicalIndex, header->orientation(), Qt::DisplayRole).toString();
    // The label's room as QCommonStyle gives it (SE_HeaderLabel): the section less a margin each
    // side, and less the sort arrow with its margins where one is shown.
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int room = header->sectionSize(logicalIndex) - 2 * margin;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == logicalIndex)
        room -= (header->orientation() == Qt::Horizontal ? header->height() : header->width()) / 2
            + 2 * margin;
    return header->fontMetrics().horizontalAdvance(text) <= room;
}

} // namespace StatusScope::Gui
