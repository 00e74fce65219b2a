// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditmasking.h"
#include "core/audit/auditrow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace StatusScope::Core {

// The one place audit rows become JSON and CSV, for the command line and the window's export.
// Every row is written as `masking` shows it: by default a password in a URL is masked, as `check`
// masks it (auditmasking.h); AuditMasking::showingSecrets() writes the row as it is.

// {"line": 12, "source": …, "expected": {"target": …, "status": 301} | null, "final_url": …,
//  "final_status": 200, "chain": [301, 200], "hops": 2, "match": true | false | null,
//  "problems": [...], "warnings": [...], "total_ms": 41.2, "error": null | {"kind", "message"}}
QJsonObject auditRowToJson(const AuditRow &row, const AuditMasking &masking = {});
// The object above on one line, keys in that order, with the newline.
QByteArray auditRowJsonLine(const AuditRow &row, const AuditMasking &masking = {});
// {"summary": {"sources": N, "matched": M, "mismatched": K, "errors": E, "elapsed_ms": T}}
QJsonObject auditSummaryToJson(const AuditSummary &summary);
QByteArray auditSummaryJsonLine(const AuditSummary &summary);

// The CSV columns: line, source, expected_target, expected_status, final_url, final_status, chain,
// hops, match, problems, warnings, total_ms, error_kind, error_message.
QStringList auditCsvColumns();
// The header line and one row each, RFC 4180 (CRLF line ends, fields quoted when they hold a
// comma, quote, CR or LF); chain as "301>200", lists joined with spaces, null as an empty field.
QByteArray auditCsvHeader();
QByteArray auditCsvRow(const AuditRow &row, const AuditMasking &masking = {});
// Each value as CSV writes it, unquoted: for a table or a window's column.
QStringList auditCsvFields(const AuditRow &row, const AuditMasking &masking = {});
// "301>302>200"; a hop without response is "-".
QString auditChainText(const QList<std::optional<int>> &chain);
// One field, quoted when RFC 4180 asks for it; one a spreadsheet would run as a formula (=, +, -,
// @ first) starts with an apostrophe, quoted.
QString csvField(const QString &value);

} // namespace StatusScope::Core
