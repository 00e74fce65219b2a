// SPDX-License-Identifier: MIT
// The catalogue loader and the shipped catalogue's contents, checked against facts taken from
// the IANA registry and the RFCs (written out here, independently of the data file).
#include "core/catalogue/codeconstants.h"
#include "core/catalogue/compiledcatalogue.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QResource>
#include <QSet>
#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_StatusCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void ianaRegistryCovered_data();
    void ianaRegistryCovered();
    void classicReferenceListCovered();
    void olderNamesKeptAsAliases_data();
    void olderNamesKeptAsAliases();
    void vendorCodesWithTheirOrigin_data();
    void vendorCodesWithTheirOrigin();
    void severalMeaningsAreSeveralEntries_data();
    void severalMeaningsAreSeveralEntries();
    void integrity();
    void cacheableByDefaultMatchesRfc9110();
    void redirectSemantics_data();
    void redirectSemantics();
    void lookups();

    void malformedFileIsRejected_data();
    void malformedFileIsRejected();
    void syntaxErrorNamesLineAndColumn();
    void unreadableFile();
    void minimalFileLoads();
    void compiledFormIsTheJson();
    void damagedCompiledFormIsRefused();
    void openedLazilyAnswersAsReadWhole();
    void builtinTextsAreReadInPlace();

private:
    static QJsonObject minimalDocument();
    StatusCatalogue m_catalogue;
};

void tst_StatusCatalogue::initTestCase()
{
    CatalogueError error;
    std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), &error);
    QVERIFY2(catalogue.has_value(), qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
    QVERIFY(m_catalogue.size() > 100);
}

void tst_StatusCatalogue::ianaRegistryCovered_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("status");

    // The IANA HTTP Status Code Registry (last updated 2025-09-15), every assigned value.
    const QList<std::pair<int, const char *>> registry{
        {100, "Continue"},
        {101, "Switching Protocols"},
        {102, "Processing"},
        {103, "Early Hints"},
        {104, "Upload Resumption Supported"},
        {200, "OK"},
        {201, "Created"},
        {202, "Accepted"},
        {203, "Non-Authoritative Information"},
        {204, "No Content"},
        {205, "Reset Content"},
        {206, "Partial Content"},
        {207, "Multi-Status"},
        {208, "Already Reported"},
        {226, "IM Used"},
        {300, "Multiple Choices"},
        {301, "Moved Permanently"},
        {302, "Found"},
        {303, "See Other"},
        {304, "Not Modified"},
        {305, "Use Proxy"},
        {306, "(Unused)"},
        {307, "Temporary Redirect"},
        {308, "Permanent Redirect"},
        {400, "Bad Request"},
        {401, "Unauthorized"},
        {402, "Payment Required"},
        {403, "Forbidden"},
        {404, "Not Found"},
        {405, "Method Not Allowed"},
        {406, "Not Acceptable"},
        {407, "Proxy Authentication Required"},
        {408, "Request Timeout"},
        {409, "Conflict"},
        {410, "Gone"},
        {411, "Length Required"},
        {412, "Precondition Failed"},
        {413, "Content Too Large"},
        {414, "URI Too Long"},
        {415, "Unsupported Media Type"},
        {416, "Range Not Satisfiable"},
        {417, "Expectation Failed"},
        {418, "(Unused)"},
        {421, "Misdirected Request"},
        {422, "Unprocessable Content"},
        {423, "Locked"},
        {424, "Failed Dependency"},
        {425, "Too Early"},
        {426, "Upgrade Required"},
        {428, "Precondition Required"},
        {429, "Too Many Requests"},
        {431, "Request Header Fields Too Large"},
        {451, "Unavailable For Legal Reasons"},
        {500, "Internal Server Error"},
        {501, "Not Implemented"},
        {502, "Bad Gateway"},
        {503, "Service Unavailable"},
        {504, "Gateway Timeout"},
        {505, "HTTP Version Not Supported"},
        {506, "Variant Also Negotiates"},
        {507, "Insufficient Storage"},
        {508, "Loop Detected"},
        {510, "Not Extended (OBSOLETED)"},
        {511, "Network Authentication Required"},
    };
    const QHash<int, QString> specialStatus{
        {104, u"temporary"_s}, {306, u"reserved"_s}, {418, u"reserved"_s}, {510, u"obsoleted"_s}};
    for (const auto &[code, reason] : registry)
        QTest::addRow("%d", code) << code << QString::fromUtf8(reason)
                                  << specialStatus.value(code, u"permanent"_s);
}

