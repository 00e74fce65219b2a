// SPDX-License-Identifier: MIT
// The catalogue search in the language the catalogue is shown in: German, French and Spanish words
// from the built-in translations find their entries (with or without accents, ß as ss, umlauts
// typed as ae/oe/ue), the English ones still do, and the model searches again when its language
// changes. Before, only the English texts were searched: "teekanne" found nothing.
#include "core/catalogue/cataloguefiltermodel.h"
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/searchfolding.h"
#include "core/catalogue/statuscatalogue.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CatalogueSearchTranslated : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folds_data();
    void folds();
    void umlautSpellings_data();
    void umlautSpellings();
    void finds_data();
    void finds();
    void ranks_data();
    void ranks();
    void everyGlossFindsItsEntry_data();
    void everyGlossFindsItsEntry();
    void englishSearchIgnoresTranslations();
    void modelSearchesInItsLanguage();
    void typingGermanNarrowsCorrectly();

private:
    QStringList matches(const QString &text, const QString &language) const;
    const StatusEntry &entry(const QString &code, const QString &reason) const;
    StatusCatalogue m_catalogue;
};

void tst_CatalogueSearchTranslated::initTestCase()
{
    CatalogueError error;
    auto catalogue = StatusCatalogue::builtin(&error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s})
        QVERIFY2(!CatalogueTranslation::builtin(language).entryKeys().isEmpty(), qPrintable(language));
}

QStringList tst_CatalogueSearchTranslated::matches(const QString &text, const QString &language) const
{
    const CatalogueSearch search(text);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    QStringList result;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (search.matches(entry, CatalogueSearch::haystackFor(entry, &translation)))
            result.append(entry.codeText + u' ' + entry.reason);
    }
    return result;
}

const StatusEntry &tst_CatalogueSearchTranslated::entry(const QString &code, const QString &reason) const
{
    for (const StatusEntry &candidate : m_catalogue.entries()) {
        if (candidate.codeText == code && candidate.reason == reason)
            return candidate;
    }
    qFatal("no entry %s %s", qPrintable(code), qPrintable(reason));
}

void tst_CatalogueSearchTranslated::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("folded");

    QTest::newRow("ASCII") << u"Not Found"_s << "not found"_ba;
    QTest::newRow("umlaut") << u"Zeitüberschreitung"_s << "zeituberschreitung"_ba;
    QTest::newRow("capital umlaut") << u"ÜBER"_s << "uber"_ba;
    QTest::newRow("sharp s") << u"Inhalt zu groß"_s << "inhalt zu gross"_ba;
    QTest::newRow("capital sharp s") << u"GROẞ"_s << "gross"_ba;
    QTest::newRow("acute") << u"Redirección"_s << "redireccion"_ba;
    QTest::newRow("tilde") << u"Año"_s << "ano"_ba;
    QTest::newRow("French") << u"Théière, Délai dépassé, façon"_s << "theiere, delai depasse, facon"_ba;
    QTest::newRow("ligatures") << u"Œuvre, Æther"_s << "oeuvre, aether"_ba;
    QTest::newRow("typographic apostrophe") << u"l’entrée"_s << "l'entree"_ba;
    QTest::newRow("mark stored apart") << u"e\u0301te\u0301"_s << "ete"_ba;
    QTest::newRow("dotted capital I") << u"İ"_s << "i"_ba;
    QTest::newRow("strokes") << u"Ødegård, Łódź, Đurđević, Ħal, ŦAŁ, Kırık"_s
                             << "odegard, lodz, durdevic, hal, tal, kirik"_ba;
    QTest::newRow("Icelandic") << u"Þór, Guðrún"_s << "thor, gudrun"_ba;
    QTest::newRow("no-break space and dash kept") << u"a\u00a0b — c"_s << "a\u00a0b — c"_ba;
    QTest::newRow("outside the BMP") << u"tea 🫖"_s << "tea 🫖"_ba;
}

