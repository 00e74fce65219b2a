// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditsource.h"
#include "core/audit/urlmatch.h"
#include "core/requests/hop.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace StatusScope::Core {

// The problem ids an audit row can carry (besides the hops' warning ids, which go in `warnings`).
namespace AuditProblem {
inline constexpr QStringView TargetMismatch = u"target-mismatch";
inline constexpr QStringView StatusMismatch = u"status-mismatch";
inline constexpr QStringView FinalNotOk = u"final-not-ok";
inline constexpr QStringView ChainTooLong = u"chain-too-long";
inline constexpr QStringView Error = u"error";
// Three problems are named as the hop checks of the same meaning are, so these come from the check
// table (checkids.cpp spells every check id once): a redirect loop, an https -> http hop, and a 429
// or 503 that asked to wait longer than the run's Retry-After limit, or still answered so after the
// retries allowed (the row's final status is that answer).
QString redirectLoop();
QString httpsDowngrade();
QString retryAfter();
} // namespace AuditProblem
// Every id above, in the order rows list them.
QStringList auditProblemIds();

// What is checked per source, besides the URL rules.
struct AuditCheckOptions
{
    MatchOptions match;
    int maxChain = 1; // more redirects followed than this is chain-too-long
};

struct AuditError
{
    QString kind; // the engine's error kind ("connection-refused"…), a stop reason, or "invalid-input"
    QString message;
};

// One source's result: the fields of the audit's JSON Lines object (auditwriter.h), in its order.
struct AuditRow
{
    qint64 index = 0; // position in the input, from 0 (not written)
    qint64 line = 0; // 0: null (sitemap rows)
    QString source;
    bool hasExpected = false; // "expected" is an object, else null
    QString expectedTarget; // as resolved (URL text); empty when the map gave none
    std::optional<int> expectedStatus;
    QString finalUrl; // empty when no response arrived
    std::optional<int> finalStatus;
    QList<std::optional<int>> chain; // each hop's status; empty for a hop without response
    int hops = 0;
    std::optional<bool> match; // null without an expected target, or when no response arrived
    QStringList problems;
    QStringList warnings; // every hop's warning ids, each once, in the order first seen
    double totalMs = 0;
    std::optional<AuditError> error;
    int retries = 0; // 429s and 503s waited out and asked again (not written; left out of chain)

    // No problem at all: what `matched` counts in the summary.
    bool passed() const { return problems.isEmpty(); }
    // The chain stopped or failed (or never ran): what `errors` counts.
    bool isError() const { return error.has_value(); }
};

// The row for `source` once its chain ended.
AuditRow evaluateAudit(const AuditSource &source, const ChainResult &chain, const AuditCheckOptions &options);
// The row for a source that was not run: an invalid-input line (source.invalid), or a chain the
// engine refused before sending (`message`, kind "invalid-input").
AuditRow invalidAuditRow(const AuditSource &source, const QString &message = {});

// The source a row was made from, as far as the row tells it (to run it again): its URL read from
// the source as typed, its line and expectations. A row of an invalid input line stays invalid,
// with its message.
AuditSource auditSourceOfRow(const AuditRow &row);

// The counts of the last JSON Lines object.
struct AuditSummary
{
    qint64 sources = 0;
    qint64 matched = 0; // rows with no problem
    qint64 mismatched = 0; // all the others
    qint64 errors = 0; // those among them whose chain stopped or failed
    double elapsedMs = 0;
    bool cancelled = false; // the run was cancelled: the counts cover what finished (not written)

    void add(const AuditRow &row);
};

} // namespace StatusScope::Core