void tst_StatusCatalogue::ianaRegistryCovered()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, status);

    const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
    const auto registered = std::find_if(entries.cbegin(), entries.cend(),
                                         [](const StatusEntry &entry) { return entry.iana.has_value(); });
    QVERIFY2(registered != entries.cend(), "no entry carries the IANA registration");
    QCOMPARE(registered->iana->reason, reason);
    QCOMPARE(registered->iana->status, status);
    QVERIFY(!registered->specRefs.isEmpty());
    // Exactly one meaning of a number is the registered one.
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                           [](const StatusEntry &e) { return e.iana.has_value(); }),
             1);
}

void tst_StatusCatalogue::classicReferenceListCovered()
{
    QList<int> codes{102, 122, 207, 418, 422, 423, 424, 425, 426, 449, 450, 506, 507, 509, 510};
    for (int code : {100, 101})
        codes.append(code);
    for (int code = 200; code <= 206; ++code)
        codes.append(code);
    for (int code = 300; code <= 307; ++code)
        codes.append(code);
    for (int code = 400; code <= 417; ++code)
        codes.append(code);
    for (int code = 500; code <= 505; ++code)
        codes.append(code);
    for (int code : std::as_const(codes))
        QVERIFY2(m_catalogue.contains(code), qPrintable(u"missing %1"_s.arg(code)));

    // 425 is two entries: the WebDAV draft's Unordered Collection and RFC 8470's Too Early.
    QStringList reasons;
    for (const StatusEntry &entry : m_catalogue.entriesForCode(425))
        reasons.append(entry.reason);
    QVERIFY(reasons.contains(u"Too Early"_s));
    QVERIFY(reasons.contains(u"Unordered Collection"_s));
}

void tst_StatusCatalogue::olderNamesKeptAsAliases_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("alias");
    QTest::newRow("302") << 302 << u"Moved Temporarily"_s;
    QTest::newRow("306") << 306 << u"Switch Proxy"_s;
    QTest::newRow("413 (RFC 2616)") << 413 << u"Request Entity Too Large"_s;
    QTest::newRow("413 (RFC 7231)") << 413 << u"Payload Too Large"_s;
    QTest::newRow("414") << 414 << u"Request-URI Too Long"_s;
    QTest::newRow("416") << 416 << u"Requested Range Not Satisfiable"_s;
    QTest::newRow("422") << 422 << u"Unprocessable Entity"_s;
}

void tst_StatusCatalogue::olderNamesKeptAsAliases()
{
    QFETCH(int, code);
    QFETCH(QString, alias);
    const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
    QVERIFY(!entries.isEmpty());
    QVERIFY2(entries.first().aliases.contains(alias), qPrintable(entries.first().aliases.join(u", "_s)));
}

