// SPDX-License-Identifier: MIT
#include "gui/auditview/auditexport.h"

#include "core/audit/auditwriter.h"
#include "core/formats/har.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace StatusScope::Gui {

namespace {

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

bool writeAuditCsv(const QString &path, const QList<Core::AuditRow> &rows, QString *error,
                   const Core::AuditMasking &masking)
{
    QByteArray bytes = Core::auditCsvHeader();
    for (const Core::AuditRow &row : rows)
        bytes += Core::auditCsvRow(row, masking);
    return writeWhole(path, bytes, error);
}

bool writeAuditJsonLines(const QString &path, const QList<Core::AuditRow> &rows,
                         const Core::AuditSummary &summary, QString *error, const Core::AuditMasking &masking)
{
    QByteArray bytes;
    for (const Core::AuditRow &row : rows)
        bytes += Core::auditRowJsonLine(row, masking);
    bytes += Core::auditSummaryJsonLine(summary);
    return writeWhole(path, bytes, error);
}

bool writeAuditHar(const QString &path, const QList<Core::ChainResult> &chains, bool withCredentials,
                   QString *error)
{
    const QByteArray json
        = QJsonDocument(Core::chainsToHar(chains, withCredentials)).toJson(QJsonDocument::Indented);
    return writeWhole(path, json, error);
}

} // namespace StatusScope::Gui
