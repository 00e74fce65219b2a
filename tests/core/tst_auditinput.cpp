// SPDX-License-Identifier: MIT
// An audit's inputs: URL lists, redirect maps (CSV and TSV, header rows, quoting, bad lines),
// sitemaps (plain, gzip, an index fetched from a scripted server within its limits), and the
// kind guessed from the content.
#include "core/audit/auditinput.h"
#include "core/audit/auditlines.h"
#include "scriptedserver.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>
#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_AuditInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list();
    void listTotalCountedUpFront();
    void mapWithHeaderRow();
    void mapWithoutHeaderRow();
    void mapTabSeparated();
    void mapFromASpreadsheet_data();
    void mapFromASpreadsheet();
    void utf16FromWindows_data();
    void utf16FromWindows();
    void mapQuotedLineBreak();
    void mapUnclosedQuote();
    void mapByteOrderMarkAndPieces();
    void sitemapFile();
    void sitemapGzipFile();
    void sitemapExtensionsPassedOver();
    void notASitemap();
    void guess_data();
    void guess();
    void guessSaidInANote();
    void missingFile();
    void pipeReadAsItArrives();
    void longAndBinaryLines();
    void listFromUrl();
    void sitemapIndexFromUrl();
    void sitemapNamedTwiceIsReadOnce();
    void sitemapIndexLimits();
    void sitemapSizeLimit();
    void sitemapUrlNotFound();
    void sitemapFetchedThroughProxy();
    void sitemapOnAPinnedHostNameWithCookies();
    void sitemapBehindDigest();
    void sitemapRedirectDropsCredentials();
    void sitemapTrustsTheRunsAuthorities_data();
    void sitemapTrustsTheRunsAuthorities();

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(STATUSSCOPE_TEST_DATA "/audit/") + name;
    }
    // Every source the input gives, waiting for a fetch when there is one.
    static QList<AuditSource> drain(AuditInput &input);
    static QByteArray gzip(const QByteArray &bytes);
    static QByteArray urlset(const QStringList &locations);
    static QByteArray index(const QStringList &locations);
    static QByteArray xmlResponse(const QByteArray &body);
};

QList<AuditSource> tst_AuditInput::drain(AuditInput &input)
{
    QList<AuditSource> sources;
    QSignalSpy available(&input, &AuditInput::available);
    input.start();
    int quiet = 0;
    while (!input.atEnd()) {
        if (std::optional<AuditSource> source = input.take()) {
            sources.append(*source);
            quiet = 0;
            continue;
        }
        if (input.atEnd())
            break;
        if (!available.wait(5000) && ++quiet > 2)
            break;
    }
    return sources;
}

QByteArray tst_AuditInput::gzip(const QByteArray &bytes)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(bytes.size())) + 32), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    z.avail_in = uInt(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray tst_AuditInput::urlset(const QStringList &locations)
{
    QByteArray xml
        = R"(<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)"_ba;
    for (const QString &location : locations)
        xml += "<url><loc>" + location.toUtf8() + "</loc></url>\n";
    return xml + "</urlset>\n";
}

QByteArray tst_AuditInput::index(const QStringList &locations)
{
    QByteArray xml
        = R"(<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">)"_ba;
    for (const QString &location : locations)
        xml += "<sitemap><loc>" + location.toUtf8() + "</loc></sitemap>\n";
    return xml + "</sitemapindex>\n";
}

QByteArray tst_AuditInput::xmlResponse(const QByteArray &body)
{
    return ScriptedServer::response(200, "OK", {{"Content-Type", "application/xml"}}, body);
}

void tst_AuditInput::list()
{
    auto input = AuditInput::fromFile(data(u"list.txt"_s), AuditInputKind::List);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY(input->errorString().isEmpty());
    QCOMPARE(sources.size(), 4);
    QCOMPARE(sources.at(0).line, 2);
    QCOMPARE(sources.at(0).url, QUrl(u"https://example.org/a"_s));
    QCOMPARE(sources.at(0).index, 0);
    QVERIFY(!sources.at(0).hasExpectation());
    QCOMPARE(sources.at(1).line, 4);
    QCOMPARE(sources.at(1).url, QUrl(u"http://example.org/b"_s)); // typed like curl: http:// added
    QCOMPARE(sources.at(2).line, 6);
    QVERIFY(!sources.at(2).isValid()); // a space in the host: a row of its own, the rest goes on
    QVERIFY(!sources.at(2).invalid.isEmpty());
    QCOMPARE(sources.at(2).source, u"http://exa mple.org/c"_s);
    QCOMPARE(sources.at(3).line, 7);
    QCOMPARE(sources.at(3).index, 3);
    QVERIFY(sources.at(3).isValid());
    QCOMPARE(input->total(), 4);
}

