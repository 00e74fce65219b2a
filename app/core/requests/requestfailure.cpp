// SPDX-License-Identifier: MIT
#include "core/requests/requestfailure.h"

#include "core/formats/datasize.h"
#include "core/requests/checkids.h"
#include "core/requests/safetext.h"
#include "core/requests/speedwindow.h"
#include "core/requests/tlsfailure.h"
#include "core/requests/tlssetup.h"

#include <QCoreApplication>
#include <QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// The sentences are the engine's, as people read them: one translation context with it.
struct RequestEngineText
{
    Q_DECLARE_TR_FUNCTIONS(RequestEngine)
};

} // namespace

void classifyFailure(HopAbort abort, QNetworkReply *reply, bool shortBody, const SpeedWindow &speed, Hop &hop,
                     ChainResult &result)
{
    const RequestOptions &options = result.request.options;
    const int hopNumber = hop.index + 1;
    switch (abort) {
    case HopAbort::Cancel:
        result.stop = ChainStop{StopReason::Cancelled,
                                RequestEngineText::tr("Cancelled during hop %1.").arg(hopNumber)};
        return;
    case HopAbort::Timeout:
        if (hop.status && hop.responseHeaders.isEmpty()) {
            // Qt 6.4 read the status line, then gave up on the header section without an error:
            // more than 100 fields, one field over about 100 KB, or a line it cannot parse. The
            // hop's "no field was read" becomes this certainty.
            const QStringView unreadable = checkInfo(CheckId::UnreadableHeaders).id;
            hop.warnings.removeIf(
                [unreadable](const HopWarning &warning) { return warning.id == unreadable; });
            hop.warnings.append(makeWarning(
                CheckId::UnreadableHeaders,
                RequestEngineText::tr("The status line arrived, but Qt 6.4 could not read the header "
                                      "section: more than 100 fields, a field of over 100 KB, or a line "
                                      "without a colon. The status alone is not the server's answer.")));
            result.error = ChainError{
                ErrorKind::InvalidResponse,
                RequestEngineText::tr("Hop %1 sent headers Qt 6.4 cannot read; gave up after %2 s.")
                    .arg(hopNumber)
                    .arg(options.inactivityTimeoutMs / 1000.0)};
            return;
        }
        result.error = ChainError{ErrorKind::Timeout,
                                  RequestEngineText::tr("Timed out: hop %1 made no progress for %2 s.")
                                      .arg(hopNumber)
                                      .arg(options.inactivityTimeoutMs / 1000.0)};
        return;
    case HopAbort::ConnectTimeout:
        result.error = ChainError{ErrorKind::Timeout,
                                  RequestEngineText::tr("Timed out: could not connect to %1 within the "
                                                        "connect timeout of %2 s.")
                                      .arg(displayHostAndPort(hop.url))
                                      .arg(options.connectTimeoutMs / 1000.0)};
        return;
    case HopAbort::Deadline:
        result.error = ChainError{ErrorKind::Timeout,
                                  RequestEngineText::tr("Timed out: the chain did not finish "
                                                        "within %1 s.")
                                      .arg(options.deadlineMs / 1000.0)};
        return;
    case HopAbort::LowSpeed:
        result.error = ChainError{
            ErrorKind::Timeout,
            RequestEngineText::tr("Too slow: hop %1 moved %2 in the last %3 s, under the limit of "
                                  "%4 per second.")
                .arg(hopNumber)
                .arg(readableSize(speed.bytesInLastWindow()))
                .arg(speed.windowMs() / 1000.0)
                .arg(readableSize(speed.bytesPerSecond()))};
        return;
    case HopAbort::BodyCap:
        // The hop's warning and the chain's stop say the same thing in the same words, the limit
        // written as people read it; the exact number stays in JSON (options.bodyCap).
        hop.bodyTruncated = true;
        hop.warnings.append(
            makeWarning(CheckId::BodyTruncated,
                        RequestEngineText::tr("The body was cut at the limit of %1; the rest was not read.")
                            .arg(readableSize(options.bodyCap))));
        result.stop = ChainStop{
            StopReason::BodyLimit,
            RequestEngineText::tr("The body of hop %1 was cut at the limit of %2; the rest was not read.")
                .arg(hopNumber)
                .arg(readableSize(options.bodyCap))};
        return;
    case HopAbort::DecodeFailed: // finishBody() says what was wrong with the body
    case HopAbort::None:
        break;
    }
    if (abort == HopAbort::DecodeFailed)
        return;

    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && !shortBody)
        return;
    const QString where = displayHostAndPort(hop.url);
    if (hop.status) {
        // A status arrived: Qt's error is either the status itself (4xx/5xx map to errors) or a
        // transfer problem after the headers.
        if (error == QNetworkReply::RemoteHostClosedError || shortBody) {
            hop.bodyTruncated = true;
            hop.warnings.append(
                makeWarning(CheckId::BodyTruncated,
                            RequestEngineText::tr("The server closed the connection after %1 of the body.")
                                .arg(readableSize(hop.bodyBytes))));
            result.error
                = ChainError{ErrorKind::RemoteClosed,
                             RequestEngineText::tr("The server closed the connection in the middle of the "
                                                   "body of hop %1, after %2.")
                                 .arg(hopNumber)
                                 .arg(readableSize(hop.bodyBytes))};
        } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            result.error = ChainError{ErrorKind::Timeout,
                                      RequestEngineText::tr("Timed out during hop %1.").arg(hopNumber)};
        }
        return;
    }

    ErrorKind kind = ErrorKind::Other;
    QString message;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        kind = ErrorKind::ConnectionRefused;
        message = RequestEngineText::tr("Connection refused by %1: nothing is listening there.").arg(where);
        break;
    case QNetworkReply::HostNotFoundError:
        kind = ErrorKind::HostNotFound;
        message
            = RequestEngineText::tr("The host name “%1” could not be resolved.").arg(displayHost(hop.url));
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        // In plain words with the fix that fits (tlsfailure.h); Qt's own words otherwise.
        kind = ErrorKind::Tls;
        QString why = hop.tls.problem;
        if (why.isEmpty())
            why = describeHandshakeFailure(reply->errorString(),
                                           !options.network.tls.clientCertificate.isEmpty(),
                                           tlsVersionsOffered(options.network.tls));
        if (why.isEmpty())
            why = hop.tls.errors.isEmpty() ? reply->errorString() : hop.tls.errors.join(u"; "_s);
        message = RequestEngineText::tr("The TLS handshake with %1 failed. %2").arg(where, why);
        break;
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // how Qt 6.4 reports its own timeouts
        kind = ErrorKind::Timeout;
        message = RequestEngineText::tr("Timed out waiting for %1.").arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        if (hop.timings.requestSentCount > 1) {
            kind = ErrorKind::InvalidResponse;
            // Qt 6.4 re-sends when it cannot read a status line, and also when the server closes
            // before answering; the two cannot be told apart from here.
            message = RequestEngineText::tr(
                          "%1 gave no valid HTTP response: it sent something that is not HTTP, or "
                          "closed the connection before answering. Qt sent the request %n times.",
                          nullptr, hop.timings.requestSentCount)
                          .arg(where);
        } else {
            kind = ErrorKind::RemoteClosed;
            message
                = RequestEngineText::tr("%1 closed the connection without sending a response.").arg(where);
        }
        break;
    case QNetworkReply::ProtocolFailure:
        kind = ErrorKind::InvalidResponse;
        message = RequestEngineText::tr("%1 sent a response that is not valid HTTP.").arg(where);
        break;
    default:
        message = RequestEngineText::tr("The request to %1 failed: %2").arg(where, reply->errorString());
        break;
    }
    result.error = ChainError{kind, message};
}

} // namespace StatusScope::Core
