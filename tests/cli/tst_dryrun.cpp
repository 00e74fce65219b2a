// SPDX-License-Identifier: MIT
// `check --dry-run` through the real binary: the request that would be sent is printed (text, or
// the JSON document of the README), a scripted server sees no connection, credentials stay masked
// unless --show-secrets, and the files a command names are not needed: a missing one is listed as
// not applied with exit 0, where a real send refuses it with exit 2 and sends nothing.
#include "clirun.h"
#include "scriptedserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::ScriptedServer;

class tst_DryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void jsonDocument();
    void secretsMaskedUnlessAsked();
    void textForPeople();
    void pathShownAsSent();
    void severalUrls();
    void cookieFileCookiesShown();
    void missingFileListedNotRefused_data();
    void missingFileListedNotRefused();
    void inputRefused();
    void fromCurlMissingFiles_data();
    void fromCurlMissingFiles();
    void fromCurlSeveralCommands();

private:
    QJsonObject runJson(const QStringList &arguments);
    void verifyNothingSent();
    QString writeFile(const QString &name, const QByteArray &bytes);

    ScriptedServer *m_server = nullptr;
    QTemporaryDir m_folder;
};

void tst_DryRun::init()
{
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("*", ScriptedServer::response(200, "OK", {}, "sent"));
}

void tst_DryRun::cleanup()
{
    delete m_server;
}

QString tst_DryRun::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// A connection the program opened would have been accepted while runCli() waited; any left
// pending are taken now, so none can slip by.
void tst_DryRun::verifyNothingSent()
{
    QCoreApplication::processEvents();
    QCOMPARE(m_server->connectionCount(), 0);
    QVERIFY(m_server->requests().isEmpty());
}

