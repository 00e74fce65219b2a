// SPDX-License-Identifier: MIT
#pragma once

class QHeaderView;

namespace StatusScope::Gui {

// Makes `header` end a text too long for its section in "…" and show it whole in the section's
// tool tip: the styles of Qt 6.4 draw a header's text whole whatever its width, so a narrow view
// (800×600, German) showed "Bezeichn" run into the next section. A section whose text fits keeps
// the model's own tool tip, if it has one.
void elideHeaderTexts(QHeaderView *header);

// True when the text of section `logicalIndex` fits its width whole, beside the style's margins
// and the sort arrow when the section shows one.
bool headerTextFits(const QHeaderView *header, int logicalIndex);

} // namespace StatusScope::Gui
