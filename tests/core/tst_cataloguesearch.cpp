// SPDX-License-Identifier: MIT
// What a typed search finds in the real catalogue: numbers as code prefixes, words anywhere, the
// constants frameworks name the codes with, and misspelt words; and in which order.
#include "core/catalogue/cataloguefiltermodel.h"
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/statuscatalogue.h"

#include <QMap>
#include <QRandomGenerator>
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
    void ranks_data();
    void ranks();
    void constantRanksOnItsOwnMeaning();
    void listsBestFirst_data();
    void listsBestFirst();
    void prefixDistance_data();
    void prefixDistance();
    void misspeltWordsAreNotNarrowedByExactOnes();
    void narrowingNeverLosesAMatch();

private:
    QStringList matches(const QString &text) const;
    const StatusEntry &entry(int code) const;
    StatusCatalogue m_catalogue;
};

void tst_CatalogueSearch::initTestCase()
{
    // The compiled catalogue, as the program has it: with the constants merged in.
    CatalogueError error;
    auto catalogue = StatusCatalogue::builtin(&error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
}

const StatusEntry &tst_CatalogueSearch::entry(int code) const
{
    return m_catalogue.entries().at(m_catalogue.firstIndexOf(code));
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

    // The names developers meet in code.
    QTest::newRow("Python, Rust, Spring constant")
        << u"UNPROCESSABLE_ENTITY"_s << QStringList{u"422 Unprocessable Content"_s}
        << QStringList{u"404 Not Found"_s};
    QTest::newRow("Python 3.13 name") << u"HTTPStatus.UNPROCESSABLE_CONTENT"_s
                                      << QStringList{u"422 Unprocessable Content"_s} << QStringList{};
    QTest::newRow("Go constant") << u"StatusTeapot"_s << QStringList{u"418 I'm a teapot"_s}
                                 << QStringList{u"404 Not Found"_s};
    QTest::newRow("Django REST framework prefix")
        << u"HTTP_422"_s << QStringList{u"422 Unprocessable Content"_s} << QStringList{u"423 Locked"_s};
    QTest::newRow("servlet constant")
        << u"SC_NOT_FOUND"_s << QStringList{u"404 Not Found"_s} << QStringList{u"410 Gone"_s};
    QTest::newRow("Rack symbol") << u":unprocessable_content"_s << QStringList{u"422 Unprocessable Content"_s}
                                 << QStringList{};
    QTest::newRow(".NET alias") << u"HttpStatusCode.RedirectKeepVerb"_s
                                << QStringList{u"307 Temporary Redirect"_s} << QStringList{};
    QTest::newRow("Node phrase table") << u"STATUS_CODES[429]"_s << QStringList{u"429 Too Many Requests"_s}
                                       << QStringList{u"428 Precondition Required"_s};
    // A constant of another meaning of a shared number finds that meaning only.
    QTest::newRow("Spring's deprecated 419")
        << u"INSUFFICIENT_SPACE_ON_RESOURCE"_s << QStringList{u"419 Insufficient Space On Resource"_s}
        << QStringList{u"419 Page Expired"_s};
    QTest::newRow("Spring's deprecated 420")
        << u"HttpStatus.METHOD_FAILURE"_s << QStringList{u"420 Method Failure"_s}
        << QStringList{u"420 Enhance Your Calm"_s};
    QTest::newRow("Spring's deprecated 421")
        << u"DESTINATION_LOCKED"_s << QStringList{u"421 Destination Locked"_s}
        << QStringList{u"421 Misdirected Request"_s};
    QTest::newRow("Symfony's deprecated 425")
        << u"HTTP_RESERVED_FOR_WEBDAV"_s << QStringList{u"425 Unordered Collection"_s}
        << QStringList{u"425 Too Early"_s};
    QTest::newRow("Symfony's current 425") << u"Response::HTTP_TOO_EARLY"_s << QStringList{u"425 Too Early"_s}
                                           << QStringList{u"425 Unordered Collection"_s};

    // Typing mistakes.
    QTest::newRow("swapped letters") << u"tiemout"_s
                                     << QStringList{u"408 Request Timeout"_s, u"504 Gateway Timeout"_s}
                                     << QStringList{u"404 Not Found"_s};
    QTest::newRow("missing letter") << u"not fund"_s << QStringList{u"404 Not Found"_s}
                                    << QStringList{u"200 OK"_s};
    QTest::newRow("British spelling")
        << u"unauthorised"_s << QStringList{u"401 Unauthorized"_s} << QStringList{u"403 Forbidden"_s};
    QTest::newRow("extra letter") << u"teapott"_s << QStringList{u"418 I'm a teapot"_s}
                                  << QStringList{u"404 Not Found"_s};
    QTest::newRow("still typing") << u"tiemou"_s << QStringList{u"408 Request Timeout"_s} << QStringList{};
    QTest::newRow("short words are exact") << u"okk"_s << QStringList{} << QStringList{u"200 OK"_s};
    // Every text an entry shows is searched, as a translation's are, not only its summary and
    // description (each word below is in that one field of the whole catalogue); a word found only
    // there ranks below a misspelt name (ranks: "unauthorised").
    QTest::newRow("a word of its use") << u"detour"_s << QStringList{u"302 Found"_s} << QStringList{};
    QTest::newRow("a word of its misuse")
        << u"crawlers"_s << QStringList{u"404 Not Found"_s} << QStringList{};
    QTest::newRow("a word of its folklore")
        << u"micropayment"_s << QStringList{u"402 Payment Required"_s} << QStringList{};
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

void tst_CatalogueSearch::ranks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("rank");

    QTest::newRow("exact code") << u"404"_s << 404 << int(CatalogueSearch::ExactCode);
    QTest::newRow("code prefix") << u"40"_s << 404 << int(CatalogueSearch::InReason);
    QTest::newRow("reason") << u"not found"_s << 404 << int(CatalogueSearch::InReason);
    QTest::newRow("alias") << u"payload"_s << 413 << int(CatalogueSearch::InNames);
    QTest::newRow("constant") << u"SC_NOT_FOUND"_s << 404 << int(CatalogueSearch::InNames);
    QTest::newRow("word in the text") << u"captive"_s << 511 << int(CatalogueSearch::InText);
    QTest::newRow("misspelt") << u"not fund"_s << 404 << int(CatalogueSearch::Near);
    QTest::newRow("only in the folklore") << u"micropayment"_s << 402 << int(CatalogueSearch::InAsides);
    QTest::newRow("weakest word counts") << u"404 captive"_s << 404 << int(CatalogueSearch::NoMatch);
}

void tst_CatalogueSearch::ranks()
{
    QFETCH(QString, text);
    QFETCH(int, code);
    QFETCH(int, rank);
    QCOMPARE(int(CatalogueSearch(text).rank(entry(code), CatalogueSearch::haystackFor(entry(code)))), rank);
}

void tst_CatalogueSearch::constantRanksOnItsOwnMeaning()
{
    // Spring's deprecated 419 is a name of the WebDAV draft's meaning, not of Laravel's 419.
    const CatalogueSearch search(u"INSUFFICIENT_SPACE_ON_RESOURCE"_s);
    QMap<QString, int> ranks;
    for (const StatusEntry &meaning : m_catalogue.entriesForCode(419))
        ranks.insert(meaning.reason, int(search.rank(meaning, CatalogueSearch::haystackFor(meaning))));
    QCOMPARE(ranks.value(u"Insufficient Space On Resource"_s, -1), int(CatalogueSearch::InNames));
    QCOMPARE(ranks.value(u"Page Expired"_s, -1), int(CatalogueSearch::NoMatch));
}

void tst_CatalogueSearch::listsBestFirst_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("firstCodes"); // in this order, before anything else

    QTest::newRow("reason before text") << u"gateway"_s << QList<int>{502, 504};
    QTest::newRow("exact code before the rest") << u"4"_s << QList<int>{400, 401, 402};
    QTest::newRow("reason before constant before text") << u"found"_s << QList<int>{302, 404};
    QTest::newRow("misspelt, alone") << u"teapott"_s << QList<int>{418};
    QTest::newRow("misspelt names before a word of advice") << u"unauthorised"_s << QList<int>{401, 561, 404};
}

