// SPDX-License-Identifier: MIT
#include "core/catalogue/catalogueparser.h"

#include "core/catalogue/statusclass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

constexpr int MaxCode = 999;

bool isTokenChar(QChar c)
{
    // RFC 9110 §5.6.2 tchar
    static const QString extra = u"!#$%&'*+-.^_`|~"_s;
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || extra.contains(c);
}

bool isToken(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), isTokenChar);
}

QUrl rfcUrl(int rfc, const QString &section)
{
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc%1"_s.arg(rfc));
    if (!section.isEmpty())
        url.setFragment(u"section-"_s + section);
    return url;
}

} // namespace

CatalogueParser::CatalogueParser(QString fileName)
    : m_fileName(std::move(fileName))
{
}

bool CatalogueParser::fail(const QString &field, const QString &message)
{
    m_error = CatalogueError{};
    m_error.file = m_fileName;
    m_error.entry = m_entry;
    m_error.code = m_code;
    m_error.field = field;
    m_error.message = message;
    return false;
}

std::optional<QJsonObject> readCatalogueJsonObject(const QByteArray &json, const QString &fileName,
                                                   CatalogueError *error)
{
    const auto failed = [&](const QString &message) {
        if (error) {
            *error = CatalogueError{};
            error->file = fileName;
            error->message = message;
        }
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        failed(CatalogueParser::tr("not valid JSON: %1").arg(parseError.errorString()));
        if (error) {
            const QByteArray before = json.left(parseError.offset);
            error->line = int(before.count('\n')) + 1;
            error->column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        failed(CatalogueParser::tr("the top level must be a JSON object"));
        return std::nullopt;
    }
    return document.object();
}

std::optional<StatusCatalogue> CatalogueParser::parse(const QByteArray &json)
{
    const std::optional<QJsonObject> read = readCatalogueJsonObject(json, m_fileName, &m_error);
    if (!read)
        return std::nullopt;
    const QJsonObject &root = *read;
    if (!checkKnownKeys(root, {u"format", u"classes", u"entries"}))
        return std::nullopt;
    if (root.value(u"format"_s).toInt(-1) != FormatVersion) {
        fail(u"format"_s, tr("must be %1, the format version this build reads").arg(FormatVersion));
        return std::nullopt;
    }

    StatusCatalogue catalogue;
    if (!parseClasses(root.value(u"classes"_s), catalogue))
        return std::nullopt;

    const QJsonValue entriesValue = root.value(u"entries"_s);
    if (!entriesValue.isArray() || entriesValue.toArray().isEmpty()) {
        fail(u"entries"_s, tr("must be a non-empty array"));
        return std::nullopt;
    }
    const QJsonArray entries = entriesValue.toArray();
    catalogue.m_entries.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        m_entry = int(i);
        m_code = -1;
        std::optional<StatusEntry> entry = parseEntry(entries.at(i));
        if (!entry)
            return std::nullopt;
        catalogue.m_byCode.insert(entry->code, catalogue.m_entries.size());
        catalogue.m_entries.append(std::move(*entry));
    }
    if (!checkIntegrity(catalogue))
        return std::nullopt;
    return catalogue;
}

bool CatalogueParser::parseClasses(const QJsonValue &value, StatusCatalogue &catalogue)
{
    if (!value.isObject())
        return fail(u"classes"_s, tr("must be an object with a description for each class"));
    const QJsonObject classes = value.toObject();
    for (StatusClass statusClass : allClasses()) {
        const QString key = classKey(statusClass);
        const QString text = classes.value(key).toString().trimmed();
        if (text.isEmpty())
            return fail(u"classes."_s + key, tr("every class needs a description"));
        catalogue.m_classDescriptions[static_cast<std::size_t>(statusClass)] = text;
    }
    if (classes.size() != allClasses().size()) {
        for (auto it = classes.constBegin(); it != classes.constEnd(); ++it) {
            if (!classFromKey(it.key()) || classKey(*classFromKey(it.key())) != it.key())
                return fail(u"classes."_s + it.key(), tr("is not a status class"));
        }
    }
    return true;
}

