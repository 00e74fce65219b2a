// SPDX-License-Identifier: MIT
#include "core/audit/auditlines.h"
#include "core/audit/auditinputtext.h"

#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// A record longer than this (a quote never closed) is given up as invalid instead of read on.
constexpr qsizetype MaxRecordChars = 64 * 1024;
// A line longer than this is not read on (a file without line breaks is not held whole).
constexpr qsizetype MaxLineBytes = 1024 * 1024;

QString normalName(const QString &field)
{
    QString name = field.trimmed().toLower();
    name.replace(u' ', u'_');
    name.replace(u'-', u'_');
    return name;
}

} // namespace

AuditLineReader::AuditLineReader(AuditInputKind kind)
    : m_kind(kind)
{
}

void AuditLineReader::feed(QByteArrayView bytes)
{
    feedUtf8(m_incoming.feed(bytes));
}

void AuditLineReader::feedUtf8(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (m_skipping) {
            // The rest of a line too long to be a URL (a binary file, a line break missing).
            if (end < 0)
                return;
            m_skipping = false;
            start = end + 1;
            continue;
        }
        if (end < 0) {
            m_partial += bytes.sliced(start);
            if (m_partial.size() > MaxLineBytes) {
                ++m_line;
                AuditSource source;
                source.line = m_line;
                source.source = QString::fromUtf8(m_partial.left(80)) + u'…';
                source.invalid
                    = AuditInputText::tr("The line is longer than %1 bytes: not a URL.").arg(MaxLineBytes);
                m_sources.push_back(std::move(source));
                m_partial.clear();
                m_skipping = true;
            }
            return;
        }
        if (m_partial.isEmpty()) {
            takeLine(bytes.sliced(start, end - start));
        } else {
            m_partial += bytes.sliced(start, end - start);
            takeLine(m_partial);
            m_partial.clear();
        }
        start = end + 1;
    }
}

void AuditLineReader::finish()
{
    feedUtf8(m_incoming.finish());
    if (!m_partial.isEmpty()) {
        takeLine(m_partial);
        m_partial.clear();
    }
    if (!m_record.isEmpty()) {
        AuditSource source;
        source.line = m_recordLine;
        source.source = m_record.section(u'\n', 0, 0).trimmed();
        source.invalid = AuditInputText::tr("A quoted field opened on this line is never closed.");
        m_sources.push_back(std::move(source));
        m_record.clear();
    }
}

void AuditLineReader::takeLine(QByteArrayView bytes)
{
    ++m_line;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        AuditSource source;
        source.line = m_line;
        source.source = text.trimmed();
        // Most often a spreadsheet's "CSV" saved in its Windows code page, umlauts and all.
        source.invalid
            = AuditInputText::tr("The line is not UTF-8 text; save the file as UTF-8 (spreadsheets "
                                 "call it “CSV UTF-8”).");
        m_sources.push_back(std::move(source));
        return;
    }
    if (m_kind == AuditInputKind::Map && !m_record.isEmpty()) {
        m_record += u'\n' + text;
        readRecord(m_record, m_recordLine);
        return;
    }
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
        return;
    if (m_kind == AuditInputKind::Map) {
        // A spreadsheet's "sep=;" first line names the separator; it is no row of the map.
        if (m_firstRow && m_separator.isNull()) {
            if (const QChar separator = separatorDirective(trimmed); !separator.isNull()) {
                m_separator = separator;
                m_notes.append(AuditInputText::tr("Line %1 names the separator (%2): not checked.")
                                   .arg(m_line)
                                   .arg(trimmed));
                return;
            }
        }
        readRecord(text, m_line);
        return;
    }
    AuditSource source;
    source.line = m_line;
    readListLine(trimmed, &source);
    m_sources.push_back(std::move(source));
}

