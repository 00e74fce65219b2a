// SPDX-License-Identifier: MIT
#include "core/catalogue/cataloguetranslation.h"

#include "core/catalogue/catalogueblob.h"

#include "core/catalogue/statusclass.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QMutex>
#include <QRegularExpression>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct TextKey
{
    EntryText text;
    QStringView key;
};

constexpr std::array textKeys{
    TextKey{EntryText::ReasonGloss, u"reason_gloss"},
    TextKey{EntryText::Summary, u"summary"},
    TextKey{EntryText::Description, u"description"},
    TextKey{EntryText::Use, u"use"},
    TextKey{EntryText::Misuse, u"misuse"},
    TextKey{EntryText::Folklore, u"folklore"},
    TextKey{EntryText::OriginDetail, u"origin_detail"},
    TextKey{EntryText::Since, u"since"},
};

constexpr quint32 Magic = 0x53534354; // "SSCT"
constexpr quint32 CompiledVersion = 2; // 2: the layout of catalogueblob.h (was QDataStream's)

CatalogueBlob::Writer &operator<<(CatalogueBlob::Writer &out, const TranslatedText &text)
{
    return out << text.text << text.from << text.same;
}

CatalogueBlob::Reader &operator>>(CatalogueBlob::Reader &in, TranslatedText &text)
{
    return in >> text.text >> text.from >> text.same;
}

} // namespace

QList<EntryText> allEntryTexts()
{
    QList<EntryText> texts;
    for (const TextKey &row : textKeys)
        texts.append(row.text);
    return texts;
}

QString entryTextKey(EntryText text)
{
    return textKeys[static_cast<std::size_t>(text)].key.toString();
}

std::optional<EntryText> entryTextFromKey(QStringView key)
{
    for (const TextKey &row : textKeys) {
        if (row.key == key)
            return row.text;
    }
    return std::nullopt;
}

QString englishText(const StatusEntry &entry, EntryText text)
{
    switch (text) {
    case EntryText::ReasonGloss:
        return entry.reason;
    case EntryText::Summary:
        return entry.summary;
    case EntryText::Description:
        return entry.description;
    case EntryText::Use:
        return entry.use;
    case EntryText::Misuse:
        return entry.misuse;
    case EntryText::Folklore:
        return entry.folklore;
    case EntryText::OriginDetail:
        return entry.originDetail;
    case EntryText::Since:
        break;
    }
    return entry.since;
}

QString CatalogueTranslation::sourceHash(const QString &english)
{
    const QByteArray digest
        = QCryptographicHash::hash(english.trimmed().toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(HashLength));
}

QString CatalogueTranslation::entryKey(const StatusEntry &entry)
{
    // The catalogue tells its entries apart by code and origin (several share a code and reason:
    // nginx's and gRPC's 499 Client Closed Request); the reason makes the key readable.
    return entry.codeText + u' ' + entry.reason + u" · "_s + entry.originDetail;
}

