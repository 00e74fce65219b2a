// SPDX-License-Identifier: MIT
// HAR from browsers in: Chromium and Firefox files, what is not HAR, the byte scanner against the
// whole document, a streamed file, broken files, how entries are grouped into chains, long strings,
// the size limits, cancellation and the import's own thread.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"
#include "core/formats/harimport.h"
#include "core/formats/harimporttask.h"
#include "core/formats/harscanner.h"
#include "core/requests/hopannotator.h"
#include "core/requests/requestspec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HarImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importChromium();
    void importFirefox();
    void importRejectsWhatIsNotHar_data();
    void importRejectsWhatIsNotHar();
    void importedStatusTextIsEscaped();
    void browserErrorOfAFailedRequest();
    void browserMadeRedirectIsSaid_data();
    void browserMadeRedirectIsSaid();
    void recordedHostIsNotTyped_data();
    void cachedAndServiceWorkerAnswersAreSaid_data();
    void cachedAndServiceWorkerAnswersAreSaid();
    void recordedHostIsNotTyped();
    void importedSentencesAreEscaped();
    void chainsAreGroupedAsRecorded_data();
    void chainsAreGroupedAsRecorded();
    void manyOpenChainsStayCorrect();
    void entriesAreGroupedInTheOrderTheyStarted();
    void utf16FileIsRead_data();
    void utf16FileIsRead();
    void longStringsAreShortenedValidly_data();
    void longStringsAreShortenedValidly();
    void bigBodyKeepsAPreview();
    void fileOverTheLimitIsRefused();
    void cancelledImportGivesNothing();
    void importRunsOffTheCallingThread();
    void scannerSplitsEntriesLikeTheDocument_data();
    void scannerSplitsEntriesLikeTheDocument();
    void streamedImportMatchesTheDocument();
    void brokenFileGivesNothing_data();
    void brokenFileGivesNothing();
    void hopsShareRepeatedTexts();

private:
    // A HAR entry: a GET of `url` answered `status`, with a Location when `location` is given.
    // Each chain as its hops' paths: "/a /b /c".
    static QStringList chainPaths(const HarImport &imported);
    static QByteArray entry(const QByteArray &url, int status, const QByteArray &location = {},
                            const QByteArray &content = {});
    static QByteArray har(const QList<QByteArray> &entries);
    // A HAR file of `count` redirects that each start a chain of their own.
    QString writeManyRedirects(int count);
    static QByteArray readData(const QString &name);
    static QString writeFile(const QByteArray &bytes);

    StatusCatalogue m_catalogue;
};

void tst_HarImport::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

QByteArray tst_HarImport::readData(const QString &name)
{
    QFile file(QStringLiteral(STATUSSCOPE_TEST_DATA "/har/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test file");
    return file.readAll();
}

void tst_HarImport::importChromium()
{
    QString error;
    const auto imported = importHar(readData(u"chromium.har"_s), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->entries, 3);
    QVERIFY(imported->skipped.isEmpty());
    QCOMPARE(imported->chains.size(), 2); // the login redirect, and the missing image on its own
    const ChainResult &login = imported->chains.at(0);
    QCOMPARE(login.hops.size(), 2);
    const Hop &redirect = login.hops.at(0);
    QCOMPARE(redirect.status, 302);
    QCOMPARE(redirect.protocol, u"HTTP/2"_s);
    QVERIFY(!hasHeader(redirect.requestHeaders, ":authority")); // pseudo-headers are not fields
    QCOMPARE(redirect.location, QUrl(u"https://shop.example/account"_s));
    QVERIFY(redirect.hasWarning(u"method-changed"));
    QVERIFY(redirect.hasWarning(u"body-dropped"));
    QCOMPARE(redirect.meanings.first().reason, u"Found"_s);
    QCOMPARE(login.hops.at(1).status, 200);
    QCOMPARE(login.hops.at(1).bodyPreview, "<html><body>Welcome, Ann.</body></html>\n");
    QCOMPARE(login.outcome, ChainOutcome::Complete);
    QVERIFY(login.hops.at(1).startMs > 0);
    const ChainResult &image = imported->chains.at(1);
    QCOMPARE(image.hops.size(), 1);
    QCOMPARE(image.hops.first().status, 404);
    QCOMPARE(image.hops.first().meanings.first().reason, u"Not Found"_s);
}

void tst_HarImport::importFirefox()
{
    QString error;
    const auto imported = importHar(readData(u"firefox.har"_s), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.size(), 1);
    const ChainResult &chain = imported->chains.first();
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(0).status, 301);
    QCOMPARE(chain.hops.at(0).protocol, u"HTTP/1.x"_s);
    QCOMPARE(chain.hops.at(1).bodyPreview, "{\"docs\": true}\n"); // base64 content decoded
    QCOMPARE(chain.hops.at(1).timings.done, 32.0);
    QCOMPARE(chain.finalUrl, QUrl(u"https://new.example/docs"_s));
}

