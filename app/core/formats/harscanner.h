// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace StatusScope::Core {

// Reads a HAR file's JSON as it arrives, in chunks of any size, checking all of it as strictly as
// QJsonDocument would, and hands over each element of log.entries as the bytes of a JSON document
// of its own. No more than one entry is held at a time, and every string longer than a limit (as
// written, escapes counted whole) is cut to about that length while it is read, never inside an
// escape, a UTF-8 sequence or a surrogate pair: a file of 100,000 entries or one 200 MB body then
// costs one entry's bytes, not the file's.
class HarEntryScanner
{
public:
    // Called with each entry, numbered from 1; returning false stops the scan (feed() returns false
    // with no error).
    using EntryHandler = std::function<bool(QByteArray &&entry, int number)>;

    HarEntryScanner(qsizetype maxStringBytes, EntryHandler onEntry);

    // False on a JSON error (errorString() says what and where) or when the handler said stop.
    bool feed(QByteArrayView bytes);
    // At the end of the file: false when the document is not complete.
    bool finish();

    bool hasError() const { return !m_error.isEmpty(); }
    // What went wrong ("a string holds a control character"), where (the byte, counted from 1)
    // and in which entry (0 when outside the entries).
    QString errorString() const { return m_error; }
    qint64 errorByte() const { return m_errorByte; }
    int errorEntry() const { return m_errorEntry; }
    // Whether the document had a log.entries list (an array) at all.
    bool foundEntries() const { return m_foundEntries; }
    int entriesSeen() const { return m_entryNumber; }

    // The same cutting for a whole document in memory, for tests.
    static void shortenStrings(QByteArray &json, qsizetype maxBytes);

private:
    enum class Role : quint8 { Other, Root, Log, Entries };
    struct Frame
    {
        bool isObject = false;
        Role role = Role::Other;
        Role nextValueRole = Role::Other; // for an object: what its current key makes its value
    };
    enum class State : quint8 {
        Start, // before the root value (a byte order mark may come first)
        Value, // a value must come
        ValueOrEnd, // just after '[': a value or ']'
        KeyOrEnd, // just after '{': a key or '}'
        Key, // after ',' in an object
        Colon,
        CommaOrEnd,
        Done, // after the root value: only whitespace
        String,
        Escape,
        UnicodeEscape,
        Number,
        Literal,
    };
    enum class NumberPart : quint8 {
        Minus,
        Zero,
        Integer,
        Point,
        Fraction,
        Exponent,
        ExponentSign,
        ExponentDigits
    };

    bool step(uchar c, qsizetype i);
    bool fail(const QString &what, qsizetype i);
    bool beginValue(uchar c, qsizetype i);
    bool endValue(qsizetype end);
    bool closeContainer(uchar c, qsizetype i);
    bool stringByte(uchar c, qsizetype i);
    void plainRun(qsizetype begin, qsizetype end);
    void keepEscape(qsizetype i);

    // Capturing the current entry: the bytes from m_spanStart in the chunk are copied at once.
    void flushSpan(qsizetype upTo);

    qsizetype m_maxStringBytes;
    EntryHandler m_onEntry;
    std::vector<Frame> m_stack;
    State m_state = State::Start;
    QString m_error;
    qint64 m_errorByte = 0;
    int m_errorEntry = 0;
    bool m_captureRoot = false; // shortenStrings(): the whole document is the one "entry"
    qint64 m_offset = 0; // of the current chunk's first byte in the file
    const char *m_chunk = nullptr;
    bool m_stopped = false;
    bool m_foundEntries = false;
    int m_entryNumber = 0;

    // Strings
    bool m_stringIsKey = false;
    QByteArray m_key; // the current key's first bytes, when it may be "log" or "entries"
    bool m_keepKey = false;
    int m_utf8Pending = 0; // continuation bytes still expected
    uchar m_utf8Low = 0x80, m_utf8High = 0xbf; // range of the next continuation byte
    int m_hexPending = 0;
    // Cutting a long string: the rules of shortenStrings(), applied one unit (a byte or a whole
    // escape) at a time.
    qsizetype m_kept = 0;
    int m_escapeLength = 0; // bytes of the escape so far, backslash included
    bool m_cut = false;
    bool m_afterHighSurrogate = false;
    bool m_escapeIsHighSurrogate = false;

    // Numbers and literals
    NumberPart m_numberPart = NumberPart::Minus;
    const char *m_literal = nullptr; // "true", "false" or "null"
    int m_literalAt = 0;

    // The entry being captured
    bool m_capturing = false;
    std::size_t m_captureDepth = 0; // stack size of the Entries frame
    QByteArray m_entry;
    qsizetype m_spanStart = -1; // in the current chunk; -1 when not copying
};

} // namespace StatusScope::Core
