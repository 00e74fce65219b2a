// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QColor>
#include <QIcon>

// The colour of each status class. Badges always carry the code as text, so colour is a help,
// never the only signal.
namespace StatusScope::Gui {

QColor classColor(Core::StatusClass statusClass);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor &background);
// WCAG 2 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);
// A small filled swatch, for menus and combo boxes.
QIcon classSwatch(Core::StatusClass statusClass);

} // namespace StatusScope::Gui