void tst_AuditInput::listTotalCountedUpFront()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"big.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i)
        file.write("https://example.org/page/" + QByteArray::number(i) + (i % 100 == 0 ? "\n\n# c\n" : "\n"));
    file.close();
    auto input = AuditInput::fromFile(file.fileName(), AuditInputKind::Guess);
    const std::optional<AuditSource> first = input->take();
    QVERIFY(first);
    QCOMPARE(input->total(), 20000); // known before the end, for progress and time left
    // Pasted text too, and counting does not move the reading on.
    QFile copy(file.fileName());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    auto pasted = AuditInput::fromText(QString::fromUtf8(copy.readAll()), AuditInputKind::List);
    QVERIFY(pasted->take());
    QCOMPARE(pasted->total(), 20000);
    QCOMPARE(pasted->take()->line, 4); // after the blank line and the comment
    QVERIFY(!input->atEnd());
    QCOMPARE(drain(*input).size(), 19999);
}

void tst_AuditInput::mapWithHeaderRow()
{
    auto input = AuditInput::fromFile(data(u"map.csv"_s), AuditInputKind::Map);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(sources.size(), 5);
    QVERIFY(input->notes().join(u'\n').contains(u"header row"_s));

    QCOMPARE(sources.at(0).line, 2);
    QCOMPARE(sources.at(0).url, QUrl(u"https://old.example/a"_s));
    QCOMPARE(sources.at(0).expectedTarget, QUrl(u"https://new.example/a"_s));
    QCOMPARE(sources.at(0).expectedStatus, 301);

    QCOMPARE(sources.at(1).expectedTarget, QUrl(u"https://old.example/b-moved"_s)); // relative to the source
    QCOMPARE(sources.at(1).expectedStatus, std::nullopt); // empty third field: no status expected

    // Quoted fields: a comma inside the source, doubled quotes inside the target.
    QVERIFY2(sources.at(2).isValid(), qPrintable(sources.at(2).invalid));
    QCOMPARE(sources.at(2).source, u"https://old.example/c?x=1,2"_s);
    QCOMPARE(sources.at(2).expectedTargetText, u"https://new.example/c?say=\"hi\""_s);
    QCOMPARE(sources.at(2).expectedStatus, 308);

    QCOMPARE(sources.at(3).line, 5);
    QVERIFY(sources.at(3).invalid.contains(u"abc"_s)); // a status that is no number
    QCOMPARE(sources.at(4).line, 6);
    QVERIFY(!sources.at(4).isValid()); // one field only
    QCOMPARE(input->total(), 5);
}

void tst_AuditInput::mapWithoutHeaderRow()
{
    auto input = AuditInput::fromText(u"https://a.example/x,https://b.example/x\n"
                                      "https://a.example/y , //c.example/y , 302\n"
                                      "https://a.example/z,mailto:someone@example.org\n"_s,
                                      AuditInputKind::Map);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(0).line, 1); // the first row is data: its names are no column names
    QCOMPARE(sources.at(0).expectedTarget, QUrl(u"https://b.example/x"_s));
    QCOMPARE(sources.at(1).expectedTarget, QUrl(u"https://c.example/y"_s)); // scheme-relative
    QCOMPARE(sources.at(1).expectedStatus, 302);
    QVERIFY(!sources.at(2).isValid());
    QVERIFY(sources.at(2).invalid.contains(u"mailto:"_s));
    QVERIFY(input->notes().isEmpty()); // nothing guessed, no header row
    QCOMPARE(input->total(), 3);
}

void tst_AuditInput::mapTabSeparated()
{
    auto input = AuditInput::fromFile(data(u"map.tsv"_s), AuditInputKind::Guess);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(input->kind(), AuditInputKind::Map);
    QVERIFY(input->kindWasGuessed());
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).expectedStatus, 301);
    QCOMPARE(sources.at(1).expectedTarget, QUrl(u"https://old.example/up"_s));
}

void tst_AuditInput::mapFromASpreadsheet_data()
{
    // As spreadsheets save "CSV" where the comma is the decimal mark (German, French, Spanish):
    // semicolons, a byte order mark, CRLF, a header in the sheet's language, sometimes a first
    // "sep=;" line naming the separator, and quotes where a field holds one.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("firstLine");
    QTest::newRow("German header")
        << "\xEF\xBB\xBFQuelle;Ziel;Status\r\nhttps://a.example/alt?ids=1,2;/neu;301\r\n"
           "\"https://a.example/b;c\";https://b.example/;\r\n"_ba
        << qint64(2);
    QTest::newRow("sep= line, French header")
        << "sep=;\r\nAncienne URL;Nouvelle URL;Statut\r\nhttps://a.example/alt?ids=1,2;/neu;301\r\n"
           "\"https://a.example/b;c\";https://b.example/;\r\n"_ba
        << qint64(3);
    QTest::newRow("sep=|, header") << "sep=|\nsource|target|status\nhttps://a.example/alt?ids=1,2|/neu|301\n"
                                      "\"https://a.example/b;c\"|https://b.example/|\n"_ba
                                   << qint64(3);
    QTest::newRow("no header") << "https://a.example/alt?ids=1,2;/neu;301\n"
                                  "\"https://a.example/b;c\";https://b.example/\n"_ba
                               << qint64(1);
}