void tst_CatalogueSearch::listsBestFirst()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, firstCodes);
    CatalogueModel model(m_catalogue);
    CatalogueFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(CatalogueModel::CodeColumn);
    proxy.setSearchText(text);
    QVERIFY(proxy.rowCount() >= firstCodes.size());
    QList<int> shown;
    for (int row = 0; row < firstCodes.size(); ++row)
        shown.append(proxy.index(row, 0).data(CatalogueModel::CodeRole).toInt());
    QCOMPARE(shown, firstCodes);

    // Down the whole list the rank never gets better, and within a rank codes go up.
    const CatalogueSearch search(text);
    int previousRank = CatalogueSearch::ExactCode;
    int previousCode = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int index = proxy.index(row, 0).data(CatalogueModel::EntryIndexRole).toInt();
        const StatusEntry &shownEntry = m_catalogue.entries().at(index);
        const int rank = search.rank(shownEntry, CatalogueSearch::haystackFor(shownEntry));
        QVERIFY2(rank >= previousRank, qPrintable(shownEntry.codeText));
        if (rank == previousRank)
            QVERIFY2(shownEntry.code >= previousCode, qPrintable(shownEntry.codeText));
        previousRank = rank;
        previousCode = shownEntry.code;
    }
}

void tst_CatalogueSearch::prefixDistance_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("distance");

    QTest::newRow("same") << "timeout"_ba
                          << "timeout"_ba << 0;
    QTest::newRow("swap") << "tiemout"_ba
                          << "timeout"_ba << 1;
    QTest::newRow("insert") << "fund"_ba
                            << "found"_ba << 1;
    QTest::newRow("delete") << "teapott"_ba
                            << "teapot"_ba << 1;
    QTest::newRow("replace") << "unauthorised"_ba
                             << "unauthorized"_ba << 1;
    QTest::newRow("prefix of the name") << "tiemou"_ba
                                        << "timeout"_ba << 1;
    QTest::newRow("two edits") << "unathorised"_ba
                               << "unauthorized"_ba << 2;
    QTest::newRow("past the limit") << "zebra"_ba
                                    << "timeout"_ba << 3;
}

