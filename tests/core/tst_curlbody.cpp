// SPDX-License-Identifier: MIT
// The curl options that name files and bodies (-d @file, --data-binary @file, --data-urlencode,
// -F, -T), several URLs in one command, and the two ways of treating a missing file (a real send
// refuses it, a dry run lists it). What the options make is sent to a scripted server, which
// records the bytes that arrived.
#include "core/formats/curlcommand.h"
#include "core/formats/multipart.h"
#include "core/requests/bodyfile.h"
#include "enginetest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_CurlBody : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void dataFromFiles_data();
    void dataFromFiles();
    void dataFileArrivesAsRead();
    void formParts();
    void formArrivesAsMultipart();
    void formWithDataIsRefused();
    void uploadFile_data();
    void uploadFile();
    void uploadArrives();
    void missingFiles_data();
    void missingFiles();
    void filesShareOneLimit();
    void severalUrls_data();
    void severalUrls();
    void patternsCurlRefusesAreSaid();
    void compressed();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QList<CurlImport> import(const QString &command, CurlFiles files = CurlFiles::MustRead);

    QTemporaryDir m_dir;
};

QString tst_CurlBody::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QList<CurlImport> tst_CurlBody::import(const QString &command, CurlFiles files)
{
    QString error;
    // Relative paths are read from the current directory, as curl reads them.
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const auto imported = parseCurlCommands(command, &error, files);
    QDir::setCurrent(before);
    if (!imported) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return *imported;
}

void tst_CurlBody::dataFromFiles_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray form = "application/x-www-form-urlencoded";
    // curl strips CR and LF from a file read by -d/--data/--data-ascii, and only there.
    QTest::newRow("-d @file strips line breaks") << u"-d @lines.txt"_s << "a=1b=2c=3"_ba << form;
    QTest::newRow("--data-ascii @file") << u"--data-ascii @lines.txt"_s << "a=1b=2c=3"_ba << form;
    QTest::newRow("--data-binary @file keeps them")
        << u"--data-binary @lines.txt"_s << "a=1\r\nb=2\nc=3\n"_ba << form;
    QTest::newRow("--data-raw @ is text") << u"--data-raw @lines.txt"_s << "@lines.txt"_ba << form;
    QTest::newRow("-d @file joined with inline data")
        << u"-d x=0 -d @lines.txt"_s << "x=0&a=1b=2c=3"_ba << form;
    QTest::newRow("--json @file") << u"--json @doc.json"_s << "{\n  \"k\": [1, 2]\n}\n"_ba
                                  << "application/json"_ba;
    QTest::newRow("--data-urlencode name@file")
        << u"--data-urlencode note@note.txt"_s << "note=caf%C3%A9%20%26%20cr%C3%A8me%0A"_ba << form;
    QTest::newRow("--data-urlencode @file")
        << u"--data-urlencode @note.txt"_s << "caf%C3%A9%20%26%20cr%C3%A8me%0A"_ba << form;
    // curl writes no '=' when the name is empty.
    QTest::newRow("--data-urlencode =text") << u"--data-urlencode '=a b'"_s << "a%20b"_ba << form;
    QTest::newRow("--data-urlencode name=text") << u"--data-urlencode 'q=a/b~c'"_s << "q=a%2Fb~c"_ba << form;
    QTest::newRow("absolute path") << u"-d @%1"_s.arg(m_dir.filePath(u"lines.txt"_s)) << "a=1b=2c=3"_ba
                                   << form;
}

void tst_CurlBody::dataFromFiles()
{
    QFETCH(QString, options);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QVERIFY(!write(u"lines.txt"_s, "a=1\r\nb=2\nc=3\n").isEmpty());
    QVERIFY(!write(u"doc.json"_s, "{\n  \"k\": [1, 2]\n}\n").isEmpty());
    QVERIFY(!write(u"note.txt"_s, "café & crème\n").isEmpty());
    const QList<CurlImport> imported = import(u"curl "_s + options + u" https://h/"_s);
    QCOMPARE(imported.size(), 1);
    const RequestSpec &spec = imported.first().request;
    QCOMPARE(spec.method, "POST"_ba);
    QCOMPARE(spec.body, body);
    QVERIFY(spec.hasBody);
    QCOMPARE(headerValue(spec.headers, "Content-Type"), contentType);
    QVERIFY2(imported.first().ignored.isEmpty(), qPrintable(imported.first().ignored.join(u'\n')));
}

