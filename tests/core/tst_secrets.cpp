// SPDX-License-Identifier: MIT
// Credentials out of everything that leaves the console: the masked copy of a chain (maskedChain)
// as the history record, the settings' last request, HAR and `check --json` use it, checked
// against the playground's real /echo, which reflects what it was sent as httpbin does.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"
#include "core/history/chainrecord.h"
#include "core/playground/playgroundserver.h"
#include "core/requests/bodysecrets.h"
#include "core/requests/chainjson.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestengine.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

// The password typed in the URL: a quote, a backslash, a slash and a non-ASCII letter, so that its
// percent-encoded and JSON-escaped forms differ from it.
const QByteArray Password = "Pa55\"w\\\xc3\xb6rd/";
const QByteArray Bearer = "tok-7Hq2/xyz";
const QByteArray CookieValue = "c00kie-val";
const QByteArray ApiKey = "key-9f8e7d";

// What must never be found: each credential, and the start every form of it shares.
const QList<QByteArray> Needles{
    "Pa55", "YW5uOlBhNTUid1zDtnJkLw" /* base64 of ann:password */, Bearer, "tok-7Hq2", CookieValue, ApiKey};

QByteArray firstNeedleIn(const QByteArray &text)
{
    for (const QByteArray &needle : Needles) {
        if (text.contains(needle))
            return needle;
    }
    return {};
}

QByteArray recordText(const QJsonObject &record)
{
    // The record keeps bodies in base64: read them back, so an echo cannot hide in the encoding.
    QByteArray text = QJsonDocument(record).toJson();
    const ChainResult read = chainFromRecord(record);
    text += read.request.body;
    for (const Hop &hop : read.hops)
        text += hop.bodyPreview;
    return text;
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void credentialValuesOfHeaders();
    void scrubberFindsEncodedForms_data();
    void scrubberFindsEncodedForms();
    void shortValuesAreNotSearched();
    void urlPasswordInText_data();
    void urlPasswordInText();

    void echoedCredentialsAreMaskedInHistory_data();
    void echoedCredentialsAreMaskedInHistory();
    void plainHistoryKeepsThem();
    void urlPasswordIsMaskedOnEveryStoredUrl();
    void omittedDropsTheUrlPassword();
    void echoedCredentialsAreMaskedInHar();
    void jsonOutputMasksUnlessAsked();

    void secretFieldNames_data();
    void secretFieldNames();
    void bodyFieldCredentialsAreMaskedEverywhere_data();
    void bodyFieldCredentialsAreMaskedEverywhere();
    void displayShowsPunycodeForLookalikes_data();
    void displayShowsPunycodeForLookalikes();

private:
    ChainResult run(const RequestSpec &spec);
    RequestSpec urlPasswordRequest() const;
    RequestSpec headerCredentialsRequest() const;

    StatusCatalogue m_catalogue;
    QNetworkAccessManager m_manager;
    std::unique_ptr<PlaygroundServer> m_playground;
};

void tst_Secrets::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    m_playground = std::make_unique<PlaygroundServer>(&m_catalogue);
    QVERIFY2(m_playground->start(), qPrintable(m_playground->errorString()));
}

void tst_Secrets::cleanup()
{
    m_manager.clearConnectionCache();
}

ChainResult tst_Secrets::run(const RequestSpec &spec)
{
    RequestEngine engine(&m_manager, &m_catalogue);
    QSignalSpy finished(&engine, &RequestEngine::finished);
    if (!engine.start(spec))
        qWarning("not started: %s", qPrintable(spec.url.toString()));
    else if (!finished.wait(15000))
        qWarning("chain did not finish");
    return engine.result();
}

RequestSpec tst_Secrets::urlPasswordRequest() const
{
    // The password in the URL, also echoed back by a header and a form body the user typed.
    RequestSpec spec;
    spec.method = "POST";
    spec.url = m_playground->url().resolved(QUrl(u"/echo"_s));
    spec.url.setUserName(u"ann"_s);
    spec.url.setPassword(QString::fromUtf8(Password), QUrl::DecodedMode);
    spec.headers = {{"X-Note", Password}, {"Content-Type", "application/x-www-form-urlencoded"}};
    spec.body = "user=ann&password=" + QUrl::toPercentEncoding(QString::fromUtf8(Password));
    spec.hasBody = true;
    return spec;
}

