// SPDX-License-Identifier: MIT
// The catalogue's sources and folklore (issue 17): what the parser demands of them, how they travel
// through the compiled form and the public JSON, and what the shipped catalogue says after its review
// against primary sources.
#include "core/catalogue/compiledcatalogue.h"
#include "core/catalogue/entryjson.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CatalogueParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void badSourcesAreRefused_data();
    void badSourcesAreRefused();
    void sourcesAndFolkloreLoad();
    void compiledFormKeepsSources();
    void jsonCarriesSourcesAndFolklore();

    void everyShippedEntryHasASource();
    void correctionsFromTheReview_data();
    void correctionsFromTheReview();
    void folkloreIsMarkedNotStated();
    void documentedMeaningsAdded_data();
    void documentedMeaningsAdded();

private:
    static QJsonObject vendorDocument(const QByteArray &entryPatch);
    StatusCatalogue m_catalogue;
};

void tst_CatalogueParser::initTestCase()
{
    CatalogueError error;
    std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), &error);
    QVERIFY2(catalogue.has_value(), qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
}

// One vendor entry (nginx's 444) with one source; `entryPatch` keys replace the entry's (null removes).
QJsonObject tst_CatalogueParser::vendorDocument(const QByteArray &entryPatch)
{
    QJsonObject entry{
        {u"code"_s, 444},
        {u"reason"_s, u"No Response"_s},
        {u"origin"_s, u"vendor"_s},
        {u"origin_detail"_s, u"nginx"_s},
        {u"summary"_s, u"Closed without an answer."_s},
        {u"description"_s, u"nginx closed the connection without sending anything."_s},
        {u"sources"_s,
         QJsonArray{QJsonObject{
             {u"title"_s, u"nginx: the return directive"_s},
             {u"url"_s, u"https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return"_s}}}},
        {u"since"_s, u"the 2000s"_s},
        {u"cacheable"_s, false},
    };
    const QJsonObject patch = QJsonDocument::fromJson(entryPatch).object();
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            entry.remove(it.key());
        else
            entry.insert(it.key(), it.value());
    }
    QJsonObject classes;
    for (StatusClass statusClass : allClasses())
        classes.insert(classKey(statusClass), u"A class."_s);
    return QJsonObject{{u"format"_s, 1}, {u"classes"_s, classes}, {u"entries"_s, QJsonArray{entry}}};
}

void tst_CatalogueParser::badSourcesAreRefused_data()
{
    QTest::addColumn<QByteArray>("entryPatch");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QString noSource = u"a vendor or unofficial entry must name at least one source"_s;
    QTest::newRow("vendor without sources") << R"({"sources": null})"_ba << u"sources"_s << noSource;
    QTest::newRow("vendor with an empty list") << R"({"sources": []})"_ba << u"sources"_s << noSource;
    QTest::newRow("unofficial without sources")
        << R"({"origin": "unofficial", "sources": null})"_ba << u"sources"_s << noSource;
    QTest::newRow("not a list") << R"({"sources": "https://nginx.org/"})"_ba << u"sources"_s
                                << u"must be an array"_s;
    QTest::newRow("a bare link in the list")
        << R"({"sources": ["https://nginx.org/"]})"_ba << u"sources"_s << u"must contain only"_s;
    QTest::newRow("ftp link") << R"({"sources": [{"title": "x", "url": "ftp://nginx.org/a"}]})"_ba
                              << u"sources.url"_s << u"\"ftp://nginx.org/a\" is not an http(s) link"_s;
    QTest::newRow("relative link") << R"({"sources": [{"title": "x", "url": "/docs/return"}]})"_ba
                                   << u"sources.url"_s << u"not an http(s) link"_s;
    QTest::newRow("link without host") << R"({"sources": [{"title": "x", "url": "https://"}]})"_ba
                                       << u"sources.url"_s << u"not an http(s) link"_s;
    QTest::newRow("link missing") << R"({"sources": [{"title": "x"}]})"_ba << u"sources.url"_s
                                  << u"not an http(s) link"_s;
    QTest::newRow("title empty") << R"({"sources": [{"title": " ", "url": "https://nginx.org/"}]})"_ba
                                 << u"sources.title"_s << u"every source needs a title"_s;
    QTest::newRow("typo in a key") << R"({"sources": [{"titel": "x", "url": "https://nginx.org/"}]})"_ba
                                   << u"sources.titel"_s << u"not a known field"_s;
    QTest::newRow("folklore empty") << R"({"folklore": " "})"_ba << u"folklore"_s << u"non-empty string"_s;
    QTest::newRow("folklore not text")
        << R"({"folklore": ["x"]})"_ba << u"folklore"_s << u"non-empty string"_s;
}

