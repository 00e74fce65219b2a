// SPDX-License-Identifier: MIT
// `explain` and `codes` in German, French and Spanish (issue 17): --lang LANG, else the language of
// the environment as for every other sentence; the reason phrase as sent with its gloss beside it.
#include "clirun.h"
#include "scriptedserver.h"

#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statuscatalogue.h"

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
    void codesSearchInTheCatalogueLanguage_data();
    void codesSearchInTheCatalogueLanguage();
    void codesSearchInTheEnvironmentsLanguage();
    void codesSearchInEnglishOnlyFindsEnglish();
    void checkAndHarShowMeaningsInTheLanguage();
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

namespace {

// The codes a table on standard output lists, in its order.
QStringList listedCodes(const QByteArray &out)
{
    QStringList codes;
    const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) // after the heading
        codes.append(lines.at(i).section(u' ', 0, 0));
    return codes;
}

} // namespace

void tst_CatalogueTranslationCli::codesSearchInTheCatalogueLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("firstCodes"); // listed first, in this order

    QTest::newRow("de: gloss") << u"de"_s << u"teekanne"_s << QStringList{u"418"_s};
    QTest::newRow("de: two words") << u"de"_s << u"nicht gefunden"_s << QStringList{u"404"_s};
    QTest::newRow("de: umlaut left out")
        << u"de"_s << u"zeituberschreitung"_s << QStringList{u"408"_s, u"504"_s};
    QTest::newRow("de: English still") << u"de"_s << u"not found"_s << QStringList{u"404"_s};
    QTest::newRow("fr: accents") << u"fr"_s << u"Théière"_s << QStringList{u"418"_s};
    QTest::newRow("es: accent left out")
        << u"es"_s << u"redireccion"_s << QStringList{u"307"_s, u"308"_s, u"451"_s};
}

void tst_CatalogueTranslationCli::codesSearchInTheCatalogueLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, search);
    QFETCH(QStringList, firstCodes);
    const CliRun run = Test::runCli({u"codes"_s, u"--search"_s, search, u"--lang"_s, language});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(listedCodes(run.out).mid(0, firstCodes.size()), firstCodes);
}

void tst_CatalogueTranslationCli::codesSearchInTheEnvironmentsLanguage()
{
    const CliRun run = runWithLocale({u"codes"_s, u"--search"_s, u"Weiterleitung"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(listedCodes(run.out).mid(0, 3), (QStringList{u"307"_s, u"308"_s, u"451"_s}));
}

void tst_CatalogueTranslationCli::codesSearchInEnglishOnlyFindsEnglish()
{
    // --lang en searches the English texts alone, even in a German session.
    const CliRun run
        = runWithLocale({u"codes"_s, u"--search"_s, u"teekanne"_s, u"--lang"_s, u"en"_s}, u"de_DE.UTF-8"_s);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("No catalogue entry matches these filters."), run.err.constData());
}

// A chain explained in German reads its meanings in German, as `explain` and the window show them
// (before: every sentence of `check` in German but the meaning's, in English); JSON stays English.
void tst_CatalogueTranslationCli::checkAndHarShowMeaningsInTheLanguage()
{
    Test::ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/ok", Test::ScriptedServer::response(200, "OK", {}, "fine"));
    const QList<Core::StatusEntry> entries = Core::StatusCatalogue::builtin(nullptr)->entriesForCode(200);
    const QString german
        = Core::CatalogueTranslation::builtin(u"de"_s).text(entries.first(), Core::EntryText::Summary).text;
    QVERIFY(!german.isEmpty() && german != entries.first().summary);

    QProcess process;
    QProcessEnvironment environment = Test::cliEnvironment();
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"COLUMNS"_s, u"400"_s); // one line, however long the German is
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), {u"check"_s, server.url(u"/ok"_s).toString()});
    const CliRun text = Test::finishCli(process);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(QString::fromUtf8(text.out).contains(u"  "_s + german + u'\n'), text.out.constData());

    QProcess json;
    json.setProcessEnvironment(environment);
    json.start(QStringLiteral(STATUSSCOPE_BINARY),
               {u"check"_s, u"--json"_s, server.url(u"/ok"_s).toString()});
    const CliRun document = Test::finishCli(json);
    QCOMPARE(document.exitCode, 0);
    QVERIFY2(QString::fromUtf8(document.out).contains(entries.first().summary), document.out.constData());
}

QTEST_GUILESS_MAIN(tst_CatalogueTranslationCli)
#include "tst_cataloguetranslationcli.moc"