void tst_AuditInput::mapFromASpreadsheet()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, firstLine);
    for (const AuditInputKind kind : {AuditInputKind::Guess, AuditInputKind::Map}) {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto input = AuditInput::fromDevice(&buffer, u"sheet.csv"_s, kind);
        const QList<AuditSource> sources = drain(*input);
        QCOMPARE(input->kind(), AuditInputKind::Map);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(input->total(), 2); // neither the sep= line nor the header row counted
        QVERIFY2(sources.at(0).isValid(), qPrintable(sources.at(0).invalid));
        QCOMPARE(sources.at(0).line, firstLine);
        // The comma inside the URL is the URL's: the separator is the semicolon.
        QCOMPARE(sources.at(0).url, QUrl(u"https://a.example/alt?ids=1,2"_s));
        QCOMPARE(sources.at(0).expectedTarget, QUrl(u"https://a.example/neu"_s));
        QCOMPARE(sources.at(0).expectedStatus, 301);
        QVERIFY2(sources.at(1).isValid(), qPrintable(sources.at(1).invalid));
        QCOMPARE(sources.at(1).url, QUrl(u"https://a.example/b;c"_s)); // quoted, separator and all
        QCOMPARE(sources.at(1).expectedTarget, QUrl(u"https://b.example/"_s));
        QCOMPARE(sources.at(1).expectedStatus, std::nullopt);
        if (kind == AuditInputKind::Guess) {
            QVERIFY2(input->notes().value(0).startsWith(u"Read as a redirect map"_s),
                     qPrintable(input->notes().join(u'\n')));
        }
    }
}

void tst_AuditInput::utf16FromWindows_data()
{
    // Windows PowerShell's ">" and Excel's "Unicode text" write UTF-16 with a byte order mark.
    QTest::addColumn<QStringConverter::Encoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<AuditInputKind>("kind");
    const QString list = u"https://a.example/über\r\n# a comment\r\nhttps://b.example/\r\n"_s;
    const QString map
        = u"Source\tTarget\r\nhttps://a.example/über\t/neu\t301\r\nhttps://b.example/\thttps://c.example/\r\n"_s;
    QTest::newRow("list, UTF-16LE") << QStringConverter::Utf16LE << list << AuditInputKind::List;
    QTest::newRow("list, UTF-16BE") << QStringConverter::Utf16BE << list << AuditInputKind::List;
    QTest::newRow("map, UTF-16LE") << QStringConverter::Utf16LE << map << AuditInputKind::Map;
}

void tst_AuditInput::utf16FromWindows()
{
    QFETCH(QStringConverter::Encoding, encoding);
    QFETCH(QString, text);
    QFETCH(AuditInputKind, kind);
    QByteArray bytes = QStringEncoder(encoding, QStringConverter::Flag::WriteBom).encode(text);
    QCOMPARE(guessAuditInputKind(bytes), kind);
    for (const AuditInputKind asked : {AuditInputKind::Guess, kind}) {
        // Through a pipe, in pieces of three bytes: the mark and characters split across them.
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto input = AuditInput::fromDevice(&buffer, u"windows.txt"_s, asked);
        AuditLineReader reader(kind);
        for (qsizetype at = 0; at < bytes.size(); at += 3)
            reader.feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(3, bytes.size() - at)));
        reader.finish();
        const QList<AuditSource> sources = drain(*input);
        QCOMPARE(input->kind(), kind);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(reader.sources().size(), 2);
        for (const AuditSource &source : {sources.at(0), reader.sources().front()}) {
            QVERIFY2(source.isValid(), qPrintable(source.invalid));
            QCOMPARE(source.url, QUrl(u"https://a.example/über"_s));
        }
        QVERIFY(sources.at(1).isValid());
        QCOMPARE(sources.at(1).line, 3); // after the comment, or the header row and the first row
        if (kind == AuditInputKind::Map)
            QCOMPARE(sources.at(0).expectedStatus, 301);
    }
}

void tst_AuditInput::mapQuotedLineBreak()
{
    auto input = AuditInput::fromText(u"from,to\n"
                                      "https://a.example/1,\"https://b.example/1\"\n"
                                      "https://a.example/2,\"https://b.example/\n2\"\n"
                                      "https://a.example/3,https://b.example/3\n"_s,
                                      AuditInputKind::Map);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources.at(1).line, 3); // the record's first line
    QCOMPARE(sources.at(1).expectedTargetText, u"https://b.example/\n2"_s);
    QCOMPARE(sources.at(2).line, 5);
    QVERIFY(sources.at(2).isValid());
}

void tst_AuditInput::mapUnclosedQuote()
{
    auto input = AuditInput::fromText(u"https://a.example/1,https://b.example/1\n"
                                      "https://a.example/2,\"https://b.example/2\n"_s,
                                      AuditInputKind::Map);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(sources.size(), 2);
    QVERIFY(sources.at(0).isValid());
    QCOMPARE(sources.at(1).line, 2);
    QVERIFY(sources.at(1).invalid.contains(u"never closed"_s));
}