void tst_HarImport::importRejectsWhatIsNotHar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << "{nope"_ba << u"not valid JSON"_s;
    QTest::newRow("no entries") << readData(u"broken.har"_s) << u"no log.entries"_s;
    QTest::newRow("an array") << "[1,2]"_ba << u"no log.entries"_s;
}

void tst_HarImport::importRejectsWhatIsNotHar()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!importHar(json, m_catalogue, &error));
    QVERIFY2(error.contains(message), qPrintable(error));

    const auto partial = importHar(R"({"log":{"entries":[{"request":{"url":"not a url"}},
        {"request":{"method":"GET","url":"https://h/"},"response":{"status":204}}]}})"_ba,
                                   m_catalogue, &error);
    QVERIFY(partial);
    QCOMPARE(partial->skipped.size(), 1);
    QCOMPARE(partial->chains.size(), 1);
}

void tst_HarImport::importedStatusTextIsEscaped()
{
    QString error;
    // A status text in a file is shown like one from a server: escaped, never steering the screen.
    const auto spoof = importHar(
        R"({"log":{"entries":[{"request":{"method":"GET","url":"https://h/"},
        "response":{"status":200,"statusText":"OK \u202egnp.exe \u001b[2J"}}]}})"_ba,
        m_catalogue, &error);
    QVERIFY(spoof);
    QCOMPARE(spoof->chains.first().hops.first().reason, u"OK \\u202Egnp.exe \\x1B[2J"_s);
}

// A file can quote what a server sent anywhere; the sentences the rules write about it (here the
// Location of a 300 that is not followed) are escaped as on a live chain.
// Chrome records a request that got no response as status 0 with its own word in "_error": the
// chain says it, no header time is made up, and an export writes it back.
void tst_HarImport::browserErrorOfAFailedRequest()
{
    QString error;
    const auto imported = importHar(
        R"({"log":{"entries":[{"startedDateTime":"2026-12-06T10:00:00.000+01:00","time":12.5,
        "request":{"method":"GET","url":"https://blocked.example/api","httpVersion":"","headers":[]},
        "response":{"status":0,"statusText":"","httpVersion":"","headers":[],"content":{"size":0},
                    "redirectURL":"","_error":"net::ERR_CONNECTION_REFUSED \u001b[2J"},
        "timings":{"blocked":-1,"dns":-1,"connect":-1,"send":0,"wait":0,"receive":0}}]}})"_ba,
        m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const ChainResult &chain = imported->chains.first();
    QCOMPARE(chain.outcome, ChainOutcome::Error);
    QVERIFY(chain.error);
    QCOMPARE(chain.error->message,
             u"No response was recorded for the last request; the browser wrote "
             "“net::ERR_CONNECTION_REFUSED \\x1B[2J”."_s);
    QCOMPARE(chain.hops.first().timings.headers, std::nullopt);
    QCOMPARE(chain.hops.first().timings.done, 12.5);

    const QJsonObject response = chainsToHar({chain})
                                     .value(u"log"_s)
                                     .toObject()
                                     .value(u"entries"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"response"_s)
                                     .toObject();
    QCOMPARE(response.value(u"status"_s).toInt(-1), 0);
    QCOMPARE(response.value(u"_error"_s).toString(), u"net::ERR_CONNECTION_REFUSED \\x1B[2J"_s);
}

void tst_HarImport::browserMadeRedirectIsSaid_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("spec");
    QTest::newRow("HSTS")
        << "HSTS"_ba
        << u"The browser made this 307 itself: shop.example is on its HSTS list, so it went "
           "to https without asking the server (Non-Authoritative-Reason: HSTS). What the "
           "server answers at http is not in this file."_s
        << u"RFC 6797 §8.3"_s;
    QTest::newRow("an extension")
        << "Delegate"_ba
        << u"The browser made this 307 itself (Non-Authoritative-Reason: Delegate), as "
           "it does when an extension redirects a request: the server never saw it."_s
        << QString();
    QTest::newRow("control characters") << "Web\\u001bRequest"_ba
                                        << u"The browser made this 307 itself (Non-Authoritative-Reason: "
                                           u"Web\\x1BRequest), as it does when an "
                                           "extension redirects a request: the server never saw it."_s
                                        << QString();
}