void tst_CurlBody::dataFileArrivesAsRead()
{
    const QByteArray bytes("\x00\x01\xff binary\r\n", 13);
    QVERIFY(!write(u"blob.bin"_s, bytes).isEmpty());
    m_server->route("/in", ScriptedServer::response(204, "No Content"));
    const QList<CurlImport> imported
        = import(u"curl --data-binary @blob.bin -H 'Content-Type: application/octet-stream' "_s
                 + m_server->origin() + u"/in"_s);
    QCOMPARE(imported.size(), 1);
    run(imported.first().request);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().method, "POST"_ba);
    QCOMPARE(m_server->requests().first().body, bytes);
    QCOMPARE(m_server->requests().first().header("Content-Type"), "application/octet-stream"_ba);
}

void tst_CurlBody::formParts()
{
    QVERIFY(!write(u"photo.png"_s, "\x89PNG fake").isEmpty());
    QVERIFY(!write(u"notes.txt"_s, "first line\nsecond line\n").isEmpty());
    QVERIFY(!write(u"data.bin"_s, "raw").isEmpty());
    const QList<CurlImport> imported = import(
        uR"(curl -F name=Ann -F 'photo=@photo.png' -F 'text=<notes.txt' -F 'doc=@notes.txt;type=text/markdown;filename=readme.md' )"
        uR"(-F 'blob=@data.bin' -F 'quoted="a;b"' -F 'given=hello;filename=hi.txt' --form-string 'raw=@not-a-file;type=x' )"
        uR"(-F 'na"me=@data.bin;filename="x\"y.bin"' https://h/upload)"_s);
    QCOMPARE(imported.size(), 1);
    const RequestSpec &spec = imported.first().request;
    QVERIFY2(imported.first().ignored.isEmpty(), qPrintable(imported.first().ignored.join(u'\n')));
    QCOMPARE(spec.method, "POST"_ba);
    const QByteArray contentType = headerValue(spec.headers, "Content-Type");
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary=------------------------"),
             contentType.constData());
    const auto boundary = multipartBoundary(contentType);
    QVERIFY(boundary);
    QCOMPARE(boundary->size(), 46);
    const auto parts = decodeMultipart(spec.body, *boundary);
    QVERIFY(parts);
    QCOMPARE(parts->size(), 9);
    struct Expected
    {
        QByteArray name;
        QByteArray content;
        std::optional<QByteArray> fileName;
        QByteArray type;
    };
    // What curl 8 sends for the same options: its content-type guesses, no type on values, the
    // file's own name unless ;filename= gives another.
    const QList<Expected> expected{
        {"name", "Ann", std::nullopt, {}},
        {"photo", "\x89PNG fake", "photo.png", "image/png"},
        {"text", "first line\nsecond line\n", std::nullopt, {}},
        {"doc", "first line\nsecond line\n", "readme.md", "text/markdown"},
        {"blob", "raw", "data.bin", "application/octet-stream"},
        {"quoted", "a;b", std::nullopt, {}},
        {"given", "hello", "hi.txt", "text/plain"},
        {"raw", "@not-a-file;type=x", std::nullopt, {}},
        {"na\"me", "raw", "x\"y.bin", "application/octet-stream"},
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const MultipartPart &part = parts->at(i);
        QCOMPARE(part.name, expected.at(i).name);
        QCOMPARE(part.content, expected.at(i).content);
        QCOMPARE(part.fileName, expected.at(i).fileName);
        QCOMPARE(part.contentType, expected.at(i).type);
    }
    // Quotes in names are written as HTML forms and curl write them.
    QVERIFY(spec.body.contains("name=\"na%22me\"; filename=\"x%22y.bin\"\r\n"));
}