QJsonObject tst_DryRun::runJson(const QStringList &arguments)
{
    const CliRun run
        = StatusScope::Test::runCli(QStringList{u"check"_s, u"--dry-run"_s, u"--json"_s} + arguments);
    if (run.exitCode != 0)
        qWarning("exit %d: %s", run.exitCode, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return run.exitCode == 0 ? document.object() : QJsonObject();
}

void tst_DryRun::jsonDocument()
{
    const QString url = m_server->origin() + u"/api?q=1"_s;
    const QString caFile = QStringLiteral(STATUSSCOPE_TEST_DATA "/tls/localhost.crt");
    const QJsonObject document = runJson({u"-X"_s,
                                          u"PUT"_s,
                                          u"-H"_s,
                                          u"X-Trace: 7"_s,
                                          u"-d"_s,
                                          u"a=1&b=2"_s,
                                          u"--max-redirs"_s,
                                          u"5"_s,
                                          u"--timeout"_s,
                                          u"10"_s,
                                          u"--http1.1"_s,
                                          u"--cacert"_s,
                                          caFile,
                                          u"--max-time"_s,
                                          u"2.5"_s,
                                          u"--post303"_s,
                                          u"--tlsv1.3"_s,
                                          u"--connect-timeout"_s,
                                          u"1.5"_s,
                                          url});
    verifyNothingSent();
    QCOMPARE(document.keys(), QStringList{u"requests"_s});
    const QJsonArray requests = document.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.at(0).toObject();
    QCOMPARE(request.keys(),
             (QStringList{u"authorities_from_environment"_s, u"body_base64"_s, u"headers"_s, u"method"_s,
                          u"not_applied"_s, u"options"_s, u"url"_s}));
    QVERIFY(request.value(u"authorities_from_environment"_s).isNull()); // none set for the tests
    QCOMPARE(request.value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(request.value(u"url"_s).toString(), url);
    const QJsonArray headers = request.value(u"headers"_s).toArray();
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(0).toArray(), (QJsonArray{u"X-Trace"_s, u"7"_s}));
    QCOMPARE(headers.at(1).toArray(),
             (QJsonArray{u"Content-Type"_s, u"application/x-www-form-urlencoded"_s}));
    QCOMPARE(QByteArray::fromBase64(request.value(u"body_base64"_s).toString().toLatin1()), "a=1&b=2");
    QCOMPARE(request.value(u"not_applied"_s).toArray(), QJsonArray());

    const QJsonObject options = request.value(u"options"_s).toObject();
    QCOMPARE(options.value(u"follow"_s), QJsonValue(true));
    QCOMPARE(options.value(u"max_redirs"_s).toInt(), 5);
    QCOMPARE(options.value(u"timeout"_s).toDouble(), 10.0);
    QCOMPARE(options.value(u"max_time"_s).toDouble(), 2.5);
    QCOMPARE(options.value(u"connect_timeout"_s).toDouble(), 1.5);
    QCOMPARE(options.value(u"http_version"_s).toString(), u"1.1"_s);
    QCOMPARE(options.value(u"cacert"_s).toArray(), QJsonArray{caFile});
    QCOMPARE(options.value(u"post301"_s), QJsonValue(false));
    QCOMPARE(options.value(u"post302"_s), QJsonValue(false));
    QCOMPARE(options.value(u"post303"_s), QJsonValue(true));
    QCOMPARE(options.value(u"tls_min"_s).toString(), u"1.3"_s);
    QVERIFY(options.value(u"tls_max"_s).isNull());
    // Every option is written, so a script reads the same shape whatever the request.
    QVERIFY(options.value(u"proxy"_s).isNull());
    QVERIFY(options.value(u"auth"_s).isNull());
    QCOMPARE(options.size(), 31);

    // Without a body, body_base64 is null, not "".
    const QJsonObject get = runJson({m_server->origin()});
    QVERIFY(get.value(u"requests"_s).toArray().at(0).toObject().value(u"body_base64"_s).isNull());
    verifyNothingSent();
}

void tst_DryRun::secretsMaskedUnlessAsked()
{
    const QStringList arguments{u"-u"_s,
                                u"alice:hunter22"_s,
                                u"--proxy-user"_s,
                                u"bob:proxypass"_s,
                                u"-x"_s,
                                u"http://127.0.0.1:9/"_s,
                                u"-H"_s,
                                u"Cookie: sid=abcdef123"_s,
                                m_server->origin() + u"/private"_s};
    const CliRun masked
        = StatusScope::Test::runCli(QStringList{u"check"_s, u"--dry-run"_s, u"--json"_s} + arguments);
    QCOMPARE(masked.exitCode, 0);
    for (const QByteArray &secret :
         {"hunter22"_ba, "proxypass"_ba, "abcdef123"_ba, "YWxpY2U6aHVudGVyMjI="_ba})
        QVERIFY2(!masked.out.contains(secret), masked.out.constData());
    const QJsonObject request
        = QJsonDocument::fromJson(masked.out).object().value(u"requests"_s).toArray().at(0).toObject();
    // The Authorization that -u sends up front is part of the request shown.
    const QJsonArray headers = request.value(u"headers"_s).toArray();
    QVERIFY2(headers.contains(QJsonArray{u"Authorization"_s, u"Basic ••••"_s}), masked.out.constData());
    const QJsonObject options = request.value(u"options"_s).toObject();
    QCOMPARE(options.value(u"auth"_s).toString(), u"basic"_s);
    QCOMPARE(options.value(u"user"_s).toString(), u"alice:••••"_s);
    QCOMPARE(options.value(u"proxy"_s).toString(), u"http://127.0.0.1:9"_s);
    QCOMPARE(options.value(u"proxy_user"_s).toString(), u"bob:••••"_s);

    const CliRun plain = StatusScope::Test::runCli(
        QStringList{u"check"_s, u"--dry-run"_s, u"--json"_s, u"--show-secrets"_s} + arguments);
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(plain.out.contains("YWxpY2U6aHVudGVyMjI="));
    QVERIFY(plain.out.contains("alice:hunter22"));
    QVERIFY(plain.out.contains("sid=abcdef123"));

    // Text output masks the same way.
    const CliRun text = StatusScope::Test::runCli(QStringList{u"check"_s, u"--dry-run"_s} + arguments);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(!text.out.contains("hunter22") && !text.out.contains("abcdef123"), text.out.constData());
    QVERIFY2(text.out.contains("Authorization: Basic ••••"), text.out.constData());
    verifyNothingSent();
}

// The dry run shows the path Qt 6.4 will send, and what was typed, as the hop of a real run does.
void tst_DryRun::pathShownAsSent()
{
    const QString url = m_server->origin() + u"/x/../y/./z?next=/../k"_s;
    const QJsonObject document = runJson({url});
    QCOMPARE(document.value(u"requests"_s).toArray().first().toObject().value(u"url"_s).toString(),
             m_server->origin() + u"/y/z?next=/../k"_s);
    const CliRun text = StatusScope::Test::runCli({u"check"_s, u"--dry-run"_s, url});
    QCOMPARE(text.exitCode, 0);
    const QByteArray expected = "GET " + (m_server->origin() + u"/y/z?next=/../k"_s).toUtf8()
        + "\n  Typed as /x/../y/./z: Qt 6.4 removes “.” and “..” segments before sending.\n";
    QVERIFY2(text.out.contains(expected), text.out.constData());
    verifyNothingSent();
}

void tst_DryRun::textForPeople()
{
    const QString url = m_server->origin() + u"/form"_s;
    const CliRun run = StatusScope::Test::runCli(
        {u"check"_s, u"--dry-run"_s, u"-d"_s, u"{\"name\": \"value\"}"_s, u"-H"_s,
         u"Content-Type: application/json"_s, u"--no-follow"_s, u"--insecure"_s, url});
    QCOMPARE(run.exitCode, 0);
    verifyNothingSent();
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(u"Dry run: nothing was sent.\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"\nPOST "_s + url + u'\n'), qPrintable(out));
    QVERIFY2(out.contains(u"  Content-Type: application/json\n"_s), qPrintable(out));
    QVERIFY2(out.contains(u"  Body: 17 bytes\n    {\"name\": \"value\"}\n"_s), qPrintable(out));
    // Only the options that differ from a plain check, by their option names.
    QVERIFY2(out.contains(u"  Options:\n    follow no\n    insecure yes\n"_s), qPrintable(out));
    QVERIFY2(!out.contains(u"max-redirs"_s) && !out.contains(u"Not applied"_s), qPrintable(out));
    QVERIFY(run.err.isEmpty());
}

void tst_DryRun::severalUrls()
{
    const QJsonObject document = runJson({m_server->origin() + u"/a"_s, u"localhost:1/b"_s});
    verifyNothingSent();
    const QJsonArray requests = document.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).toObject().value(u"url"_s).toString(), u"http://localhost:1/b"_s);

    const CliRun text = StatusScope::Test::runCli(
        {u"check"_s, u"--dry-run"_s, m_server->origin() + u"/a"_s, m_server->origin() + u"/b"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Request 2 of 2: GET "), text.out.constData());
    verifyNothingSent();
}

void tst_DryRun::cookieFileCookiesShown()
{
    const QString cookies = writeFile(u"cookies.txt"_s,
                                      "127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\ts3cr3tvalue\n"
                                      "other.example\tFALSE\t/\tFALSE\t0\tx\ty\n");
    QVERIFY(!cookies.isEmpty());
    const QJsonObject document = runJson({u"-b"_s, cookies, m_server->origin() + u"/"_s});
    verifyNothingSent();
    const QJsonObject request = document.value(u"requests"_s).toArray().at(0).toObject();
    // Only the cookie for this host goes, masked; the options list both, values masked.
    QVERIFY(request.value(u"headers"_s).toArray().contains(QJsonArray{u"Cookie"_s, u"sid=••••"_s}));
    const QJsonArray listed = request.value(u"options"_s).toObject().value(u"cookie"_s).toArray();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).toObject().value(u"value"_s).toString(), u"••••"_s);
    QVERIFY(!QJsonDocument(document).toJson().contains("s3cr3tvalue"));
}