void tst_StatusCatalogue::vendorCodesWithTheirOrigin_data()
{
    QTest::addColumn<QString>("codeText");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<OriginKind>("kind");

    const auto add = [](const char *origin, OriginKind kind, QList<int> codes) {
        for (int code : codes)
            QTest::addRow("%d %s", code, origin)
                << QString::number(code) << QString::fromUtf8(origin) << kind;
    };
    add("nginx", OriginKind::Vendor, {444, 494, 495, 496, 497, 499});
    add("IIS", OriginKind::Vendor, {440});
    add("Exchange ActiveSync, WebDAV extensions", OriginKind::Vendor, {449});
    add("Exchange", OriginKind::Vendor, {451, 456, 457});
    add("Google APIs and gRPC", OriginKind::Vendor, {499});
    add("Windows Parental Controls", OriginKind::Vendor, {450});
    add("Cloudflare", OriginKind::Vendor, {520, 521, 522, 523, 524, 525, 526, 527, 530});
    add("AWS Elastic Load Balancing", OriginKind::Vendor, {460, 463, 464, 561});
    add("Node.js and Spring", OriginKind::Unofficial, {509});
    add("Laravel", OriginKind::Vendor, {419});
    add("Spring", OriginKind::Vendor, {419, 420, 421});
    add("Google APIs", OriginKind::Vendor, {308});
    add("Alibaba Cloud EdgeRoutine", OriginKind::Vendor, {598, 599});
    add("Twitter", OriginKind::Vendor, {420});
    add("Shopify", OriginKind::Vendor, {420, 430, 540, 783});
    add("Esri", OriginKind::Vendor, {498, 499});
    add("Pantheon", OriginKind::Vendor, {530});
    add("Qualys SSL Labs", OriginKind::Vendor, {529});
    add("LinkedIn", OriginKind::Vendor, {999});
    add("proxies", OriginKind::Unofficial, {598, 599});
    add("Internet Explorer", OriginKind::Vendor, {122});
    QTest::newRow("000 AWS") << u"000"_s << u"AWS Elastic Load Balancing"_s << OriginKind::Vendor;
    QTest::newRow("0 browsers") << u"0"_s << u"Browsers"_s << OriginKind::Unofficial;
}

void tst_StatusCatalogue::vendorCodesWithTheirOrigin()
{
    QFETCH(QString, codeText);
    QFETCH(QString, origin);
    QFETCH(OriginKind, kind);
    const QList<StatusEntry> entries = m_catalogue.entriesForCode(codeText.toInt());
    const bool found = std::any_of(entries.cbegin(), entries.cend(), [&](const StatusEntry &entry) {
        return entry.codeText == codeText && entry.originDetail.contains(origin) && entry.origin == kind;
    });
    QVERIFY2(found, qPrintable(u"no %1 entry from %2"_s.arg(codeText, origin)));
}

void tst_StatusCatalogue::severalMeaningsAreSeveralEntries_data()
{
    QTest::addColumn<int>("code");
    for (int code : {0, 103, 308, 419, 420, 421, 425, 451, 499, 508, 529, 530, 598, 599})
        QTest::addRow("%d", code) << code;
}

void tst_StatusCatalogue::severalMeaningsAreSeveralEntries()
{
    QFETCH(int, code);
    const QList<StatusEntry> entries = m_catalogue.entriesForCode(code);
    QVERIFY2(entries.size() >= 2, qPrintable(QString::number(entries.size())));
    QSet<QString> reasons;
    for (const StatusEntry &entry : entries)
        reasons.insert(entry.reason + entry.originDetail);
    QCOMPARE(reasons.size(), entries.size());
}

void tst_StatusCatalogue::integrity()
{
    QSet<QString> seen;
    for (const StatusEntry &entry : m_catalogue.entries()) {
        const QString where = entry.codeText + u' ' + entry.reason;
        const QString key = entry.codeText + u'|' + entry.originDetail;
        QVERIFY2(!seen.contains(key), qPrintable(u"duplicate code and origin: "_s + where));
        seen.insert(key);

        if (entry.origin == OriginKind::Standard || entry.origin == OriginKind::WebDav
            || entry.origin == OriginKind::Experimental)
            QVERIFY2(!entry.specRefs.isEmpty(), qPrintable(u"no spec reference: "_s + where));
        for (const SpecRef &ref : entry.specRefs) {
            QCOMPARE(QUrl(ref.url).scheme(), u"https"_s);
            QVERIFY(!ref.title.isEmpty());
        }
        for (int related : entry.related)
            QVERIFY2(m_catalogue.contains(related),
                     qPrintable(u"dangling related %1 in %2"_s.arg(related).arg(where)));
        QVERIFY2(!entry.summary.isEmpty() && !entry.summary.contains(u'\n'), qPrintable(where));
        QVERIFY2(entry.description.size() > entry.summary.size(),
                 qPrintable(u"thin description: "_s + where));
        QVERIFY(!entry.since.isEmpty());
        QVERIFY(!entry.originDetail.isEmpty());
        QCOMPARE(entry.redirect.has_value() && classOfCode(entry.code) != StatusClass::Redirection, false);
    }
    for (StatusClass statusClass : allClasses())
        QVERIFY2(m_catalogue.classDescription(statusClass).size() > 40, qPrintable(classKey(statusClass)));
}

