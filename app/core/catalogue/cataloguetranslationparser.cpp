// SPDX-License-Identifier: MIT
// Reads resources/data/catalogue.LANG.json. Strict like the English catalogue's parser: a typo in a
// key, a text without the hash of its English, or an entry listed twice stops the build with the
// entry and field named. Whether the texts are complete and current is not checked here (the
// English changes under the translators): translations/catalogue_translations.py and
// tst_cataloguetranslation report that.
#include "core/catalogue/cataloguetranslation.h"

#include "core/catalogue/catalogueparser.h"
#include "core/catalogue/statusclass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

class CatalogueTranslationParser
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueTranslationParser)

public:
    explicit CatalogueTranslationParser(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    std::optional<CatalogueTranslation> parse(const QByteArray &json);
    const CatalogueError &error() const { return m_error; }

private:
    std::optional<TranslatedText> parseText(const QJsonValue &value, const QString &field);
    bool parseEntry(const QJsonValue &value, CatalogueTranslation &translation);
    bool fail(const QString &field, const QString &message);

    QString m_fileName;
    CatalogueError m_error;
    int m_entry = -1;
    int m_code = -1;
};

bool CatalogueTranslationParser::fail(const QString &field, const QString &message)
{
    m_error = CatalogueError{};
    m_error.file = m_fileName;
    m_error.entry = m_entry;
    m_error.code = m_code;
    m_error.field = field;
    m_error.message = message;
    return false;
}

std::optional<CatalogueTranslation> CatalogueTranslationParser::parse(const QByteArray &json)
{
    const std::optional<QJsonObject> read = readCatalogueJsonObject(json, m_fileName, &m_error);
    if (!read)
        return std::nullopt;
    const QJsonObject &root = *read;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        static const QStringList known{u"format"_s, u"language"_s, u"classes"_s, u"entries"_s};
        if (!known.contains(it.key())) {
            fail(it.key(), tr("is not a known field (a typo?)"));
            return std::nullopt;
        }
    }
    if (root.value(u"format"_s).toInt(-1) != CatalogueTranslation::FormatVersion) {
        fail(u"format"_s,
             tr("must be %1, the format version this build reads").arg(CatalogueTranslation::FormatVersion));
        return std::nullopt;
    }
    CatalogueTranslation translation;
    translation.m_language = root.value(u"language"_s).toString();
    static const QRegularExpression languagePattern(u"^[a-z]{2,3}$"_s);
    if (!languagePattern.match(translation.m_language).hasMatch() || translation.m_language == u"en"_s) {
        fail(u"language"_s, tr("must be the language's two-letter code, such as \"de\" (not \"en\")"));
        return std::nullopt;
    }

    const QJsonValue classes = root.value(u"classes"_s);
    if (!classes.isUndefined() && !classes.isObject()) {
        fail(u"classes"_s, tr("must be an object with a text for each class"));
        return std::nullopt;
    }
    const QJsonObject classObject = classes.toObject();
    for (auto it = classObject.constBegin(); it != classObject.constEnd(); ++it) {
        const std::optional<StatusClass> statusClass = classFromKey(it.key());
        if (!statusClass || classKey(*statusClass) != it.key()) {
            fail(u"classes."_s + it.key(), tr("is not a status class"));
            return std::nullopt;
        }
        const std::optional<TranslatedText> text = parseText(it.value(), u"classes."_s + it.key());
        if (!text)
            return std::nullopt;
        translation.m_classes[static_cast<std::size_t>(*statusClass)] = *text;
    }

    const QJsonValue entries = root.value(u"entries"_s);
    if (!entries.isArray()) {
        fail(u"entries"_s, tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray entryArray = entries.toArray();
    for (qsizetype i = 0; i < entryArray.size(); ++i) {
        m_entry = int(i);
        m_code = -1;
        if (!parseEntry(entryArray.at(i), translation))
            return std::nullopt;
    }
    return translation;
}

std::optional<TranslatedText> CatalogueTranslationParser::parseText(const QJsonValue &value,
                                                                    const QString &field)
{
    const QJsonObject object = value.toObject();
    if (!value.isObject()) {
        fail(field, tr("must be an object: {\"text\": …, \"from\": …}"));
        return std::nullopt;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != u"text"_s && it.key() != u"from"_s && it.key() != u"same"_s) {
            fail(field + u'.' + it.key(), tr("is not a known field (a typo?)"));
            return std::nullopt;
        }
    }
    TranslatedText text;
    text.text = object.value(u"text"_s).toString().trimmed();
    if (text.text.isEmpty()) {
        fail(field + u".text"_s, tr("must be a non-empty string (leave out a field not yet translated)"));
        return std::nullopt;
    }
    text.from = object.value(u"from"_s).toString();
    static const QRegularExpression hashPattern(u"^[0-9a-f]{%1}$"_s.arg(CatalogueTranslation::HashLength));
    if (!hashPattern.match(text.from).hasMatch()) {
        fail(field + u".from"_s,
             object.contains(u"from"_s)
                 ? tr("must be the %1 hex digits of the English text's hash")
                       .arg(CatalogueTranslation::HashLength)
                 : tr("is missing: run \"./dev catalogue-translations --stamp LANG\" after writing a text"));
        return std::nullopt;
    }
    const QJsonValue same = object.value(u"same"_s);
    if (!same.isUndefined() && !same.isBool()) {
        fail(field + u".same"_s, tr("must be true or false"));
        return std::nullopt;
    }
    text.same = same.toBool(false);
    return text;
}

bool CatalogueTranslationParser::parseEntry(const QJsonValue &value, CatalogueTranslation &translation)
{
    if (!value.isObject())
        return fail({}, tr("must be an object"));
    const QJsonObject object = value.toObject();
    const QString key = object.value(u"entry"_s).toString().trimmed();
    static const QRegularExpression keyPattern(u"^([0-9]{1,3}) .+ · .+$"_s);
    const QRegularExpressionMatch match = keyPattern.match(key);
    if (!match.hasMatch())
        return fail(u"entry"_s,
                    tr("must name the English entry as \"CODE REASON · ORIGIN\", for example "
                       "\"499 Client Closed Request · nginx\""));
    m_code = match.captured(1).toInt();
    if (translation.m_entries.contains(key))
        return fail(u"entry"_s, tr("\"%1\" is listed twice").arg(key));

    QHash<int, TranslatedText> fields;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == u"entry"_s)
            continue;
        const std::optional<EntryText> field = entryTextFromKey(it.key());
        if (!field)
            return fail(it.key(), tr("is not a known field (a typo?)"));
        const std::optional<TranslatedText> text = parseText(it.value(), it.key());
        if (!text)
            return false;
        if ((*field == EntryText::Summary || *field == EntryText::ReasonGloss) && text->text.contains(u'\n'))
            return fail(it.key(), tr("must be a single line"));
        fields.insert(int(*field), *text);
    }
    translation.m_entries.insert(key, fields);
    return true;
}

std::optional<CatalogueTranslation>
CatalogueTranslation::fromJson(const QByteArray &json, const QString &fileName, CatalogueError *error)
{
    CatalogueTranslationParser parser(fileName);
    std::optional<CatalogueTranslation> translation = parser.parse(json);
    if (!translation && error)
        *error = parser.error();
    return translation;
}

} // namespace StatusScope::Core