// Chrome writes "307 Internal Redirect" into its HAR when HSTS or an extension sends a request
// elsewhere; the server never answered it. Before, the hop was judged as the server's: its reason
// phrase "not the usual" one, and nothing said who made it.
void tst_HarImport::browserMadeRedirectIsSaid()
{
    QFETCH(QByteArray, reason);
    QFETCH(QString, sentence);
    QFETCH(QString, spec);
    const QByteArray internal
        = R"({"startedDateTime":"2024-05-01T10:00:00.000Z","request":{"method":"GET","url":"http://shop.example/",
        "httpVersion":"http/1.1","headers":[{"name":"Host","value":"shop.example"}]},
        "response":{"status":307,"statusText":"Internal Redirect","httpVersion":"http/1.1",
        "headers":[{"name":"Location","value":"https://shop.example/"},{"name":"Non-Authoritative-Reason","value":")"
        + reason + R"("}]},"timings":{"wait":0}})";
    QString error;
    const auto imported
        = importHar(har({internal, entry("https://shop.example/", 200)}), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(chainPaths(*imported), QStringList{u"/ /"_s}); // the chain goes on to https
    const Hop &made = imported->chains.first().hops.first();
    QCOMPARE(made.warnings.size(), 1);
    QCOMPARE(made.warnings.first().id, u"browser-made"_s);
    QCOMPARE(made.warnings.first().severity, Severity::Info);
    QCOMPARE(made.warnings.first().message, sentence);
    QCOMPARE(made.warnings.first().spec, spec);
    QVERIFY(!made.meanings.isEmpty()); // still explained as a 307

    // A live server's field proves nothing: the same response from the network is judged as ever.
    Hop live;
    live.status = 307;
    live.reason = u"Internal Redirect"_s;
    live.url = QUrl(u"http://shop.example/"_s);
    live.responseHeaders = {{"Location", "https://shop.example/"}, {"Non-Authoritative-Reason", reason}};
    annotateHop(live, m_catalogue, QDateTime::currentDateTimeUtc());
    QStringList ids;
    for (const HopWarning &warning : std::as_const(live.warnings))
        ids.append(warning.id);
    QCOMPARE(ids, QStringList{u"reason-mismatch"_s});
}

void tst_HarImport::recordedHostIsNotTyped_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("typed");
    QTest::newRow("the URL's host") << "a.example"_ba << false;
    QTest::newRow("any case, default port") << "A.Example:443"_ba << false;
    QTest::newRow("another server") << "internal.example"_ba << true;
}

// Browsers record the Host they send. Before, every change of origin in a HAR said "the typed Host
// was not sent on", as if someone had typed it.
void tst_HarImport::recordedHostIsNotTyped()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, typed);
    const QByteArray first
        = R"({"startedDateTime":"2024-05-01T10:00:00.000Z","request":{"method":"GET","url":"https://a.example/",
        "httpVersion":"http/1.1","headers":[{"name":"Host","value":")"
        + host + R"("}]},"response":{"status":301,"statusText":"Moved Permanently","httpVersion":"http/1.1",
        "headers":[{"name":"Location","value":"https://b.example/"}]},"timings":{"wait":1}})";
    QString error;
    const auto imported = importHar(har({first, entry("https://b.example/", 200)}), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const ChainResult &chain = imported->chains.first();
    QCOMPARE(chain.hops.size(), 2);
    QStringList ids;
    for (const HopWarning &warning : chain.hops.first().warnings)
        ids.append(warning.id);
    QCOMPARE(ids.contains(u"typed-host-dropped"_s), typed);
    QCOMPARE(hasHeader(chain.request.headers, "Host"), typed); // a run of the chain sends Qt's own
    QVERIFY(hasHeader(chain.hops.first().requestHeaders, "Host")); // the record keeps what was sent
}

void tst_HarImport::cachedAndServiceWorkerAnswersAreSaid_data()
{
    QTest::addColumn<QByteArray>("fields"); // the entry's own members, as Chrome writes them
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("sentence"); // the first of them
    QTest::newRow("a 301 from the disk cache")
        << R"("_fromCache":"disk",)"_ba << 301 << QStringList{u"browser-cache"_s}
        << u"The browser took this 301 from its disk cache without asking the server. It keeps following a "
           "cached permanent redirect until the entry expires or the cache is cleared, so a change on the "
           "server goes unseen."_s;
    QTest::newRow("a 200 from the memory cache")
        << R"("_fromCache":"memory",)"_ba << 200 << QStringList{u"browser-cache"_s}
        << u"The browser took this 200 from its memory cache without asking the server."_s;
    QTest::newRow("a service worker")
        << R"("_fetchedViaServiceWorker":true,)"_ba << 200 << QStringList{u"service-worker"_s}
        << u"The page's service worker answered this request: what the server sent, if it was asked at all, "
           "may differ."_s;
    QTest::newRow("both") << R"("_fromCache":"disk","_fetchedViaServiceWorker":true,)"_ba << 200
                          << QStringList{u"browser-cache"_s, u"service-worker"_s}
                          << u"The browser took this 200 from its disk cache without asking the server."_s;
    QTest::newRow("from the network") << R"("_fromCache":"",)"_ba << 301 << QStringList{} << QString();
}

