// SPDX-License-Identifier: MIT
// Copy as curl and paste curl: quoting, options and round trips.
#include "core/formats/curlcommand.h"
#include "core/formats/curlnetwork.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestvalidation.h"

#include <QFile>
#include <QNetworkCookie>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

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
    void leftOutOptionsSayWhatChanges_data();
    void leftOutOptionsSayWhatChanges();
    void maxFilesizeIsTheBodyCap();
    void otherCopyFormatsNamed_data();
    void otherCopyFormatsNamed();
    void errors_data();
    void errors();
    void roundTrip_data();
    void roundTrip();
    void networkOptions_data();
    void networkOptions();
    void badTimeLimitsAreSaid();
    void variablesExpanded_data();
    void variablesExpanded();
    void variableProblems();
    void olderTlsVersionsAreExplained();
    void badNetworkValuesAreRefused_data();
    void badNetworkValuesAreRefused();
    void networkOptionsRoundTrip_data();
    void networkOptionsRoundTrip();
    void copiedCommandMasksNetworkSecrets();
    void cookieFileIsRead();
    void cookieFileThatCannotBeUsedIsNamed();
    void optionValuesNeverBecomeTheUrl_data();
    void optionValuesNeverBecomeTheUrl();
    void pastedText_data();
    void pastedText();
    void pastedTextMendsAreSaidAndBounded();
    void cmdTextMendsAreSaid();
    void terminalPrompts_data();
    void terminalPrompts();
    void terminalTranscripts_data();
    void terminalTranscripts();
    void quoteNotClosedQuotesItsLine();
    void variablesSetForCurlAreSaid();
    void shellInputAndRedirections_data();
    void shellInputAndRedirections();
    void shellExpansionsAreSaidNeverDone();
    void onlyTheFirstOfSeveralIsOpened();
    void timeLimitAndVersionRoundTrip();
    void postKeptAfterRedirects();
    void customMethodWithLocationIsExplained_data();
    void customMethodWithLocationIsExplained();
    void looksLikeACurlPaste_data();
    void looksLikeACurlPaste();
};

namespace {

// The fields of NetworkOptions a curl command can set, one per line, so a failed comparison says
// which one differs.
QString describe(const NetworkOptions &n)
{
    QStringList lines;
    lines << u"proxy mode %1 url %2 user %3 password %4 noproxy %5"_s.arg(int(n.proxy.mode))
                 .arg(n.proxy.url.toString(), n.proxy.user, n.proxy.password, n.proxy.noProxy.join(u','));
    lines << u"tls ca %1 capath %2 cert %3 key %4 type %5 pass %6"_s
                 .arg(n.tls.caFiles.join(u','), n.tls.caPath, n.tls.clientCertificate, n.tls.clientKey)
                 .arg(int(n.tls.certificateType))
                 .arg(n.tls.passphrase);
    for (const ResolvePin &pin : n.resolve)
        lines << u"resolve %1 %2 %3"_s.arg(pin.host).arg(pin.port).arg(pin.addresses.join(u','));
    for (const ConnectToPin &pin : n.connectTo)
        lines << u"connect-to %1 %2 %3 %4"_s.arg(pin.host).arg(pin.port).arg(pin.toHost).arg(pin.toPort);
    lines << u"tls versions %1 %2"_s.arg(int(n.tls.leastVersion)).arg(int(n.tls.mostVersion));
    lines << u"http %1"_s.arg(int(n.httpVersion));
    lines << u"auth %1 user %2 password %3 token %4"_s.arg(int(n.auth.scheme))
                 .arg(n.auth.user, n.auth.password, n.auth.token);
    return lines.join(u'\n');
}

// Each request as "METHOD URL".
QStringList methodsAndUrls(const QList<CurlImport> &imports)
{
    QStringList read;
    for (const CurlImport &one : imports)
        read.append(QString::fromLatin1(one.request.method) + u' ' + one.request.url.toString());
    return read;
}

} // namespace

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
    // Issue 16: a host with a port and no scheme is http, as curl reads it.
    QTest::newRow("host name and port, no path")
        << u"curl example.com:8080"_s << "GET"_ba << u"http://example.com:8080"_s << HeaderList{}
        << QByteArray() << false;
    QTest::newRow("localhost:8080/api")
        << u"curl localhost:8080/api"_s << "GET"_ba << u"http://localhost:8080/api"_s << HeaderList{}
        << QByteArray() << false;
    // Issue 16: curl strips line breaks only from a file read with -d @file, never from inline data.
    QTest::newRow("-d keeps its line breaks")
        << u"curl -d $'a=1\r\nb=2\n' https://h/"_s << "POST"_ba << u"https://h/"_s
        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}} << "a=1\r\nb=2\n"_ba << false;
    QTest::newRow("-d over several lines, as docs write it")
        << u"curl https://h/ \\\n  -d '{\n  \"a\": 1\n}' \\\n  -H 'Content-Type: application/json'"_s
        << "POST"_ba << u"https://h/"_s << HeaderList{{"Content-Type", "application/json"}}
        << "{\n  \"a\": 1\n}"_ba << false;
    QTest::newRow("--data-binary keeps everything")
        << u"curl --data-binary $'\\x00a\r\n' https://h/"_s << "POST"_ba << u"https://h/"_s
        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}}
        << "\x00"
           "a\r\n"_ba
        << false;
    // Issue 16: repeated --json pieces are concatenated, not joined with '&'.
    QTest::newRow("repeated --json") << uR"(curl --json '{"a":' --json ' 1}' https://h/)"_s << "POST"_ba
                                     << u"https://h/"_s
                                     << HeaderList{{"Content-Type", "application/json"},
                                                   {"Accept", "application/json"}}
                                     << R"({"a": 1})"_ba << false;
    // Issue 16: a body that is listed as not applied still gives curl's method.
    // The file is not there (parts that are: tst_curlbody).
    QTest::newRow("-F is a POST") << u"curl -F 'file=@photo.jpg' https://h/upload"_s << "POST"_ba
                                  << u"https://h/upload"_s << HeaderList{} << QByteArray() << false;
    // The file is not there (read in tst_curlbody); a URL ending in '/' still gets its name.
    QTest::newRow("-T is a PUT") << u"curl -T report.txt https://h/files/"_s << "PUT"_ba
                                 << u"https://h/files/report.txt"_s << HeaderList{} << QByteArray() << false;
    QTest::newRow("--data @- is a POST") << u"curl --data @- https://h/"_s << "POST"_ba << u"https://h/"_s
                                         << HeaderList{} << QByteArray() << false;
    QTest::newRow("--json @file is a JSON POST")
        << u"curl --json @body.json https://h/"_s << "POST"_ba << u"https://h/"_s
        << HeaderList{{"Content-Type", "application/json"}, {"Accept", "application/json"}} << QByteArray()
        << false;
    QTest::newRow("-G with -d @file stays a GET") << u"curl -G -d @q.txt https://h/"_s << "GET"_ba
                                                  << u"https://h/"_s << HeaderList{} << QByteArray() << false;
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
    // -u goes to the engine's credentials (networkOptions below), not to a typed header.
    QTest::newRow("-u") << u"curl -u ann:pw https://h/"_s << "GET"_ba << u"https://h/"_s << HeaderList{}
                        << QByteArray() << false;
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
    // curl: "Name:" removes a header, "Name;" sends it empty; every -b pair goes in one Cookie.
    QTest::newRow("-H Name: and Name;")
        << u"curl -H 'Accept:' -H 'X-Empty;' -H 'X-Time: 10:20:30' https://h/"_s << "GET"_ba
        << u"https://h/"_s << HeaderList{{"X-Empty", ""}, {"X-Time", "10:20:30"}} << QByteArray() << false;
    QTest::newRow("-b pairs in one Cookie header")
        << u"curl -b 'a=1; b=2' -H 'X-A: 1' -b c=3 https://h/"_s << "GET"_ba << u"https://h/"_s
        << HeaderList{{"Cookie", "a=1; b=2; c=3"}, {"X-A", "1"}} << QByteArray() << false;
    QTest::newRow("--header=value") << u"curl --header='X-A: 1' --url https://h/"_s << "GET"_ba
                                    << u"https://h/"_s << HeaderList{{"X-A", "1"}} << QByteArray() << false;
    // curl 7.87's --url-query: --data-urlencode's forms added to the URL's query, '+' as it is.
    QTest::newRow("--url-query")
        << u"curl --url-query 'q=a b&c' --url-query '+raw=x%20y' --url-query =ünï 'https://h/s?x=1'"_s
        << "GET"_ba << u"https://h/s?x=1&q=a%20b%26c&raw=x%20y&%C3%BCn%C3%AF"_s << HeaderList{}
        << QByteArray() << false;
    QTest::newRow("--url-query with a body")
        << u"curl --url-query page=2 -d 'a=1' https://h/"_s << "POST"_ba << u"https://h/?page=2"_s
        << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}} << "a=1"_ba << false;
    // The headers curl sends for -r, -C and -z (206, 416, 304 and 412 are what they are for).
    QTest::newRow("-r") << u"curl -r 0-99 https://h/f"_s << "GET"_ba << u"https://h/f"_s
                        << HeaderList{{"Range", "bytes=0-99"}} << QByteArray() << false;
    QTest::newRow("-C") << u"curl --continue-at 100 https://h/f"_s << "GET"_ba << u"https://h/f"_s
                        << HeaderList{{"Range", "bytes=100-"}} << QByteArray() << false;
    QTest::newRow("-r beside a typed Range")
        << u"curl -r 5-9 -H 'Range: bytes=1-2' https://h/f"_s << "GET"_ba << u"https://h/f"_s
        << HeaderList{{"Range", "bytes=1-2"}} << QByteArray() << false;
    QTest::newRow("-z HTTP date") << u"curl -z 'Wed, 21 Oct 2015 07:28:00 GMT' https://h/f"_s << "GET"_ba
                                  << u"https://h/f"_s
                                  << HeaderList{{"If-Modified-Since", "Wed, 21 Oct 2015 07:28:00 GMT"}}
                                  << QByteArray() << false;
    QTest::newRow("-z older, curl's docs form")
        << u"curl -z '-Wed 01 Sep 2021 12:18:00' https://h/f"_s << "GET"_ba << u"https://h/f"_s
        << HeaderList{{"If-Unmodified-Since", "Wed, 01 Sep 2021 12:18:00 GMT"}} << QByteArray() << false;
    QTest::newRow("-z compact date") << u"curl --time-cond 20210131 https://h/f"_s << "GET"_ba
                                     << u"https://h/f"_s
                                     << HeaderList{{"If-Modified-Since", "Sun, 31 Jan 2021 00:00:00 GMT"}}
                                     << QByteArray() << false;
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