void tst_CatalogueSearchTranslated::folds()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, folded);
    QCOMPARE(foldForSearch(text), folded);
    // Character by character: every prefix folds to a prefix, as narrowing a search assumes.
    for (qsizetype n = 0; n <= text.size(); ++n) {
        if (n > 0 && text.at(n - 1).isHighSurrogate())
            continue;
        QVERIFY2(folded.startsWith(foldForSearch(QStringView(text).first(n))), qPrintable(text.first(n)));
    }
}

void tst_CatalogueSearchTranslated::umlautSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("spellings");

    QTest::newRow("one word") << u"Zeitüberschreitung der Anfrage"_s << u"Zeitueberschreitung"_s;
    QTest::newRow("several") << u"Aus rechtlichen Gründen nicht verfügbar"_s << u"Gruenden verfuegbar"_s;
    QTest::newRow("capitals") << u"ÄRGER Öl"_s << u"AeRGER Oel"_s;
    QTest::newRow("none") << u"Nicht gefunden"_s << QString();
    QTest::newRow("sharp s is left to folding") << u"groß"_s << QString();
}

void tst_CatalogueSearchTranslated::umlautSpellings()
{
    QFETCH(QString, text);
    QFETCH(QString, spellings);
    QCOMPARE(StatusScope::Core::umlautSpellings(text), spellings);
}

void tst_CatalogueSearchTranslated::finds_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");

    const QStringList notFound{u"404 Not Found"_s};
    const QStringList teapot{u"418 I'm a teapot"_s};
    const QStringList requestTimeout{u"408 Request Timeout"_s};
    const QStringList redirects{u"307 Temporary Redirect"_s, u"308 Permanent Redirect"_s};

    QTest::newRow("de: gloss") << u"de"_s << u"nicht gefunden"_s << notFound << QStringList{u"410 Gone"_s};
    QTest::newRow("de: gloss word") << u"de"_s << u"Weiterleitung"_s << redirects << QStringList{};
    QTest::newRow("de: umlaut") << u"de"_s << u"Zeitüberschreitung"_s
                                << QStringList{u"408 Request Timeout"_s, u"504 Gateway Timeout"_s}
                                << QStringList{u"404 Not Found"_s};
    QTest::newRow("de: umlaut left out")
        << u"de"_s << u"zeituberschreitung"_s << requestTimeout << QStringList{};
    QTest::newRow("de: umlaut as ue")
        << u"de"_s << u"Zeitueberschreitung"_s << requestTimeout << QStringList{};
    QTest::newRow("de: any case") << u"de"_s << u"TEEKANNE"_s << teapot << QStringList{};
    QTest::newRow("de: ß") << u"de"_s << u"zu groß"_s << QStringList{u"413 Content Too Large"_s}
                           << QStringList{};
    QTest::newRow("de: ß as ss") << u"de"_s << u"zu gross"_s << QStringList{u"413 Content Too Large"_s}
                                 << QStringList{};
    QTest::newRow("de: Gründe as gruende")
        << u"de"_s << u"rechtlichen gruenden"_s << QStringList{u"451 Unavailable For Legal Reasons"_s}
        << QStringList{};
    QTest::newRow("de: English still") << u"de"_s << u"not found"_s << notFound << QStringList{};
    QTest::newRow("de: English and German") << u"de"_s << u"teapot teekanne"_s << teapot << QStringList{};
    QTest::newRow("de: misspelt gloss") << u"de"_s << u"teekane"_s << teapot << QStringList{};
    QTest::newRow("fr: gloss") << u"fr"_s << u"redirection"_s << redirects << QStringList{};
    QTest::newRow("fr: accents") << u"fr"_s << u"théière"_s << teapot << QStringList{};
    QTest::newRow("fr: accents left out") << u"fr"_s << u"theiere"_s << teapot << QStringList{};
    QTest::newRow("fr: two words") << u"fr"_s << u"non trouve"_s << notFound << QStringList{};
    QTest::newRow("es: accent") << u"es"_s << u"redirección"_s << redirects << QStringList{};
    QTest::newRow("es: accent left out") << u"es"_s << u"redireccion"_s << redirects << QStringList{};
    QTest::newRow("es: gloss") << u"es"_s << u"tetera"_s << teapot << QStringList{};
    QTest::newRow("es: English still") << u"es"_s << u"teapot"_s << teapot << QStringList{};
    QTest::newRow("en: no German") << u"en"_s << u"teekanne"_s << QStringList{} << teapot;
    QTest::newRow("fr: no German") << u"fr"_s << u"teekanne"_s << QStringList{} << teapot;
}