void tst_StatusCatalogue::cacheableByDefaultMatchesRfc9110()
{
    // RFC 9110 §15.1 lists the heuristically cacheable codes; RFC 7725 adds 451.
    const QSet<int> cacheable{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501};
    for (const StatusEntry &entry : m_catalogue.entries()) {
        if (!entry.iana)
            continue;
        QVERIFY2(entry.cacheable == cacheable.contains(entry.code), qPrintable(entry.codeText));
    }
}

void tst_StatusCatalogue::redirectSemantics_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("permanent");
    QTest::addColumn<RedirectMethod>("method");
    QTest::newRow("301") << 301 << true << RedirectMethod::MayChange;
    QTest::newRow("302") << 302 << false << RedirectMethod::MayChange;
    QTest::newRow("303") << 303 << false << RedirectMethod::BecomesGet;
    QTest::newRow("307") << 307 << false << RedirectMethod::Kept;
    QTest::newRow("308") << 308 << true << RedirectMethod::Kept;
    QTest::newRow("300") << 300 << false << RedirectMethod::NotFollowed;
    QTest::newRow("304") << 304 << false << RedirectMethod::NotFollowed;
    QTest::newRow("305") << 305 << false << RedirectMethod::NotFollowed;
}

void tst_StatusCatalogue::redirectSemantics()
{
    QFETCH(int, code);
    QFETCH(bool, permanent);
    QFETCH(RedirectMethod, method);
    const StatusEntry entry = m_catalogue.entriesForCode(code).value(0);
    QVERIFY(entry.redirect.has_value());
    QCOMPARE(entry.redirect->permanent, permanent);
    QCOMPARE(entry.redirect->method, method);
    if (method != RedirectMethod::NotFollowed || code == 300)
        QVERIFY(entry.headers.contains(u"Location"_s));
}

void tst_StatusCatalogue::lookups()
{
    QVERIFY(!m_catalogue.contains(432));
    QVERIFY(m_catalogue.entriesForCode(432).isEmpty());
    QCOMPARE(m_catalogue.firstIndexOf(432), -1);

    const QList<StatusEntry> entries = m_catalogue.entriesForCode(451);
    QCOMPARE(entries.first().reason, u"Unavailable For Legal Reasons"_s); // the standard meaning first
    const qsizetype first = m_catalogue.firstIndexOf(451);
    QCOMPARE(m_catalogue.entries().at(first).reason, entries.first().reason);

    QCOMPARE(classOfCode(99), StatusClass::Other);
    QCOMPARE(classOfCode(100), StatusClass::Informational);
    QCOMPARE(classOfCode(599), StatusClass::ServerError);
    QCOMPARE(classOfCode(600), StatusClass::Other);
    QCOMPARE(classFromKey(u"4XX"), StatusClass::ClientError);
    QCOMPARE(classFromKey(u"5"), StatusClass::ServerError);
    QCOMPARE(classFromKey(u"7xx"), std::nullopt);
    QCOMPARE(originFromKey(u"webdav"), OriginKind::WebDav);
    QCOMPARE(originFromKey(u"nginx"), std::nullopt);
}