bool CatalogueParser::checkKnownKeys(const QJsonObject &object, std::initializer_list<QStringView> known,
                                     const QString &prefix)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) == known.end())
            return fail(prefix + it.key(), tr("is not a known field (a typo?)"));
    }
    return true;
}

std::optional<QString> CatalogueParser::requiredString(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(key, value.isUndefined() ? tr("is missing") : tr("must be a non-empty string"));
        return std::nullopt;
    }
    return value.toString().trimmed();
}

std::optional<QString> CatalogueParser::optionalString(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key))
        return QString();
    return requiredString(object, key);
}

std::optional<QStringList> CatalogueParser::stringList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringList{};
    if (!value.isArray()) {
        fail(key, tr("must be an array of strings"));
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty()) {
            fail(key, tr("must contain only non-empty strings"));
            return std::nullopt;
        }
        result.append(item.toString().trimmed());
    }
    return result;
}

std::optional<StatusEntry> CatalogueParser::parseEntry(const QJsonValue &value)
{
    if (!value.isObject()) {
        fail({}, tr("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    StatusEntry entry;

    const QJsonValue code = object.value(u"code"_s);
    if (!code.isDouble() || code.toDouble() != double(code.toInt()) || code.toInt() < 0
        || code.toInt() > MaxCode) {
        fail(u"code"_s,
             code.isUndefined() ? tr("is missing") : tr("must be a whole number from 0 to %1").arg(MaxCode));
        return std::nullopt;
    }
    entry.code = code.toInt();
    m_code = entry.code;

    if (!checkKnownKeys(object, {u"code",          u"code_text", u"reason",  u"aliases",     u"origin",
                                 u"origin_detail", u"iana",      u"summary", u"description", u"use",
                                 u"misuse",        u"spec_refs", u"since",   u"headers",     u"cacheable",
                                 u"deprecated",    u"redirect",  u"related", u"sources",     u"folklore"}))
        return std::nullopt;

    entry.codeText = QString::number(entry.code);
    if (object.contains(u"code_text"_s)) {
        const QString text = object.value(u"code_text"_s).toString();
        bool ok = false;
        if (text.isEmpty() || text.toInt(&ok) != entry.code || !ok || text.startsWith(u'+')) {
            fail(u"code_text"_s, tr("must be the code written with digits only"));
            return std::nullopt;
        }
        entry.codeText = text;
    }

    const std::optional<QString> reason = requiredString(object, u"reason"_s);
    const std::optional<QStringList> aliases = reason ? stringList(object, u"aliases"_s) : std::nullopt;
    if (!aliases)
        return std::nullopt;
    entry.reason = *reason;
    entry.aliases = *aliases;

    const std::optional<QString> origin = requiredString(object, u"origin"_s);
    if (!origin)
        return std::nullopt;
    const std::optional<OriginKind> originKind = originFromKey(*origin);
    if (!originKind || originKey(*originKind) != *origin) {
        fail(u"origin"_s, tr("\"%1\" is not one of %2").arg(*origin, originKeys().join(u", "_s)));
        return std::nullopt;
    }
    entry.origin = *originKind;

    const std::optional<QString> originDetail = requiredString(object, u"origin_detail"_s);
    const std::optional<QString> summary = originDetail ? requiredString(object, u"summary"_s) : std::nullopt;
    const std::optional<QString> description
        = summary ? requiredString(object, u"description"_s) : std::nullopt;
    const std::optional<QString> since = description ? requiredString(object, u"since"_s) : std::nullopt;
    if (!since)
        return std::nullopt;
    entry.originDetail = *originDetail;
    entry.summary = *summary;
    entry.description = *description;
    entry.since = *since;
    const std::optional<QString> use = optionalString(object, u"use"_s);
    const std::optional<QString> misuse = use ? optionalString(object, u"misuse"_s) : std::nullopt;
    if (!misuse)
        return std::nullopt;
    entry.use = *use;
    entry.misuse = *misuse;
    const std::optional<QString> folklore = optionalString(object, u"folklore"_s);
    if (!folklore)
        return std::nullopt;
    entry.folklore = *folklore;
    if (entry.summary.contains(u'\n')) {
        fail(u"summary"_s, tr("must be a single line"));
        return std::nullopt;
    }

    const std::optional<QStringList> headers = stringList(object, u"headers"_s);
    if (!headers)
        return std::nullopt;
    for (const QString &header : *headers) {
        if (!isToken(header)) {
            fail(u"headers"_s, tr("\"%1\" is not a valid header field name").arg(header));
            return std::nullopt;
        }
    }
    entry.headers = *headers;

    const QJsonValue cacheable = object.value(u"cacheable"_s);
    if (!cacheable.isBool()) {
        fail(u"cacheable"_s, cacheable.isUndefined() ? tr("is missing") : tr("must be true or false"));
        return std::nullopt;
    }
    entry.cacheable = cacheable.toBool();

    const QJsonValue deprecated = object.value(u"deprecated"_s);
    if (!deprecated.isUndefined() && !deprecated.isBool()) {
        fail(u"deprecated"_s, tr("must be true or false"));
        return std::nullopt;
    }
    entry.deprecated = deprecated.toBool(false);

    const QJsonValue related = object.value(u"related"_s);
    if (!related.isUndefined()) {
        if (!related.isArray()) {
            fail(u"related"_s, tr("must be an array of codes"));
            return std::nullopt;
        }
        for (const QJsonValue &item : related.toArray()) {
            if (!item.isDouble() || item.toDouble() != double(item.toInt())) {
                fail(u"related"_s, tr("must contain only whole numbers"));
                return std::nullopt;
            }
            entry.related.append(item.toInt());
        }
    }

    if (!parseSpecRefs(object.value(u"spec_refs"_s), entry)
        || !parseSources(object.value(u"sources"_s), entry)
        || !parseRedirect(object.value(u"redirect"_s), entry) || !parseIana(object.value(u"iana"_s), entry))
        return std::nullopt;
    return entry;
}

bool CatalogueParser::parseSpecRefs(const QJsonValue &value, StatusEntry &entry)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(u"spec_refs"_s, tr("must be an array"));
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject ref = item.toObject();
        if (!item.isObject() || !checkKnownKeys(ref, {u"rfc", u"section", u"title", u"url"}, u"spec_refs."_s))
            return item.isObject() ? false : fail(u"spec_refs"_s, tr("must contain only objects"));
        if (ref.contains(u"rfc"_s)) {
            const int rfc = ref.value(u"rfc"_s).toInt(-1);
            if (rfc <= 0 || ref.contains(u"url"_s))
                return fail(u"spec_refs.rfc"_s, tr("must be a positive RFC number, without a url"));
            const QString section = ref.value(u"section"_s).toString();
            QString title = u"RFC %1"_s.arg(rfc);
            if (!section.isEmpty())
                title += u" §"_s + section;
            entry.specRefs.append({ref.value(u"title"_s).toString(title), rfcUrl(rfc, section).toString()});
            continue;
        }
        const QString title = ref.value(u"title"_s).toString().trimmed();
        const QUrl url(ref.value(u"url"_s).toString(), QUrl::StrictMode);
        if (title.isEmpty())
            return fail(u"spec_refs.title"_s, tr("a reference needs an rfc number or a title"));
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty())
            return fail(u"spec_refs.url"_s, tr("\"%1\" is not an http(s) link").arg(url.toString()));
        entry.specRefs.append({title, url.toString()});
    }
    return true;
}

