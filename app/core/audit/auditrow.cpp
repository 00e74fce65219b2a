// SPDX-License-Identifier: MIT
#include "core/audit/auditrow.h"

namespace StatusScope::Core {

QStringList auditProblemIds()
{
    return {};
}

AuditRow evaluateAudit(const AuditSource &source, const ChainResult &chain, const AuditCheckOptions &options)
{
    Q_UNUSED(chain);
    Q_UNUSED(options);
    AuditRow row;
    row.index = source.index;
    return row;
}

AuditRow invalidAuditRow(const AuditSource &source, const QString &message)
{
    Q_UNUSED(message);
    AuditRow row;
    row.index = source.index;
    return row;
}

void AuditSummary::add(const AuditRow &row)
{
    ++sources;
    Q_UNUSED(row);
}

} // namespace StatusScope::Core