RequestSpec tst_Secrets::headerCredentialsRequest() const
{
    RequestSpec spec;
    spec.url = m_playground->url().resolved(QUrl(u"/echo"_s));
    spec.headers = {{"Authorization", "Bearer " + Bearer},
                    {"Cookie", "sid=" + CookieValue + "; theme=dark"},
                    {"X-Api-Key", ApiKey}};
    spec.secretHeaders = {"X-Api-Key"};
    return spec;
}

void tst_Secrets::credentialValuesOfHeaders()
{
    const HeaderList headers{{"Authorization", "Basic " + "ann:s3cret-pw"_ba.toBase64()},
                             {"Proxy-Authorization", "Bearer proxy-tok"},
                             {"Cookie", "a=cookie-one; b=2"},
                             {"X-Token", "marked-value"},
                             {"Accept", "text/html"}};
    const QList<QByteArray> values = credentialValues(headers, {"x-token"});
    for (const QByteArray &expected :
         {"ann:s3cret-pw"_ba, "s3cret-pw"_ba, "ann:s3cret-pw"_ba.toBase64(), "Bearer proxy-tok"_ba,
          "proxy-tok"_ba, "cookie-one"_ba, "marked-value"_ba})
        QVERIFY2(values.contains(expected), expected.constData());
    QVERIFY(!values.contains("2")); // too short to look for
    QVERIFY(!values.contains("text/html")); // not a credential

    QUrl url(u"https://ann:hunter22@example.org/"_s);
    QCOMPARE(credentialValues(url), (QList<QByteArray>{"hunter22", "ann:hunter22"}));
}

void tst_Secrets::scrubberFindsEncodedForms_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("scrubbed");
    const QByteArray mask = credentialMask();
    QTest::newRow("as sent") << "x=pa/ss\"w\xc3\xb6rd;"_ba
                             << "x=" + mask + ";";
    QTest::newRow("percent-encoded") << "pw=pa%2Fss%22w%C3%B6rd&"_ba
                                     << "pw=" + mask + "&";
    QTest::newRow("percent-encoded, lower case") << "pa%2fss%22w%c3%b6rd"_ba << mask;
    QTest::newRow("json, utf-8 kept") << R"({"pw":"pa/ss\"w)"_ba + "\xc3\xb6" + R"(rd"})"_ba
                                      << R"({"pw":")"_ba + mask + R"("})"_ba;
    QTest::newRow("json, ascii only") << R"("pa/ss\"w\u00f6rd")"_ba
                                      << "\"" + mask + "\"";
    QTest::newRow("json, slash escaped") << R"("pa\/ss\"w\u00f6rd")"_ba
                                         << "\"" + mask + "\"";
    QTest::newRow("twice") << "pa/ss\"w\xc3\xb6rd pa/ss\"w\xc3\xb6rd"_ba << mask + " " + mask;
    QTest::newRow("nothing to mask") << "password=other"_ba
                                     << "password=other"_ba;
}

void tst_Secrets::scrubberFindsEncodedForms()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, scrubbed);
    const CredentialScrubber scrubber({"pa/ss\"w\xc3\xb6rd"_ba});
    QCOMPARE(scrubber.scrub(text), scrubbed);
}

void tst_Secrets::shortValuesAreNotSearched()
{
    // "a=1" must not turn every "1" of a body into dots; a cut-off preview loses its tail only
    // when that tail is the start of a credential.
    const CredentialScrubber scrubber(credentialValues(HeaderList{{"Cookie", "a=1; t=long-token"}}, {}));
    QCOMPARE(scrubber.scrub("1 + 1 = 2"), "1 + 1 = 2"_ba);
    QCOMPARE(scrubber.scrub("the token: long-to", true), "the token: " + credentialMask());
    QCOMPARE(scrubber.scrub("the token: long-to", false), "the token: long-to"_ba);
}

