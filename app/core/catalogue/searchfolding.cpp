// SPDX-License-Identifier: MIT
#include "core/catalogue/searchfolding.h"

#include <array>
#include <utility>

namespace StatusScope::Core {

namespace {

constexpr char16_t TableStart = 0x00C0;
constexpr char16_t TableEnd = 0x0250; // Latin-1 Supplement's letters, Latin Extended-A and -B

// A folded character without its marks, for the Latin letters a table holds (built once from Qt's
// Unicode data: a canonical decomposition starts with the base letter), 0 where nothing changes.
const std::array<char16_t, TableEnd - TableStart> &baseLetters()
{
    static const std::array<char16_t, TableEnd - TableStart> table = [] {
        std::array<char16_t, TableEnd - TableStart> bases{};
        for (char16_t unit = TableStart; unit < TableEnd; ++unit) {
            QChar letter = QChar(unit);
            while (letter.decompositionTag() == QChar::Canonical)
                letter = letter.decomposition().at(0);
            letter = letter.toCaseFolded(); // İ is I with a dot
            if (letter.unicode() != unit)
                bases[unit - TableStart] = letter.unicode();
        }
        // Letters with a stroke or bar, which Unicode does not decompose: a Danish, Norwegian,
        // Polish, Croatian or Maltese name typed on a keyboard without them (ı: dotless i).
        for (const auto &[letter, base] : {std::pair{u'ø', u'o'},
                                           {u'ł', u'l'},
                                           {u'đ', u'd'},
                                           {u'ð', u'd'},
                                           {u'ħ', u'h'},
                                           {u'ŧ', u't'},
                                           {u'ı', u'i'}})
            bases[letter - TableStart] = base;
        return bases;
    }();
    return table;
}

// One character of a folded run that is not ASCII.
void appendFolded(QString &out, QChar folded)
{
    switch (folded.unicode()) {
    case u'ß':
        out.append(u"ss");
        return;
    case u'æ':
        out.append(u"ae");
        return;
    case u'œ':
        out.append(u"oe");
        return;
    case u'þ':
        out.append(u"th");
        return;
    case u'\u2019': // right single quotation mark, the typographic apostrophe
    case u'\u02bc': // modifier letter apostrophe
        out.append(u'\'');
        return;
    default:
        break;
    }
    const char16_t unit = folded.unicode();
    if (unit >= TableStart && unit < TableEnd) {
        const char16_t base = baseLetters()[unit - TableStart];
        out.append(base ? QChar(base) : folded);
        return;
    }
    // Marks typed or stored apart from their letter ("e" + U+0301) go, as the composed ones do.
    if (folded.category() == QChar::Mark_NonSpacing)
        return;
    QChar letter = folded;
    while (!letter.isSurrogate() && letter.decompositionTag() == QChar::Canonical)
        letter = letter.decomposition().at(0);
    out.append(letter.toCaseFolded());
}

// 'a' for ä or Ä, 'o' for ö, 'u' for ü; 0 for any other character.
char16_t umlautBase(QChar letter)
{
    switch (letter.toLower().unicode()) {
    case u'ä':
        return u'a';
    case u'ö':
        return u'o';
    case u'ü':
        return u'u';
    default:
        return 0;
    }
}

} // namespace

QByteArray foldForSearch(QStringView text)
{
    QByteArray folded;
    folded.reserve(text.size() + text.size() / 8);
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) {
            folded.append(char(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit));
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && text.at(end).unicode() >= 0x80)
            ++end;
        // toCaseFolded() keeps surrogate pairs together; they pass through unchanged below.
        const QString run = text.sliced(i, end - i).toString().toCaseFolded();
        QString out;
        out.reserve(run.size() + 2);
        for (const QChar c : run)
            appendFolded(out, c);
        folded.append(out.toUtf8());
        i = end;
    }
    return folded;
}

QString umlautSpellings(QStringView text)
{
    QString spellings;
    qsizetype start = -1;
    bool hasUmlaut = false;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar(u' ');
        if (c.isLetter()) {
            if (start < 0) {
                start = i;
                hasUmlaut = false;
            }
            hasUmlaut = hasUmlaut || umlautBase(c) != 0;
            continue;
        }
        if (start >= 0 && hasUmlaut) {
            if (!spellings.isEmpty())
                spellings.append(u' ');
            for (const QChar letter : text.sliced(start, i - start)) {
                const char16_t base = umlautBase(letter);
                if (base == 0) {
                    spellings.append(letter);
                    continue;
                }
                spellings.append(letter.isUpper() ? QChar(base).toUpper() : QChar(base));
                spellings.append(u'e');
            }
        }
        start = -1;
    }
    return spellings;
}

} // namespace StatusScope::Core
