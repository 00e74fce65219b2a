// SPDX-License-Identifier: MIT
#include "core/catalogue/cataloguesearch.h"

#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/searchfolding.h"
#include "core/catalogue/statusclass.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <bit>
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

bool isDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

// "StatusTeapot" → "Status Teapot": a constant's words, so a misspelt "teapott" can find them.
QString splitCamelCase(const QString &name)
{
    QString split;
    split.reserve(name.size() + 8);
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (i > 0 && name.at(i).isUpper() && name.at(i - 1).isLower())
            split.append(u' ');
        split.append(name.at(i));
    }
    return split;
}

bool isWordByte(char byte)
{
    const auto b = uchar(byte);
    return b >= 0x80 || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
}

} // namespace

SearchText::SearchText(QByteArray folded)
    : text(std::move(folded))
    , reasonEnd(text.size())
    , namesEnd(text.size())
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

quint32 SearchText::lettersOf(QByteArrayView bytes)
{
    quint32 letters = 0;
    for (const char byte : bytes) {
        if (byte >= 'a' && byte <= 'z')
            letters |= quint32(1) << (byte - 'a');
    }
    return letters;
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
            Word word;
            word.bytes = foldForSearch(token);
            if (word.bytes.isEmpty()) // a mark on its own
                continue;
            word.pairs = SearchText::pairsOf(word.bytes);
            word.letters = SearchText::lettersOf(word.bytes);
            word.edits = editsAllowed(word.bytes.size());
            m_words.append(std::move(word));
        }
    }
}

int CatalogueSearch::editsAllowed(qsizetype length)
{
    return length < 4 ? 0 : length < 8 ? 1 : 2;
}

