// SPDX-License-Identifier: MIT
// An audit's URL comparison: what counts as the expected target, and the two relaxed options.
#include "core/audit/urlmatch.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_UrlMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compare_data();
    void compare();
};

void tst_UrlMatch::compare_data()
{
    QTest::addColumn<QString>("finalUrl");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("ignoreQuery");
    QTest::addColumn<bool>("ignoreSlash");
    QTest::addColumn<bool>("match");

    QTest::newRow("same") << u"https://example.org/new"_s << u"https://example.org/new"_s << false << false
                          << true;
    QTest::newRow("scheme case") << u"HTTPS://example.org/new"_s << u"https://example.org/new"_s << false
                                 << false << true;
    QTest::newRow("host case") << u"https://Example.ORG/new"_s << u"https://example.org/new"_s << false
                               << false << true;
    QTest::newRow("path case is exact")
        << u"https://example.org/New"_s << u"https://example.org/new"_s << false << false << false;
    QTest::newRow("https default port")
        << u"https://example.org:443/new"_s << u"https://example.org/new"_s << false << false << true;
    QTest::newRow("http default port")
        << u"http://example.org:80/"_s << u"http://example.org/"_s << false << false << true;
    QTest::newRow("other port") << u"https://example.org:8443/new"_s << u"https://example.org/new"_s << false
                                << false << false;
    QTest::newRow("443 on http is not default")
        << u"http://example.org:443/"_s << u"http://example.org/"_s << false << false << false;
    QTest::newRow("empty path") << u"https://example.org"_s << u"https://example.org/"_s << false << false
                                << true;
    QTest::newRow("scheme differs") << u"http://example.org/new"_s << u"https://example.org/new"_s << false
                                    << false << false;
    QTest::newRow("query differs") << u"https://example.org/new?a=1"_s << u"https://example.org/new"_s
                                   << false << false << false;
    QTest::newRow("query order is exact") << u"https://example.org/new?a=1&b=2"_s
                                          << u"https://example.org/new?b=2&a=1"_s << false << false << false;
    QTest::newRow("--ignore-query") << u"https://example.org/new?utm_source=x"_s
                                    << u"https://example.org/new"_s << true << false << true;
    QTest::newRow("--ignore-query, path still exact")
        << u"https://example.org/other?x"_s << u"https://example.org/new"_s << true << false << false;
    QTest::newRow("trailing slash differs")
        << u"https://example.org/new/"_s << u"https://example.org/new"_s << false << false << false;
    QTest::newRow("--ignore-trailing-slash")
        << u"https://example.org/new/"_s << u"https://example.org/new"_s << false << true << true;
    QTest::newRow("--ignore-trailing-slash, root")
        << u"https://example.org/"_s << u"https://example.org"_s << false << true << true;
    QTest::newRow("--ignore-trailing-slash with a query")
        << u"https://example.org/new/?q=1"_s << u"https://example.org/new?q=1"_s << false << true << true;
    QTest::newRow("both options") << u"https://example.org/new/?q=1"_s << u"https://EXAMPLE.org:443/new"_s
                                  << true << true << true;
    QTest::newRow("percent-encoding is exact")
        << u"https://example.org/a%2Fb"_s << u"https://example.org/a/b"_s << false << false << false;
    QTest::newRow("user info is exact")
        << u"https://u@example.org/"_s << u"https://example.org/"_s << false << false << false;
    QTest::newRow("IPv6 host") << u"http://[::1]:80/x"_s << u"http://[::1]/x"_s << false << false << true;
    QTest::newRow("fragment is exact")
        << u"https://example.org/new#top"_s << u"https://example.org/new"_s << false << false << false;
}

void tst_UrlMatch::compare()
{
    QFETCH(QString, finalUrl);
    QFETCH(QString, expected);
    QFETCH(bool, ignoreQuery);
    QFETCH(bool, ignoreSlash);
    QFETCH(bool, match);
    const MatchOptions options{ignoreQuery, ignoreSlash};
    QCOMPARE(urlsMatch(QUrl(finalUrl), QUrl(expected), options), match);
    QCOMPARE(urlsMatch(QUrl(expected), QUrl(finalUrl), options), match); // either way round
}

QTEST_GUILESS_MAIN(tst_UrlMatch)
#include "tst_urlmatch.moc"
