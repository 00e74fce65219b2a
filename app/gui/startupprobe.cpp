// SPDX-License-Identifier: MIT
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace StatusScope::Gui {

namespace {

class FirstPaintWatcher final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Quit once this paint event has been handled, not before it.
            QTimer::singleShot(0, watched, [] {
                std::fprintf(stderr, "resident_kib %lld\n", static_cast<long long>(residentKiB()));
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_seen = false;
};

} // namespace

void exitAfterFirstPaintIfAsked(QWidget *window)
{
    if (qEnvironmentVariableIsSet("STATUSSCOPE_EXIT_AFTER_FIRST_PAINT"))
        window->installEventFilter(new FirstPaintWatcher(window));
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
