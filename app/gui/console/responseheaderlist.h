// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

class QTreeWidget;

// The response headers tab of the console: one row per value, credentials masked, known fields
// explained in their tooltip.
namespace StatusScope::Gui {

void fillResponseHeaders(QTreeWidget *view, const Core::Hop &hop);
// "Name: value" lines as shown (masked), of the selected rows or all of them, for the clipboard.
QString responseHeadersText(const QTreeWidget *view, bool selectedOnly);

} // namespace StatusScope::Gui
