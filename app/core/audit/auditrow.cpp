// SPDX-License-Identifier: MIT
#include "core/audit/auditrow.h"

#include "core/formats/chaindocument.h"
#include "core/requests/checkids.h"
#include "core/requests/urlinput.h"

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

bool anyHopWarns(const ChainResult &chain, QStringView id)
{
    return std::any_of(chain.hops.cbegin(), chain.hops.cend(),
                       [id](const Hop &hop) { return hop.hasWarning(id); });
}

// An https hop followed by an http one, whether the engine stopped there or followed
// (RequestOptions::allowDowngrade).
bool downgraded(const ChainResult &chain)
{
    if (chain.stop && chain.stop->reason == StopReason::HttpsDowngrade)
        return true;
    if (anyHopWarns(chain, checkKey(CheckId::HttpsDowngrade)))
        return true;
    bool secure = false;
    for (const Hop &hop : chain.hops) {
        const QString scheme = hop.url.scheme().toLower();
        if (secure && scheme == u"http"_s)
            return true;
        secure = secure || scheme == u"https"_s;
    }
    return false;
}

// Redirects the engine followed: every 3xx but the last hop's (a chain that stops on a 3xx did
// not follow it).
int redirectsFollowed(const ChainResult &chain)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < chain.hops.size(); ++i) {
        const int status = chain.hops.at(i).status.value_or(0);
        if (status >= 300 && status < 400)
            ++count;
    }
    return count;
}

// A 429 or 503 the run waited out and asked again (the hop gate's retryLater()): any such hop
// but the last. It stays in the chain (the console view shows it, its retry-after note goes to
// the row's warnings), not in the row's statuses, which say what the source answers.
bool askedAgain(const ChainResult &chain, qsizetype i)
{
    const int status = chain.hops.at(i).status.value_or(0);
    return i + 1 < chain.hops.size() && (status == 429 || status == 503);
}

// What a row says of its source, whatever became of it.
AuditRow rowOf(const AuditSource &source)
{
    AuditRow row;
    row.index = source.index;
    row.line = source.line;
    row.source = source.source;
    row.hasExpected = source.hasExpectation();
    if (source.expectedTarget)
        row.expectedTarget = urlText(*source.expectedTarget);
    row.expectedStatus = source.expectedStatus;
    return row;
}

} // namespace

QString AuditProblem::redirectLoop()
{
    return checkKey(CheckId::RedirectLoop);
}

QString AuditProblem::httpsDowngrade()
{
    return checkKey(CheckId::HttpsDowngrade);
}

QString AuditProblem::retryAfter()
{
    return checkKey(CheckId::RetryAfter);
}

QStringList auditProblemIds()
{
    return {AuditProblem::TargetMismatch.toString(),
            AuditProblem::StatusMismatch.toString(),
            AuditProblem::FinalNotOk.toString(),
            AuditProblem::ChainTooLong.toString(),
            AuditProblem::redirectLoop(),
            AuditProblem::httpsDowngrade(),
            AuditProblem::retryAfter(),
            AuditProblem::Error.toString()};
}

AuditRow evaluateAudit(const AuditSource &source, const ChainResult &chain, const AuditCheckOptions &options)
{
    AuditRow row = rowOf(source);

    const Hop *last = nullptr; // the last hop that was answered
    double hopMs = 0;
    std::optional<int> first;
    for (qsizetype i = 0; i < chain.hops.size(); ++i) {
        const Hop &hop = chain.hops.at(i);
        hopMs += hop.timings.done.value_or(0);
        for (const HopWarning &warning : hop.warnings) {
            if (!row.warnings.contains(warning.id))
                row.warnings.append(warning.id);
        }
        if (askedAgain(chain, i)) {
            ++row.retries;
            continue;
        }
        if (row.chain.isEmpty())
            first = hop.status;
        row.chain.append(hop.status);
        if (hop.status)
            last = &hop;
    }
    row.hops = int(row.chain.size());
    // The hops' own durations: a hop held back by the run's per-host limits is not slower for it.
    row.totalMs = chain.hops.isEmpty() ? chain.totalMs : hopMs;
    if (last) {
        row.finalStatus = last->status;
        const QUrl finalUrl = chain.outcome == ChainOutcome::Complete && !chain.finalUrl.isEmpty()
            ? chain.finalUrl
            : last->url;
        row.finalUrl = urlText(finalUrl);
        if (source.expectedTarget)
            row.match = urlsMatch(finalUrl, *source.expectedTarget, options.match);
    }

    if (row.match == false)
        row.problems.append(AuditProblem::TargetMismatch.toString());
    if (source.expectedStatus && first != source.expectedStatus)
        row.problems.append(AuditProblem::StatusMismatch.toString());
    if (row.finalStatus && (*row.finalStatus < 200 || *row.finalStatus >= 300))
        row.problems.append(AuditProblem::FinalNotOk.toString());
    const bool hitLimit = chain.stop && chain.stop->reason == StopReason::RedirectLimit;
    if (redirectsFollowed(chain) > options.maxChain || hitLimit)
        row.problems.append(AuditProblem::ChainTooLong.toString());
    if ((chain.stop && chain.stop->reason == StopReason::RedirectLoop)
        || anyHopWarns(chain, checkKey(CheckId::RedirectLoop)))
        row.problems.append(AuditProblem::redirectLoop());
    if (downgraded(chain))
        row.problems.append(AuditProblem::httpsDowngrade());

    if (chain.error)
        row.error = AuditError{errorKindKey(chain.error->kind), chain.error->message};
    else if (chain.stop)
        row.error = AuditError{stopReasonKey(chain.stop->reason), chain.stop->message};
    else if (chain.outcome != ChainOutcome::Complete)
        row.error = AuditError{outcomeKey(chain.outcome), QString()};
    if (row.error)
        row.problems.append(AuditProblem::Error.toString());
    return row;
}

AuditRow invalidAuditRow(const AuditSource &source, const QString &message)
{
    AuditRow row = rowOf(source);
    if (!source.expectedTarget && !source.expectedTargetText.isEmpty())
        row.expectedTarget = source.expectedTargetText;
    row.hasExpected = row.hasExpected || !source.expectedTargetText.isEmpty();
    row.error = AuditError{u"invalid-input"_s, message.isEmpty() ? source.invalid : message};
    row.problems.append(AuditProblem::Error.toString());
    return row;
}

AuditSource auditSourceOfRow(const AuditRow &row)
{
    AuditSource source;
    source.index = row.index;
    source.line = row.line;
    source.source = row.source;
    const UrlInput typed = readTypedUrl(row.source);
    source.url = typed.url;
    if (!typed.isValid())
        source.invalid = typed.error;
    if (!row.expectedTarget.isEmpty()) {
        source.expectedTargetText = row.expectedTarget;
        source.expectedTarget = QUrl(row.expectedTarget);
    }
    source.expectedStatus = row.expectedStatus;
    if (row.error && row.error->kind == u"invalid-input"_s && row.chain.isEmpty())
        source.invalid = row.error->message;
    return source;
}

void AuditSummary::add(const AuditRow &row)
{
    ++sources;
    if (row.passed())
        ++matched;
    else
        ++mismatched;
    if (row.isError())
        ++errors;
}

} // namespace StatusScope::Core
