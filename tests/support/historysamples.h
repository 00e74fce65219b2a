// SPDX-License-Identifier: MIT
#pragma once
// The chains and saved request kept in tests/data/history/v<N>.db. One definition for the writer
// that made those files (historywriter --samples) and for the test that reads them back, so a
// change of the record format is caught field by field. Change nothing here without writing a new
// fixture: the committed files hold exactly these values.
#include "core/history/chainrecord.h"

#include <QList>

namespace StatusScope::Test {

inline QDateTime sampleTime(int minute)
{
    return QDateTime(QDate(2026, 3, 4), QTime(5, minute, 7, 890), Qt::UTC);
}

// A POST redirected once (302, method changed to GET) over TLS, with warnings of every severity.
inline Core::ChainResult sampleRedirectChain()
{
    using namespace Core;
    ChainResult chain;
    chain.request.method = "POST";
    chain.request.url = QUrl(QStringLiteral("https://shop.example/cart?id=7"));
    chain.request.headers = {{"Accept", "text/html"}, {"Content-Type", "application/x-www-form-urlencoded"}};
    chain.request.body = "item=7&count=2";
    chain.request.hasBody = true;
    chain.request.options.maxRedirects = 7;
    chain.request.options.deadlineMs = 9000;
    chain.request.options.lowSpeedBytesPerSecond = 10;
    chain.request.options.lowSpeedWindowMs = 4000;
    chain.request.options.acceptInvalidCertificates = true;
    chain.request.options.network.httpVersion = HttpVersion::Http1_1;
    chain.outcome = ChainOutcome::Complete;
    chain.startedAt = sampleTime(1);
    chain.totalMs = 41.25;
    chain.finalUrl = QUrl(QStringLiteral("https://shop.example/done#top"));

    Hop first;
    first.method = "POST";
    first.url = chain.request.url;
    first.requestHeaders = chain.request.headers;
    first.requestBodyBytes = 14;
    first.requestHasBody = true;
    first.status = 302;
    first.reason = QStringLiteral("Found");
    first.protocol = QStringLiteral("HTTP/1.x");
    first.responseHeaders = {{"Location", "/done"}, {"Content-Length", "0"}};
    first.locationRaw = "/done";
    first.location = QUrl(QStringLiteral("https://shop.example/done#top"));
    first.tls.encrypted = true;
    first.tls.protocol = QStringLiteral("TLS 1.3");
    first.tls.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
    first.tls.alpn = QStringLiteral("http/1.1");
    first.tls.chain
        = {{QStringLiteral("CN=shop.example"), QStringLiteral("CN=Test CA"),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), Qt::UTC), QStringLiteral("AB:CD:EF")}};
    first.timings.connect = 1.5;
    first.timings.tls = 4.25;
    first.timings.sent = 5.0;
    first.timings.headers = 9.5;
    first.timings.done = 9.75;
    first.timings.requestSentCount = 1;
    first.meanings = {{302, QStringLiteral("302"), QStringLiteral("Found"), QStringLiteral("3xx"),
                       QStringLiteral("standard"), QStringLiteral("RFC 9110"),
                       QStringLiteral("Elsewhere for now."), QStringLiteral("RFC 9110 §15.4.3"), false}};
    first.warnings = {{QStringLiteral("method-changed"), Severity::Info,
                       QStringLiteral("POST became GET because of 302."), QStringLiteral("RFC 9110 §15.4.3")},
                      {QStringLiteral("body-dropped"), Severity::Warning,
                       QStringLiteral("The body was not sent again."), QString()}};

    Hop second;
    second.index = 1;
    second.startMs = 10.5;
    second.method = "GET";
    second.url = QUrl(QStringLiteral("https://shop.example/done"));
    second.requestHeaders = {{"Accept", "text/html"}};
    second.status = 200;
    second.reason = QStringLiteral("OK");
    second.protocol = QStringLiteral("HTTP/1.x");
    second.responseHeaders = {{"Content-Type", "application/octet-stream"}, {"Content-Encoding", "gzip"}};
    second.bodyPreview = QByteArray("\x00\x01binary\xff", 9);
    second.bodyBytes = 9;
    second.wireBodyBytes = 31;
    second.timings.connectionReused = true;
    second.timings.headers = 2.0;
    second.timings.done = 2.5;
    second.timings.requestSentCount = 2;
    second.warnings = {
        {QStringLiteral("resent"), Severity::Error, QStringLiteral("Qt sent the request twice."), QString()}};
    chain.hops = {first, second};
    return chain;
}