// Chrome marks what its cache or a service worker answered. A cached 301 is why a redirect changed
// on the server still leads to the old place; before, the hop read as the server's answer.
void tst_HarImport::cachedAndServiceWorkerAnswersAreSaid()
{
    QFETCH(QByteArray, fields);
    QFETCH(int, status);
    QFETCH(QStringList, ids);
    QFETCH(QString, sentence);
    QByteArray one = entry("https://old.example/", status, status == 301 ? "https://new.example/" : "");
    one.insert(1, fields);
    QString error;
    const auto imported = importHar(har({one}), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const Hop &hop = imported->chains.first().hops.first();
    QStringList got;
    for (const HopWarning &warning : hop.warnings) {
        if (warning.id == u"browser-cache"_s || warning.id == u"service-worker"_s)
            got.append(warning.id);
    }
    QCOMPARE(got, ids);
    if (!ids.isEmpty()) {
        const auto first = std::find_if(hop.warnings.cbegin(), hop.warnings.cend(),
                                        [&](const HopWarning &w) { return w.id == ids.first(); });
        QCOMPARE(first->message, sentence);
        QCOMPARE(first->severity, Severity::Info);
    }

    // Written back as the browser wrote them.
    const QJsonObject exported = chainsToHar(imported->chains, true)
                                     .value(u"log"_s)
                                     .toObject()
                                     .value(u"entries"_s)
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(
        exported.value(u"_fromCache"_s).toString(),
        QJsonDocument::fromJson("{" + fields.chopped(1) + "}").object().value(u"_fromCache"_s).toString());
    QCOMPARE(exported.value(u"_fetchedViaServiceWorker"_s).toBool(), ids.contains(u"service-worker"_s));
}

void tst_HarImport::importedSentencesAreEscaped()
{
    QString error;
    const auto imported
        = importHar(har({entry("https://h/", 300, R"(/a\u001b]0;owned\u0007b)")}), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const Hop &hop = imported->chains.first().hops.first();
    QVERIFY(hop.hasWarning(u"location-not-followed"));
    for (const HopWarning &warning : hop.warnings) {
        QVERIFY2(!warning.message.contains(QChar(0x1b)) && !warning.message.contains(QChar(0x07)),
                 qPrintable(warning.message));
    }
    const auto notFollowed
        = std::find_if(hop.warnings.cbegin(), hop.warnings.cend(),
                       [](const HopWarning &w) { return w.id == u"location-not-followed"_s; });
    QVERIFY2(notFollowed->message.contains(u"\\x1B]0;owned\\x07b"_s), qPrintable(notFollowed->message));
}

QByteArray tst_HarImport::entry(const QByteArray &url, int status, const QByteArray &location,
                                const QByteArray &content)
{
    const QByteArray headers = location.isEmpty()
        ? QByteArray("[]")
        : QByteArray(R"([{"name":"Location","value":")" + location + R"("}])");
    return R"({"startedDateTime":"2024-05-01T10:00:00.000Z","request":{"method":"GET","url":")" + url
        + R"(","headers":[]},"response":{"status":)" + QByteArray::number(status) + R"(,"headers":)" + headers
        + (content.isEmpty() ? QByteArray() : ",\"content\":" + content) + R"(},"timings":{"wait":1}})";
}

QStringList tst_HarImport::chainPaths(const HarImport &imported)
{
    QStringList got;
    for (const ChainResult &chain : imported.chains) {
        QStringList paths;
        for (const Hop &hop : chain.hops)
            paths.append(hop.url.path());
        got.append(paths.join(u' '));
    }
    return got;
}

QByteArray tst_HarImport::har(const QList<QByteArray> &entries)
{
    return R"({"log":{"version":"1.2","entries":[)" + entries.join(',') + "]}}";
}

QString tst_HarImport::writeManyRedirects(int count)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"many-%1.har"_s.arg(count));
    QList<QByteArray> entries;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        entries.append(entry("https://h/r/" + n, 302, "https://h/never/" + n));
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(har(entries)) <= 0)
        qFatal("cannot write the test file");
    return path;
}

