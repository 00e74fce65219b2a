// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

namespace StatusScope::Core {
class CatalogueTranslation;
}

#include <QPalette>

// Renders one catalogue entry as the rich text shown in the detail pane. Links to other entries
// use the statusscope: scheme (statusscope:code/301, statusscope:entry/42, statusscope:try/418); spec links
// are ordinary https URLs.
namespace StatusScope::Gui {

// `metCount`: how often the console met this code in this session. `translation`: the language of the
// entry's texts; by default the interface's. A text shown in English for want of a current
// translation is marked "(English)".
QString statusDetailHtml(const Core::StatusCatalogue &catalogue, qsizetype entryIndex,
                         const QPalette &palette, int metCount = 0,
                         const Core::CatalogueTranslation *translation = nullptr);
QString emptyDetailHtml(const QPalette &palette);

QUrl codeLink(int code);
QUrl entryLink(qsizetype entryIndex);
QUrl tryLiveLink(int code); // "Try it live": the playground produces the code

} // namespace StatusScope::Gui
