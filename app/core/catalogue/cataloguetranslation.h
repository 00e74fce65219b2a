// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <optional>

namespace StatusScope::Core {

// The texts of an entry that a translation carries, in the order catalogue.LANG.json lists them.
// The reason phrase itself is never translated (it is what servers send); it gets a gloss.
enum class EntryText {
    ReasonGloss,
    Summary,
    Description,
    Use,
    Misuse,
    Folklore,
    OriginDetail,
    Since,
};

QList<EntryText> allEntryTexts();
QString entryTextKey(EntryText text); // "reason_gloss", "summary", … as in the file
std::optional<EntryText> entryTextFromKey(QStringView key);
// The English text a field translates: the reason for the gloss; empty when there is nothing to
// translate (an entry without a "use").
QString englishText(const StatusEntry &entry, EntryText text);

// One translated text as the file holds it: the text, the hash of the English it was made from,
// and whether it is meant to read exactly as the English ("RFC 9110", "nginx").
struct TranslatedText
{
    QString text;
    QString from;
    bool same = false;

    friend bool operator==(const TranslatedText &, const TranslatedText &) = default;
};

// A text to show: the translation, or the English when the translation is missing or was made
// from an English text that has changed since (`fallback`, so the reader can be told).
struct LocalizedText
{
    QString text;
    bool fallback = false;
};

// How one field of a translation stands against the English catalogue.
enum class TranslationState {
    Current, // translated from today's English
    Missing, // no translation
    Stale, // translated from an older English text
    NotNeeded, // the English field is empty
};

// The catalogue's texts in one language (resources/data/catalogue.LANG.json), checked and compiled
// at build time like the English catalogue. Every text names the hash of the English text it was
// made from, so an English correction shows the translation as stale and the English is shown
// instead of a translation that may now be wrong. Entries are matched by code, reason and origin.
// English itself is an empty translation: every text is the catalogue's own, none a fallback.
class CatalogueTranslation
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueTranslation)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int HashLength = 12;

    CatalogueTranslation() = default;

    // First 12 hex digits of the SHA-256 of the English text's UTF-8 (as the catalogue holds it:
    // trimmed). translations/catalogue_translations.py computes the same.
    static QString sourceHash(const QString &english);
    // "418 I'm a teapot · RFC 2324 (HTCPCP); reserved by RFC 9110": how the file names an entry, by
    // its English code, reason phrase and origin (what tells entries apart in the catalogue).
    static QString entryKey(const StatusEntry &entry);

    static std::optional<CatalogueTranslation> fromJson(const QByteArray &json, const QString &fileName,
                                                        CatalogueError *error);
    static std::optional<CatalogueTranslation> fromFile(const QString &path, CatalogueError *error);

    QByteArray compiled() const;
    static std::optional<CatalogueTranslation> fromCompiled(const QByteArray &data,
                                                            BlobLifetime lifetime = BlobLifetime::Call);

    // The translation built into the program for a language ("de", "de_DE", "de-AT"), loaded once;
    // English (and any language without a catalogue translation) is the empty translation.
    static const CatalogueTranslation &builtin(const QString &language);
    // "en" and the languages with a built-in catalogue translation.
    static QStringList builtinLanguages();
    // "de_DE" -> "de"
    static QString languageCode(const QString &language);

    QString language() const { return m_language; } // "en" for English
    bool isEnglish() const { return m_language == u"en"; }

    const TranslatedText *translated(const QString &entryKey, EntryText text) const;
    const TranslatedText *translatedClass(StatusClass statusClass) const;
    QStringList entryKeys() const { return m_entries.keys(); }

    TranslationState state(const StatusEntry &entry, EntryText text) const;
    TranslationState classState(const StatusCatalogue &catalogue, StatusClass statusClass) const;

    // What to show: the current translation, else the English marked as a fallback. The gloss has
    // no English to fall back to: it is empty when there is no current one.
    LocalizedText text(const StatusEntry &entry, EntryText text) const;
    QString reasonGloss(const StatusEntry &entry) const;
    LocalizedText classDescription(const StatusCatalogue &catalogue, StatusClass statusClass) const;
    // The entry with every translatable text in this language (falling back per field).
    StatusEntry localized(const StatusEntry &entry, QList<EntryText> *fallbacks = nullptr) const;

    friend bool operator==(const CatalogueTranslation &, const CatalogueTranslation &) = default;

private:
    friend class CatalogueTranslationParser;

    QString m_language = QStringLiteral("en");
    QHash<QString, QHash<int, TranslatedText>> m_entries; // entry key -> EntryText -> text
    std::array<std::optional<TranslatedText>, 6> m_classes;
};

} // namespace StatusScope::Core