// What a browser's other "Copy as" entries give, and PowerShell's "curl" alias: refused with a
// sentence that names what was pasted, never read as a mangled curl command.
void tst_CurlCommand::otherCopyFormatsNamed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    const QString powerShell = u"PowerShell's Invoke-WebRequest"_s;
    QTest::newRow("Windows PowerShell's curl alias")
        << u"curl -Uri \"https://h/api\" -Method POST -Body \"{}\" -ContentType \"application/json\""_s
        << powerShell;
    QTest::newRow("curl alias, parameters in lower case")
        << u"curl -uri https://h/ -usebasicparsing"_s << powerShell;
    QTest::newRow("Copy as PowerShell")
        << u"$session = New-Object Microsoft.PowerShell.Commands.WebRequestSession\n"
           "$session.UserAgent = \"Mozilla/5.0\"\n"
           "Invoke-WebRequest -UseBasicParsing -Uri \"https://h/api\" `\n"
           "-WebSession $session `\n"
           "-Headers @{\n"
           "  \"accept\"=\"*/*\"\n"
           "}"_s
        << powerShell;
    QTest::newRow("iwr") << u"iwr https://h/"_s << powerShell;
    QTest::newRow("Copy as fetch")
        << u"fetch(\"https://h/api\", {\n  \"headers\": {\"accept\": \"*/*\"},\n  \"method\": \"GET\"\n});"_s
        << u"JavaScript's fetch()"_s;
    QTest::newRow("wget") << u"wget --header='X-A: 1' https://h/"_s << u"This is a wget command"_s;
    QTest::newRow("HTTPie") << u"http POST https://h/ name=a X-A:1"_s << u"HTTPie command (http)"_s;
    QTest::newRow("xh") << u"xh https://h/"_s << u"HTTPie command (xh)"_s;
    QTest::newRow("another program") << u"ls -l"_s << u"it should start with “curl”"_s;
}

void tst_CurlCommand::otherCopyFormatsNamed()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    QString error;
    QVERIFY(!parseCurlCommands(text, &error));
    QVERIFY2(error.contains(sentence), qPrintable(error));
    // curl.exe is curl, whatever PowerShell calls "curl".
    QVERIFY(parseCurlCommands(u"curl.exe -X POST https://h/"_s, &error));
    // A value that looks like a PowerShell parameter is curl's value (fuzz_curlcommand found the
    // method "-timeoutsec" written back as "-X -timeoutsec" and then refused).
    for (const QString &command : {u"curl -X -timeoutsec https://h/"_s, u"curl -sSX -Method https://h/"_s,
                                   u"curl -H -Uri https://h/"_s}) {
        const auto imported = parseCurlCommand(command, &error);
        QVERIFY2(imported, qPrintable(command + u": "_s + error));
        QVERIFY2(parseCurlCommand(toCurlCommand(imported->request), &error), qPrintable(error));
    }
}

void tst_CurlCommand::ignoredOptionsAreListed()
{
    QString error;
    const auto imported = parseCurlCommand(
        u"curl -s --compressed -o out.html --frobnicate -d @body.json https://h/ https://other/"_s, &error);
    QVERIFY(imported);
    const QString ignored = imported->ignored.join(u'\n');
    for (const QString &option :
         {u"-s"_s, u"-o out.html"_s, u"--frobnicate"_s, u"-d @body.json: file not found: body.json"_s,
          u"1 more request was pasted"_s})
        QVERIFY2(ignored.contains(option), qPrintable(option + u" missing from:\n"_s + ignored));
    QCOMPARE(imported->request.url.toString(), u"https://h/"_s);

    const auto options = parseCurlCommand(u"curl -L --max-redirs 5 -k https://h/"_s, &error);
    QVERIFY(options->request.options.followRedirects);
    QCOMPARE(options->request.options.maxRedirects, 5);
    QVERIFY(options->request.options.acceptInvalidCertificates);
    QVERIFY(options->ignored.isEmpty());

    // --location-trusted is -L that would also send -u to other hosts: followed, and said that
    // the credentials still stay at their origin. curl 8.16's --follow follows too.
    const auto trusted = parseCurlCommand(u"curl --location-trusted -u bob:pw https://h/"_s, &error);
    QVERIFY2(trusted, qPrintable(error));
    QVERIFY(trusted->request.options.followRedirects);
    QVERIFY2(
        trusted->ignored.join(u'\n').contains(u"--location-trusted: followed as -L; credentials are still "
                                              "not sent to another host"_s),
        qPrintable(trusted->ignored.join(u'\n')));
    // -z FILE takes the file's modification time; what is neither a date nor a file is listed.
    QTemporaryDir folder;
    const QString stamp = folder.filePath(u"stamp.html"_s);
    QFile stampFile(stamp);
    QVERIFY(stampFile.open(QIODevice::WriteOnly));
    QVERIFY(stampFile.setFileTime(QDateTime(QDate(2020, 2, 3), QTime(4, 5, 6), QTimeZone::utc()),
                                  QFileDevice::FileModificationTime));
    stampFile.close();
    const auto byFile = parseCurlCommand(u"curl -z '%1' -z nonsense https://h/"_s.arg(stamp), &error);
    QVERIFY2(byFile, qPrintable(error));
    QCOMPARE(byFile->request.headers, (HeaderList{{"If-Modified-Since", "Mon, 03 Feb 2020 04:05:06 GMT"}}));
    QVERIFY2(byFile->ignored.join(u'\n').contains(u"-z nonsense: neither a date curl reads nor a file"_s),
             qPrintable(byFile->ignored.join(u'\n')));

    const auto follow = parseCurlCommand(u"curl --follow -X POST -d x https://h/"_s, &error);
    QVERIFY2(follow, qPrintable(error));
    QVERIFY(follow->request.options.followRedirects);
    QVERIFY2(follow->ignored.isEmpty(), qPrintable(follow->ignored.join(u'\n')));
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
    QTest::newRow("too many URLs") << u"curl 'https://h/[1-100]/[1-100]'"_s << u"more than 1000 URLs"_s;
    // Found by fuzz_curlcommand: an invalid host used to be accepted and could not be written back.
    QTest::newRow("invalid host") << u"curl https://example2\uFFFD.rg/"_s << u"is not valid"_s;
    QTest::newRow("no host") << u"curl http:///path"_s << u"is not valid: The URL has no host name."_s;
    QTest::newRow("port out of range")
        << u"curl localhost:99999/x"_s << u"not valid: The port 99999 is not between 1 and 65535."_s;
    // Sent anyway, the request would reach whatever listens on the URL's host instead.
    QTest::newRow("unix socket")
        << u"curl --unix-socket /var/run/docker.sock http://localhost/containers/json"_s
        << u"--unix-socket /var/run/docker.sock: the command talks to a Unix socket, which StatusScope "
           u"cannot; "
           "nothing is sent to the URL's host in its place."_s;
    QTest::newRow("abstract unix socket")
        << u"curl --abstract-unix-socket app http://h/"_s << u"talks to a Unix socket"_s;
    // A line from a script or a README: the shell would have had a value for the variable.
    QTest::newRow("variable for the host")
        << u"curl \"https://${API_HOST}/items\""_s
        << u"The URL in the curl command holds the shell variable $API_HOST, which a shell would have "
           "replaced with its value: put the value in the URL before sending."_s;
    QTest::newRow("variable for the whole base")
        << u"curl $BASE_URL/items"_s << u"holds the shell variable $BASE_URL"_s;
    QTest::newRow("space in the host, password not repeated")
        << u"curl 'http://ann:hunter22@exa mple.com/'"_s
        << u"not valid: The host name “exa mple.com” contains a space."_s;
}

void tst_CurlCommand::leftOutOptionsSayWhatChanges_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("line");
    QTest::newRow("-4") << u"-4"_s << u"-4: Qt connects over IPv4 or IPv6, whichever answers first"_s;
    QTest::newRow("--aws-sigv4") << u"--aws-sigv4 aws:amz:eu-west-1:s3 -u AK:SK"_s
                                 << u"--aws-sigv4 aws:amz:eu-west-1:s3: the requests are not signed (AWS "
                                    "Signature Version 4), so AWS answers them with 403"_s;
    QTest::newRow("--ntlm") << u"--ntlm -u a:b"_s
                            << u"--ntlm: NTLM, Negotiate and Kerberos are not answered (Basic, Digest and "
                               "Bearer are), so the server's 401 stays"_s;
    QTest::newRow("--path-as-is")
        << u"--path-as-is"_s
        << u"--path-as-is: Qt 6.4 removes “.” and “..” segments from the path before "
           "sending, and the hop says so"_s;
    QTest::newRow("--pinnedpubkey")
        << u"--pinnedpubkey sha256//AAAA"_s
        << u"--pinnedpubkey sha256//AAAA: the certificate is checked as usual, but the "
           "server's public key is not compared with the pin"_s;
    QTest::newRow("--retry") << u"--retry 3"_s << u"--retry 3: each request is sent once, never retried"_s;
    QTest::newRow("--doh-url") << u"--doh-url https://dns.example/q"_s
                               << u"--doh-url https://dns.example/q: names are looked up by this system's "
                                  "resolver (--resolve pins an address)"_s;
    QTest::newRow("nothing that matters")
        << u"--tcp-nodelay"_s << u"--tcp-nodelay: not used by StatusScope"_s;
}