void tst_HarImport::chainsAreGroupedAsRecorded_data()
{
    // Each entry is "path status [location]"; each expected chain lists its paths in order. The
    // rules the old scan applied: a request continues the latest chain whose redirect predicted it.
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("chains");
    QTest::newRow("one chain") << QStringList{u"/a 302 /b"_s, u"/b 200"_s} << QStringList{u"/a /b"_s};
    QTest::newRow("interleaved") << QStringList{u"/a 302 /b"_s, u"/c 301 /d"_s, u"/d 200"_s, u"/b 200"_s}
                                 << QStringList{u"/a /b"_s, u"/c /d"_s};
    QTest::newRow("same target: the latest chain takes it")
        << QStringList{u"/a 302 /x"_s, u"/b 302 /x"_s, u"/x 200"_s, u"/x 200"_s}
        << QStringList{u"/a /x"_s, u"/b /x"_s};
    QTest::newRow("ended chain is not continued")
        << QStringList{u"/a 302 /b"_s, u"/b 200"_s, u"/b 200"_s} << QStringList{u"/a /b"_s, u"/b"_s};
    QTest::newRow("unpredicted request starts a chain")
        << QStringList{u"/a 302 /b"_s, u"/z 200"_s, u"/b 404"_s} << QStringList{u"/a /b"_s, u"/z"_s};
    QTest::newRow("a chain that moves on frees its target")
        << QStringList{u"/a 302 /b"_s, u"/b 302 /c"_s, u"/b 200"_s, u"/c 200"_s}
        << QStringList{u"/a /b /c"_s, u"/b"_s};
}

void tst_HarImport::chainsAreGroupedAsRecorded()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, chains);
    QList<QByteArray> json;
    for (const QString &line : entries) {
        const QStringList parts = line.split(u' ');
        json.append(entry("https://h" + parts.at(0).toUtf8(), parts.at(1).toInt(),
                          parts.size() > 2 ? "https://h" + parts.at(2).toUtf8() : QByteArray()));
    }
    QString error;
    const auto imported = importHar(har(json), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const QStringList got = chainPaths(*imported);
    QCOMPARE(got, chains);
}

// HAR 1.2 asks readers to sort the entries by startedDateTime: a file merged from captures, or a
// proxy's, lists a redirect's target before the redirect, and the two still make one chain.
void tst_HarImport::entriesAreGroupedInTheOrderTheyStarted()
{
    const auto at = [](QByteArray entryJson, const QByteArray &time) {
        return entryJson.replace("2024-05-01T10:00:00.000Z", time);
    };
    const QList<QByteArray> entries{
        at(entry("https://h/c", 200), "2024-05-01T10:00:02.000Z"),
        at(entry("https://h/b", 302, "https://h/c"), "2024-05-01T12:00:01.500+02:00"), // 10:00:01.5Z
        at(entry("https://h/a", 301, "https://h/b"), "2024-05-01T10:00:01.000Z"),
        at(entry("https://h/later", 200), "2024-05-01T10:00:03.000Z"),
        entry("https://h/untimed", 200).replace("\"startedDateTime\":\"2024-05-01T10:00:00.000Z\",", ""),
    };
    QString error;
    const auto imported = importHar(har(entries), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const QStringList got = chainPaths(*imported);
    // An entry without a time keeps its place after the entry before it.
    QCOMPARE(got, (QStringList{u"/a /b /c"_s, u"/later"_s, u"/untimed"_s}));
    QCOMPARE(imported->chains.first().hops.at(2).startMs, 1000.0); // times from the chain's start
}

// A HAR passed through Windows PowerShell's ">" or saved as "Unicode" is UTF-16 with a byte order
// mark (UTF-32 too, rarely): read as the same file in UTF-8.
void tst_HarImport::utf16FileIsRead_data()
{
    QTest::addColumn<int>("encoding"); // QStringConverter::Encoding
    QTest::newRow("UTF-16 LE") << int(QStringConverter::Utf16LE);
    QTest::newRow("UTF-16 BE") << int(QStringConverter::Utf16BE);
    QTest::newRow("UTF-32 LE") << int(QStringConverter::Utf32LE);
    QTest::newRow("UTF-8 with a mark") << int(QStringConverter::Utf8);
}

void tst_HarImport::utf16FileIsRead()
{
    QFETCH(int, encoding);
    const QByteArray utf8 = har({entry("https://h/a", 302, "https://h/ä"), entry("https://h/%C3%A4", 200)});
    QStringEncoder encoder(QStringConverter::Encoding(encoding), QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder(QString::fromUtf8(utf8));
    QString error;
    const auto imported = importHar(bytes, m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.size(), 1);
    QCOMPARE(imported->chains.first().hops.size(), 2);
    QCOMPARE(imported->chains.first().hops.at(1).url.path(), u"/ä"_s);
}

void tst_HarImport::manyOpenChainsStayCorrect()
{
    // 3,000 redirects whose targets never come, then the targets of the first and the last: each
    // joins its own chain, found by lookup (the old scan of every open chain made this quadratic).
    QList<QByteArray> entries;
    for (int i = 0; i < 3000; ++i)
        entries.append(
            entry("https://h/r/" + QByteArray::number(i), 302, "https://h/t/" + QByteArray::number(i)));
    entries.append(entry("https://h/t/2999", 200));
    entries.append(entry("https://h/t/0", 200));
    QString error;
    const auto imported = importHar(har(entries), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.size(), 3000);
    QCOMPARE(imported->chains.first().hops.size(), 2);
    QCOMPARE(imported->chains.first().outcome, ChainOutcome::Complete);
    QCOMPARE(imported->chains.last().hops.size(), 2);
    QCOMPARE(imported->chains.last().finalUrl, QUrl(u"https://h/t/2999"_s));
    QCOMPARE(imported->chains.at(1).hops.size(), 1);
}

void tst_HarImport::longStringsAreShortenedValidly_data()
{
    QTest::addColumn<QByteArray>("text"); // the inside of a JSON string, as written
    QTest::addColumn<QString>("kept");
    QTest::newRow("plain") << "abcdefghij"_ba << u"abcdefgh"_s;
    QTest::newRow("short stays whole") << "abc"_ba << u"abc"_s;
    QTest::newRow("escape not split") << "abcdefg\\n1"_ba << u"abcdefg"_s; // \n would end at 9
    QTest::newRow("unicode escape not split") << "abcde\\u00e9z"_ba << u"abcde"_s;
    QTest::newRow("utf-8 not split") << "abcdefg\xc3\xa9z"_ba << u"abcdefg\u00e9"_s;
    QTest::newRow("surrogate pair kept whole or dropped") << "ab\\ud83d\\ude00cd"_ba << u"ab"_s;
    QTest::newRow("quote escape") << "a\\\"bcdefghijk"_ba << u"a\"bcdef"_s;
}

void tst_HarImport::longStringsAreShortenedValidly()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, kept);
    QByteArray json = R"({"k":")" + text + R"(","after":[1,"x\"y"]})";
    shortenLongJsonStrings(json, 8);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, json.constData());
    QCOMPARE(object.value(u"k"_s).toString(), kept);
    QCOMPARE(object.value(u"after"_s).toArray().at(1).toString(), u"x\"y"_s); // what follows is intact
}