// No response at all: the connection timed out.
inline Core::ChainResult sampleErrorChain()
{
    using namespace Core;
    ChainResult chain;
    chain.request.url = QUrl(QStringLiteral("http://slow.example:8080/"));
    chain.outcome = ChainOutcome::Error;
    chain.error = ChainError{ErrorKind::Timeout, QStringLiteral("No byte for 30 s.")};
    chain.startedAt = sampleTime(2);
    chain.totalMs = 30000.5;
    chain.finalUrl = chain.request.url;
    Hop hop;
    hop.method = "GET";
    hop.url = chain.request.url;
    hop.timings.connect = 0.25;
    hop.warnings
        = {{QStringLiteral("timeout"), Severity::Error, QStringLiteral("Gave up waiting."), QString()}};
    chain.hops = {hop};
    return chain;
}

// Stopped by the redirect rules: a loop.
inline Core::ChainResult sampleStoppedChain()
{
    using namespace Core;
    ChainResult chain;
    chain.request.method = "HEAD";
    chain.request.url = QUrl(QStringLiteral("http://loop.example/a"));
    chain.outcome = ChainOutcome::Stopped;
    chain.stop = ChainStop{StopReason::RedirectLoop, QStringLiteral("/a was visited before.")};
    chain.startedAt = sampleTime(3);
    chain.totalMs = 3.5;
    chain.finalUrl = QUrl(QStringLiteral("http://loop.example/a"));
    for (int i = 0; i < 2; ++i) {
        Hop hop;
        hop.index = i;
        hop.startMs = i * 1.5;
        hop.method = "HEAD";
        hop.url = QUrl(i == 0 ? QStringLiteral("http://loop.example/a")
                              : QStringLiteral("http://loop.example/b"));
        hop.status = 301;
        hop.reason = QStringLiteral("Moved Permanently");
        hop.protocol = QStringLiteral("HTTP/1.x");
        hop.locationRaw = i == 0 ? "/b" : "/a";
        hop.location = QUrl(i == 0 ? QStringLiteral("http://loop.example/b")
                                   : QStringLiteral("http://loop.example/a"));
        hop.warnings = {
            {QStringLiteral("redirect-loop"), Severity::Warning, QStringLiteral("Back to /a."), QString()}};
        chain.hops.append(hop);
    }
    return chain;
}

// A certificate that failed, and a later stop reason and error kind (the last of each enum).
inline Core::ChainResult sampleTlsChain()
{
    using namespace Core;
    ChainResult chain;
    chain.request.url = QUrl(QStringLiteral("https://self-signed.example/"));
    chain.outcome = ChainOutcome::Error;
    chain.error = ChainError{ErrorKind::Other, QStringLiteral("Something else went wrong.")};
    chain.stop = ChainStop{StopReason::Cancelled, QStringLiteral("You pressed Esc.")};
    chain.startedAt = sampleTime(4);
    chain.totalMs = 12.0;
    chain.finalUrl = chain.request.url;
    Hop hop;
    hop.method = "GET";
    hop.url = chain.request.url;
    hop.tls.errors = {QStringLiteral("The certificate is self-signed, and untrusted")};
    hop.tls.errorsIgnored = false;
    chain.hops = {hop};
    return chain;
}

inline QList<Core::ChainResult> sampleChains()
{
    return {sampleRedirectChain(), sampleErrorChain(), sampleStoppedChain(), sampleTlsChain()};
}

inline Core::RequestSpec sampleSavedRequest()
{
    Core::RequestSpec request;
    request.method = "PUT";
    request.url = QUrl(QStringLiteral("https://api.example/items/1"));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = "{\"n\":1}";
    request.hasBody = true;
    request.options.followRedirects = false;
    request.options.bodyCap = 4096;
    request.options.allowDowngrade = true;
    return request;
}

} // namespace StatusScope::Test