void tst_AuditInput::mapByteOrderMarkAndPieces()
{
    // From a device, with a byte order mark, CRLF and a header row with spaces in its names.
    QByteArray bytes = "\xEF\xBB\xBF"
                       "Source URL,Target URL\r\nhttps://a.example/\xC3\xA9,/neu\r\n"_ba;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto input = AuditInput::fromDevice(&buffer, u"pieces"_s, AuditInputKind::Guess);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(input->kind(), AuditInputKind::Map);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.at(0).line, 2);
    QCOMPARE(sources.at(0).source, u"https://a.example/é"_s);
    QCOMPARE(sources.at(0).expectedTarget, QUrl(u"https://a.example/neu"_s));
}

void tst_AuditInput::sitemapFile()
{
    auto input = AuditInput::fromFile(data(u"sitemap.xml"_s), AuditInputKind::Sitemap);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 4);
    QCOMPARE(sources.at(0).line, 0); // no line numbers for sitemap rows
    QCOMPARE(sources.at(1).url, QUrl(u"https://example.org/about"_s)); // whitespace around <loc> dropped
    QCOMPARE(sources.at(2).url, QUrl(u"https://example.org/search?q=a&page=2"_s)); // &amp; read
    QVERIFY(!sources.at(3).isValid()); // ftp: a row with invalid-input
    QCOMPARE(input->total(), 4);
}

void tst_AuditInput::sitemapGzipFile()
{
    auto input = AuditInput::fromFile(data(u"sitemap.xml.gz"_s), AuditInputKind::Guess);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(input->kind(), AuditInputKind::Sitemap);
    QCOMPARE(sources.size(), 4);
    QCOMPARE(sources.at(1).url, QUrl(u"https://example.org/about"_s));

    // A gzip file cut short is said, after what could be read.
    QFile whole(data(u"sitemap.xml.gz"_s));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QByteArray cut = whole.readAll();
    cut.chop(40);
    QBuffer buffer(&cut);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto truncated = AuditInput::fromDevice(&buffer, u"cut.xml.gz"_s, AuditInputKind::Sitemap);
    drain(*truncated);
    QVERIFY(!truncated->errorString().isEmpty());
}

// As WordPress, Shopify and others write them: image, video and hreflang extensions inside <url>.
// Each image's <image:loc> was read as one more page to check.
void tst_AuditInput::sitemapExtensionsPassedOver()
{
    auto input = AuditInput::fromText(uR"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"
        xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://shop.example/shoes</loc>
    <xhtml:link rel="alternate" hreflang="de" href="https://shop.example/de/schuhe"/>
    <image:image><image:loc>https://cdn.example/shoes-1.jpg</image:loc></image:image>
    <image:image><image:loc>https://cdn.example/shoes-2.jpg</image:loc></image:image>
  </url>
  <url>
    <loc>https://shop.example/how-to-lace</loc>
    <video:video>
      <video:thumbnail_loc>https://cdn.example/lace.jpg</video:thumbnail_loc>
      <video:content_loc>https://cdn.example/lace.mp4</video:content_loc>
      <video:loc>https://cdn.example/not-a-page</video:loc>
    </video:video>
  </url>
</urlset>)"_s,
                                      AuditInputKind::Guess);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).url, QUrl(u"https://shop.example/shoes"_s));
    QCOMPARE(sources.at(1).url, QUrl(u"https://shop.example/how-to-lace"_s));

    // Without a namespace at all, as hand-written sitemaps often are, and a <loc> deeper down.
    auto plain = AuditInput::fromText(
        u"<urlset><url><loc>https://a.example/</loc><extra><loc>https://b.example/</loc></extra></url></urlset>"_s,
        AuditInputKind::Sitemap);
    const QList<AuditSource> plainSources = drain(*plain);
    QCOMPARE(plainSources.size(), 1);
    QCOMPARE(plainSources.at(0).url, QUrl(u"https://a.example/"_s));
}

void tst_AuditInput::notASitemap()
{
    auto html = AuditInput::fromText(u"<!doctype html><html><body>hi</body></html>"_s, AuditInputKind::Guess);
    QVERIFY(drain(*html).isEmpty());
    QVERIFY(html->errorString().contains(u"not a sitemap"_s) || html->errorString().contains(u"XML"_s));
    auto broken = AuditInput::fromText(u"<urlset><url><loc>https://a.example/</loc></url><url>"_s,
                                       AuditInputKind::Sitemap);
    QCOMPARE(drain(*broken).size(), 1); // what came before the break is kept
    QVERIFY(!broken->errorString().isEmpty());
}