void tst_HarImport::bigBodyKeepsAPreview()
{
    QByteArray body(3 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < body.size(); i += 7)
        body[i] = char(i & 0xff);
    const QByteArray content = R"({"size":)" + QByteArray::number(body.size())
        + R"(,"mimeType":"application/octet-stream","encoding":"base64","text":")" + body.toBase64() + "\"}";
    QString error;
    const auto imported = importHar(har({entry("https://h/big", 200, {}, content)}), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    const Hop &hop = imported->chains.first().hops.first();
    QCOMPARE(hop.bodyPreview.size(), HarPreviewBytes);
    QCOMPARE(hop.bodyPreview, body.left(HarPreviewBytes));
    QVERIFY(hop.bodyTruncated);
    QCOMPARE(hop.bodyBytes, body.size());
}

void tst_HarImport::fileOverTheLimitIsRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"huge.har"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(HarMaxFileBytes + 1)); // sparse: nothing is written
    file.close();
    QString error;
    QVERIFY(!importHarFile(file.fileName(), m_catalogue, &error));
    QVERIFY2(error.contains(u"up to 512 MiB"_s), qPrintable(error));
}

void tst_HarImport::cancelledImportGivesNothing()
{
    // Directly: cancelled at the first progress report.
    HarImportControl control;
    control.progress = [&control](int) { control.cancelled = true; };
    QString error;
    QVERIFY(!importHarFile(writeManyRedirects(2000), m_catalogue, &error, &control));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));

    // Through the task, as the window uses it.
    HarImportTask task(m_catalogue);
    QSignalSpy finished(&task, &HarImportTask::finished);
    connect(&task, &HarImportTask::progressChanged, &task, &HarImportTask::cancel);
    QVERIFY(task.start(writeManyRedirects(20000)));
    QVERIFY(finished.wait(30000));
    QVERIFY(task.wasCancelled());
    QVERIFY(!task.result());
    QVERIFY(!task.isRunning());
}

void tst_HarImport::importRunsOffTheCallingThread()
{
    // While a large file is imported, this thread's event loop keeps running: a timer keeps
    // firing, progress arrives here, and the work happens on another thread.
    HarImportTask task(m_catalogue);
    QSignalSpy finished(&task, &HarImportTask::finished);
    QSignalSpy progress(&task, &HarImportTask::progressChanged);
    int ticks = 0;
    QTimer timer;
    timer.setInterval(1);
    connect(&timer, &QTimer::timeout, &timer, [&ticks, &task] {
        if (task.isRunning())
            ++ticks;
    });
    timer.start();
    QVERIFY(task.start(writeManyRedirects(20000)));
    QVERIFY(!task.start(writeManyRedirects(10))); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY2(task.result(), qPrintable(task.errorString()));
    QCOMPARE(task.result()->chains.size(), 20000);
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 1000);
}

