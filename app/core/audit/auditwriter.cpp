// SPDX-License-Identifier: MIT
#include "core/audit/auditwriter.h"

#include "core/formats/chaindocument.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// One JSON value as QJsonDocument writes it (its escaping and its number form), so the line can
// be put together in the key order: QJsonObject would sort the keys.
QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonValue lineValue(const AuditRow &row)
{
    return row.line > 0 ? QJsonValue(double(row.line)) : QJsonValue();
}

QList<std::pair<QString, QJsonValue>> expectedFields(const AuditRow &row)
{
    return {
        {u"target"_s, row.expectedTarget.isEmpty() ? QJsonValue() : QJsonValue(row.expectedTarget)},
        {u"status"_s, row.expectedStatus ? QJsonValue(*row.expectedStatus) : QJsonValue()},
    };
}

QJsonValue expectedValue(const AuditRow &row)
{
    if (!row.hasExpected)
        return QJsonValue();
    QJsonObject expected;
    for (const auto &[key, value] : expectedFields(row))
        expected.insert(key, value);
    return expected;
}

QJsonArray chainValue(const AuditRow &row)
{
    QJsonArray chain;
    for (const std::optional<int> &status : row.chain)
        chain.append(status ? QJsonValue(*status) : QJsonValue());
    return chain;
}

QJsonValue errorValue(const AuditRow &row)
{
    if (!row.error)
        return QJsonValue();
    return QJsonObject{{u"kind"_s, row.error->kind}, {u"message"_s, row.error->message}};
}

// The fields in the order, each with its JSON value.
QList<std::pair<QString, QJsonValue>> rowFields(const AuditRow &row)
{
    return {
        {u"line"_s, lineValue(row)},
        {u"source"_s, row.source},
        {u"expected"_s, expectedValue(row)},
        {u"final_url"_s, row.finalUrl.isEmpty() ? QJsonValue() : QJsonValue(row.finalUrl)},
        {u"final_status"_s, row.finalStatus ? QJsonValue(*row.finalStatus) : QJsonValue()},
        {u"chain"_s, chainValue(row)},
        {u"hops"_s, row.hops},
        {u"match"_s, row.match ? QJsonValue(*row.match) : QJsonValue()},
        {u"problems"_s, QJsonArray::fromStringList(row.problems)},
        {u"warnings"_s, QJsonArray::fromStringList(row.warnings)},
        {u"total_ms"_s, roundedMs(row.totalMs)},
        {u"error"_s, errorValue(row)},
    };
}

// `nested`: a value for a key, already written (an object of its own in key order).
QByteArray orderedObject(const QList<std::pair<QString, QJsonValue>> &fields,
                         const QHash<QString, QByteArray> &nested = {})
{
    QByteArray line = "{"_ba;
    for (const auto &[key, value] : fields) {
        if (line.size() > 1)
            line += ',';
        line += jsonValue(key) + ':' + nested.value(key, jsonValue(value));
    }
    line += '}';
    return line;
}

QList<std::pair<QString, QJsonValue>> summaryFields(const AuditSummary &summary)
{
    return {
        {u"sources"_s, double(summary.sources)},         {u"matched"_s, double(summary.matched)},
        {u"mismatched"_s, double(summary.mismatched)},   {u"errors"_s, double(summary.errors)},
        {u"elapsed_ms"_s, roundedMs(summary.elapsedMs)},
    };
}

QString numberText(double value)
{
    return QString::fromUtf8(jsonValue(value));
}

} // namespace

QJsonObject auditRowToJson(const AuditRow &row, const AuditMasking &masking)
{
    QJsonObject object;
    for (const auto &[key, value] : rowFields(masking.apply(row)))
        object.insert(key, value);
    return object;
}

QByteArray auditRowJsonLine(const AuditRow &plain, const AuditMasking &masking)
{
    const AuditRow row = masking.apply(plain);
    QHash<QString, QByteArray> nested;
    if (row.hasExpected)
        nested.insert(u"expected"_s, orderedObject(expectedFields(row)));
    return orderedObject(rowFields(row), nested) + '\n';
}

QJsonObject auditSummaryToJson(const AuditSummary &summary)
{
    QJsonObject counts;
    for (const auto &[key, value] : summaryFields(summary))
        counts.insert(key, value);
    return QJsonObject{{u"summary"_s, counts}};
}

QByteArray auditSummaryJsonLine(const AuditSummary &summary)
{
    return "{\"summary\":"_ba + orderedObject(summaryFields(summary)) + "}\n"_ba;
}

QStringList auditCsvColumns()
{
    return {u"line"_s,       u"source"_s,       u"expected_target"_s, u"expected_status"_s,
            u"final_url"_s,  u"final_status"_s, u"chain"_s,           u"hops"_s,
            u"match"_s,      u"problems"_s,     u"warnings"_s,        u"total_ms"_s,
            u"error_kind"_s, u"error_message"_s};
}

QString csvField(const QString &value)
{
    // A spreadsheet runs a cell that starts with =, +, - or @ as a formula: a hostile input line
    // ("=HYPERLINK(…)", echoed in the source and the error) would run when the export is opened.
    // Such a cell starts with an apostrophe, which spreadsheets read as "text follows". A lone "-"
    // (a hop without response) and a number stay as they are.
    bool number = false;
    value.toDouble(&number);
    const bool formula = !value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'@' || value.front() == u'\t'
            || value.front() == u'\r' || (value.front() == u'-' && value.size() > 1 && !number));
    static const QString special = u",\"\r\n"_s;
    const bool quote
        = formula || std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return value;
    QString quoted = formula ? u'\'' + value : value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString auditChainText(const QList<std::optional<int>> &chain)
{
    QStringList parts;
    parts.reserve(chain.size());
    for (const std::optional<int> &status : chain)
        parts.append(status ? QString::number(*status) : u"-"_s);
    return parts.join(u'>');
}

QStringList auditCsvFields(const AuditRow &plain, const AuditMasking &masking)
{
    const AuditRow row = masking.apply(plain);
    return {
        row.line > 0 ? QString::number(row.line) : QString(),
        row.source,
        row.expectedTarget,
        row.expectedStatus ? QString::number(*row.expectedStatus) : QString(),
        row.finalUrl,
        row.finalStatus ? QString::number(*row.finalStatus) : QString(),
        auditChainText(row.chain),
        QString::number(row.hops),
        row.match ? (*row.match ? u"true"_s : u"false"_s) : QString(),
        row.problems.join(u' '),
        row.warnings.join(u' '),
        numberText(roundedMs(row.totalMs)),
        row.error ? row.error->kind : QString(),
        row.error ? row.error->message : QString(),
    };
}

namespace {

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',').toUtf8() + "\r\n"_ba;
}

} // namespace

QByteArray auditCsvHeader()
{
    return csvLine(auditCsvColumns());
}

QByteArray auditCsvRow(const AuditRow &row, const AuditMasking &masking)
{
    return csvLine(auditCsvFields(row, masking));
}

} // namespace StatusScope::Core