void tst_DryRun::missingFileListedNotRefused_data()
{
    QTest::addColumn<QStringList>("options"); // {missing} stands for a path that does not exist
    QTest::addColumn<QString>("listed");
    QTest::addColumn<QString>("method");
    QTest::newRow("-d @file") << QStringList{u"-d"_s, u"@{missing}"_s}
                              << u"-d @{missing}: file not found: {missing}"_s << u"POST"_s;
    QTest::newRow("cookie file") << QStringList{u"-b"_s, u"{missing}"_s}
                                 << u"-b {missing}: there is no such cookie file"_s << u"GET"_s;
    QTest::newRow("--cacert file") << QStringList{u"--cacert"_s, u"{missing}"_s}
                                   << u"--cacert “{missing}”: there is no such file"_s << u"GET"_s;
    QTest::newRow("--cert file") << QStringList{u"--cert"_s, u"{missing}"_s} << u"--cert"_s << u"GET"_s;
}

void tst_DryRun::missingFileListedNotRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, listed);
    QFETCH(QString, method);
    const QString missing = m_folder.filePath(u"absent.bin"_s);
    for (QString &option : options)
        option.replace(u"{missing}"_s, missing);
    listed.replace(u"{missing}"_s, missing);
    const QString url = m_server->origin() + u"/upload"_s;

    const QJsonObject document = runJson(options + QStringList{url});
    verifyNothingSent();
    const QJsonObject request = document.value(u"requests"_s).toArray().at(0).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), method);
    QVERIFY(request.value(u"body_base64"_s).isNull());
    const QJsonArray notApplied = request.value(u"not_applied"_s).toArray();
    QCOMPARE(notApplied.size(), 1);
    QVERIFY2(notApplied.at(0).toString().startsWith(listed), qPrintable(notApplied.at(0).toString()));

    // The same command sent for real is refused before anything goes out.
    const CliRun real = StatusScope::Test::runCli(QStringList{u"check"_s} + options + QStringList{url});
    QCOMPARE(real.exitCode, 2);
    QVERIFY2(real.err.contains(missing.toUtf8()), real.err.constData());
    verifyNothingSent();
}

