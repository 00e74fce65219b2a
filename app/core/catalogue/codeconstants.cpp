// SPDX-License-Identifier: MIT
#include "core/catalogue/codeconstants.h"

#include "core/catalogue/catalogueparser.h"
#include "core/formats/limitedread.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// Collects the first problem with where it is, in the catalogue's own error form.
class Checker
{
public:
    explicit Checker(QString fileName, CatalogueError *error)
        : m_fileName(std::move(fileName))
        , m_error(error)
    {
    }

    bool fail(const QString &field, const QString &message, int code = -1)
    {
        if (m_error) {
            *m_error = CatalogueError{};
            m_error->file = m_fileName;
            m_error->code = code;
            m_error->field = field;
            m_error->message = message;
        }
        return false;
    }

    bool knownKeys(const QJsonObject &object, std::initializer_list<QStringView> known, const QString &prefix)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                return fail(prefix + it.key(), CodeConstants::tr("is not a known field"));
        }
        return true;
    }

    std::optional<QString> text(const QJsonObject &object, const QString &key, const QString &prefix)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            fail(prefix + key, CodeConstants::tr("must be a non-empty string"));
            return std::nullopt;
        }
        return value.toString();
    }

private:
    QString m_fileName;
    CatalogueError *m_error;
};

// A name as code writes it: letters, digits and the punctuation of a qualified name (. :: _ and
// Ruby's leading colon); no spaces, so a phrase pasted into the wrong table is caught.
bool isCodeName(const QString &name)
{
    static const QRegularExpression pattern(u"^:?[A-Za-z_][A-Za-z0-9_]*((\\.|::)[A-Za-z_][A-Za-z0-9_]*)*$"_s);
    return pattern.match(name).hasMatch();
}

// A name, or a list of names with the current one first; nullopt for anything else.
std::optional<QStringList> namesOf(const QJsonValue &value)
{
    QStringList names;
    if (value.isString()) {
        names.append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            names.append(item.isString() ? item.toString() : QString());
    }
    if (names.isEmpty() || names.contains(QString()))
        return std::nullopt;
    return names;
}

// What a table gives one code: "NAME", ["NAME", "OLDER"…] (the code's first meaning), or
// {"name": "NAME" or [...], "meaning": "Reason"} for the entry of the code with that reason. A list
// may hold such objects next to its names, for a framework naming two meanings of one number
// (Symfony's HTTP_TOO_EARLY and its deprecated 425 of the expired WebDAV collections proposal).
bool readConstants(Checker &checker, const QJsonValue &value, int code, const QString &field,
                   QList<TableConstant> &found)
{
    const QString namesRule = CodeConstants::tr("must be a name, a non-empty list of names with the current "
                                                "one first, or {\"name\": …, \"meaning\": …}");
    const auto meaningOf = [&](const QJsonObject &object, const QString &prefix) {
        if (!checker.knownKeys(object, {u"name", u"meaning"}, prefix))
            return false;
        const std::optional<QStringList> names = namesOf(object.value(u"name"_s));
        if (!names)
            return checker.fail(
                prefix + u"name"_s,
                CodeConstants::tr("must be a name, or a non-empty list of names with the current "
                                  "one first"),
                code);
        const std::optional<QString> meaning = checker.text(object, u"meaning"_s, prefix);
        if (!meaning)
            return false;
        found.append({code, *names, meaning->trimmed()});
        return true;
    };

    if (value.isObject())
        return meaningOf(value.toObject(), field + u'.');
    if (const std::optional<QStringList> names = namesOf(value)) {
        found.append({code, *names, {}});
        return true;
    }
    if (!value.isArray() || value.toArray().isEmpty())
        return checker.fail(field, namesRule, code);
    // A list with objects in it: its strings are the first meaning's names, each object a meaning.
    QStringList firstMeaning;
    QList<QJsonObject> others;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            firstMeaning.append(item.toString());
        else if (item.isObject())
            others.append(item.toObject());
        else
            return checker.fail(field, namesRule, code);
    }
    if (!firstMeaning.isEmpty())
        found.append({code, firstMeaning, {}});
    for (const QJsonObject &object : std::as_const(others)) {
        if (!meaningOf(object, field + u'.'))
            return false;
    }
    return true;
}

} // namespace

