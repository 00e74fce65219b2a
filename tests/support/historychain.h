// SPDX-License-Identifier: MIT
#pragma once
// A chain for the history tests at any URL, final status and start time: a POST redirected once
// (302) over TLS with credentials in its headers, then a final hop with a binary body preview.
// Unlike historysamples.h it is written nowhere on disk, so it may change with the tests.
#include "core/history/chainrecord.h"

#include <QDateTime>

namespace StatusScope::Test {

inline Core::ChainResult sampleChain(const QString &url, int finalStatus,
                                     const QDateTime &when = QDateTime::currentDateTimeUtc())
{
    using namespace Core;
    using namespace Qt::Literals::StringLiterals;
    ChainResult chain;
    chain.request.method = "POST";
    chain.request.url = QUrl(url);
    chain.request.headers = {{"Authorization", "Bearer s3cret"}, {"X-Api-Key", "k3y"}, {"Accept", "*/*"}};
    chain.request.body = "a=1";
    chain.request.hasBody = true;
    chain.request.options.maxRedirects = 7;
    chain.startedAt = when;
    chain.outcome = ChainOutcome::Complete;
    chain.totalMs = 12.5;
    chain.finalUrl = QUrl(url + u"#done"_s);
    Hop redirect;
    redirect.method = "POST";
    redirect.url = QUrl(url);
    redirect.requestHeaders = chain.request.headers;
    redirect.requestHasBody = true;
    redirect.requestBodyBytes = 3;
    redirect.status = 302;
    redirect.reason = u"Found"_s;
    redirect.protocol = u"HTTP/1.x"_s;
    redirect.responseHeaders = {{"Location", "/next"}, {"Set-Cookie", "sid=abc; Path=/"}};
    redirect.location = QUrl(url).resolved(QUrl(u"/next"_s));
    redirect.warnings = {
        {u"method-changed"_s, Severity::Info, u"POST became GET because of 302."_s, u"RFC 9110 §15.4.3"_s}};
    redirect.meanings = {{302, u"302"_s, u"Found"_s, u"3xx"_s, u"standard"_s, u"RFC 9110"_s,
                          u"Elsewhere for now."_s, u"RFC 9110 §15.4.3"_s, false}};
    redirect.timings.connect = 0.5;
    redirect.timings.sent = 0.7;
    redirect.timings.headers = 2.0;
    redirect.timings.done = 2.1;
    redirect.timings.requestSentCount = 1;
    redirect.tls.encrypted = true;
    redirect.tls.protocol = u"TLS 1.3"_s;
    redirect.tls.chain = {{u"example"_s, u"Test CA"_s, when.addDays(-1), when.addDays(90), u"AB:CD"_s}};
    Hop last;
    last.index = 1;
    last.startMs = 3.0;
    last.method = "GET";
    last.url = *redirect.location;
    last.status = finalStatus;
    last.reason = u"Final"_s;
    last.bodyPreview = QByteArray("hello\x00\xff", 7);
    last.bodyBytes = 7;
    last.timings.connectionReused = true;
    last.timings.done = 1.0;
    chain.hops = {redirect, last};
    return chain;
}

} // namespace StatusScope::Test