void AuditLineReader::readRecord(const QString &text, qint64 line)
{
    if (m_separator.isNull())
        m_separator = mapSeparator(text);
    QStringList fields;
    if (!splitRecord(text, m_separator, &fields)) {
        if (text.size() <= MaxRecordChars) {
            m_record = text;
            m_recordLine = line;
            return;
        }
        fields.clear();
        fields.append(text.section(u'\n', 0, 0));
        m_record.clear();
        AuditSource source;
        source.line = line;
        source.source = fields.first().trimmed();
        source.invalid = AuditInputText::tr("A quoted field opened on this line is never closed.");
        m_sources.push_back(std::move(source));
        return;
    }
    m_record.clear();
    const bool first = std::exchange(m_firstRow, false);
    if (first && isHeaderRow(fields)) {
        m_notes.append(AuditInputText::tr("Line %1 is a header row (%2): not checked.")
                           .arg(line)
                           .arg(fields.join(u", "_s)));
        return;
    }
    AuditSource source;
    source.line = line;
    readMapFields(fields, &source);
    m_sources.push_back(std::move(source));
}

QChar AuditLineReader::mapSeparator(QStringView row)
{
    if (row.contains(u'\t'))
        return u'\t';
    // A comma first: a URL holds a semicolon less often than a comma ("?ids=1,2"), and a semicolon
    // file whose first row splits on its commas into a source and a target is rarer still.
    for (const QChar separator : {QChar(u','), QChar(u';')}) {
        QStringList fields;
        if (!splitRecord(row, separator, &fields))
            return u',';
        if (isHeaderRow(fields)
            || (fields.size() >= 2 && fields.size() <= 3 && looksLikeTarget(fields.at(1))))
            return separator;
    }
    return u',';
}

QChar AuditLineReader::separatorDirective(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() != 5 || !trimmed.startsWith(u"sep=", Qt::CaseInsensitive))
        return {};
    const QChar separator = trimmed.at(4);
    return separator == u',' || separator == u';' || separator == u'|' ? separator : QChar();
}

bool AuditLineReader::looksLikeTarget(QStringView field)
{
    return field.startsWith(u'/') || field.startsWith(u"http://", Qt::CaseInsensitive)
        || field.startsWith(u"https://", Qt::CaseInsensitive) || field.startsWith(u'.')
        || field.startsWith(u'?');
}

bool AuditLineReader::splitRecord(QStringView text, QChar separator, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // this field began with a quote: spaces around it are dropped
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            fields->append(wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (!wasQuoted || !c.isSpace()) {
            field += c;
        }
    }
    if (quoted)
        return false;
    fields->append(wasQuoted ? field : field.trimmed());
    return true;
}

bool AuditLineReader::isHeaderRow(const QStringList &fields)
{
    // English, and the words of the languages the window speaks: a map kept in a spreadsheet is
    // often headed in its author's language.
    static const QStringList sourceNames = {
        u"source"_s,        u"source_url"_s, u"from"_s,   u"old"_s,         u"old_url"_s,   u"url"_s,
        u"redirect_from"_s, u"original"_s,   u"quelle"_s, u"alte_url"_s,    u"von"_s,       u"ancienne_url"_s,
        u"origine"_s,       u"url_source"_s, u"origen"_s, u"url_antigua"_s, u"url_origen"_s};
    static const QStringList targetNames
        = {u"target"_s,       u"expected_target"_s, u"target_url"_s,  u"to"_s,        u"new"_s,
           u"new_url"_s,      u"destination"_s,     u"redirect_to"_s, u"expected"_s,  u"expected_url"_s,
           u"ziel"_s,         u"ziel_url"_s,        u"neue_url"_s,    u"nach"_s,      u"cible"_s,
           u"nouvelle_url"_s, u"url_cible"_s,       u"destino"_s,     u"url_nueva"_s, u"url_destino"_s};
    return fields.size() >= 2 && sourceNames.contains(normalName(fields.at(0)))
        && targetNames.contains(normalName(fields.at(1)));
}

void AuditLineReader::readListLine(const QString &line, AuditSource *source)
{
    source->source = line;
    const UrlInput read = readTypedUrl(line);
    source->url = read.url;
    if (!read.isValid())
        source->invalid = read.error;
}