// Before, every option left out read "not used by StatusScope", an unsigned AWS request and an
// unpinned key alike: the line now says what is different from curl's request.
void tst_CurlCommand::leftOutOptionsSayWhatChanges()
{
    QFETCH(QString, options);
    QFETCH(QString, line);
    QString error;
    const auto imported = parseCurlCommand(u"curl "_s + options + u" https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(imported->ignored.contains(line), qPrintable(imported->ignored.join(u'\n')));
}

// curl's --max-filesize is the body's cap (curl refuses the file; here the chain stops there).
void tst_CurlCommand::maxFilesizeIsTheBodyCap()
{
    QString error;
    for (const auto &[given, bytes] :
         {std::pair{u"1000"_s, qint64(1000)}, std::pair{u"10M"_s, qint64(10) << 20},
          std::pair{u"2k"_s, qint64(2048)}, std::pair{u"1G"_s, qint64(1) << 30}}) {
        const auto imported = parseCurlCommand(u"curl --max-filesize "_s + given + u" https://h/"_s, &error);
        QVERIFY2(imported, qPrintable(error));
        QCOMPARE(imported->request.options.bodyCap, bytes);
        QVERIFY2(imported->ignored.isEmpty(), qPrintable(imported->ignored.join(u'\n')));
    }
    const auto bad = parseCurlCommand(u"curl --max-filesize lots https://h/"_s, &error);
    QVERIFY2(bad, qPrintable(error));
    QCOMPARE(bad->request.options.bodyCap, RequestOptions().bodyCap);
    QCOMPARE(bad->ignored, QStringList{u"--max-filesize lots: not a size curl reads"_s});
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
    // A method curl needs -X for is sent by curl -L after every redirect: said, and only that.
    const bool custom = method != "GET" && method != "HEAD" && !(method == "POST" && hasBody);
    if (follow && custom) {
        QCOMPARE(back->ignored.size(), 1);
        QVERIFY2(back->ignored.first().startsWith(u"-X "_s + QString::fromLatin1(method) + u" with -L: "_s),
                 qPrintable(back->ignored.first()));
    } else {
        QVERIFY2(back->ignored.isEmpty(), qPrintable(back->ignored.join(u", "_s)));
    }
}

void tst_CurlCommand::optionValuesNeverBecomeTheUrl_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("notApplied"); // each is in one line of `ignored`
    // Issue 16: "--retry 3" took 3 as the URL, http://0.0.0.3.
    QTest::newRow("--retry 3") << u"curl --retry 3 https://example.com/"_s << u"https://example.com/"_s
                               << QStringList{u"--retry 3"_s};
    QTest::newRow("several known options with values")
        << u"curl --connect-timeout 5 --retry-delay 2 --limit-rate 100K -o /dev/null -w '%{http_code}' https://h/"_s
        << u"https://h/"_s
        << QStringList{u"--retry-delay 2"_s, u"--limit-rate 100K"_s, u"-o /dev/null"_s, u"-w %{http_code}"_s};
    QTest::newRow("URL first, option with a value last")
        << u"curl https://h/ --user-agent x --retry-max-time 1000"_s << u"https://h/"_s
        << QStringList{u"--retry-max-time 1000"_s};
    QTest::newRow("bundle ending in an option with a value")
        << u"curl -sSo out.txt https://h/"_s << u"https://h/"_s << QStringList{u"-o out.txt"_s};
    QTest::newRow("switch turned off")
        << u"curl --no-progress-meter --no-buffer https://h/"_s << u"https://h/"_s
        << QStringList{u"--no-progress-meter"_s, u"--no-buffer"_s};
    // Options curl has no record of: the word after one is its value when a URL is left.
    QTest::newRow("unknown option and a value")
        << u"curl --frobnicate 3 https://h/"_s << u"https://h/"_s << QStringList{u"--frobnicate 3"_s};
    QTest::newRow("unknown option, URL after it")
        << u"curl --frobnicate https://h/"_s << u"https://h/"_s << QStringList{u"--frobnicate"_s};
    QTest::newRow("unknown option with =value")
        << u"curl --frobnicate=https://x/ https://h/"_s << u"https://h/"_s
        << QStringList{u"--frobnicate https://x/"_s};
    QTest::newRow("unknown short option")
        << u"curl -Q0 https://h/"_s << u"https://h/"_s << QStringList{u"-Q 0"_s};
}

void tst_CurlCommand::optionValuesNeverBecomeTheUrl()
{
    QFETCH(QString, command);
    QFETCH(QString, url);
    QFETCH(QStringList, notApplied);
    QString error;
    const auto imported = parseCurlCommand(command, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.url.toString(), url);
    QCOMPARE(imported->request.method, "GET"_ba);
    const QString ignored = imported->ignored.join(u'\n');
    for (const QString &option : notApplied)
        QVERIFY2(ignored.contains(option), qPrintable(option + u" missing from:\n"_s + ignored));
    QVERIFY2(!ignored.contains(u"only one URL"_s), qPrintable(ignored));
}

void tst_CurlCommand::pastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("requests"); // "METHOD URL" each
    QTest::newRow("comment and prompt") << u"# Ask for the token first\n$ curl -s https://h/token\n"_s
                                        << QStringList{u"GET https://h/token"_s};
    QTest::newRow("zsh prompt, comment after the command")
        << u"% curl -I https://h/  # only the headers"_s << QStringList{u"HEAD https://h/"_s};
    QTest::newRow("one per line")
        << u"curl https://h/a\ncurl -X DELETE https://h/b\r\n\ncurl -d x=1 https://h/c\n"_s
        << QStringList{u"GET https://h/a"_s, u"DELETE https://h/b"_s, u"POST https://h/c"_s};
    QTest::newRow("continued lines and comments between commands")
        << u"# create\ncurl -X POST \\\n  https://h/items \\\n  -d 'name=a'\n\n# then read\ncurl https://h/items"_s
        << QStringList{u"POST https://h/items"_s, u"GET https://h/items"_s};
    QTest::newRow("--next") << u"curl -d a=1 https://h/one --next -I https://h/two -: https://h/three"_s
                            << QStringList{u"POST https://h/one"_s, u"HEAD https://h/two"_s,
                                           u"GET https://h/three"_s};
    QTest::newRow("piped and chained")
        << u"curl -s https://h/a | jq .name && curl https://h/b; curl https://h/c"_s
        << QStringList{u"GET https://h/a"_s, u"GET https://h/b"_s, u"GET https://h/c"_s};
    // Chrome's Copy as cURL (cmd): ^ escapes and continuations, then the C runtime's quoting.
    QTest::newRow("cmd.exe")
        << u"curl ^\"https://h/a?x=1^&y=^%^41^\" ^\r\n  -X PUT ^\r\n  --data-raw ^\"^{^\\^\"k^\\^\":1^}^\"\r\n"_s
        << QStringList{u"PUT https://h/a?x=1&y=A"_s};
    QTest::newRow("PowerShell") << u"PS C:\\w> curl.exe -I `\n  'https://h/p s'"_s
                                << QStringList{u"HEAD https://h/p s"_s};
    // What a chat, a wiki or a word processor does on the way (PasteMends): mended outside quotes.
    QTest::newRow("typographic quotes and dashes")
        << u"curl –X PUT “https://h/a b” —data ‘x=1’"_s << QStringList{u"PUT https://h/a b"_s};
    QTest::newRow("German quotes") << u"curl „https://h/de“"_s << QStringList{u"GET https://h/de"_s};
    QTest::newRow("no-break spaces") << u"curl\u00a0-I\u202fhttps://h/n"_s
                                     << QStringList{u"HEAD https://h/n"_s};
    QTest::newRow("zero-width spaces in the URL")
        << u"\ufeffcurl https://h/\u200bx\u200d"_s << QStringList{u"GET https://h/x"_s};
    QTest::newRow("spaces after a continuation")
        << u"curl -X DELETE \\  \r\n  https://h/d \\\t\n -H 'A: 1'"_s << QStringList{u"DELETE https://h/d"_s};
    QTest::newRow("a # inside a URL or quotes is no comment")
        << u"curl 'https://h/p#frag' -H 'X-A: #1' https://h/#x"_s
        << QStringList{u"GET https://h/p#frag"_s, u"GET https://h/#x"_s};
}

// cmd.exe text from a wiki or a chat: its blanks and quotes mended outside quotes, as the POSIX
// reading mends them, and said; inside straight quotes every character is the user's.
void tst_CurlCommand::cmdTextMendsAreSaid()
{
    QString error;
    const auto imported = parseCurlCommands(
        u"curl\u00a0^\r\n  -H\u00a0“Accept: application/json” ^\r\n  -H \"X-Q: “kept”\u00a0here\" ^\r\n"
        "  https://h/v1/\u200bitems\r\n"_s,
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 1);
    const CurlImport &cmd = imported->first();
    QCOMPARE(cmd.request.url.toString(), u"https://h/v1/items"_s);
    QCOMPARE(headerValue(cmd.request.headers, "Accept"), "application/json"_ba);
    QCOMPARE(headerValue(cmd.request.headers, "X-Q"), u"“kept”\u00a0here"_s.toUtf8());
    const QString said = cmd.ignored.join(u'\n');
    for (const QString &mend : {u"typographic quotes"_s, u"Unicode spaces"_s, u"zero-width"_s})
        QVERIFY2(said.contains(mend), qPrintable(mend + u" missing from:\n"_s + said));
}