void tst_CatalogueSearchTranslated::finds()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QStringList found = matches(text, language);
    for (const QString &expected : mustContain)
        QVERIFY2(found.contains(expected), qPrintable(expected + u" not in: "_s + found.join(u", "_s)));
    for (const QString &unexpected : mustNotContain)
        QVERIFY2(!found.contains(unexpected), qPrintable(unexpected + u" found"_s));
}

void tst_CatalogueSearchTranslated::ranks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("rank");

    QTest::newRow("gloss as reason") << u"de"_s << u"Teekanne"_s << u"418"_s << u"I'm a teapot"_s
                                     << int(CatalogueSearch::InReason);
    QTest::newRow("English reason as before")
        << u"de"_s << u"not found"_s << u"404"_s << u"Not Found"_s << int(CatalogueSearch::InReason);
    QTest::newRow("English constant as before")
        << u"de"_s << u"SC_NOT_FOUND"_s << u"404"_s << u"Not Found"_s << int(CatalogueSearch::InNames);
    QTest::newRow("translated summary as text")
        << u"de"_s << u"Aprilscherz"_s << u"418"_s << u"I'm a teapot"_s << int(CatalogueSearch::InText);
    QTest::newRow("misspelt gloss") << u"de"_s << u"teekane"_s << u"418"_s << u"I'm a teapot"_s
                                    << int(CatalogueSearch::Near);
    QTest::newRow("misspelt accented gloss")
        << u"es"_s << u"redirecion"_s << u"307"_s << u"Temporary Redirect"_s << int(CatalogueSearch::Near);
    QTest::newRow("French gloss") << u"fr"_s << u"délai requête"_s << u"408"_s << u"Request Timeout"_s
                                  << int(CatalogueSearch::InReason);
    QTest::newRow("Spanish gloss") << u"es"_s << u"pasarela"_s << u"504"_s << u"Gateway Timeout"_s
                                   << int(CatalogueSearch::InReason);
}

void tst_CatalogueSearchTranslated::ranks()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    QFETCH(int, rank);
    const StatusEntry &shown = entry(code, reason);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    QCOMPARE(int(CatalogueSearch(text).rank(shown, CatalogueSearch::haystackFor(shown, &translation))), rank);
}

void tst_CatalogueSearchTranslated::everyGlossFindsItsEntry_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("es") << u"es"_s;
}

void tst_CatalogueSearchTranslated::everyGlossFindsItsEntry()
{
    // Whatever a translator wrote, typed as written or without its accents, ranks as the reason.
    QFETCH(QString, language);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    int glosses = 0;
    for (const StatusEntry &shown : m_catalogue.entries()) {
        const QString gloss = translation.reasonGloss(shown);
        if (gloss.isEmpty())
            continue;
        ++glosses;
        const SearchText haystack = CatalogueSearch::haystackFor(shown, &translation);
        const QString plain = QString::fromUtf8(foldForSearch(gloss));
        for (const QString &typed : {gloss, plain}) {
            QVERIFY2(CatalogueSearch(typed).rank(shown, haystack) == CatalogueSearch::InReason,
                     qPrintable(shown.codeText + u' ' + shown.reason + u": "_s + typed));
        }
    }
    QVERIFY(glosses > 50);
}

