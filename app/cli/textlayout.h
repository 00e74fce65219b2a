// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// Plain-text layout for the terminal: word wrapping and aligned columns.
namespace StatusScope::Cli {

// The width to wrap at: $COLUMNS when it is set and sensible, else 80, never more than 100.
int terminalWidth();

// Whether chains printed on standard output get ANSI colour: it is a terminal, NO_COLOR is unset
// and TERM is not "dumb" (check and har decide alike).
bool colourWanted();
// The ANSI colour code of a status's class, as check and audit paint statuses: 2xx green
// ("32"), 3xx yellow, 4xx red, 5xx magenta, anything else (1xx, no answer) cyan.
QString statusColourCode(int status);

// Wraps each paragraph of `text` (paragraphs are separated by blank lines) to `width` columns,
// prefixing every line with `indent`.
QString wrapText(const QString &text, int width, const QString &indent);

// `text` with every control character and bidirectional override escaped (Core::escapeForDisplay),
// line by line, so its line breaks still break lines: for catalogue words, which --catalogue reads
// from any file. Text from the network keeps no line break at all: escape it whole.
QString displayText(const QString &text);

// A JSON document with DEL, C1 controls, bidirectional overrides and other invisible characters
// written as \uXXXX escapes. QJsonDocument escapes only what JSON demands (below U+0020), so a
// header value could still carry U+009B (CSI) or U+202E to a terminal that shows the JSON; inside
// a JSON string the escape is the same character, so nothing is lost.
QByteArray jsonForTerminal(const QByteArray &json);

// Left-aligned columns separated by two spaces; the last column is not padded.
QString formatTable(const QList<QStringList> &rows);

} // namespace StatusScope::Cli
