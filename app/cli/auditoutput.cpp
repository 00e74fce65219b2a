// SPDX-License-Identifier: MIT
#include "cli/auditoutput.h"

#include "cli/textlayout.h"
#include "core/audit/auditwriter.h"
#include "core/requests/safetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct AuditOutputText
{
    Q_DECLARE_TR_FUNCTIONS(AuditOutput)
};

constexpr int Gap = 2;
constexpr int MinimumProblems = 16;

// `text` cut to `width` columns from the left: the end of a URL (its path) is where the rows of a
// map differ, and the host is mostly the same on every row.
QString fitted(const QString &text, int width)
{
    if (width <= 0)
        return {};
    if (text.size() <= width)
        return text;
    return u'…' + text.right(width - 1);
}

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

std::optional<AuditFormat> auditFormatFromName(const QString &name)
{
    if (name == u"table"_s)
        return AuditFormat::Table;
    if (name == u"csv"_s)
        return AuditFormat::Csv;
    if (name == u"jsonl"_s)
        return AuditFormat::JsonLines;
    return std::nullopt;
}

int auditTableWidth()
{
    bool ok = false;
    int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (!ok || columns <= 0) {
        winsize size{};
        columns = ioctl(fileno(stdout), TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 100;
    }
    return std::max(columns, 60);
}

AuditOutput::AuditOutput(AuditFormat format, Sink sink, int width, bool colour)
    : m_format(format)
    , m_sink(std::move(sink))
    , m_colour(colour)
    , m_width(width)
{
    // The two URLs share what the fixed columns and the problems leave.
    const int fixed
        = m_widths.line + m_widths.chain + m_widths.match + m_widths.ms + 6 * Gap + MinimumProblems;
    const int urls = std::max(24, width - fixed);
    m_widths.source = urls / 2;
    m_widths.finalUrl = urls - m_widths.source;
}

QString AuditOutput::paint(const QString &text, const QString &code) const
{
    if (!m_colour || code.isEmpty() || text.isEmpty())
        return text;
    return u"\x1b["_s + code + u'm' + text + u"\x1b[0m"_s;
}

QString AuditOutput::tableLine(const QStringList &cells, const QStringList &colours) const
{
    const QList<int> widths{m_widths.line,     m_widths.source, m_widths.chain,
                            m_widths.finalUrl, m_widths.match,  m_widths.ms};
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool last = i == cells.size() - 1;
        // Numbers read best aligned on the right, and are never cut (a line past 99,999 pushes
        // its row to the right rather than lose a digit).
        const bool right = i == 0 || i == 5;
        // Padded on the plain text, then painted, so colour codes never count as columns.
        const QString cell = last || right ? cells.at(i) : fitted(cells.at(i), widths.at(i));
        const QString padding
            = last ? QString() : QString(std::max<qsizetype>(widths.at(i) - cell.size(), 0) + Gap, u' ');
        if (right)
            line += padding.left(padding.size() - Gap) + paint(cell, colours.value(i)) + QString(Gap, u' ');
        else
            line += paint(cell, colours.value(i)) + padding;
    }
    while (line.endsWith(u' '))
        line.chop(1);
    return line + u'\n';
}

void AuditOutput::writeHeader()
{
    switch (m_format) {
    case AuditFormat::JsonLines:
        return;
    case AuditFormat::Csv:
        m_sink(auditCsvHeader());
        return;
    case AuditFormat::Table:
        m_sink(tableLine({AuditOutputText::tr("LINE"), AuditOutputText::tr("SOURCE"),
                          AuditOutputText::tr("CHAIN"), AuditOutputText::tr("FINAL URL"),
                          AuditOutputText::tr("MATCH"), AuditOutputText::tr("ms"),
                          AuditOutputText::tr("PROBLEMS")},
                         {u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s, u"1"_s})
                   .toUtf8());
        return;
    }
}

