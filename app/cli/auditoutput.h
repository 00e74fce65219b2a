// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditmasking.h"
#include "core/audit/auditrow.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

// How `statusscope audit` writes its rows: JSON Lines and CSV through the core's writers (the
// window exports the same bytes), and a table for people that fits the terminal.
namespace StatusScope::Cli {

enum class AuditFormat { Table, Csv, JsonLines };

// "table", "csv", "jsonl"; nothing for another word.
std::optional<AuditFormat> auditFormatFromName(const QString &name);

// Formats rows one at a time and hands the bytes to a sink as each row comes, so nothing is kept
// per source: the header first, rows in the order given, the summary last.
class AuditOutput
{
public:
    using Sink = std::function<void(const QByteArray &bytes)>;

    // `width` is the table's width in columns; `colour` paints the table with ANSI colour.
    AuditOutput(AuditFormat format, Sink sink, int width = 100, bool colour = false);

    AuditFormat format() const { return m_format; }
    // How rows show credentials (default: URL passwords masked); --show-secrets shows them.
    void setMasking(const Core::AuditMasking &masking) { m_masking = masking; }
    void writeHeader();
    void writeRow(const Core::AuditRow &row);
    // JSON Lines end with the summary object; a table with the summary sentence. CSV has no row
    // for it (its columns are a source's): the caller says it elsewhere.
    void writeSummary(const Core::AuditSummary &summary);

    // The table's cells of a row, before they are cut to width (for tests and the table alone).
    static QString chainCell(const Core::AuditRow &row);
    static QString problemsCell(const Core::AuditRow &row);
    // "12 sources: 9 matched, 3 mismatched (1 error) in 2.4 s." (with "Interrupted: " first when
    // the run was cancelled).
    static QString summarySentence(const Core::AuditSummary &summary);

private:
    struct Widths
    {
        int line = 5;
        int source = 30;
        int chain = 15;
        int finalUrl = 30;
        int match = 5;
        int ms = 7;
    };

    QString tableLine(const QStringList &cells, const QStringList &colours) const;
    QString paint(const QString &text, const QString &code) const;

    AuditFormat m_format;
    Sink m_sink;
    Core::AuditMasking m_masking;
    bool m_colour;
    Widths m_widths;
    int m_width;
};

// The width a table gets: $COLUMNS when set, else the terminal's width, else 100; at least 60.
int auditTableWidth();

} // namespace StatusScope::Cli