void tst_Secrets::urlPasswordInText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("masked");
    const QByteArray mask = credentialMask();
    QTest::newRow("plain") << "https://ann:hunter22@example.org/x"_ba
                           << "https://ann:" + mask + "@example.org/x";
    QTest::newRow("encoded") << "http://ann:p%40ss@h/"_ba
                             << "http://ann:" + mask + "@h/";
    QTest::newRow("no password") << "https://ann@example.org/"_ba
                                 << "https://ann@example.org/"_ba;
    QTest::newRow("relative") << "/next?a=b"_ba
                              << "/next?a=b"_ba;
    // Masking what is masked changes nothing (it had come back percent-encoded).
    QTest::newRow("already masked") << "https://ann:" + mask + "@example.org/x"
                                    << "https://ann:" + mask + "@example.org/x";
    QTest::newRow("already masked, encoded")
        << "https://ann:%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2@example.org/x"_ba
        << "https://ann:%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2@example.org/x"_ba;
}

void tst_Secrets::urlPasswordInText()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, masked);
    QCOMPARE(maskUrlPasswordIn(text), masked);
}

void tst_Secrets::echoedCredentialsAreMaskedInHistory_data()
{
    QTest::addColumn<bool>("urlPassword");
    QTest::addColumn<SecretStorage>("policy");
    QTest::newRow("url password, masked") << true << SecretStorage::Masked;
    QTest::newRow("url password, not stored") << true << SecretStorage::Omitted;
    QTest::newRow("headers, masked") << false << SecretStorage::Masked;
    QTest::newRow("headers, not stored") << false << SecretStorage::Omitted;
}

void tst_Secrets::echoedCredentialsAreMaskedInHistory()
{
    QFETCH(bool, urlPassword);
    QFETCH(SecretStorage, policy);
    const ChainResult chain = run(urlPassword ? urlPasswordRequest() : headerCredentialsRequest());
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    // The echo did carry the credentials back, so there is something to mask.
    QVERIFY(!firstNeedleIn(chain.hops.first().bodyPreview).isEmpty());

    RecordOptions options;
    options.secrets = policy;
    const QJsonObject record = chainToRecord(chain, options);
    const QByteArray text = recordText(record);
    QVERIFY2(firstNeedleIn(text).isEmpty(), firstNeedleIn(text).constData());
    // The rest of the echo is kept: only the credentials went.
    const QByteArray body = chainFromRecord(record).hops.first().bodyPreview;
    QVERIFY(body.contains("\"method\""));
    QVERIFY(body.contains(credentialMask()));
}

void tst_Secrets::plainHistoryKeepsThem()
{
    const ChainResult chain = run(headerCredentialsRequest());
    RecordOptions options;
    options.secrets = SecretStorage::Plain;
    const QByteArray text = recordText(chainToRecord(chain, options));
    for (const QByteArray &value : {Bearer, CookieValue, ApiKey})
        QVERIFY2(text.contains(value), value.constData());
}

void tst_Secrets::urlPasswordIsMaskedOnEveryStoredUrl()
{
    // A redirect that keeps the password in the URL it names, as a careless server might.
    ChainResult chain;
    chain.request.url = QUrl(u"http://ann:hunter22@example.org/a"_s);
    Hop first;
    first.url = chain.request.url;
    first.status = 302;
    first.responseHeaders = {{"Location", "http://ann:hunter22@example.org/b"}};
    first.locationRaw = "http://ann:hunter22@example.org/b";
    first.location = QUrl(u"http://ann:hunter22@example.org/b"_s);
    Hop second;
    second.url = *first.location;
    second.status = 200;
    chain.hops = {first, second};
    chain.finalUrl = second.url;

    const QByteArray text = QJsonDocument(chainToRecord(chain)).toJson();
    QVERIFY2(!text.contains("hunter22"), text.constData());
    const ChainResult read = chainFromRecord(chainToRecord(chain));
    QCOMPARE(read.request.url.userName(), u"ann"_s); // whose credentials they were stays readable
    QCOMPARE(read.request.url.password(), QString::fromUtf8(credentialMask()));
    QCOMPARE(read.hops.at(1).url.password(), QString::fromUtf8(credentialMask()));
}

