// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

class QWidget;

// For the start-up benchmark (./dev bench). With STATUSSCOPE_EXIT_AFTER_FIRST_PAINT set in the
// environment, the program quits as soon as `window` has painted once, after printing its resident
// memory at that moment to standard error ("resident_kib N"). Without it, nothing happens.
// Self-contained (Qt Widgets only), so the bare reference window in tests/bench uses the same code.
namespace StatusScope::Gui {

void exitAfterFirstPaintIfAsked(QWidget *window);

// The resident set of this process in KiB, from /proc/self/status; -1 where that is unknown.
qint64 residentKiB();

} // namespace StatusScope::Gui
