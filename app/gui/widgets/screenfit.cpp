// SPDX-License-Identifier: MIT
#include "gui/widgets/screenfit.h"

#include <QAbstractItemView>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLayout>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QtMath>
#include <QTreeView>
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

// Floats a dock that was shown docked where there is no room for it (keepDockFitting()).
class DockWatcher final : public QObject
{
public:
    DockWatcher(QMainWindow *window, QDockWidget *dock)
        : QObject(dock)
        , m_window(window)
        , m_dock(dock)
    {
        dock->installEventFilter(this);
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        Q_UNUSED(watched)
        // Shown, or its contents or the window's pages asked for another size (a panel built on
        // first show, a longer language): checked once the layouts have settled.
        const QEvent::Type type = event->type();
        if ((type == QEvent::Show || type == QEvent::LayoutRequest) && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &DockWatcher::check);
        }
        return false;
    }

private:
    void check()
    {
        m_pending = false;
        if (!m_dock->isVisible() || m_dock->isFloating() || dockFits(m_window, m_dock))
            return;
        const bool left = m_window->dockWidgetArea(m_dock) != Qt::RightDockWidgetArea;
        m_dock->setFloating(true);
        // Docked for a moment, the dock had pushed the window past the edge: it asks for less now.
        if (QLayout *layout = m_window->layout())
            layout->activate();
        fitToScreen(m_window);
        const QRect client = m_window->geometry();
        const QSize size(std::max(m_dock->minimumSizeHint().width(), client.width() / 3), client.height());
        m_dock->resize(size);
        m_dock->move(left ? client.topLeft() : QPoint(client.right() - size.width() + 1, client.top()));
        fitToScreen(m_dock);
    }

    QMainWindow *m_window;
    QDockWidget *m_dock;
    bool m_pending = false;
};

QSize smallestSize(const QWidget *widget)
{
    return widget->minimumSizeHint().expandedTo(widget->minimumSize());
}

} // namespace

void fitToScreen(QWidget *window)
{
    if (!window)
        return;
    // A dialog not shown yet opens on its parent's screen.
    const QWidget *anchor
        = !window->isVisible() && window->parentWidget() ? window->parentWidget()->window() : window;
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

bool dockFits(const QMainWindow *window, QDockWidget *dock)
{
    const QScreen *screen = window->screen();
    const QWidget *central = window->centralWidget();
    if (!screen || !central)
        return true;
    const QMargins frame = frameMargins(window);
    const int separator = window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, window);
    const QSize room = screen->availableGeometry().size().shrunkBy(frame);
    const Qt::DockWidgetArea area = window->dockWidgetArea(dock);
    if (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea) {
        int bars = 0;
        for (const QWidget *bar : {window->menuWidget(),
                                   static_cast<QWidget *>(window->findChild<QStatusBar *>(
                                       QString(), Qt::FindDirectChildrenOnly))}) {
            if (bar && bar->isVisible())
                bars += smallestSize(bar).height();
        }
        return bars + smallestSize(central).height() + separator + smallestSize(dock).height()
            <= room.height();
    }
    return smallestSize(central).width() + separator + smallestSize(dock).width() <= room.width();
}

void keepDockFitting(QMainWindow *window, QDockWidget *dock)
{
    if (window && dock)
        new DockWatcher(window, dock);
}

void setMinimumLines(QAbstractScrollArea *view, int lines)
{
    const int lineSpacing = view->fontMetrics().lineSpacing();
    int height = 2 * view->frameWidth();
    if (qobject_cast<QAbstractItemView *>(view)) {
        // A row holds a line of text with the padding of an item (a status badge's included).
        height += lines * (lineSpacing + 10);
        const QHeaderView *header = nullptr;
        if (const auto *tree = qobject_cast<const QTreeView *>(view); tree && !tree->isHeaderHidden())
            header = tree->header();
        else if (const auto *table = qobject_cast<const QTableView *>(view))
            header = table->horizontalHeader();
        if (header && !header->isHidden())
            height += header->sizeHint().height();
    } else {
        // A text view keeps its document margin above and below the lines.
        qreal margin = 4;
        if (const auto *text = qobject_cast<const QTextEdit *>(view))
            margin = text->document()->documentMargin();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(view))
            margin = plain->document()->documentMargin();
        height += lines * lineSpacing + 2 * qCeil(margin);
    }
    view->setMinimumHeight(height);
}

} // namespace StatusScope::Gui