void tst_CurlBody::formArrivesAsMultipart()
{
    QVERIFY(!write(u"a.txt"_s, "alpha\r\n").isEmpty());
    m_server->route("/form", ScriptedServer::response(200, "OK"));
    const QList<CurlImport> imported
        = import(u"curl -F 'f=@a.txt' -F v=1 -H 'Content-Type: multipart/related' "_s + m_server->origin()
                 + u"/form"_s);
    QCOMPARE(imported.size(), 1);
    run(imported.first().request);
    QCOMPARE(m_server->requests().size(), 1);
    const ScriptedServer::Request &arrived = m_server->requests().first();
    // A typed multipart type is kept, with curl's boundary added.
    const QByteArray type = arrived.header("Content-Type");
    QVERIFY2(type.startsWith("multipart/related; boundary="), type.constData());
    QCOMPARE(arrived.header("Content-Length"), QByteArray::number(arrived.body.size()));
    const auto parts = decodeMultipart(arrived.body, *multipartBoundary(type));
    QVERIFY(parts);
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).content, "alpha\r\n"_ba);
    QCOMPARE(parts->at(1).content, "1"_ba);
}

void tst_CurlBody::formWithDataIsRefused()
{
    QString error;
    QVERIFY(!parseCurlCommands(u"curl -d a=1 -F b=2 https://h/"_s, &error));
    QVERIFY2(error.contains(u"either a form"_s), qPrintable(error));
}

void tst_CurlBody::uploadFile_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("sentTo");
    QTest::newRow("ends in /") << u"https://h/files/"_s << u"https://h/files/my%20report.txt"_s;
    QTest::newRow("no path") << u"https://h"_s << u"https://h/my%20report.txt"_s;
    QTest::newRow("names a file") << u"https://h/files/other.txt"_s << u"https://h/files/other.txt"_s;
    QTest::newRow("query after /") << u"https://h/files/?v=1"_s << u"https://h/files/?v=1"_s;
}

void tst_CurlBody::uploadFile()
{
    QFETCH(QString, url);
    QFETCH(QString, sentTo);
    QVERIFY(!write(u"my report.txt"_s, "text\n").isEmpty());
    const QList<CurlImport> imported = import(u"curl -T 'my report.txt' "_s + url);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().request.method, "PUT"_ba);
    QCOMPARE(imported.first().request.url.toString(QUrl::FullyEncoded), sentTo);
    QCOMPARE(imported.first().request.body, "text\n"_ba);
    QVERIFY(!hasHeader(imported.first().request.headers, "Content-Type"));
}

void tst_CurlBody::uploadArrives()
{
    QVERIFY(!write(u"one.txt"_s, "first").isEmpty());
    QVERIFY(!write(u"two.txt"_s, "second").isEmpty());
    m_server->route("*", ScriptedServer::response(201, "Created"));
    // Each -T goes with one URL, in order; a URL without one is a plain GET.
    const QString origin = m_server->origin();
    const QList<CurlImport> imported
        = import(u"curl -T one.txt %1/up/ -T two.txt %1/up/two %1/plain"_s.arg(origin));
    QCOMPARE(imported.size(), 3);
    for (const CurlImport &one : imported)
        run(one.request);
    const auto &arrived = m_server->requests();
    QCOMPARE(arrived.size(), 3);
    QCOMPARE(arrived.at(0).method + ' ' + arrived.at(0).target, "PUT /up/one.txt"_ba);
    QCOMPARE(arrived.at(0).body, "first"_ba);
    QCOMPARE(arrived.at(1).method + ' ' + arrived.at(1).target, "PUT /up/two"_ba);
    QCOMPARE(arrived.at(1).body, "second"_ba);
    QCOMPARE(arrived.at(2).method + ' ' + arrived.at(2).target, "GET /plain"_ba);
}

