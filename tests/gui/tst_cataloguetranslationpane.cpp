// SPDX-License-Identifier: MIT
// The detail pane in another language (issue 17): the entry's texts in the interface language, the
// reason phrase as sent with its gloss beside it, and each text shown in English for want of a
// current translation marked "(English)" on its own.
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/i18n/translations.h"
#include "core/requests/hopannotator.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/catalogueview/statusdetailhtml.h"
#include "gui/console/hopdetailhtml.h"

#include <QApplication>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using Core::CatalogueTranslation;

namespace {

const QByteArray EnglishJson = R"({
  "format": 1,
  "classes": {"1xx": "Interim.", "2xx": "Success.", "3xx": "Redirection.", "4xx": "Client error.",
              "5xx": "Server error.", "other": "Outside."},
  "entries": [{
    "code": 429, "reason": "Too Many Requests", "origin": "standard", "origin_detail": "RFC 6585",
    "summary": "Slow down: too many requests.",
    "description": "The client sent too many requests.\n\nA Retry-After header may say when.",
    "use": "Rate limits.",
    "spec_refs": [{"rfc": 6585, "section": "4"}], "since": "2012", "cacheable": false
  }]
})";

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().replace(QChar::Nbsp, u' ');
}

QByteArray field(const QString &key, const QString &text, const QString &english)
{
    return u"\"%1\": {\"text\": \"%2\", \"from\": \"%3\"}"_s
        .arg(key, text, CatalogueTranslation::sourceHash(english))
        .toUtf8();
}

// Typed key by key as a German keyboard sends them: QTest::keyClicks() takes ASCII only.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        const auto key = Qt::Key(c.toUpper().unicode()); // Qt::Key_Udiaeresis is Ü's code point
        QTest::sendKeyEvent(QTest::Click, widget, key, QString(c), Qt::NoModifier);
    }
}

} // namespace

class tst_CatalogueTranslationPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void translatedTextsAndMarkedFallbacks();
    void englishHasNoMarks();
    void followsTheInterfaceLanguage();
    void listFollowsTheInterfaceLanguage();
    void searchFieldFindsWordsOfTheInterfaceLanguage();
    void hopMeaningFollowsTheInterfaceLanguage();

private:
    Core::StatusCatalogue m_catalogue;
};

