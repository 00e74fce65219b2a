// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <future>
#include <optional>

class QApplication;

namespace StatusScope::Gui {

// The built-in catalogue, being read on another thread.
using PendingCatalogue = std::future<std::optional<Core::StatusCatalogue>>;

// Starts reading the built-in catalogue on a thread of its own; safe before QApplication exists.
PendingCatalogue startLoadingCatalogue();

// Waits for the catalogue, builds the main window and runs the event loop. Returns the exit code.
// A catalogue that cannot be read is read once more here, so the message is in the user's language.
int runApplication(QApplication &app, PendingCatalogue catalogue);

} // namespace StatusScope::Gui
