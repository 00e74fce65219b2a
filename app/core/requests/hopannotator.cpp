// SPDX-License-Identifier: MIT
#include "core/requests/hopannotator.h"

#include "core/requests/checkids.h"
#include "core/requests/httpdate.h"
#include "core/requests/safetext.h"

#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HopChecks
{
    Q_DECLARE_TR_FUNCTIONS(HopChecks)
};

HopMeaning meaningOf(const StatusEntry &entry, bool fallback)
{
    return {entry.code,
            entry.codeText,
            entry.reason,
            classKey(classOfCode(entry.code)),
            originKey(entry.origin),
            entry.originDetail,
            entry.summary,
            entry.specRefs.isEmpty() ? QString() : entry.specRefs.first().title,
            fallback};
}

// `spec` names the status's own section where the check covers two codes (206 and 416); empty
// keeps the table's.
void checkRequiredHeader(Hop &hop, int status, const char *header, CheckId check, const QString &spec = {})
{
    if (hop.status == status && !hasHeader(hop.responseHeaders, header)) {
        const QString message
            = HopChecks::tr("%1 without a %2 header.").arg(status).arg(QString::fromLatin1(header));
        hop.warnings.append(spec.isEmpty() ? makeWarning(check, message) : makeWarning(check, message, spec));
    }
}

void checkRetryAfter(Hop &hop, const QDateTime &now)
{
    const QByteArray value = headerValue(hop.responseHeaders, "Retry-After").trimmed();
    if (value.isEmpty()
        || (hop.status != 429 && hop.status != 503 && !(hop.status >= 300 && hop.status < 400)))
        return;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    QDateTime when;
    if (isNumber && seconds >= 0) {
        when = now.addSecs(seconds);
        hop.warnings.append(
            makeWarning(CheckId::RetryAfter,
                        HopChecks::tr("Retry-After asks the client to wait %n second(s), until %1.", nullptr,
                                      int(seconds))
                            .arg(when.toString(Qt::ISODate))));
        return;
    }
    when = parseHttpDate(value); // Qt 6.4 alone refuses the "GMT" of every HTTP date
    if (!when.isValid()) {
        // A value no client can act on is a warning; the table's severity is for one it can.
        hop.warnings.append(
            makeWarning(CheckId::RetryAfter,
                        HopChecks::tr("Retry-After “%1” is neither a number of seconds nor an HTTP date.")
                            .arg(QString::fromLatin1(value)),
                        Severity::Warning));
        return;
    }
    const qint64 wait = std::max<qint64>(0, now.secsTo(when));
    hop.warnings.append(
        makeWarning(CheckId::RetryAfter,
                    HopChecks::tr("Retry-After asks the client to wait until %1 (%n second(s) from now).",
                                  nullptr, int(wait))
                        .arg(when.toUTC().toString(Qt::ISODate))));
}

} // namespace

QList<HopMeaning> meaningsFor(int status, const StatusCatalogue &catalogue)
{
    QList<HopMeaning> meanings;
    for (const StatusEntry &entry : catalogue.entriesForCode(status))
        meanings.append(meaningOf(entry, false));
    if (!meanings.isEmpty())
        return meanings;
    // RFC 9110 §15: an unknown code is understood as the x00 of its class; outside 100-599, as 5xx.
    const int stand = status >= 100 && status <= 599 ? status / 100 * 100 : 500;
    const QList<StatusEntry> fallback = catalogue.entriesForCode(stand);
    if (!fallback.isEmpty())
        meanings.append(meaningOf(fallback.first(), true));
    return meanings;
}

std::optional<StatusEntry> entryOfMeaning(const HopMeaning &meaning, const StatusCatalogue &catalogue)
{
    for (const StatusEntry &entry : catalogue.entriesForCode(meaning.code)) {
        if (entry.reason == meaning.reason && entry.originDetail == meaning.originDetail)
            return entry;
    }
    return std::nullopt;
}

namespace {

// A browser writes some answers into its HAR itself and marks them with Non-Authoritative-Reason:
// Chrome's "307 Internal Redirect" when HSTS sends http to https, or when an extension redirects.
// A live server sending that field proves nothing, so only a HAR's hops are read this way.
bool markBrowserMade(Hop &hop)
{
    if (!hasHeader(hop.responseHeaders, "Non-Authoritative-Reason"))
        return false;
    const QByteArray why = headerValue(hop.responseHeaders, "Non-Authoritative-Reason").trimmed();
    if (why.compare("HSTS", Qt::CaseInsensitive) == 0) {
        hop.warnings.append(makeWarning(
            CheckId::BrowserMade,
            HopChecks::tr("The browser made this %1 itself: %2 is on its HSTS list, so it went to https "
                          "without asking the server (Non-Authoritative-Reason: HSTS). What the server "
                          "answers at http is not in this file.")
                .arg(*hop.status)
                .arg(hop.url.host())));
    } else {
        hop.warnings.append(makeWarning(
            CheckId::BrowserMade,
            HopChecks::tr("The browser made this %1 itself (Non-Authoritative-Reason: %2), as it does when "
                          "an extension redirects a request: the server never saw it.")
                .arg(*hop.status)
                .arg(escapeBytesForDisplay(why.left(200))),
            QString()));
    }
    return true;
}

} // namespace

