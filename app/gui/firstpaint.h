// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <functional>

class QWidget;

// The moment a window has painted for the first time: what a user sees as "started". Work that
// can wait (opening the history database) runs then, and the start-up benchmark stops its clock
// there. Self-contained (Qt Widgets only), so the bare reference window in tests/bench shares it.
namespace StatusScope::Gui {

// Runs `action` once, from the event loop, right after `window` has painted for the first time.
void afterFirstPaint(QWidget *window, std::function<void()> action);

// For ./dev bench: with STATUSSCOPE_EXIT_AFTER_FIRST_PAINT set, quits after the first paint, having
// printed to standard error the monotonic clock at that moment ("first_paint_ns N", comparable
// with a launcher's CLOCK_MONOTONIC) and the resident memory ("resident_kib N"), without running
// the work queued behind the paint. Else nothing.
void exitAfterFirstPaintIfAsked(QWidget *window);

// The resident set of this process in KiB, from /proc/self/status; -1 where that is unknown.
qint64 residentKiB();

} // namespace StatusScope::Gui
