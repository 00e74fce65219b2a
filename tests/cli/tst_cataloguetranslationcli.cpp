// SPDX-License-Identifier: MIT
// `explain` and `codes` in German, French and Spanish (issue 17): --lang LANG, else the language of
// the environment as for every other sentence; the reason phrase as sent with its gloss beside it.
#include "clirun.h"

#include "core/catalogue/cataloguetranslation.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Test::CliRun;

namespace {

CliRun runWithLocale(const QStringList &arguments, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = Test::cliEnvironment();
    environment.insert(u"LC_ALL"_s, locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), arguments);
    return Test::finishCli(process);
}

const Core::StatusEntry &teapot()
{
    static const Core::StatusEntry entry = [] {
        Core::CatalogueError error;
        const std::optional<Core::StatusCatalogue> catalogue = Core::StatusCatalogue::builtin(&error);
        if (!catalogue)
            qFatal("%s", qPrintable(error.toString()));
        return catalogue->entriesForCode(418).first();
    }();
    return entry;
}

} // namespace

class tst_CatalogueTranslationCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainInEachLanguage_data();
    void explainInEachLanguage();
    void environmentChoosesTheLanguage();
    void langOverridesTheEnvironment();
    void unknownLanguageIsAUsageError();
    void codesShowTranslatedOrigins();
};

void tst_CatalogueTranslationCli::explainInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sinceLabel"); // from the interface translation: --lang sets it too
    QTest::newRow("de") << u"de"_s << u"Seit:"_s;
    QTest::newRow("fr") << u"fr"_s << u"Depuis"_s;
    QTest::newRow("es") << u"es"_s << u"Desde:"_s;
}

void tst_CatalogueTranslationCli::explainInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, sinceLabel);
    const Core::CatalogueTranslation &translation = Core::CatalogueTranslation::builtin(language);
    if (translation.text(teapot(), Core::EntryText::Summary).fallback)
        QSKIP(qPrintable(language + u": 418 is not translated yet (./dev catalogue-translations)"_s));
    const CliRun run = Test::runCli({u"explain"_s, u"418"_s, u"--lang"_s, language});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"418 I'm a teapot — "_s + translation.reasonGloss(teapot()) + u'\n'),
             qPrintable(out));
    // The summary, wrapped to the terminal: compare its words.
    const QString summary = translation.text(teapot(), Core::EntryText::Summary).text;
    QVERIFY2(out.simplified().contains(summary.simplified()), qPrintable(out));
    QVERIFY2(out.contains(sinceLabel), qPrintable(out));
    QVERIFY2(!out.contains(u"The Hyper Text Coffee Pot"_s), qPrintable(out));
}

void tst_CatalogueTranslationCli::environmentChoosesTheLanguage()
{
    const CliRun german = runWithLocale({u"explain"_s, u"418"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(QString::fromUtf8(german.out)
                 .startsWith(u"418 I'm a teapot — "_s
                             + Core::CatalogueTranslation::builtin(u"de"_s).reasonGloss(teapot())),
             german.out.constData());
    const CliRun english = Test::runCli({u"explain"_s, u"418"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.startsWith("418 I'm a teapot\n"), english.out.constData());
}

void tst_CatalogueTranslationCli::langOverridesTheEnvironment()
{
    const CliRun run = runWithLocale({u"explain"_s, u"418"_s, u"--lang"_s, u"en"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith("418 I'm a teapot\n"), run.out.constData());
    QVERIFY(run.out.contains("Since:"));
}

void tst_CatalogueTranslationCli::unknownLanguageIsAUsageError()
{
    const CliRun run = Test::runCli({u"explain"_s, u"418"_s, u"--lang"_s, u"tlh"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("\"tlh\" is not a catalogue language; use one of en, de, es, fr."),
             run.err.constData());
    const CliRun codes = Test::runCli({u"codes"_s, u"--lang"_s, u"tlh"_s});
    QCOMPARE(codes.exitCode, 2);
}

void tst_CatalogueTranslationCli::codesShowTranslatedOrigins()
{
    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> catalogue = Core::StatusCatalogue::builtin(&error);
    QVERIFY(catalogue);
    const Core::StatusEntry noStatus = catalogue->entriesForCode(0).first(); // "Browsers and HTTP clients"
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s}) {
        const Core::LocalizedText origin
            = Core::CatalogueTranslation::builtin(language).text(noStatus, Core::EntryText::OriginDetail);
        if (origin.fallback)
            continue;
        const CliRun run = Test::runCli({u"codes"_s, u"--class"_s, u"other"_s, u"--lang"_s, language});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QString::fromUtf8(run.out).contains(origin.text), run.out.constData());
        QVERIFY(!run.out.contains("Browsers and HTTP clients"));
    }
}

QTEST_GUILESS_MAIN(tst_CatalogueTranslationCli)
#include "tst_cataloguetranslationcli.moc"
