// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace StatusScope::Core {

// Installs StatusScope's translation for `locale` (from the :/i18n resources) and Qt's own
// strings (from Qt's translations folder, when installed). Returns whether ours was found;
// English needs none.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace StatusScope::Core
