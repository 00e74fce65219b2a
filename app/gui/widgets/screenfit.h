// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Keeps top-level windows inside the screen they open on. A default size chosen for a large
// screen, a size remembered from another monitor, or a dialog's own wish must never put a frame or
// a button past the screen's edge, at any scale factor.
namespace StatusScope::Gui {

// Shrinks `window` to the available geometry of its screen, with room for the window frame, and
// moves it inside when it has a place already. A layout that cannot get that small keeps its
// minimum size (the geometry test reports those).
void fitToScreen(QWidget *window);

// fitToScreen() each time the window is shown, once it has taken the size it shows at: for the
// main window, dialogs opened again and again, and message boxes that size themselves when shown.
void keepOnScreen(QWidget *window);

} // namespace StatusScope::Gui
