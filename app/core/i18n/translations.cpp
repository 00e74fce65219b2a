// SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(locale, u"statusscope"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ourTranslator);
        return true;
    }
    delete ourTranslator;
    return false;
}

} // namespace StatusScope::Core
