// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace StatusScope::Core {

// One chain as one JSON document, written here and nowhere else. The history stores it with the
// body bytes, `statusscope check --json` prints it without them, and the HAR export takes each
// value it shares with HAR from the functions below and carries the rest (the annotations) under
// HAR's own names with a leading underscore. A field added here therefore reaches all three.
//
// Nothing here masks: pass a chain as maskedChain() (chainmasking.h) left it.

enum class BodyBytes {
    LeftOut, // the CLI: sizes only
    Kept // the history: the request body and each hop's preview, in base64
};

// Each value as every output writes it.
QString methodText(const QByteArray &method);
QString urlText(const QUrl &url); // percent-encoded, as sent
QString headerNameText(const QByteArray &name);
QString headerValueText(const QByteArray &value);
QString timeText(const QDateTime &time); // UTC, ISO 8601 with milliseconds; empty when invalid
double roundedMs(double ms); // to the microsecond: finer digits are noise, not measurement
// In order, duplicates kept: [["Name", "value"], …].
QJsonArray headersToDocument(const HeaderList &headers);

// The fields of a hop that HAR has no member of its own for: index, meaning, warnings, tls,
// timings_ms, body_truncated, location_raw. The hop document is these plus the fields HAR maps
// (method, url, headers, status, reason, protocol, sizes, location, start_ms).
QJsonObject hopAnnotations(const Hop &hop);
QJsonObject hopToDocument(const Hop &hop, BodyBytes bodies);
// The same document written straight as JSON text onto `out` (hopdocument.cpp): byte for byte what
// QJsonDocument(hopToDocument(hop, bodies)).toJson(format) gives when `level` is 0. A `level` above
// 0 writes the hop as an element that deep in a larger indented document (inside a chain's
// "hops", 2): indented to it, without the document's final line break.
void writeHopJson(QByteArray &out, const Hop &hop, BodyBytes bodies, QJsonDocument::JsonFormat format,
                  int level = 0);

// The fields of a chain that HAR has no member of its own for: outcome, final_url, stop, error,
// total_ms. The chain document is these plus version, request, started_at and hops.
QJsonObject chainAnnotations(const ChainResult &chain);
QJsonObject chainToDocument(const ChainResult &chain, BodyBytes bodies);

// Reads a document as this version writes it (older history records are brought to this shape
// first: upgradeChainRecord()). An enum key this version does not know is reported in *error
// (one sentence, the first one kept) and the chain is still filled in.
ChainResult chainFromDocument(const QJsonObject &document, QString *error = nullptr);

// The request of a chain document, also what a saved request and the settings' last request keep.
QJsonObject requestToDocument(const RequestSpec &request, BodyBytes bodies);
RequestSpec requestFromRecord(const QJsonObject &record);
// The request options alone (follow, limits, timeouts, and the network part without its secrets:
// networkdocument.h), as in a request's "options".
QJsonObject requestOptionsToRecord(const RequestOptions &options);
RequestOptions requestOptionsFromRecord(const QJsonObject &record);
// --post301/302/303 as the statuses after which a POST stays a POST: [301, 303].
QJsonArray keptPostStatuses(const PostKept &kept);
PostKept keptPostFromStatuses(const QJsonArray &statuses);

} // namespace StatusScope::Core
