// SPDX-License-Identifier: MIT
#include "core/catalogue/cataloguesearch.h"

#include "core/catalogue/statusclass.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Letters and digits get a class each (digits share four); everything else is one of two.
constexpr std::array<quint8, 256> letterClasses()
{
    std::array<quint8, 256> classes{};
    for (int byte = 0; byte < 256; ++byte) {
        if (byte >= 'a' && byte <= 'z')
            classes[byte] = quint8(byte - 'a');
        else if (byte >= '0' && byte <= '9')
            classes[byte] = quint8(26 + (byte - '0') % 4);
        else
            classes[byte] = byte >= 0x80 ? 31 : 30;
    }
    return classes;
}

bool containsBytes(const QByteArray &text, const QByteArray &word)
{
#if defined(__GLIBC__)
    // glibc's memmem is vectorised; it is several times faster than a generic search here.
    return ::memmem(text.constData(), size_t(text.size()), word.constData(), size_t(word.size())) != nullptr;
#else
    return std::string_view(text.constData(), size_t(text.size()))
               .find(std::string_view(word.constData(), size_t(word.size())))
        != std::string_view::npos;
#endif
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

} // namespace

SearchText::SearchText(QByteArray folded)
    : text(std::move(folded))
    , pairs(pairsOf(text))
{
}

SearchText::PairSet SearchText::pairsOf(QByteArrayView bytes)
{
    static constexpr std::array<quint8, 256> classes = letterClasses();
    PairSet set{};
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const int pair = classes[uchar(bytes[i])] * 32 + classes[uchar(bytes[i + 1])];
        set[size_t(pair / 64)] |= quint64(1) << (pair % 64);
    }
    return set;
}

CatalogueSearch::CatalogueSearch(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    const QStringList tokens = text.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (isDigits(token)) {
            m_codePrefixes.append(token);
        } else if (token.size() == 3 && token.at(0).isDigit() && token.endsWith(u"xx"_s)) {
            m_codePrefixes.append(token.first(1)); // "4xx" means the whole class
        } else {
            m_wordBytes.append(token.toUtf8());
            m_wordPairs.append(SearchText::pairsOf(m_wordBytes.last()));
        }
    }
}

bool CatalogueSearch::matches(const StatusEntry &entry, const SearchText &haystack) const
{
    for (const QString &prefix : m_codePrefixes) {
        if (!entry.codeText.startsWith(prefix))
            return false;
    }
    // First the pairs, cheap and decisive for most entries; the text only when they all occur.
    for (const SearchText::PairSet &wordPairs : m_wordPairs) {
        for (size_t i = 0; i < wordPairs.size(); ++i) {
            if ((haystack.pairs[i] & wordPairs[i]) != wordPairs[i])
                return false;
        }
    }
    for (const QByteArray &word : m_wordBytes) {
        if (!containsBytes(haystack.text, word))
            return false;
    }
    return true;
}

bool CatalogueSearch::isNarrowedBy(const CatalogueSearch &other) const
{
    // Each condition here must have one at least as strict there.
    const auto covered = [](const auto &mine, const auto &theirs, auto stricter) {
        return std::all_of(mine.cbegin(), mine.cend(), [&](const auto &condition) {
            return std::any_of(theirs.cbegin(), theirs.cend(),
                               [&](const auto &candidate) { return stricter(candidate, condition); });
        });
    };
    // Words are compared in UTF-8, where containment is the same as between the decoded texts.
    return covered(m_codePrefixes, other.m_codePrefixes,
                   [](const QString &longer, const QString &prefix) { return longer.startsWith(prefix); })
        && covered(m_wordBytes, other.m_wordBytes,
                   [](const QByteArray &longer, const QByteArray &word) { return longer.contains(word); });
}

SearchText CatalogueSearch::haystackFor(const StatusEntry &entry)
{
    QStringList parts{entry.reason, entry.originDetail, originKey(entry.origin), entry.summary,
                      entry.description};
    parts += entry.aliases;
    parts += entry.headers;
    if (entry.iana)
        parts.append(entry.iana->reason);
    return SearchText(parts.join(u'\n').toCaseFolded().toUtf8());
}

} // namespace StatusScope::Core
