// SPDX-License-Identifier: MIT
#include "gui/widgets/elidedlabel.h"

#include <QResizeEvent>

namespace StatusScope::Gui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(false);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    elide();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(m_fullText) + margins.left() + margins.right(),
            metrics.height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(QStringLiteral("…")) * 3,
            metrics.height() + margins.top() + margins.bottom()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        elide();
}

void ElidedLabel::elide()
{
    const int room = contentsRect().width();
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, room);
    QLabel::setText(shown);
    const bool elided = shown != m_fullText;
    setToolTip(elided ? m_fullText : QString());
    setAccessibleDescription(elided ? m_fullText : QString()); // a screen reader gets all of it
    if (elided != m_elided) {
        m_elided = elided;
        Q_EMIT elisionChanged(elided);
    }
}

} // namespace StatusScope::Gui