void tst_Secrets::omittedDropsTheUrlPassword()
{
    // What the settings keep of the last request: no password at all, masked or not.
    RequestSpec request;
    request.url = QUrl(u"http://ann:hunter22@example.org/"_s);
    request.headers = {{"Authorization", "Bearer abcdefgh"}, {"Accept", "*/*"}};
    RecordOptions options;
    options.secrets = SecretStorage::Omitted;
    const QJsonObject record = requestToRecord(request, options);
    const QByteArray text = QJsonDocument(record).toJson();
    QVERIFY2(!text.contains("hunter22") && !text.contains("abcdefgh"), text.constData());
    const RequestSpec read = requestFromRecord(record);
    QCOMPARE(read.url, QUrl(u"http://ann@example.org/"_s));
    QCOMPARE(read.headers, (HeaderList{{"Accept", "*/*"}}));
}

void tst_Secrets::echoedCredentialsAreMaskedInHar()
{
    for (const RequestSpec &spec : {urlPasswordRequest(), headerCredentialsRequest()}) {
        const ChainResult chain = run(spec);
        const QByteArray masked = QJsonDocument(chainsToHar({chain})).toJson();
        QVERIFY2(firstNeedleIn(masked).isEmpty(), firstNeedleIn(masked).constData());
        QVERIFY(masked.contains(R"(\"target\")")); // the echo itself is exported
        const QJsonObject log = QJsonDocument::fromJson(masked).object().value(u"log"_s).toObject();
        QVERIFY(log.value(u"comment"_s).toString().contains(u"masked"_s));
        const QByteArray full = QJsonDocument(chainsToHar({chain}, true)).toJson();
        QVERIFY(!firstNeedleIn(full).isEmpty());
    }
}

void tst_Secrets::jsonOutputMasksUnlessAsked()
{
    const ChainResult chain = run(urlPasswordRequest());
    const QByteArray masked = QJsonDocument(chainToJson(chain)).toJson();
    QVERIFY2(firstNeedleIn(masked).isEmpty(), firstNeedleIn(masked).constData());
    const QByteArray shown = QJsonDocument(chainToJson(chain, true)).toJson();
    QVERIFY(shown.contains("Pa55"));
}

void tst_Secrets::secretFieldNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    for (const char *name : {"password",
                             "Password",
                             "new_password",
                             "user[password]",
                             "confirmPassword",
                             "passwd",
                             "passphrase",
                             "client_secret",
                             "clientSecret",
                             "refresh_token",
                             "access_token",
                             "authenticity_token",
                             "api_key",
                             "apiKey",
                             "X-API-KEY",
                             "aws_access_key_id",
                             "private_key",
                             "pass",
                             "PWD",
                             "pin",
                             "otp"})
        QTest::newRow(name) << QByteArray(name) << true;
    for (const char *name : {"user", "username", "email", "passenger", "compass", "spin", "keyword", "monkey",
                             "grant_type", "scope"})
        QTest::newRow(name) << QByteArray(name) << false;
}

void tst_Secrets::secretFieldNames()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    QCOMPARE(isSecretFieldName(name), secret);
}