void tst_AuditInput::guess_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<AuditInputKind>("kind");
    QTest::newRow("list") << "https://a.example/\nhttps://b.example/\n"_ba << AuditInputKind::List;
    QTest::newRow("list with comments") << "# urls\n\nexample.org\n"_ba << AuditInputKind::List;
    QTest::newRow("comma inside a list URL") << "https://a.example/?ids=1,2\n"_ba << AuditInputKind::List;
    QTest::newRow("map") << "https://a.example/,https://b.example/\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, relative target") << "https://a.example/x,/y,301\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, tab") << "https://a.example/x\thttps://b.example/\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, header row") << "old_url,new_url\nhttps://a.example/,b\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, semicolon") << "https://a.example/x;/y;301\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, semicolon, comma in URL")
        << "https://a.example/?ids=1,2;/y\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, German header row")
        << "Quelle;Ziel\nhttps://a.example/;b\n"_ba << AuditInputKind::Map;
    QTest::newRow("map, sep= line") << "sep=;\nhttps://a.example/;b\n"_ba << AuditInputKind::Map;
    QTest::newRow("semicolon inside a list URL") << "https://a.example/a;b=1\n"_ba << AuditInputKind::List;
    QTest::newRow("sitemap") << "  <?xml version=\"1.0\"?><urlset/>"_ba << AuditInputKind::Sitemap;
    QTest::newRow("gzip") << "\x1f\x8b\x08\x00"_ba << AuditInputKind::Sitemap;
}

void tst_AuditInput::guess()
{
    QFETCH(QByteArray, head);
    QFETCH(AuditInputKind, kind);
    QString why;
    QCOMPARE(guessAuditInputKind(head, &why), kind);
    QVERIFY(!why.isEmpty());
}

void tst_AuditInput::guessSaidInANote()
{
    auto input = AuditInput::fromFile(data(u"map.csv"_s), AuditInputKind::Guess);
    QSignalSpy noted(input.get(), &AuditInput::noteAdded);
    QCOMPARE(drain(*input).size(), 5);
    QCOMPARE(input->kind(), AuditInputKind::Map);
    QVERIFY(input->kindWasGuessed());
    QVERIFY(!noted.isEmpty());
    QVERIFY2(noted.first().first().toString().startsWith(u"Read as a redirect map"_s),
             qPrintable(noted.first().first().toString()));
    // The header row is said once (the map's reader names its columns), not again by the guess.
    const QStringList headerNotes = input->notes().filter(u"header row"_s);
    QCOMPARE(headerNotes.size(), 1);
    QVERIFY2(headerNotes.first().startsWith(u"Line 1 is a header row ("_s), qPrintable(headerNotes.first()));

    auto told = AuditInput::fromFile(data(u"map.csv"_s), AuditInputKind::Map);
    drain(*told);
    QVERIFY(!told->kindWasGuessed());
}

void tst_AuditInput::missingFile()
{
    auto input = AuditInput::fromFile(data(u"no-such-file.txt"_s), AuditInputKind::Guess);
    QVERIFY(drain(*input).isEmpty());
    QVERIFY(input->atEnd());
    QVERIFY(input->errorString().contains(u"no-such-file.txt"_s));
}

void tst_AuditInput::pipeReadAsItArrives()
{
    // Standard input or a pipe: sources come as lines are written, and waiting for more never
    // blocks the event loop (take() returns nothing, available() says when there is more).
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    auto input = AuditInput::fromFile(u"/dev/fd/"_s + QString::number(fds[0]), AuditInputKind::List);
    ::close(fds[0]); // the input opened its own
    QSignalSpy available(input.get(), &AuditInput::available);
    input->start();
    QVERIFY(!input->take());
    const QByteArray first = "https://a.example/1\nhttps://a.example/2\n";
    QCOMPARE(::write(fds[1], first.constData(), size_t(first.size())), ssize_t(first.size()));
    QVERIFY(available.wait(5000));
    std::optional<AuditSource> one = input->take();
    QVERIFY(one);
    QCOMPARE(one->url, QUrl(u"https://a.example/1"_s));
    QVERIFY(input->take());
    QVERIFY(!input->take()); // the writer has not finished
    QVERIFY(!input->atEnd());
    QCOMPARE(input->total(), -1);
    const QByteArray last = "https://a.example/3"; // no line break at the end
    QCOMPARE(::write(fds[1], last.constData(), size_t(last.size())), ssize_t(last.size()));
    ::close(fds[1]);
    const QList<AuditSource> rest = drain(*input);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.first().line, 3);
    QVERIFY(input->atEnd());
}

void tst_AuditInput::longAndBinaryLines()
{
    QByteArray bytes = "https://a.example/1\n"_ba;
    bytes += QByteArray(3 * 1024 * 1024, 'x') + "\n";
    bytes += "https://a.example/\xff\xfe\n"_ba;
    bytes += "https://a.example/4\n"_ba;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    auto input = AuditInput::fromDevice(&buffer, u"mixed"_s, AuditInputKind::List);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(sources.size(), 4);
    QVERIFY(sources.at(0).isValid());
    QCOMPARE(sources.at(1).line, 2);
    QVERIFY(sources.at(1).invalid.contains(u"longer than"_s));
    QVERIFY(sources.at(1).source.size() < 100); // not the whole line
    QCOMPARE(sources.at(2).line, 3);
    QVERIFY(sources.at(2).invalid.contains(u"UTF-8"_s));
    QCOMPARE(sources.at(3).line, 4);
    QVERIFY(sources.at(3).isValid());
}

