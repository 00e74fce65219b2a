// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace StatusScope::Core {

// Text folded for the catalogue search, in UTF-8: a search and the entries' texts are folded alike,
// so what a person types need not match in case, accents or spelling variants a keyboard makes
// hard. Letters are case-folded, then lose their marks (é → e, ñ → n, ü → u, ç → c) and their
// strokes (ø → o, ł → l, đ and ð → d, ħ → h, ŧ → t, ı → i); ß becomes "ss", æ "ae", œ "oe", þ "th";
// a typographic apostrophe becomes "'". Each character is folded on its own,
// so a text that starts (or contains) another still does after folding, as narrowing a search
// needs. ASCII only lower-cases, without any table lookup: most of the catalogue is ASCII.
QByteArray foldForSearch(QStringView text);

// German words with an umlaut as typed without one: "Zeitüberschreitung" → "Zeitueberschreitung",
// "Gründe" → "Gruende"; only the words that change, separated by spaces; empty when none does.
// ("zeituberschreitung" needs nothing: foldForSearch drops the mark.)
QString umlautSpellings(QStringView text);

} // namespace StatusScope::Core