void tst_CurlBody::missingFiles_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("notApplied");
    QTest::newRow("-d @file") << u"-d @gone.txt"_s << "POST"_ba
                              << u"-d @gone.txt: file not found: gone.txt"_s;
    QTest::newRow("--data-binary @file") << u"--data-binary @gone.bin"_s << "POST"_ba
                                         << u"--data-binary @gone.bin: file not found: gone.bin"_s;
    QTest::newRow("--data-urlencode n@file") << u"--data-urlencode n@gone.txt"_s << "POST"_ba
                                             << u"--data-urlencode n@gone.txt: file not found: gone.txt"_s;
    QTest::newRow("-F x=@file") << u"-F x=@gone.png"_s << "POST"_ba
                                << u"-F x=@gone.png: file not found: gone.png"_s;
    QTest::newRow("-F x=<file") << u"-F 'x=<gone.txt'"_s << "POST"_ba
                                << u"-F x=<gone.txt: file not found: gone.txt"_s;
    QTest::newRow("-T file") << u"-T gone.txt"_s << "PUT"_ba << u"-T gone.txt: file not found: gone.txt"_s;
    QTest::newRow("-b file") << u"-b gone-cookies.txt"_s << "GET"_ba
                             << u"-b gone-cookies.txt: file not found: gone-cookies.txt"_s;
    QTest::newRow("a folder") << u"-d @."_s << "POST"_ba
                              << u"-d @.: file not readable: .: not a regular file"_s;
}

// A real send refuses a command whose file is missing; a dry run (and the window) lists it and
// keeps the rest.
void tst_CurlBody::missingFiles()
{
    QFETCH(QString, options);
    QFETCH(QByteArray, method);
    QFETCH(QString, notApplied);
    const QString command = u"curl -H 'X-Kept: 1' "_s + options + u" https://h/x/"_s;
    QString error;
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const auto refused = parseCurlCommands(command, &error, CurlFiles::MustRead);
    const auto listed = parseCurlCommands(command, nullptr, CurlFiles::ListMissing);
    QDir::setCurrent(before);
    QVERIFY(!refused);
    QCOMPARE(error, notApplied);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    const CurlImport &one = listed->first();
    QCOMPARE(one.request.method, method);
    QCOMPARE(headerValue(one.request.headers, "X-Kept"), "1"_ba);
    QVERIFY(!one.request.hasBody);
    QCOMPARE(one.ignored, QStringList{notApplied});
    QCOMPARE(one.missingFiles.size(), 1);
}

// The files of one command are read up to one request body's limit in all: parts that would pass
// it are refused (a real send) or listed (a dry run), never read into memory.
void tst_CurlBody::filesShareOneLimit()
{
    const qint64 half = BodyFileLimit / 2 + 1;
    for (const QString &name : {u"one.bin"_s, u"two.bin"_s}) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(half)); // sparse: no disk is used
    }
    QString error;
    const QString before = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    const auto refused
        = parseCurlCommands(u"curl -F a=@one.bin -F b=@two.bin https://h/"_s, &error, CurlFiles::MustRead);
    const auto listed = parseCurlCommands(u"curl -F a=@one.bin -F b=@two.bin https://h/"_s, nullptr,
                                          CurlFiles::ListMissing);
    QDir::setCurrent(before);
    QVERIFY(!refused);
    QCOMPARE(error,
             u"-F b=@two.bin: file too large: two.bin: the files of one command may hold 64 MiB together"_s);
    QVERIFY(listed);
    QCOMPARE(listed->first().missingFiles, QStringList{u"two.bin"_s});
    QVERIFY(listed->first().request.body.size() > half);
}