QJsonObject tst_StatusCatalogue::minimalDocument()
{
    const QJsonObject entry{
        {u"code"_s, 404},
        {u"reason"_s, u"Not Found"_s},
        {u"origin"_s, u"standard"_s},
        {u"origin_detail"_s, u"RFC 9110"_s},
        {u"summary"_s, u"Nothing here."_s},
        {u"description"_s, u"Nothing at this address."_s},
        {u"spec_refs"_s, QJsonArray{QJsonObject{{u"rfc"_s, 9110}, {u"section"_s, u"15.5.5"_s}}}},
        {u"since"_s, u"1996"_s},
        {u"cacheable"_s, true},
    };
    QJsonObject classes;
    for (StatusClass statusClass : allClasses())
        classes.insert(classKey(statusClass), u"A class."_s);
    return QJsonObject{{u"format"_s, 1}, {u"classes"_s, classes}, {u"entries"_s, QJsonArray{entry}}};
}

void tst_StatusCatalogue::malformedFileIsRejected_data()
{
    QTest::addColumn<QByteArray>("rootPatch"); // keys merged into the document (null removes)
    QTest::addColumn<QByteArray>("entryPatch"); // keys merged into entry 0 (null removes)
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("wrong format") << R"({"format": 2})"_ba
                                  << "{}"_ba << -1 << u"format"_s << u"must be 1"_s;
    QTest::newRow("unknown top-level key") << R"({"entrys": []})"_ba
                                           << "{}"_ba << -1 << u"entrys"_s << u"not a known field"_s;
    QTest::newRow("no entries") << R"({"entries": []})"_ba
                                << "{}"_ba << -1 << u"entries"_s << u"non-empty array"_s;
    QTest::newRow("class undescribed") << R"({"classes": {"1xx": "x"}})"_ba
                                       << "{}"_ba << -1 << u"classes.2xx"_s << u"needs a description"_s;
    QTest::newRow("reason missing") << "{}"_ba
                                    << R"({"reason": null})"_ba << 0 << u"reason"_s << u"is missing"_s;
    QTest::newRow("reason empty") << "{}"_ba
                                  << R"({"reason": "  "})"_ba << 0 << u"reason"_s << u"non-empty string"_s;
    QTest::newRow("code not whole") << "{}"_ba
                                    << R"({"code": 404.5})"_ba << 0 << u"code"_s << u"whole number"_s;
    QTest::newRow("code too big") << "{}"_ba
                                  << R"({"code": 1000})"_ba << 0 << u"code"_s << u"from 0 to 999"_s;
    QTest::newRow("code_text mismatch") << "{}"_ba
                                        << R"({"code_text": "405"})"_ba << 0 << u"code_text"_s << u"digits"_s;
    QTest::newRow("typo in a key") << "{}"_ba
                                   << R"({"sumary": "x"})"_ba << 0 << u"sumary"_s << u"not a known field"_s;
    QTest::newRow("unknown origin") << "{}"_ba
                                    << R"({"origin": "nginx"})"_ba << 0 << u"origin"_s << u"is not one of"_s;
    QTest::newRow("use empty") << "{}"_ba
                               << R"({"use": " "})"_ba << 0 << u"use"_s << u"non-empty string"_s;
    QTest::newRow("misuse not text") << "{}"_ba
                                     << R"({"misuse": ["x"]})"_ba << 0 << u"misuse"_s
                                     << u"non-empty string"_s;
    QTest::newRow("multi-line summary")
        << "{}"_ba
        << R"({"summary": "a\nb"})"_ba << 0 << u"summary"_s << u"single line"_s;
    QTest::newRow("cacheable not bool")
        << "{}"_ba
        << R"({"cacheable": "yes"})"_ba << 0 << u"cacheable"_s << u"true or false"_s;
    QTest::newRow("bad header name") << "{}"_ba
                                     << R"({"headers": ["Retry After"]})"_ba << 0 << u"headers"_s
                                     << u"not a valid header field name"_s;
    QTest::newRow("standard without spec")
        << "{}"_ba
        << R"({"spec_refs": []})"_ba << 0 << u"spec_refs"_s << u"must cite it"_s;
    QTest::newRow("spec link not http") << "{}"_ba
                                        << R"({"spec_refs": [{"title": "x", "url": "ftp://a/b"}]})"_ba << 0
                                        << u"spec_refs.url"_s << u"not an http(s) link"_s;
    QTest::newRow("redirect on a 4xx")
        << "{}"_ba
        << R"({"redirect": {"permanent": true, "method": "kept"}})"_ba << 0 << u"redirect"_s << u"only 3xx"_s;
    QTest::newRow("bad iana status") << "{}"_ba
                                     << R"({"iana": {"reason": "Not Found", "status": "maybe"}})"_ba << 0
                                     << u"iana.status"_s << u"must be one of"_s;
    QTest::newRow("dangling related")
        << "{}"_ba
        << R"({"related": [410]})"_ba << 0 << u"related"_s << u"410 is not in the catalogue"_s;
    QTest::newRow("related to itself")
        << "{}"_ba
        << R"({"related": [404]})"_ba << 0 << u"related"_s << u"its own code"_s;
}

