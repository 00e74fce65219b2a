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

QTEST_MAIN(tst_StatusDetailHtml)
#include "tst_statusdetailhtml.moc"