void tst_CatalogueTranslationPane::initTestCase()
{
    Core::CatalogueError error;
    std::optional<Core::StatusCatalogue> catalogue
        = Core::StatusCatalogue::fromJson(EnglishJson, u"en.json"_s, &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
}

void tst_CatalogueTranslationPane::cleanup()
{
    Core::installTranslations(*qApp, QLocale(u"en"_s));
}

void tst_CatalogueTranslationPane::translatedTextsAndMarkedFallbacks()
{
    const Core::StatusEntry &entry = m_catalogue.entries().first();
    // Gloss, summary, origin and since current; the description made from an older English; no use.
    const QByteArray json = R"({"format": 1, "language": "de", "classes": {)"
        + field(u"4xx"_s, u"Clientfehler."_s, u"Client error, as it once read."_s)
        + R"(}, "entries": [{"entry": "429 Too Many Requests · RFC 6585", )"
        + field(u"reason_gloss"_s, u"Zu viele Anfragen"_s, entry.reason) + ", "
        + field(u"summary"_s, u"Langsamer: zu viele Anfragen."_s, entry.summary) + ", "
        + field(u"origin_detail"_s, u"RFC 6585 (Zusatz)"_s, entry.originDetail) + ", "
        + field(u"since"_s, u"seit 2012"_s, entry.since) + ", "
        + field(u"description"_s, u"Der Client hat zu viele Anfragen gesendet."_s,
                u"The client sent many requests."_s)
        + "}]}";
    Core::CatalogueError error;
    const std::optional<CatalogueTranslation> german
        = CatalogueTranslation::fromJson(json, u"de.json"_s, &error);
    QVERIFY2(german, qPrintable(error.toString()));

    const QString text
        = plainText(Gui::statusDetailHtml(m_catalogue, 0, QApplication::palette(), 0, &*german));
    // The reason phrase stays as servers send it; the gloss follows it.
    QVERIFY2(text.contains(u"Too Many Requests — Zu viele Anfragen\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Langsamer: zu viele Anfragen.\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"RFC 6585 (Zusatz)\n"_s));
    QVERIFY(text.contains(u"seit 2012\n"_s));
    QVERIFY(!text.contains(u"Der Client hat"_s)); // stale: not shown
    QVERIFY2(text.contains(u"A Retry-After header may say when. (English)"_s), qPrintable(text));
    QVERIFY(text.contains(u"Rate limits. (English)"_s));
    QVERIFY(text.contains(u"Client error. (English)"_s));
    // Marked once per text, at its end: the description's first paragraph carries no mark.
    QVERIFY(text.contains(u"The client sent too many requests.\n"_s));
    QCOMPARE(text.count(u"(English)"_s), 3);
}

void tst_CatalogueTranslationPane::englishHasNoMarks()
{
    const QString text = plainText(Gui::statusDetailHtml(m_catalogue, 0, QApplication::palette(), 0,
                                                         &CatalogueTranslation::builtin(u"en"_s)));
    QVERIFY2(text.contains(u"Too Many Requests\n"_s), qPrintable(text));
    QVERIFY(!text.contains(u"(English)"_s));
}

void tst_CatalogueTranslationPane::followsTheInterfaceLanguage()
{
    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> shipped
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    QVERIFY2(shipped, qPrintable(error.toString()));
    const qsizetype teapot = shipped->firstIndexOf(418);
    const Core::StatusEntry &entry = shipped->entries().at(teapot);
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s}) {
        QVERIFY(Core::installTranslations(*qApp, QLocale(language)));
        QCOMPARE(Core::installedLanguage(), language);
        const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
        const QString gloss = translation.reasonGloss(entry);
        const QString text = plainText(Gui::statusDetailHtml(*shipped, teapot, QApplication::palette()));
        if (gloss.isEmpty())
            QSKIP(qPrintable(language + u": 418 has no gloss yet (./dev catalogue-translations)"_s));
        QVERIFY2(text.contains(u"I'm a teapot — "_s + gloss + u'\n'), qPrintable(text));
        QVERIFY2(text.contains(translation.text(entry, Core::EntryText::Summary).text), qPrintable(text));
    }
}

void tst_CatalogueTranslationPane::listFollowsTheInterfaceLanguage()
{
    // The list beside the pane: origins and the summary tooltips in the interface language, the
    // reason phrase as sent.
    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> shipped
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    QVERIFY2(shipped, qPrintable(error.toString()));
    Gui::CataloguePage page(*shipped);
    auto *view = page.findChild<QTreeView *>(u"entryView"_s);
    QVERIFY(view);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    QVERIFY(proxy);
    QAbstractItemModel *model = proxy->sourceModel();
    const Core::StatusEntry &noStatus = shipped->entries().first();
    const QModelIndex origin = model->index(0, Core::CatalogueModel::OriginColumn);
    const QModelIndex reason = model->index(0, Core::CatalogueModel::ReasonColumn);
    QCOMPARE(origin.data().toString(), noStatus.originDetail);

    QVERIFY(Core::installTranslations(*qApp, QLocale(u"de"_s)));
    const CatalogueTranslation &german = CatalogueTranslation::builtin(u"de"_s);
    const QString germanOrigin = german.text(noStatus, Core::EntryText::OriginDetail).text;
    QVERIFY(germanOrigin != noStatus.originDetail);
    QTRY_COMPARE(origin.data().toString(), germanOrigin);
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), german.text(noStatus, Core::EntryText::Summary).text);
    QCOMPARE(reason.data().toString(), noStatus.reason);

    QVERIFY(Core::installTranslations(*qApp, QLocale(u"en"_s)));
    QTRY_COMPARE(origin.data().toString(), noStatus.originDetail);
}

