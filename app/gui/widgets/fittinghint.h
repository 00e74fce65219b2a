// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QLineEdit;

namespace StatusScope::Gui {

// Gives `edit` the first of `hints` (longest first) that its empty field shows whole, and picks
// again whenever the field is resized or its font changes: a placeholder cut to "Search codes
// (Ctr…" hides the part that says what to do, so a narrow window gets the short hint instead.
// The last hint is used when none fits. Calling it again replaces the hints (a new language).
void setFittingPlaceholder(QLineEdit *edit, const QStringList &hints);

// The width the empty field gives its placeholder, as QLineEdit lays it out (the style's
// contents, its text margins and the clear button taken off).
int placeholderRoom(const QLineEdit *edit);

} // namespace StatusScope::Gui