void tst_CurlCommand::terminalPrompts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("requests"); // "METHOD URL" each
    const QStringList one{u"GET https://h/a"_s};
    QTest::newRow("bash") << u"ann@box:~/w$ curl https://h/a"_s << one;
    QTest::newRow("Fedora") << u"[ann@box w]$ curl https://h/a"_s << one;
    QTest::newRow("root") << u"root@box:/# curl https://h/a"_s << one;
    QTest::newRow("zsh") << u"ann@box ~ % curl https://h/a"_s << one;
    QTest::newRow("starship") << u"❯ curl https://h/a"_s << one;
    QTest::newRow("oh-my-zsh") << u"➜  ~ curl https://h/a"_s << one;
    QTest::newRow("lambda") << u"λ curl https://h/a"_s << one;
    QTest::newRow("virtualenv") << u"(venv) ann@box:~$ curl https://h/a"_s << one;
    QTest::newRow("cmd.exe, no space") << u"C:\\Users\\ann>curl https://h/a"_s << one;
    QTest::newRow("cmd.exe, continued")
        << u"C:\\Users\\ann>curl ^\r\n  -X PUT ^\r\n  https://h/a\r\n"_s << QStringList{u"PUT https://h/a"_s};
    QTest::newRow("PowerShell, short") << u"PS> curl.exe https://h/a"_s << one;
    QTest::newRow("sudo and time") << u"$ sudo -u www time curl https://h/a"_s << one;
    QTest::newRow("bash's continuation prompt")
        << u"$ curl -X POST https://h/a \\\n>   -d 'a=1' \\\n>   -H 'X: y'"_s
        << QStringList{u"POST https://h/a"_s};
    QTest::newRow("two prompted commands") << u"ann@box:~$ curl https://h/a\nann@box:~$ curl -I https://h/b"_s
                                           << QStringList{u"GET https://h/a"_s, u"HEAD https://h/b"_s};
    // What only looks like a prompt stays: the first command of "curl … > curl", a quoted "$".
    QTest::newRow("output to a file named curl") << u"curl https://h/a > curl"_s << one;
    QTest::newRow("a quoted $ curl") << u"curl -d 'x $ curl' https://h/a"_s
                                     << QStringList{u"POST https://h/a"_s};
}

// Commands copied from a terminal with its prompt (issue: only "$ " and "% " were known, and
// every other prompt made the paste "not a curl command").
void tst_CurlCommand::terminalPrompts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, requests);
    QString error;
    const auto imported = parseCurlCommands(text, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(methodsAndUrls(*imported), requests);
}

void tst_CurlCommand::terminalTranscripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("requests"); // "METHOD URL" each
    QTest::addColumn<QByteArray>("body"); // the first request's
    QTest::addColumn<int>("outputLines"); // said as left out; 0: nothing said
    const QStringList one{u"GET https://h/a"_s};
    QTest::newRow("curl -v, its trace and the prompt after")
        << u"ann@box:~$ curl -v https://h/a\n*   Trying 93.184.216.34:443...\n> GET /a HTTP/1.1\n> Host: "
           u"h\n>\n"
           "< HTTP/1.1 301 Moved Permanently\n< Location: https://www.h/a\n<\n* Connection #0 left intact\n"
           "ann@box:~$ "_s
        << one << QByteArray() << 9;
    // An apostrophe in the output opened a quote that never closed: the paste was refused.
    QTest::newRow("output with an apostrophe")
        << u"ann@box:~/w$ curl -s https://h/a\nIt's alive\n{\"name\":\"O'Brien's\"}\nann@box:~/w$"_s << one
        << QByteArray() << 3;
    QTest::newRow("curl -i, headers and a page")
        << u"$ curl -i https://h/a\nHTTP/2 200\ncontent-type: text/html; charset=UTF-8\n\n<!doctype html>"_s
        << one << QByteArray() << 3;
    QTest::newRow("a quoted body over three lines, then its answer")
        << u"$ curl -d '{\n  \"a\": 1\n}' https://h/a\n{\"created\": true}\n$"_s
        << QStringList{u"POST https://h/a"_s} << QByteArray("{\n  \"a\": 1\n}") << 2;
    QTest::newRow("continued lines, then the output")
        << u"$ curl -X PUT https://h/a \\\n>   -d 'x=1'\nUpdated.\n"_s << QStringList{u"PUT https://h/a"_s}
        << QByteArray("x=1") << 1;
    QTest::newRow("two sessions, another program between")
        << u"ann@box:~$ curl https://h/a\nfirst answer\nann@box:~$ cd /tmp\nann@box:~$ curl -I https://h/b\n"
           "HTTP/1.1 200 OK\n"_s
        << QStringList{u"GET https://h/a"_s, u"HEAD https://h/b"_s} << QByteArray() << 2;
    QTest::newRow("cmd.exe, continued, then the output")
        << u"C:\\Users\\ann>curl ^\r\n  -X PUT ^\r\n  https://h/a\r\nIt's done\r\n"_s
        << QStringList{u"PUT https://h/a"_s} << QByteArray() << 1;
    // A guide that prompts only some of its commands; curl's own error line is output.
    QTest::newRow("prompted and unprompted commands, curl's error")
        << u"$ curl https://h/a\ncurl: (6) Could not resolve host: h\ncurl -I https://h/b\n"_s
        << QStringList{u"GET https://h/a"_s, u"HEAD https://h/b"_s} << QByteArray() << 1;
    // Without a prompt, only curl -v's own lines are known to be output; two commands stay two.
    QTest::newRow("no prompt, curl -v's trace")
        << u"curl -v https://h/a\n* Connected to h\n> GET /a HTTP/1.1\n>\n< HTTP/1.1 200 OK\n<\n"_s << one
        << QByteArray() << 5;
    // Without prompts, output is only known once it cannot be read as a command.
    QTest::newRow("no prompt, output with an apostrophe")
        << u"curl https://h/a\nIt's alive\n"_s << one << QByteArray() << 1;
    QTest::newRow("no prompt, two commands")
        << u"curl https://h/a\ncurl -I https://h/b\n"_s
        << QStringList{u"GET https://h/a"_s, u"HEAD https://h/b"_s} << QByteArray() << 0;
}

// A terminal's transcript pasted whole: the commands after their prompts are read, and what the
// terminal printed between them is left out and said (issue: each output line was "a command,
// skipped", and an apostrophe in the output refused the whole paste).
void tst_CurlCommand::terminalTranscripts()
{
    QFETCH(QString, text);
    QFETCH(QStringList, requests);
    QFETCH(QByteArray, body);
    QFETCH(int, outputLines);
    QString error;
    const auto imported = parseCurlCommands(text, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(methodsAndUrls(*imported), requests);
    QCOMPARE(imported->first().request.body, body);
    const QString said = imported->first().ignored.join(u'\n');
    if (outputLines > 0)
        QVERIFY2(said.contains(u"%1 line"_s.arg(outputLines)) && said.contains(u"the terminal printed"_s),
                 qPrintable(said));
    else
        QVERIFY2(!said.contains(u"the terminal printed"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"not a curl command"_s) || text.contains(u"cd /tmp"_s), qPrintable(said));
}

void tst_CurlCommand::quoteNotClosedQuotesItsLine()
{
    // A quote a curl command itself leaves open: the sentence shows where to look.
    QString error;
    QVERIFY(!parseCurlCommands(u"curl -d 'a=1 https://h/a\n"_s, &error));
    QCOMPARE(error, u"A single quote is not closed: it opens in “curl -d 'a=1 https://h/a”."_s);
    QVERIFY(!parseCurlCommands(u"curl https://h/a\ncurl -H \"X: 1 https://h/b"_s, &error));
    QCOMPARE(error, u"A double quote is not closed: it opens in “curl -H \"X: 1 https://h/b”."_s);
}

// A variable the shell sets for curl alone is said, as curl would use it and StatusScope does not.
void tst_CurlCommand::variablesSetForCurlAreSaid()
{
    QString error;
    const auto imported
        = parseCurlCommand(u"$ HTTPS_PROXY=http://p:3128 NO_COLOR=1 curl https://h/a"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.url.toString(), u"https://h/a"_s);
    QCOMPARE(imported->ignored,
             (QStringList{u"HTTPS_PROXY=…: set for curl by the shell; this environment is not applied here"_s,
                          u"NO_COLOR=…: set for curl by the shell; this environment is not applied here"_s}));
}

void tst_CurlCommand::pastedText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, requests);
    QString error;
    const auto imported = parseCurlCommands(text, &error);
    QVERIFY2(imported, qPrintable(error));
    const QStringList read = methodsAndUrls(*imported);
    QCOMPARE(read, requests);
}

