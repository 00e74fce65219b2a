// SPDX-License-Identifier: MIT
// Copy as curl and paste curl: quoting, options and round trips.
#include "core/formats/curlcommand.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CurlCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void splitsLikeAShell_data();
    void splitsLikeAShell();
    void imports_data();
    void imports();
    void ignoredOptionsAreListed();
    void errors_data();
    void errors();
    void roundTrip_data();
    void roundTrip();
};

void tst_CurlCommand::quoting_data()
{
    QTest::addColumn<QByteArray>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "https://example.org/a"_ba << u"https://example.org/a"_s;
    QTest::newRow("space") << "a b"_ba << u"'a b'"_s;
    QTest::newRow("single quote") << "it's"_ba << u"'it'\\''s'"_s;
    QTest::newRow("dollar and backtick stay literal") << "$HOME `x`"_ba << u"'$HOME `x`'"_s;
    QTest::newRow("newline") << "a\nb"_ba << u"$'a\\nb'"_s;
    QTest::newRow("invalid utf-8") << "\xff"_ba << u"$'\\xff'"_s;
    QTest::newRow("empty") << QByteArray() << u"''"_s;
    QTest::newRow("utf-8") << "caf\xc3\xa9"_ba << u"'café'"_s;
}

void tst_CurlCommand::quoting()
{
    QFETCH(QByteArray, word);
    QFETCH(QString, quoted);
    QCOMPARE(shellQuote(word), quoted);
    // What a shell reads back is the word itself.
    const auto words = splitShellWords(quoted, nullptr);
    QVERIFY(words);
    QCOMPARE(words->value(0), word);
}

void tst_CurlCommand::splitsLikeAShell_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QList<QByteArray>>("words");
    QTest::newRow("spaces") << u"curl  -s   x"_s << QList<QByteArray>{"curl", "-s", "x"};
    QTest::newRow("double quotes") << uR"(curl -H "A: \"b\" \$c \\ d")"_s
                                   << QList<QByteArray>{"curl", "-H", R"(A: "b" $c \ d)"};
    QTest::newRow("ansi-c") << uR"(curl $'a\tb\x41\u00e9\'')"_s
                            << QList<QByteArray>{"curl", "a\tbA\xc3\xa9'"};
    QTest::newRow("continuation") << u"curl \\\n  -L \\\r\n  x"_s << QList<QByteArray>{"curl", "-L", "x"};
    QTest::newRow("adjacent quotes") << u"curl 'a'\"b\"c"_s << QList<QByteArray>{"curl", "abc"};
    QTest::newRow("escaped space") << u"curl a\\ b"_s << QList<QByteArray>{"curl", "a b"};
}

void tst_CurlCommand::splitsLikeAShell()
{
    QFETCH(QString, command);
    QFETCH(QList<QByteArray>, words);
    QString error;
    const auto split = splitShellWords(command, &error);
    QVERIFY2(split, qPrintable(error));
    QCOMPARE(*split, words);
}

