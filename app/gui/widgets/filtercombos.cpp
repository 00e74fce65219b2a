// SPDX-License-Identifier: MIT
#include "gui/widgets/filtercombos.h"

#include "core/catalogue/statusclass.h"
#include "gui/widgets/classcolors.h"

#include <QComboBox>

namespace StatusScope::Gui {

void fillClassCombo(QComboBox *combo, const QString &allText)
{
    combo->clear();
    combo->addItem(allText, -1);
    for (Core::StatusClass statusClass : Core::allClasses())
        combo->addItem(classSwatch(statusClass), Core::classLabel(statusClass), int(statusClass));
}

void fillOriginCombo(QComboBox *combo, const QString &allText)
{
    combo->clear();
    combo->addItem(allText, -1);
    for (Core::OriginKind origin : Core::allOrigins())
        combo->addItem(Core::originName(origin), int(origin));
}

} // namespace StatusScope::Gui