void tst_AuditInput::listFromUrl()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QByteArray body;
    for (int i = 0; i < 5000; ++i)
        body += "https://example.org/" + QByteArray::number(i) + "\n";
    server.route("/urls.txt", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, body));
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(server.url(u"/urls.txt"_s), AuditInputKind::Guess, &manager);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(input->kind(), AuditInputKind::List);
    QCOMPARE(sources.size(), 5000);
    QCOMPARE(sources.last().line, 5000);
    QCOMPARE(sources.last().index, 4999);
}

void tst_AuditInput::sitemapIndexFromUrl()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/sitemap_index.xml",
                 xmlResponse(index({server.url(u"/a.xml"_s).toString(), server.url(u"/b.xml.gz"_s).toString(),
                                    server.url(u"/nested.xml"_s).toString()})));
    server.route("/a.xml", xmlResponse(urlset({u"https://example.org/a1"_s, u"https://example.org/a2"_s})));
    server.route("/b.xml.gz",
                 ScriptedServer::response(200, "OK", {{"Content-Type", "application/gzip"}},
                                          gzip(urlset({u"https://example.org/b1"_s}))));
    server.route("/nested.xml", xmlResponse(index({server.url(u"/c.xml"_s).toString()})));
    server.route("/c.xml", xmlResponse(urlset({u"https://example.org/c1"_s})));
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(server.url(u"/sitemap_index.xml"_s), AuditInputKind::Guess, &manager);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(input->kind(), AuditInputKind::Sitemap);
    QStringList urls;
    for (const AuditSource &source : sources)
        urls.append(source.url.toString());
    QCOMPARE(urls,
             (QStringList{u"https://example.org/a1"_s, u"https://example.org/a2"_s,
                          u"https://example.org/b1"_s, u"https://example.org/c1"_s}));
    QCOMPARE(input->total(), 4);
}

// An index that names itself, and a sitemap named twice by it and again by a nested index: each
// read once, so its pages are not checked three times over.
void tst_AuditInput::sitemapNamedTwiceIsReadOnce()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/index.xml",
                 xmlResponse(index(
                     {server.url(u"/index.xml"_s).toString(), server.url(u"/a.xml"_s).toString(),
                      server.url(u"/a.xml#again"_s).toString(), server.url(u"/nested.xml"_s).toString()})));
    server.route("/nested.xml", xmlResponse(index({server.url(u"/./a.xml"_s).toString()})));
    server.route("/a.xml", xmlResponse(urlset({u"https://example.org/a1"_s, u"https://example.org/a2"_s})));
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(server.url(u"/index.xml"_s), AuditInputKind::Sitemap, &manager);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(server.requestsTo("/index.xml").size(), 1);
    QCOMPARE(server.requestsTo("/a.xml").size(), 1);
    QCOMPARE(server.requestsTo("/nested.xml").size(), 1);
    // (No translation is installed here: the source text's plural.)
    QVERIFY2(input->notes().join(u'\n').contains(u"3 sitemap(s) named again by an index"_s),
             qPrintable(input->notes().join(u'\n')));
}

void tst_AuditInput::sitemapIndexLimits()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    QStringList children;
    for (int i = 0; i < 5; ++i) {
        const QByteArray path = "/s" + QByteArray::number(i) + ".xml";
        children.append(server.url(QString::fromLatin1(path)).toString());
        server.route(path, xmlResponse(urlset({u"https://example.org/"_s + QString::number(i)})));
    }
    children.append(server.url(u"/deeper.xml"_s).toString());
    server.route("/deeper.xml", xmlResponse(index({server.url(u"/deepest.xml"_s).toString()})));
    server.route("/deepest.xml", xmlResponse(urlset({u"https://example.org/deep"_s})));
    server.route("/index.xml", xmlResponse(index(children)));
    QNetworkAccessManager manager;

    // Three documents in all: the index and two of its sitemaps; the rest is said, not fetched.
    SitemapLimits few;
    few.maxSitemaps = 3;
    auto counted = AuditInput::fromUrl(server.url(u"/index.xml"_s), AuditInputKind::Sitemap, &manager, few);
    QCOMPARE(drain(*counted).size(), 2);
    QVERIFY2(counted->notes().join(u'\n').contains(u"were not read"_s),
             qPrintable(counted->notes().join(u'\n')));
    QVERIFY(server.requestsTo("/s2.xml").isEmpty());

    // Depth 1: the index's own sitemaps are read, an index inside it is not followed.
    server.clearRequests();
    SitemapLimits shallow;
    shallow.maxDepth = 1;
    auto flat = AuditInput::fromUrl(server.url(u"/index.xml"_s), AuditInputKind::Sitemap, &manager, shallow);
    QCOMPARE(drain(*flat).size(), 5);
    QVERIFY2(flat->notes().join(u'\n').contains(u"not followed"_s), qPrintable(flat->notes().join(u'\n')));
    QVERIFY(server.requestsTo("/deepest.xml").isEmpty());
}

