// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/chaindocument.h"
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

// What the history keeps of a chain: the chain document (chaindocument.h) with its body bytes,
// the `check --json` document plus `request.body` and each hop's `body_preview`, so a stored
// chain reads exactly as it did live. Credentials are masked as `options` asks first.
QJsonObject chainToRecord(const ChainResult &chain, const RecordOptions &options = {});
// Reads a record of any schema: older ones are brought to the current shape by
// upgradeChainRecord() first. A value this version does not know is reported in *error (one
// sentence) and the chain is still filled in.
ChainResult chainFromRecord(const QJsonObject &record, QString *error = nullptr);
// Rewrites an older record as this version writes it: the numbers of before schema 3 as keys, the
// names of before the shared document ("timings", "meanings", …) as the document's. True when
// something changed.
bool upgradeChainRecord(QJsonObject &record);

// A request as a saved request keeps it (masked as `options` asks). Reading it, and the request
// options alone, are in chaindocument.h: requestFromRecord(), requestOptionsToRecord(),
// requestOptionsFromRecord().
QJsonObject requestToRecord(const RequestSpec &request, const RecordOptions &options = {});

} // namespace StatusScope::Core