bool CatalogueParser::parseSources(const QJsonValue &value, StatusEntry &entry)
{
    if (value.isUndefined())
        return true;
    if (!value.isArray())
        return fail(u"sources"_s, tr("must be an array of {\"title\", \"url\"} objects"));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isObject())
            return fail(u"sources"_s, tr("must contain only {\"title\", \"url\"} objects"));
        const QJsonObject source = item.toObject();
        if (!checkKnownKeys(source, {u"title", u"url"}, u"sources."_s))
            return false;
        const QString title = source.value(u"title"_s).toString().trimmed();
        if (title.isEmpty())
            return fail(u"sources.title"_s, tr("every source needs a title"));
        const QString text = source.value(u"url"_s).toString();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty())
            return fail(u"sources.url"_s, tr("\"%1\" is not an http(s) link").arg(text));
        entry.sources.append({title, url.toString()});
    }
    return true;
}

bool CatalogueParser::parseRedirect(const QJsonValue &value, StatusEntry &entry)
{
    if (value.isUndefined())
        return true;
    if (classOfCode(entry.code) != StatusClass::Redirection)
        return fail(u"redirect"_s, tr("only 3xx codes have redirect semantics"));
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !checkKnownKeys(object, {u"permanent", u"method"}, u"redirect."_s))
        return value.isObject() ? false : fail(u"redirect"_s, tr("must be an object"));
    if (!object.value(u"permanent"_s).isBool())
        return fail(u"redirect.permanent"_s, tr("must be true or false"));
    static const QHash<QString, RedirectMethod> methods{
        {u"kept"_s, RedirectMethod::Kept},
        {u"may_change"_s, RedirectMethod::MayChange},
        {u"becomes_get"_s, RedirectMethod::BecomesGet},
        {u"not_followed"_s, RedirectMethod::NotFollowed},
    };
    const auto method = methods.constFind(object.value(u"method"_s).toString());
    if (method == methods.cend())
        return fail(u"redirect.method"_s, tr("must be kept, may_change, becomes_get or not_followed"));
    entry.redirect = RedirectSemantics{object.value(u"permanent"_s).toBool(), *method};
    return true;
}

