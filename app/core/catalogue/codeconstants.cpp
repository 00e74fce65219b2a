// SPDX-License-Identifier: MIT
#include "core/catalogue/codeconstants.h"

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
        checker.fail({}, tr("is larger than 4 MiB, which no table of constants needs; is it the right file?"));
        return std::nullopt;
    }
    return parse(*json, name, error);
}

std::optional<QList<ConstantTable>> CodeConstants::parse(const QByteArray &json, const QString &fileName,
                                                         CatalogueError *error)
{
    Checker checker(fileName, error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        checker.fail({}, tr("not valid JSON: %1").arg(parseError.errorString()));
        if (error) {
            const QByteArray before = json.left(parseError.offset);
            error->line = int(before.count('\n')) + 1;
            error->column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        checker.fail({}, tr("the top level must be a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
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
        if (!checker.knownKeys(object, {u"id", u"language", u"name", u"source", u"kind", u"expression", u"constants"},
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
            checker.fail(prefix + u"source"_s, tr("must be an https URL of the source file or reference page"));
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
            checker.fail(prefix + u"expression"_s, tr("is only for a table of reason phrases (\"kind\": \"reason\")"));
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
            QStringList values;
            if (it.value().isString()) {
                values.append(it.value().toString());
            } else if (it.value().isArray() && !it.value().toArray().isEmpty()) {
                for (const QJsonValue &value : it.value().toArray())
                    values.append(value.isString() ? value.toString() : QString());
            }
            if (values.isEmpty() || values.contains(QString())) {
                checker.fail(field, tr("must be a name, or a non-empty list of names with the current one first"),
                             code);
                return std::nullopt;
            }
            if (table.reasons && values.size() != 1) {
                checker.fail(field, tr("must be one reason phrase"), code);
                return std::nullopt;
            }
            for (const QString &value : std::as_const(values)) {
                if (!table.reasons && !isCodeName(value)) {
                    checker.fail(field, tr("\"%1\" is not a name as code writes it").arg(value), code);
                    return std::nullopt;
                }
                if (!table.reasons && names.contains(value)) {
                    checker.fail(field, tr("\"%1\" is given to another code of this table too").arg(value), code);
                    return std::nullopt;
                }
                names.insert(value);
            }
            table.constants.append({code, values});
        }
        tables.append(std::move(table));
    }
    return tables;
}

bool CodeConstants::merge(StatusCatalogue &catalogue, const QList<ConstantTable> &tables, const QString &fileName,
                          CatalogueError *error)
{
    Checker checker(fileName, error);
    for (const ConstantTable &table : tables) {
        for (const auto &[code, names] : table.constants) {
            if (catalogue.firstIndexOf(code) < 0)
                return checker.fail(u"tables[%1].constants.%2"_s.arg(table.id).arg(code),
                                    tr("%1 is not in the catalogue; add its entry first").arg(code), code);
        }
    }
    for (const ConstantTable &table : tables) {
        for (const auto &[code, names] : table.constants) {
            CodeConstant constant;
            constant.language = table.language;
            constant.framework = table.name;
            constant.source = table.source;
            if (table.reasons) {
                constant.name = table.expression.arg(code);
                constant.reason = names.first();
            } else {
                constant.name = names.first();
                constant.alsoNames = names.mid(1);
            }
            catalogue.m_entries[catalogue.firstIndexOf(code)].constants.append(constant);
        }
    }
    return true;
}

} // namespace StatusScope::Core
