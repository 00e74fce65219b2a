// SPDX-License-Identifier: MIT
// A URL as people type it: what gets "http://" in front, and the sentence for what cannot be a URL.
#include "core/requests/requestvalidation.h"
#include "core/requests/urlinput.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_UrlInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void qtRefusalsInOurWords_data();
    void qtRefusalsInOurWords();
};

void tst_UrlInput::accepted_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("url"); // encoded, as it goes on the wire
    QTest::addColumn<QString>("shown"); // what the field shows afterwards
    QTest::addColumn<bool>("schemeAdded");

    QTest::newRow("host and path") << u"example.org/x"_s << "http://example.org/x"_ba
                                   << u"http://example.org/x"_s << true;
    QTest::newRow("host alone") << u"localhost"_s << "http://localhost"_ba << u"http://localhost"_s << true;
    // QUrl alone reads "localhost:8080/x" as the scheme "localhost" with the path "8080/x".
    QTest::newRow("localhost, port and path")
        << u"localhost:8080/x"_s << "http://localhost:8080/x"_ba << u"http://localhost:8080/x"_s << true;
    QTest::newRow("localhost and port")
        << u"localhost:8080"_s << "http://localhost:8080"_ba << u"http://localhost:8080"_s << true;
    QTest::newRow("IPv4 and port") << u"127.0.0.1:8418"_s << "http://127.0.0.1:8418"_ba
                                   << u"http://127.0.0.1:8418"_s << true;
    QTest::newRow("IPv6, port and path")
        << u"[::1]:8080/x"_s << "http://[::1]:8080/x"_ba << u"http://[::1]:8080/x"_s << true;
    // The port is kept as typed and the scheme stays http: guessing https from 443 would be one more rule.
    QTest::newRow("port 443 stays http")
        << u"example.org:443"_s << "http://example.org:443"_ba << u"http://example.org:443"_s << true;
    QTest::newRow("user and password")
        << u"user:pw@host/x"_s << "http://user:pw@host/x"_ba << u"http://user:pw@host/x"_s << true;
    QTest::newRow("query without a path")
        << u"example.org?q=1"_s << "http://example.org?q=1"_ba << u"http://example.org?q=1"_s << true;
    QTest::newRow("scheme-relative") << u"//example.org/x"_s << "http://example.org/x"_ba
                                     << u"http://example.org/x"_s << true;
    QTest::newRow("spaces around") << u"  example.org/x \t"_s << "http://example.org/x"_ba
                                   << u"http://example.org/x"_s << true;
    QTest::newRow("https") << u"https://example.org"_s << "https://example.org"_ba << u"https://example.org"_s
                           << false;
    QTest::newRow("upper case") << u"HTTP://EXAMPLE.ORG"_s << "http://example.org"_ba
                                << u"HTTP://EXAMPLE.ORG"_s << false;
    QTest::newRow("space in the path") << u"http://example.org/a b"_s << "http://example.org/a%20b"_ba
                                       << u"http://example.org/a b"_s << false;
    QTest::newRow("Unicode host") << u"münchen.de/straße"_s << "http://xn--mnchen-3ya.de/stra%C3%9Fe"_ba
                                  << u"http://münchen.de/straße"_s << true;
    QTest::newRow("Unicode host with a scheme")
        << u"https://例え.jp/"_s << "https://xn--r8jz45g.jp/"_ba << u"https://例え.jp/"_s << false;
}

void tst_UrlInput::accepted()
{
    QFETCH(QString, typed);
    QFETCH(QByteArray, url);
    QFETCH(QString, shown);
    QFETCH(bool, schemeAdded);
    const UrlInput input = readTypedUrl(typed);
    QVERIFY2(input.isValid(), qPrintable(input.error));
    QCOMPARE(input.url.toEncoded(), url);
    QCOMPARE(input.text, shown);
    QCOMPARE(input.schemeAdded, schemeAdded);
    QCOMPARE(validateUrl(input.url), std::nullopt);
}

