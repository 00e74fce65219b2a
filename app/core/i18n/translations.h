// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace StatusScope::Core {

// Installs StatusScope's translation for `locale` (from the :/i18n resources) and Qt's own
// strings (from Qt's translations folder, when installed), replacing any installed before, so the
// language can change while the app runs (widgets get a LanguageChange event). Falls back to
// English, which carries the plural forms. The .qm files are linked into the widgets library, so
// a binary without it (the core tests) finds none and returns false.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// The language of the translation installTranslations() installed last ("de", "en"): what the
// interface speaks, so the catalogue's texts can follow it.
QString installedLanguage();

// The languages StatusScope has a translation for, as codes: "en", "de", "fr", "es".
QStringList availableLanguages();

} // namespace StatusScope::Core
