// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditrow.h"
#include "core/requests/requestspec.h"

#include <QByteArray>
#include <QList>

namespace StatusScope::Core {

// How an audit's rows show credentials wherever they leave the run (JSON Lines, CSV, the command
// line's table, the window's exports), as `check` shows them: a password written in a URL is
// masked ("http://ann:••••@host/"), and so is every credential the run's request carried (-H
// Authorization or Cookie, -u, --oauth2-bearer, --proxy-user) wherever it echoes in a row (a final
// URL a server put it in, an error message). Rows themselves keep what was typed: a re-run needs it.
class AuditMasking
{
public:
    // URL passwords masked; no request credentials known.
    AuditMasking() = default;
    // The same, and the credentials of `base` (the run's request) masked wherever they show.
    explicit AuditMasking(const RequestSpec &base);
    // Nothing masked (--show-secrets).
    static AuditMasking showingSecrets();

    bool showsSecrets() const { return m_show; }
    // The row as written out.
    AuditRow apply(const AuditRow &row) const;
    // A sentence or URL of the run's (a note, an input error) as written out.
    QString text(const QString &text) const;

private:
    bool m_show = false;
    QList<QByteArray> m_values; // the request's credentials, as credentialValues() gives them
};

// `typed` (a URL as a person wrote it, "ann:pw@host/x" without a scheme included) with its
// password masked; as written when it holds none.
QString maskTypedUrlPassword(const QString &typed);

} // namespace StatusScope::Core