void tst_AuditInput::sitemapSizeLimit()
{
    QStringList many;
    for (int i = 0; i < 2000; ++i)
        many.append(u"https://example.org/page/"_s + QString::number(i));
    const QByteArray xml = urlset(many);
    SitemapLimits small;
    small.maxBytes = 10 * 1024;
    auto input = AuditInput::fromText(QString::fromUtf8(xml), AuditInputKind::Guess, small);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY(sources.size() > 100);
    QVERIFY(sources.size() < 2000);
    QVERIFY2(input->notes().join(u'\n').contains(u"only its beginning"_s),
             qPrintable(input->notes().join(u'\n')));

    // The limit counts unpacked bytes: a small gzip file that unpacks past it is cut the same way.
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/big.xml.gz", ScriptedServer::response(200, "OK", {}, gzip(xml)));
    QNetworkAccessManager manager;
    auto packed = AuditInput::fromUrl(server.url(u"/big.xml.gz"_s), AuditInputKind::Sitemap, &manager, small);
    QCOMPARE(drain(*packed).size(), sources.size());
    QVERIFY(packed->notes().join(u'\n').contains(u"only its beginning"_s));
}

void tst_AuditInput::sitemapUrlNotFound()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("*", ScriptedServer::response(404, "Not Found", {}, "nope"));
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(server.url(u"/sitemap.xml"_s), AuditInputKind::Guess, &manager);
    QVERIFY(drain(*input).isEmpty());
    QVERIFY(input->atEnd());
    QVERIFY2(input->errorString().contains(u"404"_s), qPrintable(input->errorString()));
}

// The run's proxy, headers and credentials apply to the sitemap's own fetch: a company proxy
// (a scripted server reading absolute-form request lines) gets it, for a host only it can reach.
void tst_AuditInput::sitemapFetchedThroughProxy()
{
    ScriptedServer proxy;
    QVERIFY(proxy.listen());
    proxy.route("*", xmlResponse(urlset({u"https://example.org/p1"_s, u"https://example.org/p2"_s})));
    QNetworkAccessManager manager;
    auto input
        = AuditInput::fromUrl(QUrl(u"http://sitemap.example/sitemap.xml"_s), AuditInputKind::Guess, &manager);
    RequestSpec base;
    base.options.network.proxy.mode = ProxySetting::Mode::Manual;
    base.options.network.proxy.url = proxy.url();
    base.options.network.proxy.user = u"corp"_s;
    base.options.network.proxy.password = u"s3cret"_s;
    base.headers.append({QByteArrayLiteral("X-Audit"), QByteArrayLiteral("yes")});
    input->setFetchRequest(base);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 2);
    QCOMPARE(proxy.requests().size(), 1);
    const ScriptedServer::Request &request = proxy.requests().first();
    QCOMPARE(request.target, QByteArrayLiteral("http://sitemap.example/sitemap.xml"));
    QCOMPARE(request.header("Proxy-Authorization"), "Basic " + QByteArrayLiteral("corp:s3cret").toBase64());
    QCOMPARE(request.header("X-Audit"), QByteArrayLiteral("yes"));
}

// An https sitemap signed by a private authority is read when the run trusts it (--cacert, the
// preferences' extra authorities, or -k) and refused otherwise, as the checks would be.
void tst_AuditInput::sitemapTrustsTheRunsAuthorities_data()
{
    QTest::addColumn<QString>("trust");
    QTest::addColumn<bool>("read");
    QTest::newRow("system-only") << u""_s << false;
    QTest::newRow("cacert") << u"cacert"_s << true;
    QTest::newRow("extra-ca") << u"extra"_s << true;
    QTest::newRow("insecure") << u"k"_s << true;
}

void tst_AuditInput::sitemapTrustsTheRunsAuthorities()
{
    QFETCH(QString, trust);
    QFETCH(bool, read);
    ScriptedServer server;
    QVERIFY(server.listen(true));
    server.route("/sitemap.xml", xmlResponse(urlset({u"https://example.org/t1"_s})));
    QNetworkAccessManager manager;
    QUrl url = server.url(u"/sitemap.xml"_s);
    url.setHost(u"localhost"_s);
    auto input = AuditInput::fromUrl(url, AuditInputKind::Guess, &manager);
    RequestSpec base;
    base.options.network.proxy.mode = ProxySetting::Mode::None;
    const QString authority = QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt");
    if (trust == u"cacert"_s)
        base.options.network.tls.caFiles = {authority};
    else if (trust == u"extra"_s)
        base.options.network.tls.extraCaFiles = {authority};
    else if (trust == u"k"_s)
        base.options.acceptInvalidCertificates = true;
    input->setFetchRequest(base);
    const QList<AuditSource> sources = drain(*input);
    QCOMPARE(input->errorString().isEmpty(), read);
    QCOMPARE(sources.size(), read ? 1 : 0);
}