void tst_CatalogueTranslationPane::hopMeaningFollowsTheInterfaceLanguage()
{
    // Field trial: in a German window, the console's (and the Audit page's) Meaning tab said what a
    // status means in English. It speaks the window's language, as the catalogue page does.
    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> shipped
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    QVERIFY2(shipped, qPrintable(error.toString()));
    Core::Hop hop;
    hop.status = 404;
    hop.reason = u"Not Found"_s;
    Core::annotateHop(hop, *shipped, QDateTime::currentDateTimeUtc());
    QVERIFY(!hop.meanings.isEmpty());
    const Core::StatusEntry &entry = shipped->entries().at(shipped->firstIndexOf(404));
    const auto plain = [](const QString &html) {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    };

    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s}) {
        QVERIFY(Core::installTranslations(*qApp, QLocale(language)));
        const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
        const QString summary = translation.text(entry, Core::EntryText::Summary).text;
        QVERIFY(summary != entry.summary);
        const QString shown = plain(Gui::hopMeaningHtml(hop, *shipped, QPalette()));
        QVERIFY2(shown.contains(summary), qPrintable(language + u": "_s + shown.left(300)));
        QVERIFY2(!shown.contains(entry.summary), qPrintable(language));
        const QString description = translation.text(entry, Core::EntryText::Description).text;
        QVERIFY(shown.contains(description.section(u'\n', 0, 0).simplified().left(40)));
    }
    QVERIFY(Core::installTranslations(*qApp, QLocale(u"en"_s)));
    QVERIFY(plain(Gui::hopMeaningHtml(hop, *shipped, QPalette())).contains(entry.summary));
}

void tst_CatalogueTranslationPane::searchFieldFindsWordsOfTheInterfaceLanguage()
{
    // Field trial: a German user typing "Zeitüberschreitung" or "teekanne" found nothing, the
    // search knew only the English texts. The German ones are searched too, with or without the
    // umlaut, and a search already typed is matched again when the language changes.
    Core::CatalogueError error;
    const std::optional<Core::StatusCatalogue> shipped
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    QVERIFY2(shipped, qPrintable(error.toString()));
    Gui::CataloguePage page(*shipped);
    auto *search = page.findChild<QLineEdit *>(u"searchEdit"_s);
    auto *view = page.findChild<QTreeView *>(u"entryView"_s);
    QVERIFY(search);
    QVERIFY(view);
    const auto shownCodes = [view] {
        QStringList codes;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            codes.append(view->model()->index(row, 0).data(Core::CatalogueModel::CodeTextRole).toString());
        return codes;
    };
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    search->setFocus();

    QTest::keyClicks(search, u"weiterleitung"_s);
    QCOMPARE(shownCodes(), QStringList{});
    QVERIFY(Core::installTranslations(*qApp, QLocale(u"de"_s)));
    QTRY_COMPARE(shownCodes().mid(0, 3), (QStringList{u"307"_s, u"308"_s, u"451"_s}));
    QCOMPARE(search->text(), u"weiterleitung"_s);

    search->clear();
    typeText(search, u"Zeitüberschreitung"_s);
    QCOMPARE(search->text(), u"Zeitüberschreitung"_s);
    QCOMPARE(shownCodes().mid(0, 2), (QStringList{u"408"_s, u"504"_s}));
    search->clear();
    QTest::keyClicks(search, u"zeituberschreitung"_s);
    QCOMPARE(shownCodes().mid(0, 2), (QStringList{u"408"_s, u"504"_s}));
    search->clear();
    QTest::keyClicks(search, u"teekanne"_s);
    QCOMPARE(shownCodes().value(0), u"418"_s);
    search->clear();
    QTest::keyClicks(search, u"teapot"_s); // the English still, as servers send it
    QCOMPARE(shownCodes().value(0), u"418"_s);

    QVERIFY(Core::installTranslations(*qApp, QLocale(u"en"_s)));
    search->clear();
    QTest::keyClicks(search, u"teekanne"_s);
    QTRY_COMPARE(shownCodes(), QStringList{});
}

QTEST_MAIN(tst_CatalogueTranslationPane)
#include "tst_cataloguetranslationpane.moc"
