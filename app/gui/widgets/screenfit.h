// SPDX-License-Identifier: MIT
#pragma once

class QAbstractScrollArea;
class QDockWidget;
class QMainWindow;
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

// True when `dock` can stay docked beside the central widget of `window`, both at their minimum
// size, inside the screen the window is on.
bool dockFits(const QMainWindow *window, QDockWidget *dock);

// Docks `dock` beside the central widget only while both fit the screen (dockFits()): shown docked
// on a screen too small for both, it floats instead, inside the screen over the window's edge where
// it would have docked, and can be docked again by hand on a larger one.
void keepDockFitting(QMainWindow *window, QDockWidget *dock);

// Lets `view` be made as small as `lines` lines of its text (an item view: its header and `lines`
// rows), frame included, instead of the scroll area's default minimum; measured in its font, so
// it holds at any scale. On a small screen the panes around it then get the room they need.
void setMinimumLines(QAbstractScrollArea *view, int lines);

} // namespace StatusScope::Gui
