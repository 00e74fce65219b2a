// SPDX-License-Identifier: MIT
// Cookie files in the Netscape format (curl's -b FILE and -c FILE): what is read, which lines are
// refused and with what line number, what is written back, and how the chain's jar takes them.
#include "core/formats/cookiefile.h"
#include "core/requests/chaincookiejar.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
constexpr qint64 Later = 2000000000; // 2033
constexpr qint64 Earlier = 1600000000; // 2020

} // namespace

class tst_CookieFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCookies_data();
    void readsCookies();
    void badLinesAreNamed_data();
    void badLinesAreNamed();
    void expiredCookiesAreLeftOut();
    void roundTrip();
    void writtenPrivateAndWhole();
    void cookiesTheFormatCannotHoldAreNamed();
    void theJarSendsSeededCookiesByTheirDomain();
    void unreadableFile();
};

void tst_CookieFile::readsCookies_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("domain"); // as Qt's jar keeps it
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("secure");
    QTest::addColumn<bool>("httpOnly");
    QTest::addColumn<qint64>("expiry"); // 0: session cookie
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");

    const QByteArray header = "# Netscape HTTP Cookie File\n# https://curl.se/docs/http-cookies.html\n\n";
    QTest::newRow("host only") << header + "example.com\tFALSE\t/\tFALSE\t0\tsid\tabc123\n"
                               << u"example.com"_s << u"/"_s << false << false << qint64(0) << "sid"_ba
                               << "abc123"_ba;
    QTest::newRow("with subdomains") << header + ".example.com\tTRUE\t/app\tTRUE\t2000000000\ttoken\tx=y\n"
                                     << u".example.com"_s << u"/app"_s << true << false << Later << "token"_ba
                                     << "x=y"_ba;
    QTest::newRow("subdomains without the dot")
        << "example.org\tTRUE\t/\tFALSE\t0\ta\tb\n"_ba << u".example.org"_s << u"/"_s << false << false
        << qint64(0) << "a"_ba
        << "b"_ba;
    QTest::newRow("a dot but the flag says host only")
        << ".example.org\tFALSE\t/\tFALSE\t0\ta\tb\n"_ba << u"example.org"_s << u"/"_s << false << false
        << qint64(0) << "a"_ba
        << "b"_ba;
    QTest::newRow("HttpOnly prefix") << header + "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t42\n"
                                     << u"127.0.0.1"_s << u"/"_s << false << true << qint64(0) << "session"_ba
                                     << "42"_ba;
    QTest::newRow("no header, CRLF, lower-case flags")
        << "example.net\tfalse\t/\ttrue\t0\tn\tv\r\n"_ba << u"example.net"_s << u"/"_s << true << false
        << qint64(0) << "n"_ba
        << "v"_ba;
    QTest::newRow("empty value with its tab")
        << "example.net\tFALSE\t/\tFALSE\t0\tempty\t\n"_ba << u"example.net"_s << u"/"_s << false << false
        << qint64(0) << "empty"_ba
        << ""_ba;
    QTest::newRow("empty value without its tab")
        << "example.net\tFALSE\t/\tFALSE\t0\tempty\n"_ba << u"example.net"_s << u"/"_s << false << false
        << qint64(0) << "empty"_ba
        << ""_ba;
    QTest::newRow("no final line break, spaces in the value")
        << "# comment\n\n   \nexample.net\tFALSE\t/\tFALSE\t0\tn\ta b\"c"_ba << u"example.net"_s << u"/"_s
        << false << false << qint64(0) << "n"_ba
        << "a b\"c"_ba;
}

void tst_CookieFile::readsCookies()
{
    QFETCH(QByteArray, text);
    const CookieFileContent content = parseCookieFile(text, Now);
    QVERIFY2(content.problems.isEmpty(), qPrintable(content.problems.value(0).message));
    QCOMPARE(content.cookies.size(), 1);
    const QNetworkCookie &cookie = content.cookies.first();
    QTEST(cookie.domain(), "domain");
    QTEST(cookie.path(), "path");
    QTEST(cookie.isSecure(), "secure");
    QTEST(cookie.isHttpOnly(), "httpOnly");
    QTEST(cookie.isSessionCookie() ? qint64(0) : cookie.expirationDate().toSecsSinceEpoch(), "expiry");
    QTEST(cookie.name(), "name");
    QTEST(cookie.value(), "value");
}