void tst_CatalogueParser::badSourcesAreRefused()
{
    QFETCH(QByteArray, entryPatch);
    QFETCH(QString, field);
    QFETCH(QString, message);

    CatalogueError error;
    const auto catalogue = StatusCatalogue::fromJson(QJsonDocument(vendorDocument(entryPatch)).toJson(),
                                                     u"broken.json"_s, &error);
    QVERIFY(!catalogue);
    QCOMPARE(error.entry, 0);
    QCOMPARE(error.code, 444);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    // The sentence the build prints names the file, the entry and the field.
    const QString text = error.toString();
    QVERIFY2(text.startsWith(u"broken.json"_s) && text.contains(u"entry 0"_s)
                 && text.contains(u'"' + field + u'"'),
             qPrintable(text));
}

void tst_CatalogueParser::sourcesAndFolkloreLoad()
{
    CatalogueError error;
    const QByteArray patch = R"({"folklore": "that it is sent to the client",
        "sources": [{"title": "nginx: return", "url": "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return"},
                    {"title": "nginx source", "url": "http://hg.nginx.org/nginx/file/tip/src/http/ngx_http_request.h"}]})"_ba;
    const auto catalogue
        = StatusCatalogue::fromJson(QJsonDocument(vendorDocument(patch)).toJson(), u"ok.json"_s, &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    const StatusEntry &entry = catalogue->entries().first();
    QCOMPARE(entry.sources.size(), 2);
    QCOMPARE(entry.sources.at(0).title, u"nginx: return"_s);
    QCOMPARE(QUrl(entry.sources.at(0).url).fragment(), u"return"_s);
    QCOMPARE(QUrl(entry.sources.at(1).url).scheme(), u"http"_s);
    QCOMPARE(entry.folklore, u"that it is sent to the client"_s);

    // A standard entry may do without: its specification is cited in spec_refs.
    const QByteArray standard = R"({"origin": "standard", "origin_detail": "RFC 9110", "sources": null,
        "spec_refs": [{"rfc": 9110, "section": "15.5.5"}], "code": 404, "reason": "Not Found"})"_ba;
    QVERIFY2(
        StatusCatalogue::fromJson(QJsonDocument(vendorDocument(standard)).toJson(), u"ok.json"_s, &error),
        qPrintable(error.toString()));
}

void tst_CatalogueParser::compiledFormKeepsSources()
{
    const auto catalogue = StatusCatalogue::fromJson(
        QJsonDocument(vendorDocument(R"({"folklore": "a story"})"_ba)).toJson(), u"ok.json"_s, nullptr);
    QVERIFY(catalogue);
    const auto readBack = readCompiledCatalogue(compileCatalogue(*catalogue));
    QVERIFY(readBack);
    QCOMPARE(readBack->entries().first().sources, catalogue->entries().first().sources);
    QCOMPARE(readBack->entries().first().folklore, u"a story"_s);

    // And the program's own compiled catalogue carries the same sources as the JSON.
    const auto builtin = StatusCatalogue::builtin(nullptr);
    QVERIFY(builtin);
    const qsizetype index = builtin->firstIndexOf(218);
    QVERIFY(index >= 0);
    QCOMPARE(builtin->entries().at(index).sources,
             m_catalogue.entries().at(m_catalogue.firstIndexOf(218)).sources);
    QVERIFY(!builtin->entries().at(index).folklore.isEmpty());
}

