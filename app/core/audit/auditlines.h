// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditsource.h"
#include "core/formats/incomingtext.h"

#include <QByteArray>
#include <QStringList>

#include <deque>

class QIODevice;

namespace StatusScope::Core {

// Reads a URL list or a redirect map from bytes fed in any pieces, one line at a time, into
// sources. A list: one URL a line, blank lines and "#" comments skipped. A map: CSV (commas, or
// semicolons as spreadsheets in many languages write it, or the separator a first "sep=" line
// names) or, when its first row has a tab, tab-separated; `source,expected_target[,expected_status]`;
// a header row is recognised by its names; a quoted field may hold the separator, quotes ("") and
// line breaks.
// A line that cannot be read becomes a source with `invalid` set, in its place.
class AuditLineReader
{
public:
    explicit AuditLineReader(AuditInputKind kind); // List or Map

    // Text as IncomingText reads it: UTF-8, with or without a byte order mark, or UTF-16 where
    // one says so (Windows PowerShell's ">", Excel's "Unicode text").
    void feed(QByteArrayView bytes);
    void finish(); // the end of the input: a last line without a line break is read
    std::deque<AuditSource> &sources() { return m_sources; }
    // Sentences for the user (a header row recognised), taken once.
    QStringList takeNotes() { return std::exchange(m_notes, {}); }

    // The separator of a map whose first row is `row`: a tab when the row has one; else a comma or,
    // as spreadsheets set to German, French or Spanish save CSV, a semicolon: the first of the two
    // that splits the row into a header row or a source and something that looks like a target
    // (looksLikeTarget()). A comma when neither does, or when a quote is left open.
    static QChar mapSeparator(QStringView row);
    // The separator a "sep=;" line names (the line spreadsheets write first to say it), or a null
    // QChar when `line` is no such line.
    static QChar separatorDirective(QStringView line);
    // A map's second field as people write targets: a path, an http(s) URL, "./x" or "?query".
    static bool looksLikeTarget(QStringView field);
    // One map row's fields, RFC 4180 style; false when a quoted field is still open at the end of
    // `text` (the record goes on on the next line).
    static bool splitRecord(QStringView text, QChar separator, QStringList *fields);
    // Whether `fields` are a header row: the first names a source column and the second a target.
    static bool isHeaderRow(const QStringList &fields);
    // A map row read into `source` (source, url, expected target resolved, status, or invalid).
    static void readMapFields(const QStringList &fields, AuditSource *source);
    static void readListLine(const QString &line, AuditSource *source);
    // The lines a list or map will give sources for (not blank, not a comment, not a map's header
    // row), read from `device` in large pieces; -1 for gzip, which is not counted.
    static qint64 countDataLines(QIODevice &device, bool map);

private:
    void feedUtf8(QByteArrayView bytes);
    void takeLine(QByteArrayView line);
    void readRecord(const QString &text, qint64 line);

    AuditInputKind m_kind;
    std::deque<AuditSource> m_sources;
    QStringList m_notes;
    QByteArray m_partial; // bytes after the last line break
    QString m_record; // a map record whose quoted field spans lines
    qint64 m_recordLine = 0;
    qint64 m_line = 0;
    bool m_firstRow = true;
    bool m_skipping = false; // inside a line too long to read
    IncomingText m_incoming; // the bytes fed, as UTF-8
    QChar m_separator; // decided by the first map row
};

} // namespace StatusScope::Core