bool CatalogueParser::parseIana(const QJsonValue &value, StatusEntry &entry)
{
    if (value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    if (!value.isObject() || !checkKnownKeys(object, {u"reason", u"status"}, u"iana."_s))
        return value.isObject() ? false : fail(u"iana"_s, tr("must be an object"));
    const QString reason = object.value(u"reason"_s).toString().trimmed();
    const QString status = object.value(u"status"_s).toString();
    if (reason.isEmpty())
        return fail(u"iana.reason"_s, tr("must be the registry's reason phrase"));
    static const QStringList statuses{u"permanent"_s, u"temporary"_s, u"reserved"_s, u"obsoleted"_s};
    if (!statuses.contains(status))
        return fail(u"iana.status"_s, tr("must be one of %1").arg(statuses.join(u", "_s)));
    entry.iana = IanaRegistration{reason, status};
    return true;
}

bool CatalogueParser::checkIntegrity(const StatusCatalogue &catalogue)
{
    QSet<QString> seen;
    const QList<StatusEntry> &entries = catalogue.m_entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const StatusEntry &entry = entries.at(i);
        m_entry = int(i);
        m_code = entry.code;
        const QString key = entry.codeText + u'|' + entry.originDetail;
        if (seen.contains(key))
            return fail(u"origin_detail"_s,
                        tr("code %1 from \"%2\" is already in the catalogue")
                            .arg(entry.codeText, entry.originDetail));
        seen.insert(key);
        const bool specified = entry.origin == OriginKind::Standard || entry.origin == OriginKind::WebDav
            || entry.origin == OriginKind::Experimental;
        if (specified && entry.specRefs.isEmpty())
            return fail(u"spec_refs"_s, tr("an entry defined by a specification must cite it"));
        const bool needsSources
            = entry.origin == OriginKind::Vendor || entry.origin == OriginKind::Unofficial;
        if (needsSources && entry.sources.isEmpty())
            return fail(u"sources"_s,
                        tr("a vendor or unofficial entry must name at least one source (the vendor's "
                           "documentation or source file) where its meaning can be checked"));
        if (entry.iana && entry.iana->status == u"permanent"_s && entry.specRefs.isEmpty())
            return fail(u"spec_refs"_s, tr("a registered code must cite its specification"));
        for (int related : entry.related) {
            if (related == entry.code)
                return fail(u"related"_s, tr("an entry cannot be related to its own code"));
            if (!catalogue.m_byCode.contains(related))
                return fail(u"related"_s, tr("code %1 is not in the catalogue").arg(related));
        }
    }
    return true;
}

} // namespace StatusScope::Core