void tst_CatalogueSearchTranslated::englishSearchIgnoresTranslations()
{
    // The English translation (and none) leave the search text exactly as it always was.
    const CatalogueTranslation &english = CatalogueTranslation::builtin(u"en"_s);
    for (const StatusEntry &shown : m_catalogue.entries()) {
        const SearchText plain = CatalogueSearch::haystackFor(shown);
        const SearchText withEnglish = CatalogueSearch::haystackFor(shown, &english);
        QCOMPARE(withEnglish.text, plain.text);
        QCOMPARE(withEnglish.reasonEnd, plain.reasonEnd);
        QCOMPARE(withEnglish.namesEnd, plain.namesEnd);
    }
}

void tst_CatalogueSearchTranslated::modelSearchesInItsLanguage()
{
    CatalogueModel model(m_catalogue);
    CatalogueFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(CatalogueModel::CodeColumn);
    const auto codes = [&proxy] {
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data(CatalogueModel::CodeTextRole).toString());
        return shown;
    };

    proxy.setSearchText(u"teekanne"_s);
    QCOMPARE(codes(), QStringList{});
    // The search stays typed while the language changes, as when the window is switched to German.
    model.setTranslation(&CatalogueTranslation::builtin(u"de"_s));
    QCOMPARE(codes().value(0), u"418"_s);
    QVERIFY(proxy.index(0, 0).data(CatalogueModel::SearchTextRole).toString().contains(u"teekanne"_s));

    // Reason glosses first: "weiterleitung" is in the gloss of 307, 308 and 451 Redirect.
    proxy.setSearchText(u"weiterleitung"_s);
    const QStringList redirects = codes();
    QVERIFY2(redirects.size() > 3, qPrintable(redirects.join(u' ')));
    QCOMPARE(redirects.first(3), (QStringList{u"307"_s, u"308"_s, u"451"_s}));

    model.setTranslation(&CatalogueTranslation::builtin(u"es"_s));
    QCOMPARE(codes(), QStringList{});
    proxy.setSearchText(u"redireccion temporal"_s);
    QCOMPARE(codes().value(0), u"307"_s);

    model.setTranslation(nullptr);
    QCOMPARE(codes(), QStringList{});
    proxy.setSearchText(u"temporary redirect"_s);
    QCOMPARE(codes().value(0), u"307"_s);
}

void tst_CatalogueSearchTranslated::typingGermanNarrowsCorrectly()
{
    // Each keystroke re-checks only the last one's matches; with folded umlauts and ß ("groß" is
    // longer folded) that must list what a fresh search lists.
    CatalogueModel model(m_catalogue);
    model.setTranslation(&CatalogueTranslation::builtin(u"de"_s));
    CatalogueFilterModel typed;
    typed.setSourceModel(&model);
    typed.sort(CatalogueModel::CodeColumn);
    const auto rows = [](const CatalogueFilterModel &proxy) {
        QList<int> shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown.append(proxy.index(row, 0).data(CatalogueModel::EntryIndexRole).toInt());
        return shown;
    };
    for (const QString &query : {u"Zeitüberschreitung"_s, u"Inhalt zu groß"_s, u"Gründen"_s, u"Teekane"_s}) {
        for (qsizetype n = 1; n <= query.size(); ++n) {
            typed.setSearchText(query.left(n));
            CatalogueFilterModel fresh;
            fresh.setSourceModel(&model);
            fresh.sort(CatalogueModel::CodeColumn);
            fresh.setSearchText(query.left(n));
            QCOMPARE(rows(typed), rows(fresh));
        }
        QVERIFY2(typed.rowCount() > 0, qPrintable(query));
        typed.setSearchText(QString());
    }
}

QTEST_GUILESS_MAIN(tst_CatalogueSearchTranslated)
#include "tst_cataloguesearchtranslated.moc"
