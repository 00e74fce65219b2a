// SPDX-License-Identifier: MIT
#include "gui/widgets/wrappedlabel.h"

#include <QResizeEvent>

#include <algorithm>

namespace StatusScope::Gui {

WrappedLabel::WrappedLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappedLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    // A label not shown yet still has its first, arbitrary size: its one-line minimum stands.
    if (wordWrap() && !text().isEmpty() && isVisible())
        size.setHeight(std::max(size.height(), heightForWidth(width())));
    return size;
}

void WrappedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    // Narrower means more lines: the layout is asked again. The width it gives does not depend on
    // this height, so this settles after one round.
    if (wordWrap() && event->size().width() != event->oldSize().width())
        updateGeometry();
}

} // namespace StatusScope::Gui