void tst_CurlCommand::imports_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QList<HeaderPair>>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("follow");

    QTest::newRow("plain GET") << u"curl https://example.org/"_s << "GET"_ba << u"https://example.org/"_s
                               << HeaderList{} << QByteArray() << false;
    QTest::newRow("no scheme") << u"curl example.org/x"_s << "GET"_ba << u"http://example.org/x"_s
                               << HeaderList{} << QByteArray() << false;
    QTest::newRow("host and port without a scheme")
        << u"curl localhost:8080/x"_s << "GET"_ba << u"http://localhost:8080/x"_s << HeaderList{}
        << QByteArray() << false;
    QTest::newRow("-d makes a POST") << u"curl -d 'a=1' -d b=2 https://h/"_s << "POST"_ba << u"https://h/"_s
                                     << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}}
                                     << "a=1&b=2"_ba << false;
    QTest::newRow("-X wins")
        << u"curl -X PUT --data-raw '{}' -H 'Content-Type: application/json' https://h/"_s << "PUT"_ba
        << u"https://h/"_s << HeaderList{{"Content-Type", "application/json"}} << "{}"_ba << false;
    QTest::newRow("-XPATCH glued") << u"curl -XPATCH https://h/"_s << "PATCH"_ba << u"https://h/"_s
                                   << HeaderList{} << QByteArray() << false;
    QTest::newRow("--json") << uR"(curl --json '{"a":1}' https://h/)"_s << "POST"_ba << u"https://h/"_s
                            << HeaderList{{"Content-Type", "application/json"},
                                          {"Accept", "application/json"}}
                            << R"({"a":1})"_ba << false;
    QTest::newRow("-u") << u"curl -u ann:pw https://h/"_s << "GET"_ba << u"https://h/"_s
                        << HeaderList{{"Authorization", "Basic YW5uOnB3"}} << QByteArray() << false;
    QTest::newRow("-A -e -b") << u"curl -A agent/1 -e https://r/ -b 'a=1; b=2' https://h/"_s << "GET"_ba
                              << u"https://h/"_s
                              << HeaderList{{"User-Agent", "agent/1"},
                                            {"Referer", "https://r/"},
                                            {"Cookie", "a=1; b=2"}}
                              << QByteArray() << false;
    QTest::newRow("-sSL bundle") << u"curl -sSL https://h/"_s << "GET"_ba << u"https://h/"_s << HeaderList{}
                                 << QByteArray() << true;
    // Found by fuzz_curlcommand: a value that looks like bundled flags is still a value.
    QTest::newRow("value like flags") << u"curl -X -sSL https://h/"_s << "-sSL"_ba << u"https://h/"_s
                                      << HeaderList{} << QByteArray() << false;
    QTest::newRow("-I") << u"curl -I https://h/"_s << "HEAD"_ba << u"https://h/"_s << HeaderList{}
                        << QByteArray() << false;
    QTest::newRow("-G moves data to the query")
        << u"curl -G -d q=1 https://h/s"_s << "GET"_ba << u"https://h/s?q=1"_s << HeaderList{} << QByteArray()
        << false;
    QTest::newRow("--data-urlencode")
        << u"curl --data-urlencode 'q=a b&c' https://h/"_s << "POST"_ba << u"https://h/"_s
        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}} << "q=a%20b%26c"_ba << false;
    QTest::newRow("--header=value") << u"curl --header='X-A: 1' --url https://h/"_s << "GET"_ba
                                    << u"https://h/"_s << HeaderList{{"X-A", "1"}} << QByteArray() << false;
    QTest::newRow("browser style")
        << u"curl 'https://h/api' \\\n  -H 'accept: */*' \\\n  --data-raw $'line1\\nline2' \\\n  --compressed"_s
        << "POST"_ba << u"https://h/api"_s
        << HeaderList{{"accept", "*/*"}, {"Content-Type", "application/x-www-form-urlencoded"}}
        << "line1\nline2"_ba << false;
}

void tst_CurlCommand::imports()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QList<HeaderPair>, headers);
    QFETCH(QByteArray, body);
    QFETCH(bool, follow);
    QString error;
    const auto imported = parseCurlCommand(command, &error);
    QVERIFY2(imported, qPrintable(error));
    const RequestSpec &spec = imported->request;
    QCOMPARE(spec.method, method);
    QCOMPARE(spec.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(spec.headers, headers);
    QCOMPARE(spec.body, body);
    QCOMPARE(spec.hasBody, !body.isEmpty());
    QCOMPARE(spec.options.followRedirects, follow);
}

void tst_CurlCommand::ignoredOptionsAreListed()
{
    QString error;
    const auto imported = parseCurlCommand(
        u"curl -s --compressed -o out.html --proxy http://p:3128 --frobnicate -d @body.json https://h/ https://other/"_s,
        &error);
    QVERIFY(imported);
    const QString ignored = imported->ignored.join(u'\n');
    for (const QString &option : {u"-s"_s, u"--compressed"_s, u"-o out.html"_s, u"--proxy http://p:3128"_s,
                                  u"--frobnicate"_s, u"-d @body.json"_s, u"https://other/"_s})
        QVERIFY2(ignored.contains(option), qPrintable(option + u" missing from:\n"_s + ignored));
    QCOMPARE(imported->request.url.toString(), u"https://h/"_s);

    const auto options = parseCurlCommand(u"curl -L --max-redirs 5 -k https://h/"_s, &error);
    QVERIFY(options->request.options.followRedirects);
    QCOMPARE(options->request.options.maxRedirects, 5);
    QVERIFY(options->request.options.acceptInvalidCertificates);
    QVERIFY(options->ignored.isEmpty());
}

