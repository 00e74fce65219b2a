// SPDX-License-Identifier: MIT
#include "core/i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The translators this module installed, so a language change can take them out again.
QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &ourTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own texts are written in English and ship no English translation: looking for one
    // would only probe the disk at every start of the command line.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    auto *qt = english ? nullptr : new QTranslator(&app);
    if (qt && qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        replace(qtTranslator(), qt);
    } else {
        delete qt;
        replace(qtTranslator(), nullptr);
    }

    // English is a translation too: it holds the plural forms of the source strings ("%n code(s)").
    // It is also the fallback for languages we have no translation for.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"statusscope"_s, u"_"_s, u":/i18n"_s)
        || ours->load(u"statusscope_en"_s, u":/i18n"_s)) {
        replace(ourTranslator(), ours);
        return true;
    }
    delete ours;
    replace(ourTranslator(), nullptr);
    return false;
}

QString installedLanguage()
{
    const QString language = ourTranslator() ? ourTranslator()->language() : QString();
    // "de_DE" -> "de"
    return language.isEmpty() ? u"en"_s : language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

QStringList availableLanguages()
{
    QStringList languages;
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"statusscope_*.qm"_s}, QDir::Files, QDir::Name))
        languages.append(file.mid(12, file.size() - 15)); // "statusscope_de.qm" -> "de"
    return languages;
}

} // namespace StatusScope::Core