void tst_CookieFile::badLinesAreNamed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");

    const QByteArray good = "# Netscape HTTP Cookie File\nexample.com\tFALSE\t/\tFALSE\t0\tok\t1\n";
    QTest::newRow("spaces instead of tabs") << good + "example.com FALSE / FALSE 0 n v\n"
                                            << 3 << u"expected 7 fields separated by tabs"_s;
    QTest::newRow("too many fields") << good + "\n# note\nexample.com\tFALSE\t/\tFALSE\t0\tn\tv\textra\n"
                                     << 5 << u"found 8"_s;
    QTest::newRow("a bad subdomain flag") << good + "example.com\tYES\t/\tFALSE\t0\tn\tv\n"
                                          << 3 << u"TRUE or FALSE (include subdomains), not “YES”"_s;
    QTest::newRow("a bad secure flag") << good + "example.com\tFALSE\t/\t1\t0\tn\tv\n"
                                       << 3 << u"(secure), not “1”"_s;
    QTest::newRow("an expiry that is no number") << good + "example.com\tFALSE\t/\tFALSE\tnever\tn\tv\n"
                                                 << 3 << u"seconds since 1970"_s;
    QTest::newRow("a negative expiry") << good + "example.com\tFALSE\t/\tFALSE\t-5\tn\tv\n"
                                       << 3 << u"not “-5”"_s;
    QTest::newRow("a path without /") << good + "example.com\tFALSE\tapp\tFALSE\t0\tn\tv\n"
                                      << 3 << u"the path must start with /"_s;
    QTest::newRow("no domain") << good + "\tFALSE\t/\tFALSE\t0\tn\tv\n" << 3 << u"the domain is empty"_s;
    QTest::newRow("no name") << good + "example.com\tFALSE\t/\tFALSE\t0\t\tv\n" << 3 << u"no name"_s;
    QTest::newRow("an HttpOnly line cut short") << "#HttpOnly_example.com\tFALSE\n"_ba << 1 << u"found 2"_s;
    QTest::newRow("a set-cookie header pasted") << "Set-Cookie: a=b\n"_ba + good << 1 << u"found 1"_s;
}

void tst_CookieFile::badLinesAreNamed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, says);
    const CookieFileContent content = parseCookieFile(text, Now);
    QCOMPARE(content.problems.size(), 1);
    QCOMPARE(content.problems.first().line, line);
    QVERIFY2(content.problems.first().message.contains(says), qPrintable(content.problems.first().message));
    // The good lines around it are still read; the caller decides what a bad line means.
    QCOMPARE(content.cookies.size(), text.contains("\tok\t") ? 1 : 0);
    QCOMPARE(describeProblems(u"jar.txt"_s, content.problems).first(),
             u"jar.txt line %1: %2"_s.arg(line).arg(content.problems.first().message));
}

void tst_CookieFile::expiredCookiesAreLeftOut()
{
    const QByteArray text = "example.com\tFALSE\t/\tFALSE\t" + QByteArray::number(Earlier) + "\told\t1\n"
        + "example.com\tFALSE\t/\tFALSE\t" + QByteArray::number(Later) + "\tnew\t2\n";
    const CookieFileContent content = parseCookieFile(text, Now);
    QVERIFY(content.problems.isEmpty());
    QCOMPARE(content.expired, 1);
    QCOMPARE(content.cookies.size(), 1);
    QCOMPARE(content.cookies.first().name(), "new"_ba);
}