void tst_StatusCatalogue::malformedFileIsRejected()
{
    QFETCH(QByteArray, rootPatch);
    QFETCH(QByteArray, entryPatch);
    QFETCH(int, entry);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QJsonObject document = minimalDocument();
    const auto merge = [](QJsonObject &target, const QByteArray &patch) {
        const QJsonObject object = QJsonDocument::fromJson(patch).object();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (it.value().isNull())
                target.remove(it.key());
            else
                target.insert(it.key(), it.value());
        }
    };
    merge(document, rootPatch);
    QJsonArray entries = document.value(u"entries"_s).toArray();
    if (!entries.isEmpty()) {
        QJsonObject first = entries.first().toObject();
        merge(first, entryPatch);
        entries[0] = first;
        document.insert(u"entries"_s, entries);
    }

    CatalogueError error;
    const auto catalogue
        = StatusCatalogue::fromJson(QJsonDocument(document).toJson(), u"broken.json"_s, &error);
    QVERIFY(!catalogue);
    QCOMPARE(error.file, u"broken.json"_s);
    QCOMPARE(error.entry, entry);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    const QString text = error.toString();
    QVERIFY2(text.startsWith(u"broken.json"_s), qPrintable(text));
    QVERIFY2(text.contains(u'"' + field + u'"'), qPrintable(text));
    if (entry >= 0)
        QVERIFY2(text.contains(u"entry 0"_s), qPrintable(text));
}

void tst_StatusCatalogue::syntaxErrorNamesLineAndColumn()
{
    CatalogueError error;
    const auto catalogue
        = StatusCatalogue::fromJson("{\n  \"format\": 1,\n  \"entries\": [,]\n}"_ba, u"x.json"_s, &error);
    QVERIFY(!catalogue);
    QCOMPARE(error.line, 3);
    QVERIFY(error.column > 1);
    QVERIFY2(error.toString().startsWith(u"x.json:3:"_s), qPrintable(error.toString()));
    QVERIFY(error.message.contains(u"not valid JSON"_s));

    QVERIFY(!StatusCatalogue::fromJson("[1, 2]"_ba, u"x.json"_s, &error));
    QVERIFY(error.message.contains(u"JSON object"_s));
    QVERIFY(!StatusCatalogue::fromJson(QByteArray(), u"x.json"_s, &error));
}

void tst_StatusCatalogue::unreadableFile()
{
    CatalogueError error;
    QVERIFY(!StatusCatalogue::fromFile(u"/nonexistent/catalogue.json"_s, &error));
    QCOMPARE(error.file, u"catalogue.json"_s);
    QVERIFY2(error.message.contains(u"cannot be read"_s), qPrintable(error.message));
}

