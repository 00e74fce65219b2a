// SPDX-License-Identifier: MIT
#include "cli/textlayout.h"

#include "core/requests/safetext.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Cli {

namespace {

// Space a line may break at: any but the no-break spaces (U+00A0, U+2007, U+202F), which keep a
// number and its unit together.
bool breaksLine(QChar c)
{
    return c.isSpace() && c != u'\u00A0' && c != u'\u2007' && c != u'\u202F';
}

} // namespace

bool colourWanted()
{
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
}

QString statusColourCode(int status)
{
    if (status >= 200 && status < 300)
        return u"32"_s;
    if (status >= 300 && status < 400)
        return u"33"_s;
    if (status >= 400 && status < 500)
        return u"31"_s;
    if (status >= 500 && status < 600)
        return u"35"_s;
    return u"36"_s;
}

int terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (!ok || columns < 40)
        return 80;
    return std::min(columns, 100);
}

QString wrapText(const QString &text, int width, const QString &indent)
{
    // One pass over the text, no regular expression: `check` wraps a meaning on every hop, and
    // compiling and running two patterns for it cost more than the rest of printing the hop.
    // Words are runs of characters a line may not break at; a run of space holding two line breaks or more
    // ends a paragraph (a blank line between them in the output).
    const qsizetype available = std::max(20, width - int(indent.size()));
    const qsizetype size = text.size();
    QString out;
    out.reserve(size + size / available * (indent.size() + 1) + indent.size());
    qsizetype lineLength = -1; // -1 before the first word
    int breaks = 0; // line breaks since the last word
    for (qsizetype at = 0; at < size;) {
        const QChar c = text.at(at);
        if (breaksLine(c)) {
            breaks += c == u'\n';
            ++at;
            continue;
        }
        qsizetype end = at + 1;
        while (end < size && !breaksLine(text.at(end)))
            ++end;
        const QStringView word = QStringView(text).sliced(at, end - at);
        if (lineLength < 0) {
            out += indent;
            lineLength = 0;
        } else if (breaks >= 2) {
            out += u"\n\n"_s + indent;
            lineLength = 0;
        } else if (lineLength + 1 + word.size() > available) {
            out += u'\n' + indent;
            lineLength = 0;
        } else {
            out += u' ';
            ++lineLength;
        }
        out += word;
        lineLength += word.size();
        breaks = 0;
        at = end;
    }
    return out;
}

QString displayText(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = Core::escapeForDisplay(line);
    return lines.join(u'\n');
}

QByteArray jsonForTerminal(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Surrogate halves are escaped one by one, as JSON writes characters past U+FFFF.
        const char32_t unit = c.unicode();
        const QChar::Category category = c.isSurrogate() ? QChar::Other_NotAssigned : c.category();
        // Below U+0020 only the document's own line breaks remain: JSON escaped the rest.
        const bool hidden = unit >= 0x7f
            && (category == QChar::Other_Control || category == QChar::Other_Format
                || category == QChar::Separator_Line || category == QChar::Separator_Paragraph);
        if (hidden)
            out += u"\\u"_s + QString::number(uint(unit), 16).toUpper().rightJustified(4, u'0');
        else
            out += c;
    }
    // Format characters past U+FFFF (tag characters, U+E0001…) come as surrogate pairs.
    for (qsizetype i = 0; i + 1 < out.size(); ++i) {
        if (out.at(i).isHighSurrogate() && out.at(i + 1).isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(out.at(i), out.at(i + 1));
            if (QChar::category(codePoint) == QChar::Other_Format) {
                const QString escaped = u"\\u"_s + QString::number(out.at(i).unicode(), 16).toUpper()
                    + u"\\u"_s + QString::number(out.at(i + 1).unicode(), 16).toUpper();
                out.replace(i, 2, escaped);
                i += escaped.size() - 1;
            }
        }
    }
    return out.toUtf8();
}

QString formatTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row.at(column).size());
        }
    }
    QString result;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column)) + u"  "_s;
        }
        result += line + u'\n';
    }
    return result;
}

} // namespace StatusScope::Cli