// A login form's password, a client secret in JSON, a multipart field: credentials found by their
// field's name are masked in the request body (even a 2-digit pin in a form) and wherever the
// server echoes them, in history records and HAR exports; Plain keeps them.
void tst_Secrets::bodyFieldCredentialsAreMaskedEverywhere_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret"); // as it shows in the echo
    QTest::addColumn<QByteArray>("kept"); // a field that is no credential, still there
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded")
                          << QByteArray("username=ann&password=s3cr%C3%A9t+word&pin=42") << QByteArray("s3cr")
                          << QByteArray("ann");
    QTest::newRow("JSON")
        << QByteArray("application/json; charset=utf-8")
        << QByteArray(
               R"({"grant_type":"refresh_token","client":{"client_secret":"cs-9f8e7d6c"},"refresh_token":"rt-0a1b2c3d"})")
        << QByteArray("cs-9f8e7d6c") << QByteArray("grant_type");
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=XyZ")
                               << QByteArray(
                                      "--XyZ\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\nann\r\n"
                                      "--XyZ\r\nContent-Disposition: form-data; name=\"passwd\"\r\n\r\n"
                                      "mp-hunter2-x\r\n--XyZ--\r\n")
                               << QByteArray("mp-hunter2-x") << QByteArray("login");
}

void tst_Secrets::bodyFieldCredentialsAreMaskedEverywhere()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    RequestSpec spec;
    spec.method = "POST";
    spec.url = m_playground->url().resolved(QUrl(u"/echo"_s));
    spec.headers = {{"Content-Type", contentType}};
    spec.body = body;
    spec.hasBody = true;
    const ChainResult chain = run(spec);
    QCOMPARE(chain.outcome, ChainOutcome::Complete);
    QVERIFY2(chain.hops.first().bodyPreview.contains(secret), chain.hops.first().bodyPreview.constData());

    const QByteArray har = QJsonDocument(chainsToHar({chain})).toJson();
    const QByteArray record = recordText(chainToRecord(chain));
    for (const QByteArray &text : {har, record}) {
        QVERIFY2(!text.contains(secret), text.constData());
        QVERIFY2(text.contains(kept), text.constData());
    }
    QVERIFY(maskedRequest(spec).body.contains(credentialMask()));
    QVERIFY(carriesCredentials(spec));
    if (contentType.startsWith("application/x-www")) // the 2-digit pin too, by its field
        QVERIFY2(maskedRequest(spec).body.endsWith(QByteArray(QByteArray("&pin=") + credentialMask())),
                 maskedRequest(spec).body.constData());
    QVERIFY(QJsonDocument(chainsToHar({chain}, true)).toJson().contains(secret));
}

void tst_Secrets::displayShowsPunycodeForLookalikes_data()
{
    // Hosts reach people in messages and views; one that only looks like another must show what
    // it is. (QUrl's display form showed every one of these in Unicode under .com.)
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::newRow("cyrillic a in a latin name")
        << u"http://\u0430pple.com/x"_s << u"http://xn--pple-43d.com/x"_s;
    QTest::newRow("all cyrillic lookalikes")
        << u"https://\u0430\u0440\u0440\u04cf\u0435.com/"_s << u"https://xn--80ak6aa92e.com/"_s;
    QTest::newRow("greek omicron") << u"http://g\u03bfogle.com/"_s << u"http://xn--gogle-rce.com/"_s;
    QTest::newRow("division slash") << u"http://example.com\u2215evil.com/"_s
                                    << u"http://example.xn--comevil-ef0d.com/"_s;
    QTest::newRow("german, one script") << u"http://b\u00fccher.de/"_s << u"http://b\u00fccher.de/"_s;
    QTest::newRow("russian, one script") << u"http://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/"_s
                                         << u"http://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/"_s;
    QTest::newRow("japanese with latin")
        << u"http://abc\u30c6\u30b9\u30c8.jp/"_s << u"http://abc\u30c6\u30b9\u30c8.jp/"_s;
    QTest::newRow("ascii") << u"https://example.org:8443/a?b=c#d"_s << u"https://example.org:8443/a?b=c#d"_s;
    QTest::newRow("ipv6") << u"http://[::1]:8080/"_s << u"http://[::1]:8080/"_s;
    QTest::newRow("password masked") << u"http://ann:hunter22@example.org/"_s
                                     << u"http://ann:\u2022\u2022\u2022\u2022@example.org/"_s;
}

void tst_Secrets::displayShowsPunycodeForLookalikes()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(displayUrl(QUrl(url)), shown);
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
