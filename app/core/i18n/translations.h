// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>

class QCoreApplication;

namespace StatusScope::Core {

// Installs StatusScope's translation for `locale` (from the :/i18n resources) and Qt's own
// strings (from Qt's translations folder, when installed). Falls back to English, which carries
// the plural forms. The .qm files are linked into the widgets library, so a binary without it
// (the core tests) finds none and returns false.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace StatusScope::Core
