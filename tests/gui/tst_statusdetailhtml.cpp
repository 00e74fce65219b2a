// SPDX-License-Identifier: MIT
// The detail pane's "Sources" section and its folklore line (issue 17), on the shipped catalogue.
#include "gui/catalogueview/statusdetailhtml.h"

#include <QApplication>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_StatusDetailHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourcesAreLinks();
    void folkloreIsShownApart();
    void vendorPageNotRepeated();
    void inCodeListsEachFramework();
    void inCodeOfAnotherMeaning();

private:
    QString html(int code, const QString &originPart = {}) const;
    static QString plainText(const QString &html);
    Core::StatusCatalogue m_catalogue;
};

void tst_StatusDetailHtml::initTestCase()
{
    Core::CatalogueError error;
    std::optional<Core::StatusCatalogue> catalogue
        = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
}

QString tst_StatusDetailHtml::html(int code, const QString &originPart) const
{
    for (qsizetype i = 0; i < m_catalogue.size(); ++i) {
        const Core::StatusEntry &entry = m_catalogue.entries().at(i);
        if (entry.code == code && entry.originDetail.contains(originPart))
            return Gui::statusDetailHtml(m_catalogue, i, QApplication::palette());
    }
    return {};
}

QString tst_StatusDetailHtml::plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

void tst_StatusDetailHtml::sourcesAreLinks()
{
    const QString page = html(404);
    QVERIFY(!page.isEmpty());
    QVERIFY2(plainText(page).contains(u"Sources"_s), qPrintable(plainText(page)));
    QVERIFY(page.contains(u"<a href=\"https://www.iana.org/assignments/http-status-codes/\">"
                          "IANA HTTP Status Code Registry</a>"_s));
    // The first definition, RFC 1945, links to its section.
    QVERIFY(page.contains(u"href=\"https://www.rfc-editor.org/rfc/rfc1945#section-9.4\""_s));
    QVERIFY(!plainText(page).contains(u"Widely repeated"_s));
}

void tst_StatusDetailHtml::folkloreIsShownApart()
{
    const QString text = plainText(html(218));
    QVERIFY2(text.contains(u"Widely repeated, no primary source: that Apache HTTP Server answers 218"_s),
             qPrintable(text));
    QVERIFY(html(218).contains(u"href=\"https://github.com/apache/httpd/blob/trunk/include/httpd.h\""_s));
}

void tst_StatusDetailHtml::vendorPageNotRepeated()
{
    // AWS's troubleshooting page is already linked under "Specification": it is not listed twice.
    const QString page = html(460);
    const QString link = u"href=\"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/"
                         "load-balancer-troubleshooting.html\""_s;
    QCOMPARE(page.count(link), 1);
}

void tst_StatusDetailHtml::inCodeListsEachFramework()
{
    // The compiled catalogue carries the frameworks' constants (constants.json).
    Core::CatalogueError error;
    const auto catalogue = Core::StatusCatalogue::builtin(&error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    const QString page
        = Gui::statusDetailHtml(*catalogue, catalogue->firstIndexOf(422), QApplication::palette());
    const QString text = plainText(page);
    QVERIFY2(text.contains(u"In code"_s), qPrintable(text));
    QVERIFY(text.contains(u"HTTPStatus.UNPROCESSABLE_CONTENT\nalso HTTPStatus.UNPROCESSABLE_ENTITY"_s));
    QVERIFY(text.contains(u"http.STATUS_CODES[422] → “Unprocessable Entity”"_s));
    QVERIFY(text.contains(u"Ruby"_s));
    // Each framework links to the file its names come from.
    QVERIFY(page.contains(u"<a href=\"https://github.com/golang/go/blob/master/src/net/http/status.go\">"
                          "Go net/http</a>"_s));
    // A meaning no framework names has no such section.
    const qsizetype nginx = catalogue->firstIndexOf(444);
    QVERIFY(
        !plainText(Gui::statusDetailHtml(*catalogue, nginx, QApplication::palette())).contains(u"In code"_s));
}

void tst_StatusDetailHtml::inCodeOfAnotherMeaning()
{
    // Symfony's deprecated 425 is shown on the expired proposal's meaning, not on Too Early's, and its
    // 71-letter name, which has no word break, does not widen the pane past its default width
    // (560 pixels, less the margins): the document wraps it anywhere when it must.
    Core::CatalogueError error;
    const auto catalogue = Core::StatusCatalogue::builtin(&error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    const QString name = u"Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL"_s;
    int meanings = 0;
    for (qsizetype i = 0; i < catalogue->size(); ++i) {
        const Core::StatusEntry &entry = catalogue->entries().at(i);
        if (entry.code != 425)
            continue;
        ++meanings;
        QTextDocument document;
        document.setHtml(Gui::statusDetailHtml(*catalogue, i, QApplication::palette()));
        QCOMPARE(document.toPlainText().contains(name), entry.reason == u"Unordered Collection"_s);
        document.setTextWidth(540);
        QCOMPARE(document.size().width(), 540.0);
    }
    QCOMPARE(meanings, 2);
}

QTEST_MAIN(tst_StatusDetailHtml)
#include "tst_statusdetailhtml.moc"