QString AuditOutput::chainCell(const AuditRow &row)
{
    QStringList statuses;
    for (const std::optional<int> &status : row.chain)
        statuses.append(status ? QString::number(*status) : u"—"_s);
    if (statuses.isEmpty())
        return u"—"_s;
    // A long chain keeps its first and last answers, which are the ones a map is about.
    if (statuses.size() > 3)
        return statuses.first() + u" → … → "_s + statuses.last();
    return statuses.join(u" → "_s);
}

QString AuditOutput::problemsCell(const AuditRow &row)
{
    QStringList words;
    for (const QString &problem : row.problems)
        words.append(problem == u"error"_s && row.error ? problem + u" ("_s + row.error->kind + u')'
                                                        : problem);
    if (words.isEmpty() && row.error)
        words.append(row.error->kind);
    return words.join(u' ');
}

void AuditOutput::writeRow(const AuditRow &plain)
{
    switch (m_format) {
    case AuditFormat::JsonLines:
        m_sink(auditRowJsonLine(plain, m_masking));
        return;
    case AuditFormat::Csv:
        m_sink(auditCsvRow(plain, m_masking));
        return;
    case AuditFormat::Table:
        break;
    }
    const AuditRow row = m_masking.apply(plain);
    const QString match = !row.match ? u"—"_s
        : *row.match                 ? AuditOutputText::tr("yes")
                                     : AuditOutputText::tr("no");
    const QString matchColour = !row.match ? QString() : *row.match ? u"32"_s : u"31"_s;
    const QStringList cells{
        row.line > 0 ? QString::number(row.line) : u"—"_s,
        escapeForDisplay(row.source),
        chainCell(row),
        row.finalUrl.isEmpty() ? u"—"_s : escapeForDisplay(row.finalUrl),
        match,
        milliseconds(row.totalMs),
        escapeForDisplay(problemsCell(row)),
    };
    const std::optional<int> finalStatus = row.chain.isEmpty() ? std::nullopt : row.chain.last();
    QString text = tableLine(cells,
                             {u"2"_s, QString(), statusColourCode(finalStatus.value_or(0)), QString(),
                              matchColour, u"2"_s, row.passed() ? QString() : u"31"_s});
    // An error says why, and a target mismatch what was expected, on a line of its own under the
    // source: a table cell would cut it.
    const int indent = m_widths.line + Gap;
    const auto explain = [&](const QString &sentence) {
        const QString line = u"↳ "_s + escapeForDisplay(sentence);
        const int room = m_width - indent;
        text += QString(indent, u' ') + paint(line.size() > room ? line.left(room - 1) + u'…' : line, u"2"_s)
            + u'\n';
    };
    if (row.match == false && !row.expectedTarget.isEmpty())
        explain(AuditOutputText::tr("expected %1").arg(row.expectedTarget));
    if (row.error && !row.error->message.isEmpty())
        explain(row.error->message);
    m_sink(text.toUtf8());
}

QString AuditOutput::summarySentence(const AuditSummary &summary)
{
    const QString counts
        = AuditOutputText::tr("Sources: %1, matched: %2, mismatched: %3 (errors: %4), in %5 s.")
              .arg(summary.sources)
              .arg(summary.matched)
              .arg(summary.mismatched)
              .arg(summary.errors)
              .arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    if (summary.cancelled)
        return AuditOutputText::tr("Interrupted: the summary counts the sources that finished.") + u' '
            + counts;
    return counts;
}

void AuditOutput::writeSummary(const AuditSummary &summary)
{
    switch (m_format) {
    case AuditFormat::JsonLines:
        m_sink(auditSummaryJsonLine(summary));
        return;
    case AuditFormat::Csv:
        return;
    case AuditFormat::Table:
        m_sink(u"\n"_s.toUtf8()
               + paint(summarySentence(summary), summary.mismatched ? u"1"_s : QString()).toUtf8() + '\n');
        return;
    }
}

} // namespace StatusScope::Cli