void tst_UrlInput::refused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << u"The URL is empty."_s;
    QTest::newRow("only spaces") << u"   "_s << u"The URL is empty."_s;
    QTest::newRow("empty host") << u"http:///x"_s << u"The URL has no host name."_s;
    QTest::newRow("port without a host") << u"http://:8080/"_s << u"The URL has no host name."_s;
    QTest::newRow("user without a host") << u"http://user@/x"_s << u"The URL has no host name."_s;
    QTest::newRow("space in the host")
        << u"http://exa mple.com/"_s << u"The host name “exa mple.com” contains a space."_s;
    QTest::newRow("space in a host without a scheme")
        << u"exa mple.com"_s << u"The host name “exa mple.com” contains a space."_s;
    QTest::newRow("tab in the host") << u"http://exa\tmple.com/"_s
                                     << u"The host name “exa\tmple.com” contains a tab."_s;
    QTest::newRow("port out of range")
        << u"localhost:99999/x"_s << u"The port 99999 is not between 1 and 65535."_s;
    QTest::newRow("port 0") << u"http://example.org:0/"_s << u"The port 0 is not between 1 and 65535."_s;
    QTest::newRow("port of many digits")
        << u"127.0.0.1:000000000080"_s << u"The port 000000000080 is not between 1 and 65535."_s;
    QTest::newRow("port not a number") << u"localhost:80a/x"_s << u"The port “80a” is not a number."_s;
    QTest::newRow("empty port")
        << u"http://example.org:/"_s
        << u"The port after “example.org:” is empty; leave the colon out for the usual port."_s;
    QTest::newRow("unclosed [") << u"http://[::1/x"_s
                                << u"The IPv6 address “[::1” is missing its closing “]”."_s;
    QTest::newRow("unclosed [ without a scheme")
        << u"[::1:8080/x"_s << u"The IPv6 address “[::1:8080” is missing its closing “]”."_s;
    QTest::newRow("not an IPv6 address") << u"http://[::g]/"_s << u"“[::g]” is not an IPv6 address."_s;
    QTest::newRow("text after ]")
        << u"http://[::1]x/"_s
        << u"Only a port can follow the IPv6 address [::1], as in [::1]:8080, not “x”."_s;
    QTest::newRow("IPv6 without brackets")
        << u"http://::1/"_s
        << u"The host “::1” holds several colons: an IPv6 address is written in brackets, as in http://[::1]:8080/."_s;
    QTest::newRow("character not allowed in a host")
        << u"http://exa<mple.com/"_s
        << u"The host name “exa<mple.com” contains the character “<”, which is not allowed in a host name."_s;
    QTest::newRow("ftp") << u"ftp://x"_s << u"Only http and https URLs can be requested, not “ftp:”."_s;
    QTest::newRow("mailto") << u"mailto:a@b"_s
                            << u"Only http and https URLs can be requested, not “mailto:”."_s;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s
                                << u"Only http and https URLs can be requested, not “javascript:”."_s;
    QTest::newRow("unknown scheme") << u"foo:bar"_s
                                    << u"Only http and https URLs can be requested, not “foo:”."_s;
    QTest::newRow("relative path") << u"/relative"_s
                                   << u"“/relative” is a path without a host: write the host in front, as in "
                                      "http://example.org/relative."_s;
    QTest::newRow("http: without slashes")
        << u"http:example.org"_s
        << u"Two slashes and the host name come after “http:”, as in http://example.org/."_s;
    // The password is never repeated: the sentence ends up in logs and JSON output.
    QTest::newRow("password and a bad host")
        << u"http://ann:hunter22@exa mple.com/"_s << u"The host name “exa mple.com” contains a space."_s;
    QTest::newRow("password and an unclosed [")
        << u"http://ann:hunter22@[bad/"_s << u"The IPv6 address “[bad” is missing its closing “]”."_s;
}

void tst_UrlInput::refused()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    const UrlInput input = readTypedUrl(typed);
    QCOMPARE(input.error, error);
    QVERIFY(!input.isValid());
}

// URLs that were never typed (a curl command, a HAR file, a Location) are refused in our words
// too, and never with Qt's text, which repeats the whole URL and its password.
void tst_UrlInput::qtRefusalsInOurWords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("error");
    QTest::newRow("host") << u"http://ann:hunter22@exa mple.com/"_s << u"host name"_s;
    QTest::newRow("bracket") << u"http://ann:hunter22@[bad/"_s << u"“]”"_s;
    QTest::newRow("port") << u"http://ann:hunter22@example.org:99999/"_s << u"between 1 and 65535"_s;
}

void tst_UrlInput::qtRefusalsInOurWords()
{
    QFETCH(QString, url);
    QFETCH(QString, error);
    const QUrl parsed(url, QUrl::StrictMode);
    QVERIFY(!parsed.isValid());
    const std::optional<QString> problem = validateUrl(parsed);
    QVERIFY(problem);
    QVERIFY2(problem->contains(error), qPrintable(*problem));
    QVERIFY2(!problem->contains(u"hunter22"_s) && !problem->contains(u"source was"_s), qPrintable(*problem));
}

QTEST_GUILESS_MAIN(tst_UrlInput)
#include "tst_urlinput.moc"