// The run's --resolve pin and -b cookies reach the sitemap fetch as they reach the checks: a
// host name that exists only in the pin, and a server that wants the cookie.
void tst_AuditInput::sitemapOnAPinnedHostNameWithCookies()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/sitemap.xml", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        socket->write(request.header("Cookie").contains("session=abc123")
                          ? xmlResponse(urlset({u"https://example.org/pinned"_s}))
                          : ScriptedServer::response(403, "Forbidden", {}, "no cookie"));
    });
    QNetworkAccessManager manager;
    const QUrl url(u"http://sitemap.invalid:%1/sitemap.xml"_s.arg(server.port()));
    auto input = AuditInput::fromUrl(url, AuditInputKind::Guess, &manager);
    RequestSpec base;
    base.options.network.resolve = {ResolvePin{u"sitemap.invalid"_s, server.port(), {u"127.0.0.1"_s}}};
    QNetworkCookie cookie("session", "abc123");
    cookie.setDomain(u"sitemap.invalid"_s);
    cookie.setPath(u"/"_s);
    base.options.cookies = {cookie};
    input->setFetchRequest(base);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().source, u"https://example.org/pinned"_s);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().header("Host"),
             "sitemap.invalid:" + QByteArray::number(server.port()));
}

// A sitemap behind Digest (-u with --digest): the 401's challenge answered as the checks answer
// it, the answer verified here by RFC 7616's arithmetic (MD5, qop=auth).
void tst_AuditInput::sitemapBehindDigest()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    const QByteArray realm = "sitemaps", nonce = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    server.route("/private/sitemap.xml", [&](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const QByteArray field = request.header("Authorization");
        QHash<QByteArray, QByteArray> params;
        static const QRegularExpression pair(uR"re((\w+)=(?:"([^"]*)"|([^,\s]*)))re"_s);
        for (const QRegularExpressionMatch &match : pair.globalMatch(QString::fromLatin1(field)))
            params.insert(match.captured(1).toLatin1(),
                          (match.captured(2).isEmpty() ? match.captured(3) : match.captured(2)).toLatin1());
        const auto md5 = [](const QByteArray &text) {
            return QCryptographicHash::hash(text, QCryptographicHash::Md5).toHex();
        };
        const QByteArray expected
            = md5(md5("ann:" + realm + ":pa55") + ':' + nonce + ':' + params.value("nc") + ':'
                  + params.value("cnonce") + ":auth:" + md5("GET:" + params.value("uri")));
        if (field.startsWith("Digest ") && params.value("response") == expected
            && params.value("uri") == request.target) {
            socket->write(ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}},
                                                   "https://example.org/behind-digest\n"));
            return;
        }
        socket->write(ScriptedServer::response(
            401, "Unauthorized",
            {{"WWW-Authenticate", "Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", qop=\"auth\""}},
            "who?"));
    });
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(server.url(u"/private/sitemap.xml"_s), AuditInputKind::List, &manager);
    RequestSpec base;
    base.options.network.auth = AuthSetting{AuthSetting::Scheme::Digest, u"ann"_s, u"pa55"_s, {}};
    input->setFetchRequest(base);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().source, u"https://example.org/behind-digest"_s);
    QCOMPARE(server.requests().size(), 2); // the 401, then the answer
    QVERIFY(!server.requests().first().hasHeader("Authorization"));
}

// A sitemap URL that redirects to another origin: followed, without the typed Authorization
// field or -u's credentials, which stay with the origin typed (as a check's chain does).
void tst_AuditInput::sitemapRedirectDropsCredentials()
{
    ScriptedServer first;
    ScriptedServer cdn;
    QVERIFY(first.listen());
    QVERIFY(cdn.listen());
    const QByteArray target = "http://localhost:" + QByteArray::number(cdn.port()) + "/sitemap.xml";
    first.route("/sitemap.xml", ScriptedServer::redirect(301, target));
    cdn.route("/sitemap.xml", xmlResponse(urlset({u"https://example.org/cdn"_s})));
    QNetworkAccessManager manager;
    auto input = AuditInput::fromUrl(first.url(u"/sitemap.xml"_s), AuditInputKind::Guess, &manager);
    RequestSpec base;
    base.headers = {{"Authorization"_ba, "Bearer tok-abcdef12"_ba}, {"X-Audit"_ba, "yes"_ba}};
    input->setFetchRequest(base);
    const QList<AuditSource> sources = drain(*input);
    QVERIFY2(input->errorString().isEmpty(), qPrintable(input->errorString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(first.requests().first().header("Authorization"), "Bearer tok-abcdef12"_ba);
    QCOMPARE(cdn.requests().size(), 1);
    QVERIFY(!cdn.requests().first().hasHeader("Authorization"));
    QCOMPARE(cdn.requests().first().header("X-Audit"), "yes"_ba);
}

QTEST_GUILESS_MAIN(tst_AuditInput)
#include "tst_auditinput.moc"