// Mending pasted text (PasteMends) is said, and never touches what is inside straight quotes, a
// value an option takes, or a quote that no second quote closes.
void tst_CurlCommand::pastedTextMendsAreSaidAndBounded()
{
    QString error;
    auto imported = parseCurlCommand(u"curl ‘https://h/j’ –H ‘Accept: */*’ -d ‘{“a”: “b”}’"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.body, QByteArray("{\"a\": \"b\"}"));
    QCOMPARE(headerValue(imported->request.headers, "Accept"), QByteArray("*/*"));
    QVERIFY2(imported->ignored.join(u'\n').contains(u"typographic quotes"_s),
             qPrintable(imported->ignored.join(u'\n')));
    QVERIFY(imported->ignored.join(u'\n').contains(u"“–H” was read as “-H”"_s));

    // Inside straight quotes every character is the user's; so is a value, dash or not.
    imported = parseCurlCommand(u"curl -H 'X-Q: “quoted” it’s\u00a0here' -d –5 -A —x https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(headerValue(imported->request.headers, "X-Q"), u"“quoted” it’s\u00a0here"_s.toUtf8());
    QCOMPARE(imported->request.body, u"–5"_s.toUtf8());
    QCOMPARE(headerValue(imported->request.headers, "User-Agent"), u"—x"_s.toUtf8());
    QVERIFY2(imported->ignored.isEmpty(), qPrintable(imported->ignored.join(u'\n')));

    // An apostrophe no second quote closes stays a character of its word.
    imported = parseCurlCommand(u"curl https://h/o’brien"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.url.path(), u"/o’brien"_s);

    // Around a header's name and value, a chat's no-break and zero-width spaces mean nothing to
    // HTTP: they go, and it is said; inside a value they stay.
    imported = parseCurlCommand(u"curl -H 'Content-Type:\u00a0application/json\u200b' "
                                "-H '\ufeffX-Trace: a\u00a0b' https://h/"_s,
                                &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.headers,
             (HeaderList{{"Content-Type", "application/json"}, {"X-Trace", u"a\u00a0b"_s.toUtf8()}}));
    QVERIFY2(imported->ignored.join(u'\n').contains(u"-H Content-Type: the no-break or zero-width spaces"_s),
             qPrintable(imported->ignored.join(u'\n')));
    QCOMPARE(parseHeaderLine(u"Accept:\u2009text/html\u00a0"_s, nullptr)->second, QByteArray("text/html"));
    QCOMPARE(trimmedHeaderText("\tplain "), QByteArray("plain"));

    // A clean command is told nothing.
    imported = parseCurlCommand(u"curl -sS -H 'A: 1' https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(!imported->ignored.join(u'\n').contains(u"read as"_s),
             qPrintable(imported->ignored.join(u'\n')));
}

// What the shell around a pasted command does: a here-document, a here-string, "< FILE" or an
// echo piped in are the standard input "@-" reads; output redirections are words of no one.
void tst_CurlCommand::shellInputAndRedirections_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("requests"); // "METHOD URL" each
    QTest::addColumn<QByteArray>("body"); // the first request's
    QTest::addColumn<QString>("note"); // in the first request's notes, when not empty
    QTest::newRow("here-document, -d strips its line breaks")
        << u"curl -X POST https://h/api -H 'Content-Type: application/json' -d @- <<EOF\n{\"a\": 1,\n \"b\": [2]}\nEOF\ncurl https://h/next"_s
        << QStringList{u"POST https://h/api"_s, u"GET https://h/next"_s}
        << QByteArray("{\"a\": 1, \"b\": [2]}") << QString();
    QTest::newRow("quoted end word, --data-binary keeps the lines, CRLF")
        << u"curl --data-binary @- https://h/b <<'END'\r\nline 1\r\n$HOME\r\nEND\r\n"_s
        << QStringList{u"POST https://h/b"_s} << QByteArray("line 1\n$HOME\n") << QString();
    QTest::newRow("<<- strips leading tabs")
        << u"curl --json @- https://h/j <<-X\n\t{}\n\tX\n"_s << QStringList{u"POST https://h/j"_s}
        << QByteArray("{}\n") << QString();
    QTest::newRow("here-document never ended")
        << u"curl --data-binary @- https://h/u <<EOF\nabc"_s << QStringList{u"POST https://h/u"_s}
        << QByteArray("abc\n") << QString();
    QTest::newRow("here-string") << u"curl --data-binary @- https://h/s <<< 'a=1'"_s
                                 << QStringList{u"POST https://h/s"_s} << QByteArray("a=1\n") << QString();
    QTest::newRow("echo piped")
        << u"echo '{\"k\":1}' | curl -H 'Content-Type: application/json' -d @- https://h/e | jq ."_s
        << QStringList{u"POST https://h/e"_s} << QByteArray("{\"k\":1}") << u"“echo '{\"k\":1}'” writes"_s;
    QTest::newRow("echo -n piped to --data-binary")
        << u"echo -n hi there | curl --data-binary @- https://h/n"_s << QStringList{u"POST https://h/n"_s}
        << QByteArray("hi there") << u"standard input is what"_s;
    QTest::newRow("printf piped") << u"printf '%s' 'x=1' | curl -d @- https://h/p"_s
                                  << QStringList{u"POST https://h/p"_s} << QByteArray("x=1") << QString();
    QTest::newRow("cat with a here-document, piped")
        << u"cat <<EOF | curl -T - https://h/t\nput me\nEOF\n"_s << QStringList{u"PUT https://h/t"_s}
        << QByteArray("put me\n") << u"“cat <<…”"_s;
    QTest::newRow("--data-urlencode from standard input")
        << u"curl --data-urlencode q@- https://h/q <<< 'a b'"_s << QStringList{u"POST https://h/q"_s}
        << QByteArray("q=a%20b%0A") << QString();
    QTest::newRow("output redirected")
        << u"curl -s https://h/a > out.json 2>/dev/null"_s << QStringList{u"GET https://h/a"_s}
        << QByteArray() << u"> out.json: the shell's redirection of curl's output"_s;
    QTest::newRow("2>&1 and >>") << u"curl https://h/a 2>&1 >>log.txt; curl -I https://h/b &> all.txt"_s
                                 << QStringList{u"GET https://h/a"_s, u"HEAD https://h/b"_s} << QByteArray()
                                 << u"2>&1: the shell's"_s;
    QTest::newRow("a quoted > is a character")
        << u"curl 'https://h/a' -H 'X: <1>' -d 'a>b'"_s << QStringList{u"POST https://h/a"_s}
        << QByteArray("a>b") << QString();
    QTest::newRow("Windows prompts are no redirections")
        << u"PS C:\\work> curl.exe https://h/ps\nC:\\Users\\ann> curl -I https://h/cmd"_s
        << QStringList{u"GET https://h/ps"_s, u"HEAD https://h/cmd"_s} << QByteArray() << QString();
    QTest::newRow("standard input with nothing given")
        << u"curl -d @- https://h/none"_s << QStringList{u"POST https://h/none"_s} << QByteArray()
        << u"-d @-: the body comes from standard input; paste the body instead"_s;
    QTest::newRow("a pipe from another program")
        << u"jq -c . data.json | curl -d @- https://h/jq"_s << QStringList{u"POST https://h/jq"_s}
        << QByteArray() << u"paste the body instead"_s;
}

void tst_CurlCommand::shellInputAndRedirections()
{
    QFETCH(QString, text);
    QFETCH(QStringList, requests);
    QFETCH(QByteArray, body);
    QFETCH(QString, note);
    QString error;
    const auto imported = parseCurlCommands(text, &error);
    QVERIFY2(imported, qPrintable(error));
    const QStringList read = methodsAndUrls(*imported);
    QCOMPARE(read, requests);
    QCOMPARE(imported->first().request.body, body);
    const QString notes = imported->first().ignored.join(u'\n');
    if (!note.isEmpty())
        QVERIFY2(notes.contains(note), qPrintable(notes));
    QVERIFY2(!notes.contains(u"command: not a curl command"_s) || text.startsWith(u"jq"_s)
                 || text.contains(u"| jq"_s),
             qPrintable(notes));
}

