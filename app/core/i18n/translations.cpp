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

    // English is a translation too: it holds the plural forms of the source strings ("%n code(s)").
    // It is also the fallback for languages we have no translation for.
    auto *ourTranslator = new QTranslator(&app);
    if (ourTranslator->load(locale, u"statusscope"_s, u"_"_s, u":/i18n"_s)
        || ourTranslator->load(u"statusscope_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(ourTranslator);
        return true;
    }
    delete ourTranslator;
    return false;
}

} // namespace StatusScope::Core