void AuditLineReader::readMapFields(const QStringList &fields, AuditSource *source)
{
    source->source = fields.value(0);
    if (fields.size() > 3 || fields.size() < 2) {
        source->invalid = AuditInputText::tr("A redirect map line has a source, an expected target and "
                                             "optionally an expected status; this one has %n field(s).",
                                             nullptr, int(fields.size()));
        return;
    }
    if (source->source.isEmpty()) {
        source->invalid = AuditInputText::tr("The source URL is empty.");
        return;
    }
    const UrlInput read = readTypedUrl(source->source);
    source->url = read.url;
    if (!read.isValid()) {
        source->invalid = read.error;
        return;
    }
    source->expectedTargetText = fields.at(1);
    if (fields.size() == 3 && !fields.at(2).isEmpty()) {
        bool number = false;
        const int status = fields.at(2).toInt(&number);
        if (!number || status < 100 || status > 599) {
            source->invalid
                = AuditInputText::tr("The expected status “%1” is not a status code from 100 to 599.")
                      .arg(fields.at(2));
            return;
        }
        source->expectedStatus = status;
    }
    if (source->expectedTargetText.isEmpty()) {
        if (!source->expectedStatus)
            source->invalid = AuditInputText::tr("The expected target is empty.");
        return; // an expected status alone is a valid check
    }
    // As a Location is read: absolute, scheme-relative ("//host/x") or relative to the source.
    const QUrl target(source->expectedTargetText, QUrl::TolerantMode);
    const QUrl resolved = target.isValid() ? read.url.resolved(target) : QUrl();
    const QString scheme = resolved.scheme().toLower();
    if (!resolved.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || resolved.host().isEmpty()) {
        source->invalid = AuditInputText::tr("The expected target “%1” is not an http or https URL, nor a "
                                             "path relative to the source.")
                              .arg(source->expectedTargetText);
        return;
    }
    source->expectedTarget = resolved;
}

// The lines a list or map will give sources for: not blank, not a comment, not a map's header
// row. Read in large pieces, since a list can have a million lines. A gzip file is not counted.
qint64 AuditLineReader::countDataLines(QIODevice &device, bool map)
{
    if (device.peek(2).startsWith("\x1f\x8b"))
        return -1;
    if (IncomingText::markedEncoding(device.peek(4)))
        return -1; // UTF-16 and UTF-32 are counted as they are read
    qint64 count = 0;
    bool first = true;
    QChar named; // the separator a "sep=" line named
    QByteArray carry;
    auto countLine = [&](QByteArrayView line) {
        line = line.trimmed();
        if (first && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (line.isEmpty() || line.startsWith('#'))
            return;
        if (first && map) {
            const QString text = QString::fromUtf8(line);
            if (const QChar separator = separatorDirective(text); !separator.isNull()) {
                named = separator;
                return; // "sep=;" is no row, and the header row may follow it
            }
            first = false;
            QStringList fields;
            if (splitRecord(text, named.isNull() ? mapSeparator(text) : named, &fields)
                && isHeaderRow(fields))
                return;
        }
        first = false;
        ++count;
    };
    for (;;) {
        const QByteArray chunk = device.read(1024 * 1024);
        if (chunk.isEmpty())
            break;
        qsizetype start = 0;
        for (qsizetype end = chunk.indexOf('\n'); end >= 0; end = chunk.indexOf('\n', start)) {
            if (carry.isEmpty()) {
                countLine(QByteArrayView(chunk).sliced(start, end - start));
            } else {
                carry += QByteArrayView(chunk).sliced(start, end - start);
                countLine(carry);
                carry.clear();
            }
            start = end + 1;
        }
        carry += QByteArrayView(chunk).sliced(start);
        if (carry.size() > 1024 * 1024)
            carry = carry.right(1024); // a line that long is one invalid row, whatever it holds
    }
    if (!carry.isEmpty())
        countLine(carry);
    return count;
}

} // namespace StatusScope::Core