// $VARIABLES and $(commands) a shell would expand are kept as written, even when the environment
// has the variable (a page's command must not carry its reader's secrets away), and named.
void tst_CurlCommand::shellExpansionsAreSaidNeverDone()
{
    qputenv("STATUSSCOPE_TEST_SECRET", "do-not-send");
    QString error;
    auto imported
        = parseCurlCommand(u"curl -H \"Authorization: Bearer $STATUSSCOPE_TEST_SECRET\" "
                           "-H 'X-Literal: $NOT_A_VARIABLE' \"https://h/${VERSION:-v1}/x?t=`date`\""_s,
                           &error);
    qunsetenv("STATUSSCOPE_TEST_SECRET");
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(headerValue(imported->request.headers, "Authorization"),
             QByteArray("Bearer $STATUSSCOPE_TEST_SECRET"));
    QCOMPARE(headerValue(imported->request.headers, "X-Literal"), QByteArray("$NOT_A_VARIABLE"));
    const QString notes = imported->ignored.join(u'\n');
    QVERIFY2(notes.contains(u"$STATUSSCOPE_TEST_SECRET, $VERSION: shell variables, sent as written"_s),
             qPrintable(notes));
    QVERIFY2(notes.contains(u"a shell would have run that command"_s), qPrintable(notes));
    QVERIFY2(!notes.contains(u"$NOT_A_VARIABLE"_s), qPrintable(notes)); // single quotes: no variable

    // Prices, regular expressions and $'…' quotes are no variables.
    imported = parseCurlCommand(u"curl -d 'cost=$5' -d \"re=^a$\" --data-raw $'x\\ty' https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(!imported->ignored.join(u'\n').contains(u"shell variables"_s),
             qPrintable(imported->ignored.join(u'\n')));

    // -u with a user alone: curl would ask for the password.
    imported = parseCurlCommand(u"curl -u alice https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.options.network.auth.user, u"alice"_s);
    QVERIFY2(imported->ignored.join(u'\n').contains(u"-u alice: no password after a colon"_s),
             qPrintable(imported->ignored.join(u'\n')));
    imported = parseCurlCommand(u"curl -u alice: https://h/"_s, &error); // an empty password, typed
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(!imported->ignored.join(u'\n').contains(u"no password"_s),
             qPrintable(imported->ignored.join(u'\n')));
}

// Callers that open one request get the first and are told how many were left out.
void tst_CurlCommand::onlyTheFirstOfSeveralIsOpened()
{
    QString error;
    const auto first
        = parseCurlCommand(u"export T=1\ncurl https://h/a\ncurl https://h/b\ncurl https://h/c"_s, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->request.url.toString(), u"https://h/a"_s);
    const QString ignored = first->ignored.join(u'\n');
    QVERIFY2(ignored.contains(u"2 more requests were pasted: only the first was opened"_s),
             qPrintable(ignored));
    QVERIFY2(ignored.contains(u"“export”"_s), qPrintable(ignored));

    QVERIFY(!parseCurlCommands(u"# nothing here\n$ wget https://h/"_s, &error));
    QVERIFY2(error.contains(u"not a curl command"_s), qPrintable(error));
    QVERIFY(!parseCurlCommands(u"curl https://h/a\ncurl -s"_s, &error));
    QVERIFY2(error.contains(u"Request 2"_s) && error.contains(u"no URL"_s), qPrintable(error));
}

// Issue 16: Copy as curl dropped -m and --http1.1; an exported command re-imports to the same
// request with the same options.
void tst_CurlCommand::timeLimitAndVersionRoundTrip()
{
    QString error;
    const auto first = parseCurlCommand(
        u"curl -m 2.5 --connect-timeout 0.75 --http1.1 -L --max-redirs 3 -u ann:pw --digest https://h/"_s,
        &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->request.options.deadlineMs, 2500);
    QCOMPARE(first->request.options.connectTimeoutMs, 750);
    const QString command = toCurlCommand(first->request);
    QVERIFY2(command.contains(u" -m 2.5 "_s) && command.contains(u" --connect-timeout 0.75 "_s)
                 && command.contains(u" --http1.1 "_s),
             qPrintable(command));
    const auto again = parseCurlCommand(command, &error);
    QVERIFY2(again, qPrintable(error + u": "_s + command));
    QCOMPARE(again->request.options.deadlineMs, 2500);
    QCOMPARE(again->request.options.connectTimeoutMs, 750);
    QCOMPARE(describe(again->request.options.network), describe(first->request.options.network));
    QCOMPARE(again->request.options.network.httpVersion, HttpVersion::Http1_1);
    // --digest: the credentials answer a challenge, no Authorization header is sent up front.
    QCOMPARE(again->request.options.network.auth.scheme, AuthSetting::Scheme::Digest);
    QVERIFY(!hasHeader(again->request.headers, "Authorization"));
    QCOMPARE(toCurlCommand(again->request), command);
    QVERIFY2(again->ignored.isEmpty(), qPrintable(again->ignored.join(u", "_s)));
}

void tst_CurlCommand::postKeptAfterRedirects()
{
    QString error;
    const auto first = parseCurlCommand(u"curl -L --post301 --post303 -d a=1 https://h/form"_s, &error);
    QVERIFY2(first, qPrintable(error));
    const PostKept kept = first->request.options.keepPost;
    QVERIFY(kept.on301 && !kept.on302 && kept.on303);
    QVERIFY2(first->ignored.isEmpty(), qPrintable(first->ignored.join(u", "_s)));
    // Copy as curl writes them back, and the copy reads the same.
    const QString command = toCurlCommand(first->request);
    QVERIFY2(command.contains(u" --post301 --post303 "_s) && !command.contains(u"--post302"_s),
             qPrintable(command));
    const auto again = parseCurlCommand(command, &error);
    QVERIFY2(again, qPrintable(error + u": "_s + command));
    QCOMPARE(again->request.options.keepPost, kept);
    QCOMPARE(toCurlCommand(again->request), command);
    // Kept without -L too (curl takes them, and they apply once following is switched on).
    const auto unfollowed = parseCurlCommand(u"curl --post302 -d a=1 https://h/"_s, &error);
    QVERIFY2(unfollowed, qPrintable(error));
    QVERIFY(!unfollowed->request.options.followRedirects && unfollowed->request.options.keepPost.on302);
    QVERIFY(toCurlCommand(unfollowed->request).contains(u" --post302 "_s));
    // Nothing is written for the default.
    QVERIFY(!toCurlCommand(parseCurlCommand(u"curl -L -d a=1 https://h/"_s, &error)->request)
                 .contains(u"--post"_s));
}

void tst_CurlCommand::customMethodWithLocationIsExplained_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("note"); // empty: no note about -X and -L
    const QString post = u"-X POST with -L: curl sends POST again after every redirect"_s;
    QTest::newRow("-X POST -L") << u"curl -X POST -d a=1 -L https://h/"_s << post;
    QTest::newRow("-XPOST --location")
        << u"curl -XPOST --location https://h/"_s << u"-X POST with --location: curl sends POST again"_s;
    QTest::newRow("-X DELETE --location-trusted")
        << u"curl -X DELETE --location-trusted https://h/"_s << u"-X DELETE with --location-trusted"_s;
    QTest::newRow("-X PUT -sSL bundle")
        << u"curl -X PUT -sSL https://h/"_s << u"-X PUT with -L: curl sends PUT again"_s;
    QTest::newRow("--follow applies the statuses") << u"curl -X POST --follow https://h/"_s << QString();
    QTest::newRow("no -L") << u"curl -X POST https://h/"_s << QString();
    QTest::newRow("-X GET") << u"curl -X GET -L https://h/"_s << QString();
    QTest::newRow("POST: the statuses not kept") << u"curl -X POST --post302 -L https://h/"_s
                                                 << u"redirect with status 301, 303 turns it into a GET"_s;
    QTest::newRow("POST kept on all three")
        << u"curl -X POST --post301 --post302 --post303 -L https://h/"_s << QString();
    QTest::newRow("DELETE: 303 only")
        << u"curl -X DELETE -L https://h/"_s << u"redirect with status 303 turns it into a GET"_s;
    QTest::newRow("-X HEAD") << u"curl -X HEAD -L https://h/"_s << QString();
}

void tst_CurlCommand::customMethodWithLocationIsExplained()
{
    QFETCH(QString, command);
    QFETCH(QString, note);
    QString error;
    const auto imported = parseCurlCommand(command, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(imported->request.options.followRedirects || !command.contains(u'L'));
    const QString ignored = imported->ignored.join(u'\n');
    if (note.isEmpty())
        QVERIFY2(!ignored.contains(u"after every redirect"_s), qPrintable(ignored));
    else
        QVERIFY2(ignored.contains(note), qPrintable(ignored));
}

void tst_CurlCommand::networkOptions_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expected"); // describe() of the NetworkOptions it must give

    const auto with = [](const std::function<void(NetworkOptions &)> &change) {
        NetworkOptions n;
        change(n);
        return describe(n);
    };
    using Mode = ProxySetting::Mode;
    using Scheme = AuthSetting::Scheme;
    using Version = TlsSetting::Version;
    QTest::newRow("--tlsv1.3") << u"--tlsv1.3"_s
                               << with([](NetworkOptions &n) { n.tls.leastVersion = Version::Tls1_3; });
    QTest::newRow("--tlsv1.2 --tls-max 1.2") << u"--tlsv1.2 --tls-max 1.2"_s << with([](NetworkOptions &n) {
        n.tls.leastVersion = Version::Tls1_2;
        n.tls.mostVersion = Version::Tls1_2;
    });
    QTest::newRow("the last --tlsv1.x wins")
        << u"--tlsv1.3 --tlsv1.2"_s << with([](NetworkOptions &n) { n.tls.leastVersion = Version::Tls1_2; });
    QTest::newRow("--tls-max default") << u"--tls-max default"_s << with([](NetworkOptions &) {});
    QTest::newRow("-x host:port") << u"-x proxy.example:3128"_s << with([](NetworkOptions &n) {
        n.proxy.mode = Mode::Manual;
        n.proxy.url = QUrl(u"http://proxy.example:3128"_s);
    });
    QTest::newRow("--proxy socks5h") << u"--proxy socks5h://127.0.0.1:1080"_s << with([](NetworkOptions &n) {
        n.proxy.mode = Mode::Manual;
        n.proxy.url = QUrl(u"socks5h://127.0.0.1:1080"_s);
    });
    QTest::newRow("-x empty: no proxy")
        << u"-x ''"_s << with([](NetworkOptions &n) { n.proxy.mode = Mode::None; });
    QTest::newRow("--proxy-user before -x")
        << u"--proxy-user ann:se:cret -x http://p:8080"_s << with([](NetworkOptions &n) {
               n.proxy.mode = Mode::Manual;
               n.proxy.url = QUrl(u"http://p:8080"_s);
               n.proxy.user = u"ann"_s;
               n.proxy.password = u"se:cret"_s;
           });
    QTest::newRow("--noproxy") << u"--noproxy 'localhost, .internal,10.0.0.0/8'"_s
                               << with([](NetworkOptions &n) {
                                      n.proxy.noProxy = {u"localhost"_s, u".internal"_s, u"10.0.0.0/8"_s};
                                  });
    QTest::newRow("--cacert twice, --capath")
        << u"--cacert a.pem --cacert b.der --capath /etc/cas"_s << with([](NetworkOptions &n) {
               n.tls.caFiles = {u"a.pem"_s, u"b.der"_s};
               n.tls.caPath = u"/etc/cas"_s;
           });
    QTest::newRow("--cert FILE:PASSWORD")
        << u"--cert 'c\\:1.p12:pw' --cert-type p12"_s << with([](NetworkOptions &n) {
               n.tls.clientCertificate = u"c:1.p12"_s;
               n.tls.certificateType = TlsSetting::CertificateType::Pkcs12;
               n.tls.passphrase = u"pw"_s;
           });
    QTest::newRow("-E, --key, --pass, DER")
        << u"-E client.der --key client.key --cert-type DER --pass phrase"_s << with([](NetworkOptions &n) {
               n.tls.clientCertificate = u"client.der"_s;
               n.tls.clientKey = u"client.key"_s;
               n.tls.certificateType = TlsSetting::CertificateType::Der;
               n.tls.passphrase = u"phrase"_s;
           });
    QTest::newRow("--resolve") << u"--resolve www.example:443:127.0.0.1,[::1]"_s
                               << with([](NetworkOptions &n) {
                                      n.resolve = {{u"www.example"_s, 443, {u"127.0.0.1"_s, u"::1"_s}}};
                                  });
    QTest::newRow("--connect-to, empty parts")
        << u"--connect-to ::staging.example:8443 --connect-to a:80:b:"_s << with([](NetworkOptions &n) {
               n.connectTo = {{QString(), 0, u"staging.example"_s, 8443}, {u"a"_s, 80, u"b"_s, 0}};
           });
    QTest::newRow("--http1.1") << u"--http1.1"_s
                               << with([](NetworkOptions &n) { n.httpVersion = HttpVersion::Http1_1; });
    QTest::newRow("--http2") << u"--http2"_s
                             << with([](NetworkOptions &n) { n.httpVersion = HttpVersion::Http2; });
    QTest::newRow("the last version wins")
        << u"--http1.1 --http2-prior-knowledge"_s
        << with([](NetworkOptions &n) { n.httpVersion = HttpVersion::Http2PriorKnowledge; });
    QTest::newRow("-u is Basic") << u"-u ann:pw:x"_s << with([](NetworkOptions &n) {
        n.auth = {Scheme::Basic, u"ann"_s, u"pw:x"_s, {}};
    });
    QTest::newRow("-u glued, --digest after") << u"-uann:pw --digest"_s << with([](NetworkOptions &n) {
        n.auth = {Scheme::Digest, u"ann"_s, u"pw"_s, {}};
    });
    QTest::newRow("--anyauth, --user=") << u"--anyauth --user=ann:"_s << with([](NetworkOptions &n) {
        n.auth = {Scheme::Any, u"ann"_s, {}, {}};
    });
    QTest::newRow("--basic after --digest") << u"--digest --basic -u ann:pw"_s << with([](NetworkOptions &n) {
        n.auth = {Scheme::Basic, u"ann"_s, u"pw"_s, {}};
    });
    QTest::newRow("--oauth2-bearer") << u"--oauth2-bearer tok.en"_s << with([](NetworkOptions &n) {
        n.auth = {Scheme::Bearer, {}, {}, u"tok.en"_s};
    });
}

