// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/chainmasking.h"
#include "core/requests/hop.h"

#include <QJsonObject>

namespace StatusScope::Core {

struct RecordOptions
{
    SecretStorage secrets = SecretStorage::Masked; // how credentials are kept: see maskedChain()
    qint64 previewCap = 256 * 1024; // body bytes kept per hop
    QList<QByteArray> extraSecretHeaders; // header names the user marked secret
};

// A complete, lossless-enough form of a chain for storage: everything the console shows (request,
// every hop with headers, status, timings, warnings, meanings, TLS, body preview) so a stored
// chain reads exactly as it did live.
QJsonObject chainToRecord(const ChainResult &chain, const RecordOptions &options = {});
// Enum values are read from their keys, or from the numbers records held before schema 3; a value
// this version does not know is reported in *error (one sentence) and the chain is still filled in.
ChainResult chainFromRecord(const QJsonObject &record, QString *error = nullptr);
// Rewrites the numbers of a record from before schema 3 as keys; true when something changed.
bool upgradeChainRecord(QJsonObject &record);

// The request options alone (follow, limits, timeouts), as in a request record's "options".
QJsonObject requestOptionsToRecord(const RequestOptions &options);
RequestOptions requestOptionsFromRecord(const QJsonObject &record);
QJsonObject requestToRecord(const RequestSpec &request, const RecordOptions &options = {});
RequestSpec requestFromRecord(const QJsonObject &record);

} // namespace StatusScope::Core
