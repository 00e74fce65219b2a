// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QByteArray>
#include <QHash>

#include <array>

namespace StatusScope::Core {

class CatalogueTranslation;

// What a search looks through for one entry, prepared once: its folded text in UTF-8 (a word is
// found by a plain byte search, and UTF-8 cannot match in the middle of a character), in three
// parts by weight: the reason (and its gloss in the shown language), then the other names (aliases,
// the constants frameworks give it), then everything else. The set of adjacent byte pairs in it
// rules a word out without reading; the names' single words, each with the set of its letters, are
// what a mistyped word is held against.
struct SearchText
{
    using PairSet = std::array<quint64, 16>; // 32 × 32 letter classes, one bit each

    struct NameWord
    {
        QByteArray word;
        quint32 letters = 0; // one bit per letter a–z
    };

    QByteArray text;
    qsizetype reasonEnd = 0; // text before this offset is the reason and its gloss
    qsizetype namesEnd = 0; // …and before this one, the aliases and constants
    qsizetype asidesStart = -1; // from here on, the English use, misuse and folklore (-1: none)
    PairSet pairs{};
    QList<NameWord> nameWords;

    SearchText() = default;
    explicit SearchText(QByteArray folded); // all of it counted as the reason's
    static PairSet pairsOf(QByteArrayView bytes);
    static quint32 lettersOf(QByteArrayView bytes);
};

// A search typed by a person: words are matched, without regard to case or accents
// (foldForSearch), against the reason, aliases, constants, origin and text of an entry, and the
// texts of the language the catalogue is shown in; a number (or "4xx") matches codes that start with it.
// Every word must match, and a word that occurs nowhere may still match a name's word that it
// misspells (an edit or two, by length: "tiemout", "unauthorised"). Shared by the catalogue page
// and the command line so both find the same entries in the same order.
class CatalogueSearch
{
public:
    // How well an entry matches, best first: the order results are listed in.
    enum Rank : qint8 {
        NoMatch = -1,
        ExactCode = 0, // "404"
        InReason = 1, // every word in the reason (or a code prefix)
        InNames = 2, // …or in an alias or a constant
        InText = 3, // …or anywhere in the entry
        Near = 4, // some word only misspells a name
        InAsides = 5, // some word is only in the entry's use, misuse or folklore
    };

    CatalogueSearch() = default;
    explicit CatalogueSearch(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_words.isEmpty(); }
    // `haystack` is haystackFor(entry).
    Rank rank(const StatusEntry &entry, const SearchText &haystack) const;
    bool matches(const StatusEntry &entry, const SearchText &haystack) const
    {
        return rank(entry, haystack) != NoMatch;
    }
    bool matches(const StatusEntry &entry) const { return matches(entry, haystackFor(entry)); }
    // True when everything `other` matches is sure to match this search too (typing one more
    // letter: "gate" → "gatew", "40" → "404"), so only this search's matches need checking again.
    bool isNarrowedBy(const CatalogueSearch &other) const;

    // The folded text a search looks through; cache it per entry when searching often. With a
    // translation (not owned; null or English for none), the entry's texts in that language as well
    // as the English: its reason gloss counts as the reason, its other texts as text, and the
    // gloss's words are names a misspelt word may find.
    static SearchText haystackFor(const StatusEntry &entry,
                                  const CatalogueTranslation *translation = nullptr);
    // The edits a word of `length` bytes may be away from a name's word and still find it: none
    // under four letters (too many short words are one edit apart), one up to seven, then two.
    static int editsAllowed(qsizetype length);
    // The fewest single-letter edits (insert, delete, replace, swap two neighbours) turning `word`
    // into some prefix of `name`, or `limit` + 1 when more than `limit`. A prefix, so a word
    // still being typed finds its name ("tiemou" → "timeou…").
    static int prefixDistance(QByteArrayView word, QByteArrayView name, int limit);

private:
    struct Word
    {
        QByteArray bytes; // folded, in UTF-8
        SearchText::PairSet pairs{};
        quint32 letters = 0;
        int edits = 0;
        // Name words already held against this one: the same words recur in thousands of entries
        // ("request", "error"), and an edit distance costs more than a lookup.
        mutable QHash<QByteArray, bool> nearNames;
    };
    Rank rankWord(const Word &word, const SearchText &haystack) const;

    QStringList m_codePrefixes;
    QList<Word> m_words;
};

} // namespace StatusScope::Core