void annotateHop(Hop &hop, const StatusCatalogue &catalogue, const QDateTime &now)
{
    if (!hop.status)
        return;
    const int status = *hop.status;
    hop.meanings = meaningsFor(status, catalogue);
    if (hop.fromHar && markBrowserMade(hop))
        return; // nothing of the server to judge: it never saw the request
    const QList<StatusEntry> entries = catalogue.entriesForCode(status);
    const bool inRange = status >= 100 && status <= 599;

    if (!inRange) {
        hop.warnings.append(makeWarning(
            CheckId::InvalidStatus,
            HopChecks::tr(
                "%1 is outside 100–599, so it is not a valid HTTP status; clients should treat it as a "
                "server error (5xx).")
                .arg(status)));
    } else if (entries.isEmpty()) {
        hop.warnings.append(
            makeWarning(CheckId::UnknownStatus,
                        HopChecks::tr("%1 is not in the catalogue; by its class it means the same as %2.")
                            .arg(status)
                            .arg(status / 100 * 100)));
    }
    if (!entries.isEmpty()) {
        const bool anyStandard = std::any_of(entries.cbegin(), entries.cend(), [](const StatusEntry &e) {
            return e.origin == OriginKind::Standard || e.origin == OriginKind::WebDav
                || e.origin == OriginKind::Experimental;
        });
        if (!anyStandard) {
            QStringList origins;
            for (const StatusEntry &entry : entries)
                origins.append(entry.originDetail);
            hop.warnings.append(makeWarning(CheckId::NonstandardStatus,
                                            HopChecks::tr("%1 is not a standard code; it is used by %2.")
                                                .arg(status)
                                                .arg(origins.join(u", "_s))));
        }
    }
    if (status == 305 || status == 306) {
        hop.warnings.append(
            status == 305
                ? makeWarning(CheckId::DeprecatedStatus,
                              HopChecks::tr("305 Use Proxy is deprecated; clients ignore it."))
                : makeWarning(CheckId::DeprecatedStatus,
                              HopChecks::tr("306 is reserved and unused; a server should never send it."),
                              u"RFC 9110 §15.4.7"_s));
    }
    if (status >= 100 && status < 200 && status != 101) {
        hop.warnings.append(makeWarning(
            CheckId::FinalInformational,
            HopChecks::tr(
                "A %1 arrived as the final response. 1xx responses are interim: with Qt 6.4 the real "
                "response that follows is lost, so this is not the server's full answer.")
                .arg(status)));
    }
    if (!hop.reason.isEmpty() && !entries.isEmpty()) {
        bool known = false;
        for (const StatusEntry &entry : entries) {
            QStringList names = entry.aliases;
            names.append(entry.reason);
            if (entry.iana)
                names.append(entry.iana->reason);
            for (const QString &name : std::as_const(names))
                known = known || name.compare(hop.reason, Qt::CaseInsensitive) == 0;
        }
        if (!known) {
            hop.warnings.append(makeWarning(
                CheckId::ReasonMismatch,
                HopChecks::tr("The reason phrase “%1” is not the usual “%2”; clients ignore reason phrases.")
                    .arg(hop.reason, entries.first().reason)));
        }
    }
    checkRequiredHeader(hop, 401, "WWW-Authenticate", CheckId::MissingWwwAuthenticate);
    checkRequiredHeader(hop, 407, "Proxy-Authenticate", CheckId::MissingProxyAuthenticate);
    checkRequiredHeader(hop, 405, "Allow", CheckId::MissingAllow);
    checkRequiredHeader(hop, 206, "Content-Range", CheckId::MissingContentRange);
    checkRequiredHeader(hop, 416, "Content-Range", CheckId::MissingContentRange, u"RFC 9110 §15.5.17"_s);
    checkRequiredHeader(hop, 101, "Upgrade", CheckId::MissingUpgrade);
    checkRequiredHeader(hop, 426, "Upgrade", CheckId::MissingUpgrade, u"RFC 9110 §15.5.22"_s);
    checkRetryAfter(hop, now);
}

} // namespace StatusScope::Core