void tst_StatusCatalogue::minimalFileLoads()
{
    CatalogueError error;
    const auto catalogue
        = StatusCatalogue::fromJson(QJsonDocument(minimalDocument()).toJson(), u"ok.json"_s, &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    QCOMPARE(catalogue->size(), 1);
    const StatusEntry &entry = catalogue->entries().first();
    QCOMPARE(entry.codeText, u"404"_s);
    QCOMPARE(entry.specRefs.first().title, u"RFC 9110 §15.5.5"_s);
    QCOMPARE(entry.specRefs.first().url, u"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"_s);
    QCOMPARE(catalogue->classDescription(StatusClass::Other), u"A class."_s);
}

void tst_StatusCatalogue::compiledFormIsTheJson()
{
    // What the program reads is what catalogue.json and constants.json say, field for field.
    CatalogueError error;
    auto json = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), &error);
    QVERIFY2(json, qPrintable(error.toString()));
    const auto tables = CodeConstants::fromFile(CodeConstants::builtinPath(), &error);
    QVERIFY2(tables && CodeConstants::merge(*json, *tables, u"constants.json"_s, &error),
             qPrintable(error.toString()));
    const auto compiled = StatusCatalogue::builtin(&error);
    QVERIFY2(compiled, qPrintable(error.toString()));
    QCOMPARE(compiled->size(), json->size());
    for (qsizetype i = 0; i < json->size(); ++i)
        QVERIFY2(compiled->entries().at(i) == json->entries().at(i),
                 qPrintable(json->entries().at(i).codeText));
    for (int c = 0; c <= int(StatusClass::Other); ++c)
        QCOMPARE(compiled->classDescription(StatusClass(c)), json->classDescription(StatusClass(c)));
    QCOMPARE(compiled->entriesForCode(499).size(), json->entriesForCode(499).size());
    QCOMPARE(compiled->firstIndexOf(418), json->firstIndexOf(418));

    // The comparison itself sees a difference in any field.
    StatusEntry changed = json->entries().at(json->firstIndexOf(301));
    changed.redirect->method = RedirectMethod::Kept;
    QVERIFY(!(changed == json->entries().at(json->firstIndexOf(301))));
}

void tst_StatusCatalogue::damagedCompiledFormIsRefused()
{
    const auto catalogue
        = StatusCatalogue::fromJson(QJsonDocument(minimalDocument()).toJson(), u"ok.json"_s, nullptr);
    QVERIFY(catalogue);
    const QByteArray compiled = compileCatalogue(*catalogue);
    const auto readBack = readCompiledCatalogue(compiled);
    QVERIFY(readBack);
    QVERIFY(readBack->entries() == catalogue->entries());

    for (qsizetype size = 0; size < compiled.size(); ++size)
        QVERIFY2(!readCompiledCatalogue(compiled.left(size)), qPrintable(QString::number(size)));
    QVERIFY(!readCompiledCatalogue(compiled + '\0'));
    QByteArray otherVersion = compiled;
    otherVersion[4] = char(otherVersion[4] + 1); // the version follows the four-byte magic
    QVERIFY(!readCompiledCatalogue(otherVersion));
    QByteArray notOurs = compiled;
    notOurs[0] = 'X';
    QVERIFY(!readCompiledCatalogue(notOurs));
}