int CatalogueSearch::prefixDistance(QByteArrayView word, QByteArrayView name, int limit)
{
    // The optimal-string-alignment distance (Damerau's swap of neighbours counted as one edit),
    // row by row over the word's letters; the last row's minimum is the distance to the nearest
    // prefix of the name. A row whose every cell is past the limit ends it early.
    constexpr qsizetype MaxLength = 64;
    if (word.size() > MaxLength)
        return limit + 1;
    const qsizetype m = word.size();
    const qsizetype n = std::min(name.size(), MaxLength);
    std::array<int, MaxLength + 1> before{}; // row i - 2
    std::array<int, MaxLength + 1> previous{}; // row i - 1
    std::array<int, MaxLength + 1> current{};
    for (qsizetype j = 0; j <= n; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int substitution = previous[size_t(j - 1)] + (word[i - 1] == name[j - 1] ? 0 : 1);
            int cell = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
            if (i > 1 && j > 1 && word[i - 1] == name[j - 2] && word[i - 2] == name[j - 1])
                cell = std::min(cell, before[size_t(j - 2)] + 1);
            current[size_t(j)] = cell;
            rowMinimum = std::min(rowMinimum, cell);
        }
        if (rowMinimum > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    const int best = *std::min_element(previous.cbegin(), previous.cbegin() + n + 1);
    return std::min(best, limit + 1);
}

CatalogueSearch::Rank CatalogueSearch::rankWord(const Word &word, const SearchText &haystack) const
{
    // First the pairs, cheap and decisive for most entries; the text only when they all occur.
    bool pairsOccur = true;
    for (size_t i = 0; i < word.pairs.size() && pairsOccur; ++i)
        pairsOccur = (haystack.pairs[i] & word.pairs[i]) == word.pairs[i];
    bool inAsides = false;
    if (pairsOccur) {
        // The parts are in order of weight, so the first occurrence is the best one.
        const void *found = nullptr;
#if defined(__GLIBC__)
        // glibc's memmem is vectorised; it is several times faster than a generic search here.
        found = ::memmem(haystack.text.constData(), size_t(haystack.text.size()), word.bytes.constData(),
                         size_t(word.bytes.size()));
#else
        const auto at = std::string_view(haystack.text.constData(), size_t(haystack.text.size()))
                            .find(std::string_view(word.bytes.constData(), size_t(word.bytes.size())));
        found = at == std::string_view::npos ? nullptr : haystack.text.constData() + at;
#endif
        if (found) {
            const qsizetype at = static_cast<const char *>(found) - haystack.text.constData();
            if (haystack.asidesStart < 0 || at < haystack.asidesStart)
                return at < haystack.reasonEnd ? InReason : at < haystack.namesEnd ? InNames : InText;
            inAsides = true; // a misspelt name still ranks above it
        }
    }
    const Rank fallback = inAsides ? InAsides : NoMatch;
    if (word.edits == 0)
        return fallback;
    for (const SearchText::NameWord &name : haystack.nameWords) {
        // Each letter the name lacks costs an edit, and a prefix cannot be longer than the name.
        if (name.word.size() < word.bytes.size() - word.edits
            || std::popcount(word.letters & ~name.letters) > word.edits)
            continue;
        const auto known = word.nearNames.constFind(name.word);
        const bool near = known != word.nearNames.cend()
            ? *known
            : *word.nearNames.insert(name.word,
                                     prefixDistance(word.bytes, name.word, word.edits) <= word.edits);
        if (near)
            return Near;
    }
    return fallback;
}

CatalogueSearch::Rank CatalogueSearch::rank(const StatusEntry &entry, const SearchText &haystack) const
{
    Rank worst = m_codePrefixes.isEmpty() ? ExactCode : InReason;
    for (const QString &prefix : m_codePrefixes) {
        if (!entry.codeText.startsWith(prefix))
            return NoMatch;
        if (entry.codeText.size() == prefix.size())
            worst = ExactCode;
    }
    // An entry ranks by its weakest word: "not fund" finds 404 as well as "fund" does.
    for (const Word &word : m_words) {
        const Rank found = rankWord(word, haystack);
        if (found == NoMatch)
            return NoMatch;
        worst = std::max(worst, found);
    }
    return worst;
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
    // Words are compared in UTF-8, where containment is the same as between the decoded texts. A
    // word allowed to be misspelt is only narrowed by itself typed further with the same number
    // of edits: "tie" (exact) does not cover "tiem" (one edit), which finds "timeout".
    return covered(m_codePrefixes, other.m_codePrefixes,
                   [](const QString &longer, const QString &prefix) { return longer.startsWith(prefix); })
        && covered(m_words, other.m_words, [](const Word &longer, const Word &word) {
               return longer.edits == word.edits
                   && (word.edits == 0 ? longer.bytes.contains(word.bytes)
                                       : longer.bytes.startsWith(word.bytes));
           });
}

SearchText CatalogueSearch::haystackFor(const StatusEntry &entry, const CatalogueTranslation *translation)
{
    QStringList names = entry.aliases;
    if (entry.iana)
        names.append(entry.iana->reason);
    QStringList constantWords; // for near matches: "StatusTeapot" as "status teapot"
    for (const CodeConstant &constant : entry.constants) {
        names.append(constant.name);
        names += constant.alsoNames;
        if (!constant.reason.isEmpty())
            names.append(constant.reason);
        constantWords.append(splitCamelCase(constant.name));
        for (const QString &also : constant.alsoNames)
            constantWords.append(splitCamelCase(also));
    }
    QStringList rest{entry.originDetail, originKey(entry.origin), entry.summary, entry.description};
    rest += entry.headers;
    // Every other text the entry shows is searched too, as a translation's are, but a word found only
    // there ranks last: "unauthorised" misspells 401's reason before it occurs in 404's advice.
    const QString asides = QStringList{entry.use, entry.misuse, entry.folklore}.join(u'\n');

    // The shown language's texts beside the English ones (people know "Not Found" from servers):
    // the gloss weighs as the reason, the rest as text. Stale ones too: still the same entry.
    QString gloss;
    if (translation && !translation->isEnglish()) {
        const QString key = CatalogueTranslation::entryKey(entry);
        const bool german = translation->language() == u"de";
        for (const EntryText field : allEntryTexts()) {
            const TranslatedText *translated = translation->translated(key, field);
            if (!translated || translated->same || translated->text.isEmpty())
                continue;
            QString &into = field == EntryText::ReasonGloss ? gloss : rest.emplace_back();
            into = translated->text;
            if (german) {
                if (const QString spellings = umlautSpellings(translated->text); !spellings.isEmpty())
                    into += u'\n' + spellings;
            }
        }
    }

    SearchText haystack;
    QByteArray reason = foldForSearch(entry.reason);
    if (!gloss.isEmpty())
        reason += '\n' + foldForSearch(gloss);
    const QByteArray otherNames = foldForSearch(names.join(u'\n'));
    haystack.text = reason + '\n' + otherNames + '\n' + foldForSearch(rest.join(u'\n'));
    haystack.reasonEnd = reason.size();
    haystack.namesEnd = reason.size() + 1 + otherNames.size();
    haystack.asidesStart = haystack.text.size();
    haystack.text += '\n' + foldForSearch(asides);
    haystack.pairs = SearchText::pairsOf(haystack.text);

    // The single words of every name, once each, for a mistyped word to be held against.
    const QByteArray nameText = reason + ' ' + otherNames + ' ' + foldForSearch(constantWords.join(u' '));
    QSet<QByteArray> seen;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= nameText.size(); ++i) {
        const bool inWord = i < nameText.size() && isWordByte(nameText.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            const QByteArray word = nameText.sliced(start, i - start);
            start = -1;
            if (word.size() < 3 || seen.contains(word))
                continue;
            seen.insert(word);
            haystack.nameWords.append({word, SearchText::lettersOf(word)});
        }
    }
    return haystack;
}

} // namespace StatusScope::Core