void tst_CurlCommand::networkOptions()
{
    QFETCH(QString, options);
    QFETCH(QString, expected);
    QString error;
    const auto imported = parseCurlCommand(u"curl "_s + options + u" https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(describe(imported->request.options.network), expected);
    // Applied, so not listed as left out; and nothing of them lands among the headers.
    QVERIFY2(imported->ignored.isEmpty(), qPrintable(imported->ignored.join(u", "_s)));
    QVERIFY(imported->request.headers.isEmpty());
    QCOMPARE(imported->request.url, QUrl(u"https://h/"_s));
}

// TLS 1.0 and 1.1 are not offered by Qt 6.4: curl's options asking for them are read, and said.
// curl 8.3's --variable and --expand-OPTION: the URL, a header and a body as curl makes them.
void tst_CurlCommand::variablesExpanded_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header"); // X-Id's value, or none
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("url") << u"curl --variable host=api.example --expand-url 'https://{{host}}/v1'"_s
                         << u"https://api.example/v1"_s << QByteArray() << QByteArray();
    QTest::newRow("url-encoded and trimmed")
        << u"curl --variable 'q=  a b&c  ' --expand-url 'https://h/?q={{q:trim:url}}'"_s
        << u"https://h/?q=a%20b%26c"_s << QByteArray() << QByteArray();
    QTest::newRow("header and json body")
        << u"curl --variable id=7 --variable 'name=Ann \"A\"' --expand-header 'X-Id: {{id}}' "
           "--expand-data '{\"name\":\"{{name:json}}\"}' https://h/"_s
        << u"https://h/"_s << "7"_ba
        << R"({"name":"Ann \"A\""})"_ba;
    QTest::newRow("base64") << u"curl --variable t=user:pw --expand-header 'X-Id: {{t:b64}}' https://h/"_s
                            << u"https://h/"_s << "dXNlcjpwdw=="_ba << QByteArray();
    QTest::newRow("escaped braces stay") << u"curl --variable a=1 --expand-data '\\{{a}} {{a}}' https://h/"_s
                                         << u"https://h/"_s << QByteArray() << "{{a}} 1"_ba;
    QTest::newRow("environment with a default")
        << u"curl --variable %STATUSSCOPE_TEST_UNSET_VARIABLE=fallback --expand-url 'https://{{STATUSSCOPE_TEST_UNSET_VARIABLE}}/'"_s
        << u"https://fallback/"_s << QByteArray() << QByteArray();
    QTest::newRow("no expand: braces are the URL's own")
        << u"curl -g --variable a=1 'https://h/{{a}}'"_s << u"https://h/%7B%7Ba%7D%7D"_s << QByteArray()
        << QByteArray();
}