QString tst_HarImport::writeFile(const QByteArray &bytes)
{
    static QTemporaryDir dir;
    static int count = 0;
    const QString path = dir.filePath(u"file-%1.har"_s.arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void tst_HarImport::scannerSplitsEntriesLikeTheDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("chunk"); // bytes fed at a time: entries and strings straddle chunks
    // Strings of every kind around the cut (8 bytes here), keys that look like "log" deeper down,
    // and members around log.entries that are read past.
    const QByteArray tricky = R"({"log":{"version":"1.2","creator":{"name":"x","log":{"entries":[9]}},
        "pages":[{"title":"p\"}]"}],"entries":[
        {"request":{"url":"https://h/a","headers":[{"name":"X","value":"abcde\u00e9zzzz"}]}},
        {"k":"ab\ud83d\ude00cdefgh","n":[-1.5e3,0,true,false,null,{}],"u":"\u00e9\u00e9\u00e9\u00e9"},
        5, "text", [],
        {"\u006cog":"é日本語テキストです","q":"a\\\"b\\\\c\\/d\b\f\n\r\t"}],
        "comment":"after the entries"},"extra":[[[]]]})"_ba;
    for (const int chunk : {1, 3, 7, 1 << 20}) {
        QTest::addRow("chromium, chunks of %d", chunk) << readData(u"chromium.har"_s) << chunk;
        QTest::addRow("firefox, chunks of %d", chunk) << readData(u"firefox.har"_s) << chunk;
        QTest::addRow("tricky, chunks of %d", chunk) << tricky << chunk;
    }
    QTest::newRow("byte order mark") << "\xef\xbb\xbf"_ba + tricky << 5;
}

void tst_HarImport::scannerSplitsEntriesLikeTheDocument()
{
    // The reference: the whole file, cut the old way (in one piece) and parsed as one document.
    QFETCH(QByteArray, json);
    QFETCH(int, chunk);
    constexpr qsizetype limit = 8;
    QByteArray whole = json;
    shortenLongJsonStrings(whole, limit);
    QJsonParseError parseError;
    const QJsonArray expected = QJsonDocument::fromJson(whole, &parseError)
                                    .object()
                                    .value(u"log"_s)
                                    .toObject()
                                    .value(u"entries"_s)
                                    .toArray();
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    QJsonArray got;
    HarEntryScanner scanner(limit, [&got](QByteArray &&entry, int number) {
        QJsonParseError entryError;
        const QJsonDocument document = QJsonDocument::fromJson("[" + entry + "]", &entryError);
        if (entryError.error != QJsonParseError::NoError || number != got.size() + 1)
            return false;
        got.append(document.array().at(0));
        return true;
    });
    for (qsizetype at = 0; at < json.size(); at += chunk)
        QVERIFY2(
            scanner.feed(QByteArrayView(json.constData() + at, std::min<qsizetype>(chunk, json.size() - at))),
            qPrintable(scanner.errorString()));
    QVERIFY2(scanner.finish(), qPrintable(scanner.errorString()));
    QVERIFY(scanner.foundEntries());
    QCOMPARE(scanner.entriesSeen(), expected.size());
    QCOMPARE(got, expected);
}

void tst_HarImport::streamedImportMatchesTheDocument()
{
    // A file read in 1 MiB pieces (entries straddle them: bodies of 300 KiB) gives the chains the
    // whole document gives: every entry a hop, in order, grouped by the redirects.
    QList<QByteArray> entries;
    const QByteArray body
        = R"({"size":300000,"mimeType":"text/plain","text":")" + QByteArray(300000, 'b') + "\"}";
    for (int i = 0; i < 40; ++i) {
        const QByteArray n = QByteArray::number(i);
        entries.append(entry("https://h/" + n + "/a", 302, "https://h/" + n + "/b", body));
        if (i > 0)
            entries.append(entry("https://h/" + QByteArray::number(i - 1) + "/b", 200, {}, body));
    }
    const QByteArray json = har(entries);
    QVERIFY(json.size() > 3 * 1024 * 1024);
    QString error;
    const auto imported = importHarFile(writeFile(json), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));

    const QJsonArray document
        = QJsonDocument::fromJson(json).object().value(u"log"_s).toObject().value(u"entries"_s).toArray();
    QCOMPARE(imported->entries, document.size());
    QCOMPARE(imported->chains.size(), 40);
    // Each chain's hops, matched to the document's entries by URL: the same status, in order.
    qsizetype hops = 0;
    for (const ChainResult &chain : imported->chains) {
        QCOMPARE(chain.hops.first().url.path().section(u'/', 2), u"a"_s);
        for (const Hop &hop : chain.hops) {
            const auto found
                = std::find_if(document.begin(), document.end(), [&hop](const QJsonValue &value) {
                      return QUrl(value[u"request"_s][u"url"_s].toString()) == hop.url;
                  });
            QVERIFY(found != document.end());
            QCOMPARE(*hop.status, (*found)[u"response"_s][u"status"_s].toInt());
            QCOMPARE(hop.bodyPreview, QByteArray(300000, 'b').left(HarPreviewBytes));
            ++hops;
        }
    }
    QCOMPARE(hops, document.size());
    QCOMPARE(imported->chains.first().hops.size(), 2);
    QCOMPARE(imported->chains.last().hops.size(), 1); // the last /b never came
}