// The built-in catalogue is opened, not read: a code's entries are read from the blob when asked
// for, all of them on the first entries(). Both give what reading the whole blob gives, in every
// copy and from several threads at once.
void tst_StatusCatalogue::openedLazilyAnswersAsReadWhole()
{
    CatalogueError error;
    const auto opened = StatusCatalogue::builtin(&error);
    QVERIFY2(opened, qPrintable(error.toString()));
    const QByteArray blob = compileCatalogue(*opened); // the entries() of a lazy one: all read
    const auto whole = readCompiledCatalogue(blob);
    QVERIFY(whole);

    const auto lazy = openCompiledCatalogue(blob);
    QVERIFY(lazy);
    QCOMPARE(lazy->size(), whole->size());
    const StatusCatalogue copy = *lazy; // made before anything was read: shares the blob
    QSet<int> codes;
    for (const StatusEntry &entry : whole->entries())
        codes.insert(entry.code);
    for (const int code : std::as_const(codes)) {
        QVERIFY(lazy->contains(code));
        QCOMPARE(lazy->firstIndexOf(code), whole->firstIndexOf(code));
        QVERIFY2(lazy->entriesForCode(code) == whole->entriesForCode(code),
                 qPrintable(QString::number(code)));
    }
    QVERIFY(!lazy->contains(299));
    QVERIFY(lazy->entriesForCode(299).isEmpty());

    // All of them at once, from four threads together, and after that by code again.
    std::vector<std::thread> threads;
    std::atomic<int> alike = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            if (copy.entries() == whole->entries() && copy.entriesForCode(404) == whole->entriesForCode(404))
                ++alike;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(alike.load(), 4);
    QVERIFY(lazy->entries() == whole->entries());
    QVERIFY(lazy->entriesForCode(301) == whole->entriesForCode(301));

    // The index is checked when opened: a blob cut inside it, or before the start of any record it
    // points at, is refused (the last record is far smaller than a tenth of the blob).
    for (qsizetype size = 0; size < blob.size() * 9 / 10; size += 97)
        QVERIFY2(!openCompiledCatalogue(blob.left(size)), qPrintable(QString::number(size)));
    QByteArray otherVersion = blob;
    otherVersion[4] = char(otherVersion[4] + 1);
    QVERIFY(!openCompiledCatalogue(otherVersion));
}

void tst_StatusCatalogue::builtinTextsAreReadInPlace()
{
    // The built-in blob lives as long as the program: its texts are not copied out of it (each
    // string's units start at an even offset, and the resource is stored uncompressed).
    const QResource resource(u":/data/catalogue.compiled"_s);
    QVERIFY(resource.isValid());
    QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
    const auto inBlob = [&](const QString &text) {
        const auto *at = reinterpret_cast<const uchar *>(text.constData());
        return at >= resource.data() && at < resource.data() + resource.size();
    };
    const auto catalogue = StatusCatalogue::builtin(nullptr);
    QVERIFY(catalogue);
    int texts = 0;
    for (const StatusEntry &entry : catalogue->entries()) {
        for (const QString &text : {entry.reason, entry.summary, entry.description, entry.originDetail}) {
            if (text.isEmpty())
                continue;
            QVERIFY2(inBlob(text), qPrintable(entry.codeText + u' ' + text.left(30)));
            ++texts;
        }
        for (const CodeConstant &constant : entry.constants)
            QVERIFY2(inBlob(constant.name), qPrintable(constant.name));
    }
    QVERIFY(texts > 300);

    // A text changed by its reader is its own copy: the blob stays as built.
    QString summary = catalogue->entries().first().summary;
    summary[0] = u'#';
    QVERIFY(inBlob(catalogue->entries().first().summary));
    QVERIFY(!inBlob(summary));
    QVERIFY(catalogue->entries().first().summary != summary);

    // The same blob given for one call only is copied out: nothing points into it.
    QByteArray copy(reinterpret_cast<const char *>(resource.data()), resource.size());
    const auto copied = readCompiledCatalogue(copy);
    QVERIFY(copied);
    const char *first = copy.constData();
    QVERIFY(!(reinterpret_cast<const char *>(copied->entries().first().summary.constData()) >= first
              && reinterpret_cast<const char *>(copied->entries().first().summary.constData())
                  < first + copy.size()));
    copy.fill('\0');
    QVERIFY(copied->entries() == catalogue->entries());
}

QTEST_GUILESS_MAIN(tst_StatusCatalogue)
#include "tst_statuscatalogue.moc"
