// SPDX-License-Identifier: MIT
#include "gui/firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace StatusScope::Gui {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> action)
        : QObject(window)
        , m_action(std::move(action))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Once this paint event has been handled, not before it.
            QTimer::singleShot(0, watched, std::move(m_action));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_action;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> action)
{
    new FirstPaintWatcher(window, std::move(action));
}

void exitAfterFirstPaintIfAsked(QWidget *window)
{
    if (!qEnvironmentVariableIsSet("STATUSSCOPE_EXIT_AFTER_FIRST_PAINT"))
        return;
    afterFirstPaint(window, [] {
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::fprintf(
            stderr, "first_paint_ns %lld\nresident_kib %lld\n",
            static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()),
            static_cast<long long>(residentKiB()));
        std::fflush(stderr);
        // The work queued behind the first paint (the catalogue's detail pane, the history
        // database) is dropped: the figures, the instruction count under callgrind too, stop here.
        QCoreApplication::removePostedEvents(nullptr);
        QCoreApplication::quit();
    });
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace StatusScope::Gui