void tst_CurlCommand::variablesExpanded()
{
    QFETCH(QString, command);
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QString error;
    const auto imported = parseCurlCommand(command, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(headerValue(imported->request.headers, "X-Id"), header);
    QCOMPARE(imported->request.body, body);
    QVERIFY2(imported->ignored.isEmpty(), qPrintable(imported->ignored.join(u'\n')));
}

void tst_CurlCommand::variableProblems()
{
    QString error;
    // A file's bytes, or a sentence naming it when it is not there (as for -d @FILE).
    QTemporaryDir folder;
    QFile file(folder.filePath(u"token.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("abc\n");
    file.close();
    const auto fromFile = parseCurlCommand(
        u"curl --variable tok@%1 --expand-header 'X-Id: {{tok:trim}}' https://h/"_s.arg(file.fileName()),
        &error);
    QVERIFY2(fromFile, qPrintable(error));
    QCOMPARE(headerValue(fromFile->request.headers, "X-Id"), "abc"_ba);

    // An unset variable and an unknown function: said, and expanded as curl does.
    const auto unset = parseCurlCommand(u"curl --expand-url 'https://h/{{nope}}x{{nope:upper}}'"_s, &error);
    QVERIFY2(unset, qPrintable(error));
    QCOMPARE(unset->request.url.toString(), u"https://h/x"_s);
    const QString notes = unset->ignored.join(u'\n');
    QVERIFY2(notes.contains(u"--expand-url: the variable nope is not set; it is left empty, as curl does"_s)
                 && notes.contains(u"curl has no function “upper”"_s),
             qPrintable(notes));

    // Refused as curl refuses them.
    QVERIFY(!parseCurlCommand(u"curl --variable 'bad name=1' https://h/"_s, &error));
    QVERIFY2(error.contains(u"a variable's name is letters, digits and _"_s), qPrintable(error));
    QVERIFY(!parseCurlCommand(u"curl --variable %STATUSSCOPE_TEST_UNSET_VARIABLE https://h/"_s, &error));
    QVERIFY2(error.contains(u"the environment variable STATUSSCOPE_TEST_UNSET_VARIABLE is not set"_s),
             qPrintable(error));
}

// A time limit curl would refuse or read otherwise is said, not dropped without a word.
void tst_CurlCommand::badTimeLimitsAreSaid()
{
    QString error;
    const auto imported = parseCurlCommand(u"curl -m soon --connect-timeout -3 https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->request.options.deadlineMs, 0);
    QCOMPARE(imported->request.options.connectTimeoutMs, 0);
    const QString ignored = imported->ignored.join(u'\n');
    QVERIFY2(ignored.contains(u"-m soon: not a number of seconds from 0 to 86400; no limit set"_s)
                 && ignored.contains(u"--connect-timeout -3: not a number of seconds"_s),
             qPrintable(ignored));
}

void tst_CurlCommand::olderTlsVersionsAreExplained()
{
    QString error;
    const auto least = parseCurlCommand(u"curl -1 --tlsv1.1 https://h/"_s, &error);
    QVERIFY2(least, qPrintable(error));
    QCOMPARE(least->request.options.network.tls.leastVersion, TlsSetting::Version::Default);
    QVERIFY2(least->ignored.join(u'\n').contains(u"--tlsv1.1: TLS 1.0 and 1.1 are not offered"_s),
             qPrintable(least->ignored.join(u'\n')));
    const auto most = parseCurlCommand(u"curl --tls-max 1.1 https://h/"_s, &error);
    QVERIFY2(most, qPrintable(error));
    QCOMPARE(most->request.options.network.tls.mostVersion, TlsSetting::Version::Tls1_2);
    QVERIFY2(most->ignored.join(u'\n').contains(u"--tls-max 1.1: Qt 6.4 offers nothing older than TLS 1.2"_s),
             qPrintable(most->ignored.join(u'\n')));
}

void tst_CurlCommand::badNetworkValuesAreRefused_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("--resolve without address") << u"--resolve h:443"_s << u"--resolve “h:443”"_s;
    QTest::newRow("--resolve with a name") << u"--resolve h:443:host.example"_s << u"not an IP address"_s;
    QTest::newRow("--connect-to bad port") << u"--connect-to h:http:b:1"_s << u"not a port"_s;
    QTest::newRow("-x with https") << u"-x https://p:1"_s << u"over TLS"_s;
    QTest::newRow("--cert-type") << u"--cert-type JKS"_s
                                 << u"--cert-type needs PEM, DER or P12, not “JKS”."_s;
    QTest::newRow("missing value") << u"https://h/ --resolve"_s << u"--resolve needs a value."_s;
    QTest::newRow("--tls-max word") << u"--tls-max 2"_s
                                    << u"--tls-max needs 1.0, 1.1, 1.2, 1.3 or default, not “2”."_s;
    QTest::newRow("nothing left to offer")
        << u"--tlsv1.3 --tls-max 1.2"_s << u"leaves no TLS version to offer"_s;
}

void tst_CurlCommand::badNetworkValuesAreRefused()
{
    QFETCH(QString, options);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseCurlCommand(u"curl https://h/ "_s + options, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_CurlCommand::networkOptionsRoundTrip_data()
{
    QTest::addColumn<QString>("options");
    QTest::newRow("manual proxy with user") << u"-x 'socks5://p.example:1080' --proxy-user 'a b:c:d'"_s;
    QTest::newRow("no proxy, a list") << u"-x '' --noproxy a.example,10.0.0.0/8"_s;
    QTest::newRow("trust and client certificate")
        << u"--cacert 'my ca.pem' --capath /cas --cert 'a\\:b.p12' --cert-type P12 --pass 'p w'"_s;
    QTest::newRow("pins") << u"--resolve '[::1]:8443:127.0.0.1,::1' --connect-to :443:[2001:db8::1]:"_s;
    QTest::newRow("prior knowledge") << u"--http2-prior-knowledge"_s;
    QTest::newRow("TLS 1.3 only") << u"--tlsv1.3"_s;
    QTest::newRow("TLS 1.2 only") << u"--tlsv1.2 --tls-max 1.2"_s;
    QTest::newRow("digest") << u"--digest -u \"al'ice:p@ss word\""_s;
    QTest::newRow("any") << u"--anyauth -u alice:"_s;
    QTest::newRow("bearer") << u"--oauth2-bearer $'t\\nk'"_s;
}

// Copy as curl writes what the import reads: an exported command re-imports to the same request.
void tst_CurlCommand::networkOptionsRoundTrip()
{
    QFETCH(QString, options);
    QString error;
    const auto first = parseCurlCommand(u"curl "_s + options + u" https://h/"_s, &error);
    QVERIFY2(first, qPrintable(error));
    const QString command = toCurlCommand(first->request);
    const auto again = parseCurlCommand(command, &error);
    QVERIFY2(again, qPrintable(error + u": "_s + command));
    QCOMPARE(describe(again->request.options.network), describe(first->request.options.network));
    QVERIFY2(again->ignored.isEmpty(), qPrintable(again->ignored.join(u", "_s)));
    QCOMPARE(toCurlCommand(again->request), command);
}

// Without credentials, Copy as curl masks the request first: the secrets typed for the proxy and
// the server are not in the command, the users and the rest are.
void tst_CurlCommand::copiedCommandMasksNetworkSecrets()
{
    QString error;
    const auto imported = parseCurlCommand(
        u"curl -x http://p:3128 --proxy-user pu:proxy-secret -u alice:auth-secret https://h/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    const QString masked = toCurlCommand(maskedRequest(imported->request));
    QVERIFY2(!masked.contains(u"proxy-secret"_s) && !masked.contains(u"auth-secret"_s), qPrintable(masked));
    QVERIFY2(masked.contains(u"--proxy-user 'pu:"_s) && masked.contains(u"-u 'alice:"_s), qPrintable(masked));
    QVERIFY2(masked.contains(u"-x 'http://p:3128'"_s) || masked.contains(u"-x http://p:3128"_s),
             qPrintable(masked));

    const auto bearer = parseCurlCommand(u"curl --oauth2-bearer token-secret https://h/"_s, &error);
    QVERIFY(bearer);
    QVERIFY(!toCurlCommand(maskedRequest(bearer->request)).contains(u"token-secret"_s));
    // The client key's passphrase, given with --pass or after --cert's colon, is a credential too.
    for (const QString &options :
         {u"--cert c.pem --key k.pem --pass key-secret"_s, u"--cert c.p12:key-secret"_s}) {
        const auto key = parseCurlCommand(u"curl "_s + options + u" https://h/"_s, &error);
        QVERIFY2(key, qPrintable(error));
        QVERIFY(carriesCredentials(key->request));
        const QString copied = toCurlCommand(maskedRequest(key->request));
        QVERIFY2(!copied.contains(u"key-secret"_s) && copied.contains(u"--pass"_s), qPrintable(copied));
    }
    // With credentials, they are all there.
    const QString whole = toCurlCommand(imported->request);
    QVERIFY(whole.contains(u"pu:proxy-secret"_s) && whole.contains(u"alice:auth-secret"_s));
}

// -b FILE (no '=') is a cookie file, read as check -b reads it: its cookies go with the request to
// the hosts they belong to; -c is named as not applied, with why.
void tst_CurlCommand::cookieFileIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cookies.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Netscape HTTP Cookie File\n"
               ".example.org\tTRUE\t/\tFALSE\t0\tsession\tabc123\n"
               "#HttpOnly_api.example.org\tFALSE\t/v1\tTRUE\t0\ttoken\txyz\n");
    file.close();
    QString error;
    const auto imported
        = parseCurlCommand(u"curl -b %1 -b 'lang=de' -c %2 https://api.example.org/v1/me"_s.arg(
                               path, dir.filePath(u"out.txt"_s)),
                           &error);
    QVERIFY2(imported, qPrintable(error));
    const QList<QNetworkCookie> &cookies = imported->request.options.cookies;
    QCOMPARE(cookies.size(), 2);
    QCOMPARE(cookies.at(0).name(), "session");
    QCOMPARE(cookies.at(0).value(), "abc123");
    QCOMPARE(cookies.at(1).name(), "token");
    QVERIFY(cookies.at(1).isHttpOnly());
    QVERIFY(cookies.at(1).isSecure());
    QCOMPARE(headerValue(imported->request.headers, "Cookie"), "lang=de"); // typed pairs as before
    QCOMPARE(imported->ignored.size(), 1);
    QVERIFY2(imported->ignored.first().startsWith(u"-c "_s)
                 && imported->ignored.first().contains(u"out.txt"_s)
                 && imported->ignored.first().contains(u"statusscope check"_s),
             qPrintable(imported->ignored.first()));

    // curl's first run of "-b jar -c jar": no file yet, nothing to say about -b.
    const QString jar = dir.filePath(u"jar.txt"_s);
    const auto firstRun = parseCurlCommand(u"curl -b %1 --cookie-jar %1 https://h/"_s.arg(jar), &error);
    QVERIFY(firstRun);
    QVERIFY(firstRun->request.options.cookies.isEmpty());
    QCOMPARE(firstRun->ignored.size(), 1);
    QVERIFY(firstRun->ignored.first().startsWith(u"--cookie-jar"_s));
}

// A missing file, or one with lines that are not cookies, sends none of its cookies, says so in a
// sentence naming the file, and the rest of the command still applies.
void tst_CurlCommand::cookieFileThatCannotBeUsedIsNamed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bad = dir.filePath(u"bad.txt"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("example.org\tFALSE\t/\tFALSE\t0\tgood\t1\nnot a cookie line\n");
    file.close();
    const QString missing = dir.filePath(u"missing.txt"_s);
    QString error;
    const auto imported = parseCurlCommand(
        u"curl -L -H 'X-Kept: yes' -b %1 --cookie %2 https://h/x"_s.arg(missing, bad), &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(imported->request.options.cookies.isEmpty());
    QCOMPARE(imported->request.url, QUrl(u"https://h/x"_s));
    QCOMPARE(headerValue(imported->request.headers, "X-Kept"), "yes");
    QVERIFY(imported->request.options.followRedirects);
    QCOMPARE(imported->ignored.size(), 2);
    QVERIFY2(imported->ignored.at(0).contains(missing)
                 && imported->ignored.at(0).contains(u"file not found"_s),
             qPrintable(imported->ignored.at(0)));
    QVERIFY2(imported->ignored.at(1).contains(bad) && imported->ignored.at(1).contains(u"line 2"_s),
             qPrintable(imported->ignored.at(1)));
}

void tst_CurlCommand::looksLikeACurlPaste_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("curl");
    QTest::newRow("plain") << u"curl https://h/"_s << true;
    QTest::newRow("comment first") << u"# token\n\ncurl -s https://h/"_s << true;
    QTest::newRow("prompt") << u"$ curl https://h/"_s << true;
    QTest::newRow("continued") << u"curl \\\n  https://h/"_s << true;
    QTest::newRow("curl.exe") << u"curl.exe -I https://h/"_s << true;
    QTest::newRow("a URL") << u"https://h/curl"_s << false;
    QTest::newRow("a word starting with curl") << u"curly braces"_s << false;
    QTest::newRow("another command first") << u"wget https://h/\ncurl https://h/"_s << false;
    QTest::newRow("a chat's no-break space") << u"curl\u00a0https://h/"_s << true;
    QTest::newRow("a zero-width space first") << u"\u200bcurl https://h/"_s << true;
    QTest::newRow("bash's prompt") << u"ann@box:~/w$ curl https://h/"_s << true;
    QTest::newRow("cmd.exe's prompt, no space") << u"C:\\Users\\ann>curl https://h/"_s << true;
    QTest::newRow("sudo") << u"$ sudo curl https://h/"_s << true;
    QTest::newRow("a variable set for it") << u"HTTPS_PROXY=http://p:3128 curl https://h/"_s << true;
    QTest::newRow("a prompt before another program") << u"ann@box:~$ wget https://h/"_s << false;
}

// The URL field takes such a paste as a command (issue 16: comments and prompts came in as a URL).
void tst_CurlCommand::looksLikeACurlPaste()
{
    QFETCH(QString, text);
    QFETCH(bool, curl);
    QCOMPARE(looksLikeCurlPaste(text), curl);
}

QTEST_GUILESS_MAIN(tst_CurlCommand)
#include "tst_curlcommand.moc"