std::optional<QList<ConstantTable>> CodeConstants::fromFile(const QString &path, CatalogueError *error)
{
    QFile file(path);
    const QString name = path.startsWith(u':') ? path : QFileInfo(path).fileName();
    Checker checker(name, error);
    if (!file.open(QIODevice::ReadOnly)) {
        checker.fail({}, tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    const std::optional<QByteArray> json = readAtMost(file, 4 * 1024 * 1024);
    if (!json) {
        checker.fail({},
                     tr("is larger than 4 MiB, which no table of constants needs; is it the right file?"));
        return std::nullopt;
    }
    return parse(*json, name, error);
}

std::optional<QList<ConstantTable>> CodeConstants::parse(const QByteArray &json, const QString &fileName,
                                                         CatalogueError *error)
{
    Checker checker(fileName, error);
    const std::optional<QJsonObject> read = readCatalogueJsonObject(json, fileName, error);
    if (!read)
        return std::nullopt;
    const QJsonObject &root = *read;
    if (!checker.knownKeys(root, {u"format", u"tables"}, {}))
        return std::nullopt;
    if (root.value(u"format"_s).toInt(-1) != FormatVersion) {
        checker.fail(u"format"_s, tr("must be %1, the format version this build reads").arg(FormatVersion));
        return std::nullopt;
    }
    const QJsonValue tablesValue = root.value(u"tables"_s);
    if (!tablesValue.isArray() || tablesValue.toArray().isEmpty()) {
        checker.fail(u"tables"_s, tr("must be a non-empty array of tables"));
        return std::nullopt;
    }

    QList<ConstantTable> tables;
    QSet<QString> ids;
    const QJsonArray array = tablesValue.toArray();
    for (qsizetype t = 0; t < array.size(); ++t) {
        QString prefix = u"tables[%1]."_s.arg(t);
        if (!array.at(t).isObject()) {
            checker.fail(prefix.chopped(1), tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject object = array.at(t).toObject();
        if (!checker.knownKeys(object,
                               {u"id", u"language", u"name", u"source", u"kind", u"expression", u"constants"},
                               prefix))
            return std::nullopt;
        ConstantTable table;
        const auto id = checker.text(object, u"id"_s, prefix);
        if (!id)
            return std::nullopt;
        table.id = *id;
        // From here on the table is named by its id, which a reader finds faster than an index.
        prefix = u"tables[%1]."_s.arg(table.id);
        if (ids.contains(table.id)) {
            checker.fail(prefix + u"id"_s, tr("is the id of an earlier table too"));
            return std::nullopt;
        }
        ids.insert(table.id);
        const auto language = checker.text(object, u"language"_s, prefix);
        const auto name = language ? checker.text(object, u"name"_s, prefix) : std::nullopt;
        const auto source = name ? checker.text(object, u"source"_s, prefix) : std::nullopt;
        if (!source)
            return std::nullopt;
        table.language = *language;
        table.name = *name;
        table.source = QUrl(*source, QUrl::StrictMode);
        if (!table.source.isValid() || table.source.scheme() != u"https"_s || table.source.host().isEmpty()) {
            checker.fail(prefix + u"source"_s,
                         tr("must be an https URL of the source file or reference page"));
            return std::nullopt;
        }
        const QString kind = object.value(u"kind"_s).toString(u"constant"_s);
        if (kind != u"constant"_s && kind != u"reason"_s) {
            checker.fail(prefix + u"kind"_s, tr("must be \"constant\" (the default) or \"reason\""));
            return std::nullopt;
        }
        table.reasons = kind == u"reason"_s;
        if (table.reasons) {
            const auto expression = checker.text(object, u"expression"_s, prefix);
            if (!expression)
                return std::nullopt;
            if (!expression->contains(u"%1"_s)) {
                checker.fail(prefix + u"expression"_s, tr("must contain %1 where the code goes"));
                return std::nullopt;
            }
            table.expression = *expression;
        } else if (object.contains(u"expression"_s)) {
            checker.fail(prefix + u"expression"_s,
                         tr("is only for a table of reason phrases (\"kind\": \"reason\")"));
            return std::nullopt;
        }

        const QJsonValue constantsValue = object.value(u"constants"_s);
        if (!constantsValue.isObject() || constantsValue.toObject().isEmpty()) {
            checker.fail(prefix + u"constants"_s, tr("must be a non-empty object from code to name"));
            return std::nullopt;
        }
        const QJsonObject constants = constantsValue.toObject();
        QSet<QString> names;
        for (auto it = constants.begin(); it != constants.end(); ++it) {
            const QString field = prefix + u"constants."_s + it.key();
            bool isNumber = false;
            const int code = it.key().toInt(&isNumber);
            if (!isNumber || it.key().size() != 3 || code < 0) {
                checker.fail(field, tr("is not a three-digit status code"));
                return std::nullopt;
            }
            QList<TableConstant> found;
            if (!readConstants(checker, it.value(), code, field, found))
                return std::nullopt;
            for (const TableConstant &constant : std::as_const(found)) {
                if (table.reasons && constant.names.size() != 1) {
                    checker.fail(field, tr("must be one reason phrase"), code);
                    return std::nullopt;
                }
                for (const QString &value : constant.names) {
                    if (!table.reasons && !isCodeName(value)) {
                        checker.fail(field, tr("\"%1\" is not a name as code writes it").arg(value), code);
                        return std::nullopt;
                    }
                    if (!table.reasons && names.contains(value)) {
                        checker.fail(
                            field, tr("\"%1\" is given to another code of this table too").arg(value), code);
                        return std::nullopt;
                    }
                    names.insert(value);
                }
            }
            table.constants += found;
        }
        tables.append(std::move(table));
    }
    return tables;
}

bool CodeConstants::merge(StatusCatalogue &catalogue, const QList<ConstantTable> &tables,
                          const QString &fileName, CatalogueError *error)
{
    Checker checker(fileName, error);
    // Every constant's entry is found before any is merged, so a mistake changes nothing.
    QList<QList<qsizetype>> targets;
    for (const ConstantTable &table : tables) {
        QList<qsizetype> &indexes = targets.emplace_back();
        for (const TableConstant &constant : table.constants) {
            const QString field = u"tables[%1].constants.%2"_s.arg(table.id).arg(constant.code);
            QList<qsizetype> meanings = catalogue.m_byCode.values(constant.code);
            std::sort(meanings.begin(), meanings.end());
            if (meanings.isEmpty())
                return checker.fail(field,
                                    tr("%1 is not in the catalogue; add its entry first").arg(constant.code),
                                    constant.code);
            qsizetype index = meanings.first();
            if (!constant.meaning.isEmpty()) {
                QStringList reasons;
                QList<qsizetype> matching;
                for (qsizetype candidate : std::as_const(meanings)) {
                    const QString &reason = catalogue.m_entries.at(candidate).reason;
                    reasons.append(u'"' + reason + u'"');
                    if (reason == constant.meaning)
                        matching.append(candidate);
                }
                if (matching.isEmpty())
                    return checker.fail(
                        field + u".meaning"_s,
                        tr("\"%1\" is not the reason of any entry of %2, whose meanings are %3; "
                           "name the meaning by its entry's reason, exactly")
                            .arg(constant.meaning, QString::number(constant.code), reasons.join(u", "_s)),
                        constant.code);
                if (matching.size() > 1)
                    return checker.fail(
                        field + u".meaning"_s,
                        tr("\"%1\" is the reason of %2 entries of %3, so it does not say which "
                           "one the names belong to")
                            .arg(constant.meaning, QString::number(matching.size()),
                                 QString::number(constant.code)),
                        constant.code);
                index = matching.first();
            }
            // One table, one set of names per meaning: two would show as two rows of one framework.
            if (indexes.contains(index))
                return checker.fail(
                    field,
                    tr("gives %1 \"%2\" a second set of names; list them together, the "
                       "current one first")
                        .arg(QString::number(constant.code), catalogue.m_entries.at(index).reason),
                    constant.code);
            indexes.append(index);
        }
    }
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const ConstantTable &table = tables.at(t);
        for (qsizetype c = 0; c < table.constants.size(); ++c) {
            const TableConstant &names = table.constants.at(c);
            CodeConstant constant;
            constant.language = table.language;
            constant.framework = table.name;
            constant.source = table.source.toString();
            if (table.reasons) {
                constant.name = table.expression.arg(names.code);
                constant.reason = names.names.first();
            } else {
                constant.name = names.names.first();
                constant.alsoNames = names.names.mid(1);
            }
            catalogue.m_entries[targets.at(t).at(c)].constants.append(constant);
        }
    }
    return true;
}

} // namespace StatusScope::Core
