// SPDX-License-Identifier: MIT
#pragma once

#include "statusentry.h"

namespace StatusScope::Core {

// A search typed by a person: words are matched case-insensitively against the reason, aliases,
// origin and text of an entry; a number (or "4xx") matches codes that start with it. Every word
// must match. Shared by the catalogue page and the command line so both find the same entries.
class CatalogueSearch
{
public:
    CatalogueSearch() = default;
    explicit CatalogueSearch(const QString &text);

    bool isEmpty() const { return m_codePrefixes.isEmpty() && m_words.isEmpty(); }
    bool matches(const StatusEntry &entry, QStringView haystack) const;
    bool matches(const StatusEntry &entry) const { return matches(entry, haystackFor(entry)); }

    // The folded text a search looks through; cache it per entry when searching often.
    static QString haystackFor(const StatusEntry &entry);

private:
    QStringList m_codePrefixes;
    QStringList m_words;
};

} // namespace StatusScope::Core
