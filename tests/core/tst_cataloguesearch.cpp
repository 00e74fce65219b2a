// SPDX-License-Identifier: MIT
// What a typed search finds in the real catalogue: numbers as code prefixes, words anywhere.
#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/statuscatalogue.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CatalogueSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void codePrefixesAreExact();
    void emptySearchMatchesEverything();

private:
    QStringList matches(const QString &text) const;
    StatusCatalogue m_catalogue;
};

void tst_CatalogueSearch::initTestCase()
{
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

QStringList tst_CatalogueSearch::matches(const QString &text) const
{
    const CatalogueSearch search(text);
    QStringList result;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (search.matches(entry))
            result.append(entry.codeText + u' ' + entry.reason);
    }
    return result;
}

void tst_CatalogueSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<QStringList>("mustNotContain");

    QTest::newRow("exact code") << u"404"_s << QStringList{u"404 Not Found"_s} << QStringList{u"410 Gone"_s};
    QTest::newRow("reason word, any case")
        << u"TEAPOT"_s << QStringList{u"418 I'm a teapot"_s} << QStringList{};
    QTest::newRow("two words, all must match") << u"too many"_s << QStringList{u"429 Too Many Requests"_s}
                                               << QStringList{u"413 Content Too Large"_s};
    QTest::newRow("older name") << u"payload"_s << QStringList{u"413 Content Too Large"_s} << QStringList{};
    QTest::newRow("alias with hyphen")
        << u"request-uri"_s << QStringList{u"414 URI Too Long"_s} << QStringList{};
    QTest::newRow("vendor name") << u"cloudflare"_s
                                 << QStringList{u"520 Web Server Returned an Unknown Error"_s,
                                                u"530 Origin DNS Error"_s}
                                 << QStringList{u"530 Site is frozen"_s};
    QTest::newRow("word in a description")
        << u"captive"_s << QStringList{u"511 Network Authentication Required"_s} << QStringList{};
    QTest::newRow("header name") << u"retry-after"_s
                                 << QStringList{u"503 Service Unavailable"_s, u"429 Too Many Requests"_s}
                                 << QStringList{u"404 Not Found"_s};
    QTest::newRow("number and word") << u"5 timeout"_s << QStringList{u"504 Gateway Timeout"_s}
                                     << QStringList{u"408 Request Timeout"_s};
    QTest::newRow("class shorthand") << u"3xx"_s
                                     << QStringList{u"301 Moved Permanently"_s, u"308 Permanent Redirect"_s}
                                     << QStringList{u"200 OK"_s};
    QTest::newRow("000 is AWS only") << u"000"_s << QStringList{u"000 (no response)"_s}
                                     << QStringList{u"0 (no status)"_s};
    QTest::newRow("0 finds both") << u"0"_s << QStringList{u"000 (no response)"_s, u"0 (no status)"_s}
                                  << QStringList{};
}

void tst_CatalogueSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QFETCH(QStringList, mustNotContain);
    const QStringList found = matches(text);
    for (const QString &expected : mustContain)
        QVERIFY2(found.contains(expected), qPrintable(expected + u" not in: "_s + found.join(u", "_s)));
    for (const QString &unexpected : mustNotContain)
        QVERIFY2(!found.contains(unexpected), qPrintable(unexpected + u" found"_s));
}

void tst_CatalogueSearch::codePrefixesAreExact()
{
    const QStringList forty = matches(u"40"_s);
    QVERIFY(!forty.isEmpty());
    for (const QString &entry : forty)
        QVERIFY2(entry.startsWith(u"40"_s), qPrintable(entry));
    QCOMPARE(matches(u"4"_s), matches(u"4xx"_s));
    QVERIFY(matches(u"4"_s).size() > forty.size());
    QVERIFY(matches(u"9999"_s).isEmpty());
    QVERIFY(matches(u"zzzqqq"_s).isEmpty());
}

void tst_CatalogueSearch::emptySearchMatchesEverything()
{
    QVERIFY(CatalogueSearch(u"   "_s).isEmpty());
    QCOMPARE(matches(QString()).size(), m_catalogue.size());
}

QTEST_GUILESS_MAIN(tst_CatalogueSearch)
#include "tst_cataloguesearch.moc"