void tst_HarImport::brokenFileGivesNothing_data()
{
    // Good entries around the damage: none of them may come out, and the sentence says where.
    const QByteArray good = entry("https://h/a", 302, "https://h/b");
    const QByteArray head = R"({"log":{"entries":[)" + good + ',';
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addColumn<qsizetype>("byte"); // the byte named, counted from 1; 0: not checked

    const QByteArray truncated = head + good.left(good.size() / 2);
    QTest::newRow("truncated in an entry")
        << truncated << u"the file ends too early (at byte %1, in entry 2)."_s << truncated.size();
    const QByteArray noComma = head + R"({"request":{"url":"https://h/b" "method":"GET"}},)" + good + "]}}";
    QTest::newRow("missing comma in an entry")
        << noComma << u"a comma or a closing bracket was expected, not “\"” (at byte %1, in entry 2)."_s
        << noComma.indexOf(R"(" "method")") + 3;
    const QByteArray afterEntries = head + good + R"(],"pages":[1,]}})";
    QTest::newRow("error after the entries")
        << afterEntries << u"“]” is not a JSON value (at byte %1)."_s << afterEntries.lastIndexOf("]}}") + 1;
    QTest::newRow("bad escape") << head + R"({"request":{"url":"https://h/\q"}}]}})"_ba
                                << u"“q” cannot follow a backslash"_s << qsizetype(0);
    QTest::newRow("invalid UTF-8") << head + "{\"x\":\"\xc3\x28\"}]}}" << u"not valid UTF-8"_s
                                   << qsizetype(0);
    QTest::newRow("raw control character")
        << head + "{\"x\":\"a\tb\"}]}}" << u"control character"_s << qsizetype(0);
    QTest::newRow("wrong bracket") << head + good + "}}" << u"“}” does not close the open array"_s
                                   << qsizetype(0);
    QTest::newRow("text after the document")
        << head + good + "]}} x" << u"“x” follows the end"_s << qsizetype(0);
    QTest::newRow("two entries lists")
        << head + good + R"(],"entries":[]}})" << u"more than one log.entries list"_s << qsizetype(0);
}

void tst_HarImport::brokenFileGivesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QFETCH(qsizetype, byte);
    if (byte > 0)
        message = message.arg(byte);
    for (const bool fromFile : {false, true}) {
        QString error;
        const auto imported = fromFile ? importHarFile(writeFile(json), m_catalogue, &error)
                                       : importHar(json, m_catalogue, &error);
        QVERIFY(!imported);
        QVERIFY2(error.startsWith(u"The file is not valid JSON: "_s), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error + u" / "_s + message));
    }
}

void tst_HarImport::hopsShareRepeatedTexts()
{
    // 100,000 hops repeating the same headers must not hold 100,000 copies of them: equal texts
    // share one buffer.
    QList<QByteArray> entries;
    for (int i = 0; i < 3; ++i)
        entries.append(entry("https://h/" + QByteArray::number(i), 302, "https://h/next"));
    QString error;
    const auto imported = importHar(har(entries), m_catalogue, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->chains.size(), 3);
    const Hop &first = imported->chains.at(0).hops.first();
    const Hop &third = imported->chains.at(2).hops.first();
    QCOMPARE(first.responseHeaders.first().second, "https://h/next");
    QCOMPARE(first.responseHeaders.first().second.constData(),
             third.responseHeaders.first().second.constData());
    QCOMPARE(first.method.constData(), third.method.constData());
    QCOMPARE(first.meanings.constData(), third.meanings.constData());
    QCOMPARE(first.warnings.size(), third.warnings.size());
}

QTEST_GUILESS_MAIN(tst_HarImport)
#include "tst_harimport.moc"