void tst_CatalogueSearch::prefixDistance()
{
    QFETCH(QByteArray, word);
    QFETCH(QByteArray, name);
    QFETCH(int, distance);
    QCOMPARE(CatalogueSearch::prefixDistance(word, name, 2), distance);
}

void tst_CatalogueSearch::misspeltWordsAreNotNarrowedByExactOnes()
{
    // "tie" is matched exactly; "tiem" may be one edit away, so it finds entries "tie" did not
    // (408 through "timeout"): the filter model must search everything again, not "tie"'s matches.
    QVERIFY(!CatalogueSearch(u"tie"_s).isNarrowedBy(CatalogueSearch(u"tiem"_s)));
    QVERIFY(CatalogueSearch(u"tiem"_s).isNarrowedBy(CatalogueSearch(u"tiemo"_s)));
    QVERIFY(!CatalogueSearch(u"tiemo"_s).isNarrowedBy(CatalogueSearch(u"xtiemo"_s)));
    QVERIFY(!CatalogueSearch(u"timeout"_s).isNarrowedBy(CatalogueSearch(u"timeouts"_s)));
    QVERIFY(CatalogueSearch(u"gate"_s).isNarrowedBy(CatalogueSearch(u"gatew"_s)));
}

void tst_CatalogueSearch::narrowingNeverLosesAMatch()
{
    // The filter model re-checks only the last keystroke's matches when the new search narrows
    // it; that is only right if everything the new search matches, the old one matched too.
    // Typed out letter by letter, with typing mistakes, over words from the catalogue's names.
    QStringList words;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        words += entry.reason.split(u' ', Qt::SkipEmptyParts);
        for (const CodeConstant &constant : entry.constants)
            words.append(constant.name);
    }
    QRandomGenerator random(17); // the same queries every run
    QList<SearchText> haystacks;
    for (const StatusEntry &entry : m_catalogue.entries())
        haystacks.append(CatalogueSearch::haystackFor(entry));
    const auto matchSet = [&](const CatalogueSearch &search) {
        QList<bool> result;
        for (qsizetype i = 0; i < haystacks.size(); ++i)
            result.append(search.matches(m_catalogue.entries().at(i), haystacks.at(i)));
        return result;
    };
    for (int query = 0; query < 200; ++query) {
        QString text = words.at(random.bounded(int(words.size())));
        if (random.bounded(2) == 1)
            text += u' ' + words.at(random.bounded(int(words.size())));
        if (text.size() > 3 && random.bounded(2) == 1) { // swap two neighbours somewhere
            const int at = random.bounded(int(text.size()) - 1);
            std::swap(text[at], text[at + 1]);
        }
        CatalogueSearch previous;
        QList<bool> previousMatches = matchSet(previous);
        for (qsizetype n = 1; n <= text.size(); ++n) {
            const CatalogueSearch next(text.left(n));
            const QList<bool> nextMatches = matchSet(next);
            if (!previous.isEmpty() && previous.isNarrowedBy(next)) {
                for (qsizetype i = 0; i < nextMatches.size(); ++i)
                    QVERIFY2(!nextMatches.at(i) || previousMatches.at(i),
                             qPrintable(text.left(n - 1) + u" → "_s + text.left(n) + u": lost "_s
                                        + m_catalogue.entries().at(i).codeText));
            }
            previous = next;
            previousMatches = nextMatches;
        }
    }
}

QTEST_GUILESS_MAIN(tst_CatalogueSearch)
#include "tst_cataloguesearch.moc"