void tst_DryRun::inputRefused()
{
    const QString list = writeFile(u"urls.txt"_s, m_server->origin().toUtf8() + "/\n");
    const CliRun run = StatusScope::Test::runCli({u"check"_s, u"--dry-run"_s, u"--input"_s, list});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--dry-run"), run.err.constData());
    verifyNothingSent();
}

void tst_DryRun::fromCurlMissingFiles_data()
{
    QTest::addColumn<QString>("options"); // {missing} stands for a path that does not exist
    QTest::addColumn<QString>("listed"); // the start of the not_applied line
    QTest::addColumn<QString>("method");
    QTest::newRow("-d @file") << u"-d @{missing}"_s << u"-d @{missing}: file not found: {missing}"_s
                              << u"POST"_s;
    QTest::newRow("--data-binary @file")
        << u"--data-binary @{missing}"_s << u"--data-binary @{missing}: file not found: {missing}"_s
        << u"POST"_s;
    QTest::newRow("-F x=@file") << u"-F upload=@{missing}"_s
                                << u"-F upload=@{missing}: file not found: {missing}"_s << u"POST"_s;
    QTest::newRow("-T file") << u"-T {missing}"_s << u"-T {missing}: file not found: {missing}"_s << u"PUT"_s;
    QTest::newRow("-b cookie file") << u"-b {missing}"_s << u"-b {missing}: file not found: {missing}"_s
                                    << u"GET"_s;
}

void tst_DryRun::fromCurlMissingFiles()
{
    QFETCH(QString, options);
    QFETCH(QString, listed);
    QFETCH(QString, method);
    const QString missing = m_folder.filePath(u"absent.bin"_s);
    options.replace(u"{missing}"_s, missing);
    listed.replace(u"{missing}"_s, missing);
    const QString url = m_server->origin() + u"/upload"_s;
    const QString pasted = writeFile(
        u"command.txt"_s, (u"curl -H 'X-Kept: yes' --retry 3 "_s + options + u' ' + url + u'\n').toUtf8());

    const QJsonObject document = runJson({u"--from-curl"_s, pasted});
    verifyNothingSent();
    const QJsonArray requests = document.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    const QJsonObject request = requests.at(0).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), method);
    QCOMPARE(request.value(u"url"_s).toString(), url);
    QVERIFY(request.value(u"headers"_s).toArray().contains(QJsonArray{u"X-Kept"_s, u"yes"_s}));
    QStringList notApplied;
    for (const QJsonValue &line : request.value(u"not_applied"_s).toArray())
        notApplied.append(line.toString());
    QVERIFY2(notApplied.contains(u"--retry 3: each request is sent once, never retried"_s),
             qPrintable(notApplied.join(u'\n')));
    QVERIFY2(std::any_of(notApplied.cbegin(), notApplied.cend(),
                         [&](const QString &line) { return line.startsWith(listed); }),
             qPrintable(notApplied.join(u'\n')));

    // Sent for real, the missing file refuses the whole paste before anything goes out.
    const CliRun real = StatusScope::Test::runCli({u"check"_s, u"--from-curl"_s, pasted});
    QCOMPARE(real.exitCode, 2);
    QVERIFY2(real.err.contains(missing.toUtf8()), real.err.constData());
    verifyNothingSent();
}

void tst_DryRun::fromCurlSeveralCommands()
{
    const QString body = writeFile(u"body.json"_s, "{\"present\": true}");
    const QString origin = m_server->origin();
    const QString pasted = writeFile(u"commands.txt"_s,
                                     (u"# two commands\n"
                                      "curl --json @"_s
                                      + body + u" "_s + origin
                                      + u"/one\n"
                                        "$ curl -u ann:pa55word --compressed "_s
                                      + origin + u"/two\n"_s)
                                         .toUtf8());
    const QJsonObject document = runJson({u"--from-curl"_s, pasted, u"--timeout"_s, u"7"_s});
    verifyNothingSent();
    const QJsonArray requests = document.value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2);
    const QJsonObject first = requests.at(0).toObject();
    // A file that is there is read, even in a dry run.
    QCOMPARE(QByteArray::fromBase64(first.value(u"body_base64"_s).toString().toLatin1()),
             "{\"present\": true}");
    QCOMPARE(first.value(u"options"_s).toObject().value(u"timeout"_s).toDouble(), 7.0);
    QCOMPARE(first.value(u"not_applied"_s).toArray(), QJsonArray());
    const QJsonObject second = requests.at(1).toObject();
    QCOMPARE(second.value(u"options"_s).toObject().value(u"user"_s).toString(), u"ann:••••"_s);
    QVERIFY(!QJsonDocument(document).toJson().contains("pa55word"));
}

QTEST_GUILESS_MAIN(tst_DryRun)
#include "tst_dryrun.moc"
