// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditmasking.h"
#include "core/audit/auditrow.h"
#include "core/requests/hop.h"

#include <QList>
#include <QString>

namespace StatusScope::Gui {

// The audit page's exports, written whole or not at all (QSaveFile). Each returns false with the
// reason in `error`.

// The core's CSV: a header row, then one row per audit row (auditwriter.h), credentials masked as
// `masking` says (by default a password in a URL; AuditMasking(base) also the run's request's).
bool writeAuditCsv(const QString &path, const QList<Core::AuditRow> &rows, QString *error,
                   const Core::AuditMasking &masking = {});
// The core's JSON Lines: one object per row, then the summary object; masked the same way.
bool writeAuditJsonLines(const QString &path, const QList<Core::AuditRow> &rows,
                         const Core::AuditSummary &summary, QString *error,
                         const Core::AuditMasking &masking = {});
// HAR 1.2 of `chains`, credentials masked unless `withCredentials` (core/formats/har.h).
bool writeAuditHar(const QString &path, const QList<Core::ChainResult> &chains, bool withCredentials,
                   QString *error);

} // namespace StatusScope::Gui