void tst_CatalogueParser::jsonCarriesSourcesAndFolklore()
{
    const StatusEntry &folk = m_catalogue.entries().at(m_catalogue.firstIndexOf(218));
    const QJsonObject json = entryToJson(folk);
    const QJsonArray sources = json.value(u"sources"_s).toArray();
    QCOMPARE(sources.size(), folk.sources.size());
    QCOMPARE(sources.first().toObject().value(u"title"_s).toString(), folk.sources.first().title);
    QCOMPARE(sources.first().toObject().value(u"url"_s).toString(), folk.sources.first().url);
    QCOMPARE(json.value(u"folklore"_s).toString(), folk.folklore);

    const QJsonObject plain = entryToJson(m_catalogue.entries().at(m_catalogue.firstIndexOf(404)));
    QVERIFY(plain.value(u"folklore"_s).isNull());
    QVERIFY(plain.value(u"sources"_s)
                .toArray()
                .contains(QJsonObject{{u"title"_s, u"IANA HTTP Status Code Registry"_s},
                                      {u"url"_s, u"https://www.iana.org/assignments/http-status-codes/"_s}}));
}

void tst_CatalogueParser::everyShippedEntryHasASource()
{
    for (const StatusEntry &entry : m_catalogue.entries()) {
        const QString where = entry.codeText + u' ' + entry.reason + u" (" + entry.originDetail + u')';
        QVERIFY2(!entry.sources.isEmpty(), qPrintable(u"no source: "_s + where));
        for (const SpecRef &source : entry.sources) {
            QVERIFY2(QUrl(source.url).scheme() == u"https"_s, qPrintable(where + u": "_s + source.url));
            QVERIFY2(!source.title.isEmpty(), qPrintable(where));
        }
        // A registered code points at the registry it is registered in.
        if (entry.iana) {
            QVERIFY2(std::any_of(
                         entry.sources.cbegin(), entry.sources.cend(),
                         [](const SpecRef &source) { return QUrl(source.url).host() == u"www.iana.org"_s; }),
                     qPrintable(where));
        }
    }
}

void tst_CatalogueParser::correctionsFromTheReview_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<OriginKind>("origin");
    QTest::addColumn<QString>("since");

    // RFC 2518 (1999) defined 422, 423, 424 and 507; RFC 4918 (2007) only re-published them.
    QTest::newRow("422 since RFC 2518")
        << 422 << u"Unprocessable Content"_s << OriginKind::Standard << u"1999 (RFC 2518)"_s;
    // RFC 8297 and RFC 5842 are in the Experimental category, like RFC 2295 (506).
    QTest::newRow("103 experimental")
        << 103 << u"Early Hints"_s << OriginKind::Experimental << u"2017 (RFC 8297)"_s;
    QTest::newRow("208 experimental")
        << 208 << u"Already Reported"_s << OriginKind::Experimental << u"2010 (RFC 5842)"_s;
    QTest::newRow("508 experimental")
        << 508 << u"Loop Detected"_s << OriginKind::Experimental << u"2010 (RFC 5842)"_s;
    QTest::newRow("506 experimental")
        << 506 << u"Variant Also Negotiates"_s << OriginKind::Experimental << u"1998 (RFC 2295)"_s;
    // Twitter announced 420 for its Search API from January 2010.
    QTest::newRow("420 Twitter") << 420 << u"Enhance Your Calm"_s << OriginKind::Vendor
                                 << u"2010 (Twitter Search API)"_s;
}

