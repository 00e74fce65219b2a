// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QByteArray>

#include <array>

namespace StatusScope::Core {

// What a search looks through for one entry, prepared once: its folded text in UTF-8 (a word is
// found by a plain byte search, and UTF-8 cannot match in the middle of a character) and the set
// of adjacent byte pairs in it, so a word with a pair the text lacks is ruled out without reading.
struct SearchText
{
    using PairSet = std::array<quint64, 16>; // 32 × 32 letter classes, one bit each

    QByteArray text;
    PairSet pairs{};

    explicit SearchText(QByteArray folded = {});
    static PairSet pairsOf(QByteArrayView bytes);
};

// A search typed by a person: words are matched case-insensitively against the reason, aliases,
// origin and text of an entry; a number (or "4xx") matches codes that start with it. Every word
// must match. Shared by the catalogue page and the command line so both find the same entries.
class CatalogueSearch
{
public:
    CatalogueSearch() = default;
    explicit CatalogueSearch(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_wordBytes.isEmpty(); }
    // `haystack` is haystackFor(entry).
    bool matches(const StatusEntry &entry, const SearchText &haystack) const;
    bool matches(const StatusEntry &entry) const { return matches(entry, haystackFor(entry)); }
    // True when everything `other` matches is sure to match this search too (typing one more
    // letter: "gate" → "gatew", "40" → "404"), so only this search's matches need checking again.
    bool isNarrowedBy(const CatalogueSearch &other) const;

    // The folded text a search looks through; cache it per entry when searching often.
    static SearchText haystackFor(const StatusEntry &entry);

private:
    QStringList m_codePrefixes;
    QList<QByteArray> m_wordBytes; // the folded words, in UTF-8
    QList<SearchText::PairSet> m_wordPairs;
};

} // namespace StatusScope::Core
