// SPDX-License-Identifier: MIT
#include "core/requests/hop.h"

#include "core/requests/checkids.h"

#include "core/requests/safetext.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

bool Hop::hasWarning(QStringView id) const
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&](const HopWarning &w) { return w.id == id; });
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        break;
    }
    return u"error"_s;
}

QString stopReasonKey(StopReason reason)
{
    switch (reason) {
    case StopReason::RedirectLimit:
        return u"redirect-limit"_s;
    case StopReason::RedirectLoop:
        return u"redirect-loop"_s;
    case StopReason::UnsafeRedirectScheme:
        return u"unsafe-redirect-scheme"_s;
    case StopReason::InvalidLocation:
        return u"invalid-location"_s;
    case StopReason::HttpsDowngrade:
        return u"https-downgrade"_s;
    case StopReason::BodyLimit:
        return u"body-limit"_s;
    case StopReason::Cancelled:
        break;
    }
    return u"cancelled"_s;
}

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::ConnectionRefused:
        return u"connection-refused"_s;
    case ErrorKind::HostNotFound:
        return u"host-not-found"_s;
    case ErrorKind::Tls:
        return u"tls"_s;
    case ErrorKind::Timeout:
        return u"timeout"_s;
    case ErrorKind::RemoteClosed:
        return u"remote-closed"_s;
    case ErrorKind::InvalidResponse:
        return u"invalid-response"_s;
    case ErrorKind::InvalidInput:
        return u"invalid-input"_s;
    case ErrorKind::ProxyAuthRequired: // the same word as the warning that says why
        return checkKey(CheckId::ProxyAuthRequired);
    case ErrorKind::Other:
        break;
    }
    return u"other"_s;
}

QString outcomeKey(ChainOutcome outcome)
{
    switch (outcome) {
    case ChainOutcome::Complete:
        return u"complete"_s;
    case ChainOutcome::Stopped:
        return u"stopped"_s;
    case ChainOutcome::Error:
        return u"error"_s;
    case ChainOutcome::Running:
        break;
    }
    return u"running"_s;
}

void escapeUntrustedText(Hop &hop)
{
    hop.reason = escapeForDisplay(hop.reason);
    for (HopWarning &warning : hop.warnings)
        warning.message = escapeForDisplay(warning.message);
    for (QString &error : hop.tls.errors)
        error = escapeForDisplay(error);
    for (CertificateInfo &certificate : hop.tls.chain) {
        certificate.subject = escapeForDisplay(certificate.subject);
        certificate.issuer = escapeForDisplay(certificate.issuer);
    }
    hop.tls.alpn = escapeForDisplay(hop.tls.alpn);
}

void escapeUntrustedSentences(ChainResult &chain)
{
    if (chain.stop)
        chain.stop->message = escapeForDisplay(chain.stop->message);
    if (chain.error)
        chain.error->message = escapeForDisplay(chain.error->message);
}

void escapeUntrustedText(ChainResult &chain)
{
    escapeUntrustedSentences(chain);
    for (Hop &hop : chain.hops)
        escapeUntrustedText(hop);
}

} // namespace StatusScope::Core
