// SPDX-License-Identifier: MIT
#include "core/audit/auditwriter.h"

namespace StatusScope::Core {

QJsonObject auditRowToJson(const AuditRow &row)
{
    Q_UNUSED(row);
    return {};
}

QByteArray auditRowJsonLine(const AuditRow &row)
{
    Q_UNUSED(row);
    return {};
}

QJsonObject auditSummaryToJson(const AuditSummary &summary)
{
    Q_UNUSED(summary);
    return {};
}

QByteArray auditSummaryJsonLine(const AuditSummary &summary)
{
    Q_UNUSED(summary);
    return {};
}

QStringList auditCsvColumns()
{
    return {};
}

QByteArray auditCsvHeader()
{
    return {};
}

QByteArray auditCsvRow(const AuditRow &row)
{
    Q_UNUSED(row);
    return {};
}

QStringList auditCsvFields(const AuditRow &row)
{
    Q_UNUSED(row);
    return {};
}

QString auditChainText(const QList<std::optional<int>> &chain)
{
    Q_UNUSED(chain);
    return {};
}

QString csvField(const QString &value)
{
    return value;
}

} // namespace StatusScope::Core
