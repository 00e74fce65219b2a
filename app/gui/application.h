// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace StatusScope::Gui {

// Loads the catalogue, builds the main window and runs the event loop. Returns the exit code.
int runApplication(QApplication &app);

} // namespace StatusScope::Gui