void tst_CatalogueParser::correctionsFromTheReview()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(OriginKind, origin);
    QFETCH(QString, since);
    const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
    const auto entry = std::find_if(entries.cbegin(), entries.cend(),
                                    [&](const StatusEntry &e) { return e.reason == reason; });
    QVERIFY(entry != entries.cend());
    QCOMPARE(entry->origin, origin);
    QCOMPARE(entry->since, since);
}

void tst_CatalogueParser::folkloreIsMarkedNotStated()
{
    // Apache httpd has no 218: the attribution is told as folklore, not as the entry's origin.
    const StatusEntry &fine = m_catalogue.entries().at(m_catalogue.firstIndexOf(218));
    QCOMPARE(fine.origin, OriginKind::Unofficial);
    QVERIFY(fine.folklore.contains(u"Apache"_s));
    QVERIFY(fine.originDetail.startsWith(u"Folklore"_s));
    QVERIFY(std::any_of(fine.sources.cbegin(), fine.sources.cend(), [](const SpecRef &source) {
        return QUrl(source.url).path().endsWith(u"include/httpd.h"_s);
    }));

    // Claims no vendor documents are folklore, never the entry's plain statement.
    for (int code : {122, 450, 598, 999}) {
        const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
        QVERIFY2(std::any_of(entries.cbegin(), entries.cend(),
                             [](const StatusEntry &entry) { return !entry.folklore.isEmpty(); }),
                 qPrintable(QString::number(code)));
    }
}

void tst_CatalogueParser::documentedMeaningsAdded_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("sourceHost");
    QTest::newRow("308 Google") << 308 << u"Resume Incomplete"_s << u"Google"_s << u"developers.google.com"_s;
    QTest::newRow("419 Spring") << 419 << u"Insufficient Space On Resource"_s << u"Spring"_s
                                << u"github.com"_s;
    QTest::newRow("421 Spring") << 421 << u"Destination Locked"_s << u"Spring"_s << u"github.com"_s;
    QTest::newRow("598 Alibaba") << 598 << u"(EdgeRoutine throttled or blocked)"_s << u"Alibaba"_s
                                 << u"www.alibabacloud.com"_s;
    QTest::newRow("599 Alibaba") << 599 << u"(EdgeRoutine uncaught exception)"_s << u"Alibaba"_s
                                 << u"www.alibabacloud.com"_s;
    QTest::newRow("420 Shopify") << 420 << u"(shop locked; until August 2018)"_s << u"Shopify"_s
                                 << u"shopify.dev"_s;
    QTest::newRow("456 Exchange") << 456 << u"Blocked"_s << u"Exchange ActiveSync"_s
                                  << u"learn.microsoft.com"_s;
    QTest::newRow("457 Exchange") << 457 << u"Expired Password"_s << u"Exchange ActiveSync"_s
                                  << u"learn.microsoft.com"_s;
    QTest::newRow("499 Google") << 499 << u"Client Closed Request"_s << u"google.rpc.Code"_s
                                << u"github.com"_s;
}

void tst_CatalogueParser::documentedMeaningsAdded()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, origin);
    QFETCH(QString, sourceHost);
    const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
    const bool registered = std::any_of(entries.cbegin(), entries.cend(),
                                        [](const StatusEntry &e) { return e.iana.has_value(); });
    QVERIFY2(entries.first().iana.has_value() == registered, "the registered meaning stays first");
    const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&](const StatusEntry &e) {
        return e.reason == reason && e.originDetail.contains(origin);
    });
    QVERIFY(entry != entries.cend());
    QCOMPARE(entry->origin, OriginKind::Vendor);
    QVERIFY(!entry->iana.has_value());
    QVERIFY(std::any_of(entry->sources.cbegin(), entry->sources.cend(),
                        [&](const SpecRef &source) { return QUrl(source.url).host() == sourceHost; }));
}

QTEST_GUILESS_MAIN(tst_CatalogueParser)
#include "tst_catalogueparser.moc"