std::optional<CatalogueTranslation> CatalogueTranslation::fromFile(const QString &path, CatalogueError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = CatalogueError{};
            error->file = path;
            error->message = file.errorString();
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

const TranslatedText *CatalogueTranslation::translated(const QString &entryKey, EntryText text) const
{
    const auto entry = m_entries.constFind(entryKey);
    if (entry == m_entries.cend())
        return nullptr;
    const auto field = entry->constFind(int(text));
    return field == entry->cend() ? nullptr : &*field;
}

const TranslatedText *CatalogueTranslation::translatedClass(StatusClass statusClass) const
{
    const std::optional<TranslatedText> &text = m_classes[static_cast<std::size_t>(statusClass)];
    return text ? &*text : nullptr;
}

namespace {

TranslationState stateOf(const TranslatedText *translated, const QString &english)
{
    if (english.isEmpty())
        return TranslationState::NotNeeded;
    if (!translated)
        return TranslationState::Missing;
    return translated->from == CatalogueTranslation::sourceHash(english) ? TranslationState::Current
                                                                         : TranslationState::Stale;
}

} // namespace

TranslationState CatalogueTranslation::state(const StatusEntry &entry, EntryText text) const
{
    return stateOf(translated(entryKey(entry), text), englishText(entry, text));
}

TranslationState CatalogueTranslation::classState(const StatusCatalogue &catalogue,
                                                  StatusClass statusClass) const
{
    return stateOf(translatedClass(statusClass), catalogue.classDescription(statusClass));
}

LocalizedText CatalogueTranslation::text(const StatusEntry &entry, EntryText text) const
{
    if (text == EntryText::ReasonGloss)
        return {reasonGloss(entry), false};
    const QString english = englishText(entry, text);
    if (isEnglish() || english.isEmpty())
        return {english, false};
    if (state(entry, text) == TranslationState::Current)
        return {translated(entryKey(entry), text)->text, false};
    return {english, true};
}

QString CatalogueTranslation::reasonGloss(const StatusEntry &entry) const
{
    if (state(entry, EntryText::ReasonGloss) != TranslationState::Current)
        return {};
    return translated(entryKey(entry), EntryText::ReasonGloss)->text;
}

LocalizedText CatalogueTranslation::classDescription(const StatusCatalogue &catalogue,
                                                     StatusClass statusClass) const
{
    const QString english = catalogue.classDescription(statusClass);
    if (isEnglish())
        return {english, false};
    if (classState(catalogue, statusClass) == TranslationState::Current)
        return {translatedClass(statusClass)->text, false};
    return {english, true};
}

StatusEntry CatalogueTranslation::localized(const StatusEntry &entry, QList<EntryText> *fallbacks) const
{
    StatusEntry result = entry;
    const std::pair<EntryText, QString *> fields[] = {
        {EntryText::Summary, &result.summary},   {EntryText::Description, &result.description},
        {EntryText::Use, &result.use},           {EntryText::Misuse, &result.misuse},
        {EntryText::Folklore, &result.folklore}, {EntryText::OriginDetail, &result.originDetail},
        {EntryText::Since, &result.since},
    };
    for (const auto &[field, target] : fields) {
        const LocalizedText shown = text(entry, field);
        *target = shown.text;
        if (shown.fallback && fallbacks)
            fallbacks->append(field);
    }
    return result;
}

QByteArray CatalogueTranslation::compiled() const
{
    CatalogueBlob::Writer out;
    out << Magic << CompiledVersion << m_language;
    for (const std::optional<TranslatedText> &text : m_classes) {
        out << text.has_value();
        if (text)
            out << *text;
    }
    // In key order, so the same file always compiles to the same bytes.
    std::map<QString, QHash<int, TranslatedText>> sorted;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        sorted.emplace(it.key(), it.value());
    out << qint32(sorted.size());
    for (const auto &[key, fields] : sorted) {
        out << key << qint32(fields.size());
        for (EntryText field : allEntryTexts()) {
            if (fields.contains(int(field)))
                out << qint32(field) << fields.value(int(field));
        }
    }
    return out.data();
}

std::optional<CatalogueTranslation> CatalogueTranslation::fromCompiled(const QByteArray &data,
                                                                       BlobLifetime lifetime)
{
    CatalogueBlob::Reader in(data,
                             lifetime == BlobLifetime::Program ? CatalogueBlob::Strings::Borrowed
                                                               : CatalogueBlob::Strings::Copied);
    quint32 magic = 0;
    quint32 version = 0;
    CatalogueTranslation translation;
    in >> magic >> version >> translation.m_language;
    if (magic != Magic || version != CompiledVersion)
        return std::nullopt;
    for (std::optional<TranslatedText> &text : translation.m_classes) {
        bool has = false;
        in >> has;
        if (has) {
            TranslatedText read;
            in >> read;
            text = read;
        }
    }
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > data.size() / 8)
        return std::nullopt;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QString key;
        qint32 fields = 0;
        in >> key >> fields;
        if (fields < 0 || fields > qint32(textKeys.size()))
            return std::nullopt;
        QHash<int, TranslatedText> &entry = translation.m_entries[key];
        for (qint32 f = 0; f < fields; ++f) {
            qint32 field = -1;
            TranslatedText text;
            in >> field >> text;
            if (field < 0 || field >= qint32(textKeys.size()))
                return std::nullopt;
            entry.insert(field, text);
        }
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return translation;
}

QString CatalogueTranslation::languageCode(const QString &language)
{
    const qsizetype end = language.indexOf(QRegularExpression(u"[_\\-.@]"_s));
    return language.left(end).toLower();
}

QStringList CatalogueTranslation::builtinLanguages()
{
    QStringList languages{u"en"_s};
    // catalogue.de.compiled -> "de"
    for (const QString &file :
         QDir(u":/data"_s).entryList({u"catalogue.*.compiled"_s}, QDir::Files, QDir::Name))
        languages.append(file.section(u'.', 1, 1));
    return languages;
}

const CatalogueTranslation &CatalogueTranslation::builtin(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, CatalogueTranslation> loaded; // a map: references stay valid as it grows
    static const CatalogueTranslation english;
    const QString code = languageCode(language);
    if (code.isEmpty() || code == u"en"_s)
        return english;
    const QMutexLocker lock(&mutex);
    if (const auto found = loaded.find(code); found != loaded.end())
        return found->second;
    // A damaged blob cannot come out of the build; if it did, English is still right.
    const CatalogueBlob::Builtin blob
        = CatalogueBlob::builtin(u":/data/catalogue."_s + code + u".compiled"_s);
    const std::optional<CatalogueTranslation> translation = fromCompiled(blob.bytes, blob.lifetime);
    return loaded.emplace(code, translation.value_or(CatalogueTranslation{})).first->second;
}

} // namespace StatusScope::Core