void tst_CookieFile::roundTrip()
{
    const QByteArray text = "# Netscape HTTP Cookie File\n"
                            "example.com\tFALSE\t/\tFALSE\t0\tsid\tabc\n"
                            ".example.com\tTRUE\t/app\tTRUE\t2000000000\ttoken\tx=y; z\n"
                            "#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t\n";
    const CookieFileContent first = parseCookieFile(text, Now);
    QVERIFY(first.problems.isEmpty());
    QCOMPARE(first.cookies.size(), 3);
    QStringList skipped;
    const QByteArray written = cookieFileText(first.cookies, &skipped);
    QVERIFY(skipped.isEmpty());
    QVERIFY(written.startsWith("# Netscape HTTP Cookie File\n"));
    QVERIFY2(written.contains("#HttpOnly_127.0.0.1\tFALSE\t/\tFALSE\t0\tsession\t\n"), written.constData());
    QVERIFY(written.contains(".example.com\tTRUE\t/app\tTRUE\t2000000000\ttoken\tx=y; z\n"));
    const CookieFileContent second = parseCookieFile(written, Now);
    QVERIFY(second.problems.isEmpty());
    QCOMPARE(second.cookies.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QNetworkCookie &a = first.cookies.at(i);
        const QNetworkCookie &b = second.cookies.at(i);
        QVERIFY(a.hasSameIdentifier(b));
        QCOMPARE(b.value(), a.value());
        QCOMPARE(b.isSecure(), a.isSecure());
        QCOMPARE(b.isHttpOnly(), a.isHttpOnly());
        QCOMPARE(b.expirationDate(), a.expirationDate());
    }
    QCOMPARE(cookieFileText(second.cookies), written);
}

void tst_CookieFile::writtenPrivateAndWhole()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"jar.txt"_s);
    // A file that was readable by everyone: the cookies written into it must not be.
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content\n");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther
                               | QFileDevice::ReadGroup));

    QNetworkCookie cookie("sid", "secret");
    cookie.setDomain(u"example.com"_s);
    cookie.setPath(u"/"_s);
    QString error;
    QVERIFY2(writeCookieFile(path, {cookie}, &error), qPrintable(error));
    QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("old content"));
    QVERIFY(text.contains("example.com\tFALSE\t/\tFALSE\t0\tsid\tsecret\n"));

    // A folder that does not exist: a sentence naming the file, nothing written.
    const QString nowhere = folder.filePath(u"missing/jar.txt"_s);
    QVERIFY(!writeCookieFile(nowhere, {cookie}, &error));
    QVERIFY2(error.contains(nowhere), qPrintable(error));
}

void tst_CookieFile::cookiesTheFormatCannotHoldAreNamed()
{
    QNetworkCookie tabbed("tab", "a\tb");
    tabbed.setDomain(u"example.com"_s);
    QNetworkCookie fine("fine", "1");
    fine.setDomain(u"example.com"_s);
    QStringList skipped;
    const QByteArray text = cookieFileText({tabbed, fine}, &skipped);
    QCOMPARE(skipped, QStringList{u"tab"_s});
    QCOMPARE(parseCookieFile(text, Now).cookies.size(), 1);
    QVERIFY(parseCookieFile(text, Now).problems.isEmpty());
}

void tst_CookieFile::theJarSendsSeededCookiesByTheirDomain()
{
    const CookieFileContent content = parseCookieFile("app.test\tFALSE\t/\tFALSE\t0\thost\t1\n"
                                                      ".app.test\tTRUE\t/\tFALSE\t0\twide\t2\n"
                                                      "app.test\tFALSE\t/admin\tFALSE\t0\tadmin\t3\n"
                                                      "app.test\tFALSE\t/\tTRUE\t0\tsecure\t4\n"_ba,
                                                      Now);
    QVERIFY(content.problems.isEmpty());
    ChainCookieJar jar;
    jar.seed(content.cookies);
    QCOMPARE(jar.cookies().size(), 4);
    const auto names = [&jar](const char *url) {
        QByteArrayList list;
        for (const QNetworkCookie &cookie : jar.cookiesForUrl(QUrl(QString::fromLatin1(url))))
            list << cookie.name();
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(names("http://app.test/"), (QByteArrayList{"host", "wide"}));
    QCOMPARE(names("https://app.test/admin/x"), (QByteArrayList{"admin", "host", "secure", "wide"}));
    QCOMPARE(names("http://www.app.test/"), QByteArrayList{"wide"});
    QCOMPARE(names("http://other.test/"), QByteArrayList{});
}

void tst_CookieFile::unreadableFile()
{
    QTemporaryDir folder;
    QString error;
    QVERIFY(!readCookieFile(folder.filePath(u"nothing.txt"_s), &error));
    QVERIFY2(error.contains(u"nothing.txt"_s), qPrintable(error));
    // A folder is no cookie file either.
    QVERIFY(!readCookieFile(folder.path(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CookieFile)
#include "tst_cookiefile.moc"
