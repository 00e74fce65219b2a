// SPDX-License-Identifier: MIT
// The fields Qt adds to a request, worked out from the hop, against what a raw server received:
// together with the fields StatusScope hands Qt they must be exactly what went out.
#include "core/requests/qtaddedheaders.h"
#include "enginetest.h"

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

class tst_QtAddedHeaders : public StatusScope::Test::EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void whatWentOutIsShown_data();
    void whatWentOutIsShown();
    void acceptLanguageFollowsTheLocale_data();
    void acceptLanguageFollowsTheLocale();
    void hostField_data();
    void hostField();
};

void tst_QtAddedHeaders::whatWentOutIsShown_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("typed");
    QTest::newRow("GET") << "GET"_ba << QByteArray() << HeaderList{};
    QTest::newRow("HEAD") << "HEAD"_ba << QByteArray() << HeaderList{};
    QTest::newRow("POST with a body")
        << "POST"_ba
        << "a=1"_ba << HeaderList{{"Content-Type", "application/x-www-form-urlencoded"}};
    QTest::newRow("PUT, typed User-Agent and Accept-Language")
        << "PUT"_ba
        << "abc"_ba << HeaderList{{"User-Agent", "me"}, {"Accept-Language", "fr"}};
    QTest::newRow("GET with typed Cache-Control and Connection")
        << "GET"_ba << QByteArray() << HeaderList{{"Cache-Control", "max-age=0"}, {"Connection", "close"}};
}

void tst_QtAddedHeaders::whatWentOutIsShown()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, typed);
    RequestSpec spec = get(m_server->url(u"/ok"_s));
    spec.method = method;
    spec.headers = typed;
    spec.body = body;
    spec.hasBody = !body.isEmpty();
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    const Hop &hop = chain.hops.first();
    QCOMPARE(m_server->requests().size(), 1);

    const auto normalised = [](const HeaderList &headers) {
        QStringList lines;
        for (const auto &[name, value] : headers)
            lines.append(QString::fromLatin1(name.toLower() + ": " + value));
        lines.sort();
        return lines;
    };
    const QStringList shown = normalised(hop.requestHeaders + headersAddedByQt(hop));
    const QStringList received = normalised(m_server->requests().first().headers);
    QCOMPARE(shown, received);
}

void tst_QtAddedHeaders::acceptLanguageFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("C") << QLocale::c() << "en,*"_ba;
    QTest::newRow("English (US)") << QLocale(QLocale::English, QLocale::UnitedStates) << "en-US,*"_ba;
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "de-DE,en,*"_ba;
}

void tst_QtAddedHeaders::acceptLanguageFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QByteArray, expected);
    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(u"http://example.org/"_s);
    QCOMPARE(headerValue(headersAddedByQt(hop, locale), "Accept-Language"), expected);
}

void tst_QtAddedHeaders::hostField_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("default http port") << u"http://example.org:80/x"_s << "example.org"_ba;
    QTest::newRow("default https port") << u"https://example.org/x"_s << "example.org"_ba;
    QTest::newRow("other port") << u"http://example.org:8080/x"_s << "example.org:8080"_ba;
    QTest::newRow("IPv6") << u"http://[::1]:8418/x"_s << "[::1]:8418"_ba;
    QTest::newRow("Unicode name") << u"http://bücher.example/"_s << "xn--bcher-kva.example"_ba;
}

void tst_QtAddedHeaders::hostField()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    Hop hop;
    hop.method = "GET";
    hop.url = QUrl(url);
    QCOMPARE(headerValue(headersAddedByQt(hop), "Host"), host);
}

QTEST_GUILESS_MAIN(tst_QtAddedHeaders)
#include "tst_qtaddedheaders.moc"