void tst_CurlCommand::errors_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("message");
    QTest::newRow("not curl") << u"wget https://h/"_s << u"not a curl command"_s;
    QTest::newRow("no URL") << u"curl -s"_s << u"no URL"_s;
    QTest::newRow("open quote") << u"curl 'https://h/"_s << u"single quote"_s;
    QTest::newRow("open double quote") << u"curl \"https://h/"_s << u"double quote"_s;
    QTest::newRow("missing value") << u"curl https://h/ -H"_s << u"-H needs a value"_s;
    QTest::newRow("empty") << QString() << u"not a curl command"_s;
    // Found by fuzz_curlcommand: an invalid host used to be accepted and could not be written back.
    QTest::newRow("invalid host") << u"curl https://example2\uFFFD.rg/"_s << u"is not valid"_s;
    QTest::newRow("no host") << u"curl http:///path"_s << u"is not valid: The URL has no host name."_s;
    QTest::newRow("port out of range")
        << u"curl localhost:99999/x"_s << u"not valid: The port 99999 is not between 1 and 65535."_s;
    QTest::newRow("space in the host, password not repeated")
        << u"curl 'http://ann:hunter22@exa mple.com/'"_s
        << u"not valid: The host name “exa mple.com” contains a space."_s;
}

void tst_CurlCommand::errors()
{
    QFETCH(QString, command);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseCurlCommand(command, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_CurlCommand::roundTrip_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("hasBody");
    QTest::addColumn<bool>("follow");
    QTest::addColumn<bool>("insecure");
    QTest::newRow("GET") << "GET"_ba << QByteArray() << false << true << false;
    QTest::newRow("POST with quotes") << "POST"_ba
                                      << R"({"it's": "a \"test\""})"_ba << true << true << false;
    QTest::newRow("PUT with newline") << "PUT"_ba
                                      << "line1\nline2\ttab"_ba << true << false << true;
    QTest::newRow("custom method, binary body") << "PURGE"_ba
                                                << "\x00\x01\xff"_ba << true << true << false;
    QTest::newRow("HEAD") << "HEAD"_ba << QByteArray() << false << false << false;
    QTest::newRow("DELETE") << "DELETE"_ba << QByteArray() << false << true << false;
    QTest::newRow("empty body") << "POST"_ba << QByteArray() << true << true << false;
    // Found by fuzz_curlcommand: methods are case-sensitive, "POsT" is not POST.
    QTest::newRow("mixed-case method") << "POsT"_ba
                                       << "x"_ba << true << true << false;
}

void tst_CurlCommand::roundTrip()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(bool, hasBody);
    QFETCH(bool, follow);
    QFETCH(bool, insecure);
    RequestSpec spec;
    spec.method = method;
    spec.url = QUrl(u"https://example.org/a b?q=1&r='x'"_s);
    spec.headers = {{"X-Quote", "it's \"quoted\" $HOME"}, {"Accept", "*/*"}};
    spec.body = body;
    spec.hasBody = hasBody;
    spec.options.followRedirects = follow;
    spec.options.maxRedirects = 7;
    spec.options.acceptInvalidCertificates = insecure;

    const QString command = toCurlCommand(spec);
    QString error;
    const auto back = parseCurlCommand(command, &error);
    QVERIFY2(back, qPrintable(error + u": "_s + command));
    QCOMPARE(back->request.method, method);
    QCOMPARE(back->request.url, spec.url);
    QCOMPARE(back->request.headers.mid(0, 2), spec.headers);
    QCOMPARE(back->request.body, body);
    QCOMPARE(back->request.hasBody, hasBody);
    QCOMPARE(back->request.options.followRedirects, follow);
    if (follow)
        QCOMPARE(back->request.options.maxRedirects, 7);
    QCOMPARE(back->request.options.acceptInvalidCertificates, insecure);
    QVERIFY2(back->ignored.isEmpty(), qPrintable(back->ignored.join(u", "_s)));
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