void tst_CurlBody::severalUrls_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("requests"); // "METHOD URL BODY"
    QTest::newRow("two URLs share the options")
        << u"curl -X PATCH -d a=1 https://h/one https://h/two"_s
        << QStringList{u"PATCH https://h/one a=1"_s, u"PATCH https://h/two a=1"_s};
    QTest::newRow("-o for each URL") << u"curl -o one.html https://h/1 -o two.html https://h/2"_s
                                     << QStringList{u"GET https://h/1 "_s, u"GET https://h/2 "_s};
    QTest::newRow("--url and a URL") << u"curl --url https://h/a https://h/b"_s
                                     << QStringList{u"GET https://h/a "_s, u"GET https://h/b "_s};
    // curl's URL patterns, the last one turning fastest.
    QTest::newRow("range") << u"curl https://h/page[1-3]"_s
                           << QStringList{u"GET https://h/page1 "_s, u"GET https://h/page2 "_s,
                                          u"GET https://h/page3 "_s};
    QTest::newRow("set and padded range")
        << u"curl -d v=1 'https://h/{a,b}/x[08-09]'"_s
        << QStringList{u"POST https://h/a/x08 v=1"_s, u"POST https://h/a/x09 v=1"_s,
                       u"POST https://h/b/x08 v=1"_s, u"POST https://h/b/x09 v=1"_s};
    QTest::newRow("letters and a step")
        << u"curl 'https://h/[a-c]/[0-8:4]' -I"_s
        << QStringList{u"HEAD https://h/a/0 "_s, u"HEAD https://h/a/4 "_s, u"HEAD https://h/a/8 "_s,
                       u"HEAD https://h/b/0 "_s, u"HEAD https://h/b/4 "_s, u"HEAD https://h/b/8 "_s,
                       u"HEAD https://h/c/0 "_s, u"HEAD https://h/c/4 "_s, u"HEAD https://h/c/8 "_s};
    QTest::newRow("-g turns patterns off")
        << u"curl -g 'https://h/q?a=[1-2]'"_s << QStringList{u"GET https://h/q?a=[1-2] "_s};
    // curl refuses these; they are sent as written, and said (severalUrlsNotes).
    QTest::newRow("not a range") << u"curl 'https://h/items?filter[status]=open'"_s
                                 << QStringList{u"GET https://h/items?filter[status]=open "_s};
    QTest::newRow("not closed") << u"curl 'https://h/{a'"_s << QStringList{u"GET https://h/%7Ba "_s};
    QTest::newRow("an IPv6 address is no range")
        << u"curl 'http://[::1]:8080/x[1-2]'"_s
        << QStringList{u"GET http://[::1]:8080/x1 "_s, u"GET http://[::1]:8080/x2 "_s};
    QTest::newRow("--next resets the options")
        << u"curl -d x=1 https://h/a https://h/b --next https://h/c"_s
        << QStringList{u"POST https://h/a x=1"_s, u"POST https://h/b x=1"_s, u"GET https://h/c "_s};
}

void tst_CurlBody::patternsCurlRefusesAreSaid()
{
    const QList<CurlImport> imported
        = import(u"curl 'https://h/items?filter[status]=open' https://h/other"_s);
    QCOMPARE(imported.size(), 2);
    QVERIFY(imported.at(1).ignored.isEmpty()); // said of its own URL only
    QCOMPARE(imported.first().ignored,
             QStringList{
                 u"the URL holds “[status]”, which is not a range: curl refuses it without -g; it is sent as "
                 u"written"_s});
}

void tst_CurlBody::severalUrls()
{
    QFETCH(QString, command);
    QFETCH(QStringList, requests);
    QStringList read;
    for (const CurlImport &one : import(command))
        read.append(QString::fromLatin1(one.request.method + ' ') + one.request.url.toString() + u' '
                    + QString::fromUtf8(one.request.body));
    QCOMPARE(read, requests);
}

// --compressed is what the engine does unless Accept-Encoding is typed: the body comes decoded.
void tst_CurlBody::compressed()
{
    // "hello", gzipped.
    const QByteArray gzip = QByteArray::fromHex("1f8b08000000000002ffcb48cdc9c9070086a6103605000000");
    m_server->route("/z", ScriptedServer::response(200, "OK", {{"Content-Encoding", "gzip"}}, gzip));
    const QList<CurlImport> imported = import(u"curl --compressed "_s + m_server->origin() + u"/z"_s);
    QCOMPARE(imported.size(), 1);
    QVERIFY2(imported.first().ignored.isEmpty(), qPrintable(imported.first().ignored.join(u'\n')));
    const ChainResult result = run(imported.first().request);
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(m_server->requests().first().header("Accept-Encoding").contains("gzip"));
    QCOMPARE(result.hops.size(), 1);
    QCOMPARE(result.hops.first().bodyPreview, "hello"_ba);

    const QList<CurlImport> typed
        = import(u"curl --compressed -H 'Accept-Encoding: br' "_s + m_server->origin() + u"/z"_s);
    QVERIFY2(typed.first().ignored.join(u'\n').contains(u"--compressed"_s),
             qPrintable(typed.first().ignored.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_CurlBody)
#include "tst_curlbody.moc"
