// SPDX-License-Identifier: MIT
#pragma once

class QComboBox;
class QString;

// The class and origin pickers the catalogue page and the quiz share: a first "all" item with
// data -1, then one item per class (with its colour swatch) or origin, whose data is the enum value.
namespace StatusScope::Gui {

void fillClassCombo(QComboBox *combo, const QString &allText);
void fillOriginCombo(QComboBox *combo, const QString &allText);

} // namespace StatusScope::Gui
