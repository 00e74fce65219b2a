// SPDX-License-Identifier: MIT
#include "gui/widgets/screenfit.h"

#include <QEvent>
#include <QPointer>
#include <QScreen>
#include <QStyle>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace StatusScope::Gui {

namespace {

// The frame the window system puts around the window. Known once the window is on screen; before
// that, a title bar and thin borders as the style draws them are a close enough guess.
QMargins frameMargins(const QWidget *window)
{
    if (window->isVisible() && window->windowHandle()) {
        const QMargins margins = window->windowHandle()->frameMargins();
        if (!margins.isNull())
            return margins;
    }
    const int border = window->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, window) + 2;
    const int title = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return {border, title + border, border, border};
}

// Fits the window once the event that showed it has been handled: a message box and a dialog
// whose layout just activated take their size in their own show handling.
class ShowWatcher final : public QObject
{
public:
    static constexpr const char *Name = "statusscope_keepOnScreen";

    explicit ShowWatcher(QWidget *window)
        : QObject(window)
    {
        setObjectName(QString::fromLatin1(Name));
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A window given back by the window system (un-minimized) stays where the user had it.
        if (event->type() == QEvent::Show && !event->spontaneous()) {
            QPointer<QWidget> window = static_cast<QWidget *>(watched);
            fitToScreen(window);
            QTimer::singleShot(0, window, [window] { fitToScreen(window); });
        }
        return false;
    }
};

} // namespace

void fitToScreen(QWidget *window)
{
    if (!window)
        return;
    // A dialog not shown yet opens on its parent's screen.
    const QWidget *anchor = !window->isVisible() && window->parentWidget() ? window->parentWidget()->window()
                                                                          : window;
    const QScreen *screen = anchor->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    const QMargins frame = frameMargins(window);
    const QSize room = available.size().shrunkBy(frame);
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    const QSize size = window->size().boundedTo(room).expandedTo(smallest);
    if (size != window->size())
        window->resize(size);
    // Placed already (shown, or moved on purpose): bring the whole frame inside, the top-left
    // corner first so that the title bar stays reachable when nothing fits.
    if (!window->isVisible() && !window->testAttribute(Qt::WA_Moved))
        return;
    QRect outer(window->pos(), size.grownBy(frame));
    if (outer.right() > available.right())
        outer.moveRight(available.right());
    if (outer.bottom() > available.bottom())
        outer.moveBottom(available.bottom());
    if (outer.left() < available.left())
        outer.moveLeft(available.left());
    if (outer.top() < available.top())
        outer.moveTop(available.top());
    if (outer.topLeft() != window->pos())
        window->move(outer.topLeft());
}

void keepOnScreen(QWidget *window)
{
    if (window
        && !window->findChild<QObject *>(QString::fromLatin1(ShowWatcher::Name), Qt::FindDirectChildrenOnly))
        new ShowWatcher(window);
}

} // namespace StatusScope::Gui
