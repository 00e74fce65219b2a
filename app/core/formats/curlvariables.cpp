// SPDX-License-Identifier: MIT
#include "core/formats/curlvariables.h"

#include "core/formats/curlbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// curl's rule: letters, digits and underscores, at most 128 of them.
bool isVariableName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 128)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

// A JSON string's inside, without its quotes.
QByteArray jsonEscaped(const QByteArray &bytes)
{
    const QByteArray quoted
        = QJsonDocument(QJsonArray{QString::fromUtf8(bytes)}).toJson(QJsonDocument::Compact);
    return quoted.mid(2, quoted.size() - 4); // ["…"]
}

} // namespace

std::optional<QList<CurlArgument>> CurlVariables::apply(const QList<CurlArgument> &arguments,
                                                        QStringList &notes, QString *error)
{
    QList<CurlArgument> read;
    for (const CurlArgument &argument : arguments) {
        if (argument.option == u"--variable"_s) {
            if (std::optional<QString> problem = set(argument.value, notes)) {
                *error = *problem;
                return std::nullopt;
            }
            continue;
        }
        if (!argument.option.startsWith(u"--expand-"_s) || !argument.hasValue) {
            read.append(argument);
            continue;
        }
        CurlArgument expanded = argument;
        expanded.option = u"--"_s + argument.option.mid(9);
        const std::optional<CurlOption> option = findCurlOption(expanded.option);
        expanded.known = option.has_value() && option->takesValue;
        expanded.value = expand(argument.value, argument.option, notes);
        read.append(expanded);
    }
    return read;
}

std::optional<QString> CurlVariables::set(const QByteArray &definition, QStringList &notes)
{
    const QString shown = QString::fromUtf8(definition);
    const bool fromEnvironment = definition.startsWith('%');
    const QByteArray rest = fromEnvironment ? definition.mid(1) : definition;
    const qsizetype equals = rest.indexOf('=');
    const qsizetype at = rest.indexOf('@');
    // The name ends at the first '=' or '@', whichever comes first.
    qsizetype end = rest.size();
    if (equals >= 0)
        end = equals;
    if (at >= 0 && at < end)
        end = at;
    const QByteArray name = rest.left(end);
    if (!isVariableName(name))
        return CurlText::tr("--variable %1: a variable's name is letters, digits and _ (at most 128).")
            .arg(shown);
    QByteArray value;
    if (fromEnvironment && qEnvironmentVariableIsSet(name.constData())) {
        value = qgetenv(name.constData());
    } else if (end == rest.size()) {
        if (fromEnvironment)
            return CurlText::tr("--variable %1: the environment variable %2 is not set, and no default "
                                "follows a '='.")
                .arg(shown, QString::fromUtf8(name));
        value.clear(); // curl: a name alone is an empty variable
    } else if (rest.at(end) == '=') {
        value = rest.mid(end + 1);
    } else {
        const QString path = QString::fromUtf8(rest.mid(end + 1));
        if (path == u"-"_s && m_files.hasStandardInput()) {
            value = m_files.readStandardInput(u"--variable "_s + shown).value_or(QByteArray());
        } else if (path == u"-"_s) {
            notes.append(CurlText::tr("--variable %1: standard input is not read here; the variable is empty")
                             .arg(shown));
        } else {
            value = m_files.read(u"--variable "_s + shown, path).value_or(QByteArray());
        }
    }
    m_values.insert(name, value);
    return std::nullopt;
}

QByteArray CurlVariables::expand(const QByteArray &text, const QString &option, QStringList &notes) const
{
    QByteArray out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == '\\' && text.mid(i + 1, 2) == "{{") {
            out.append("{{");
            i += 3;
            continue;
        }
        const qsizetype close
            = QByteArrayView(text).sliced(i).startsWith("{{") ? text.indexOf("}}", i + 2) : -1;
        if (close < 0) {
            out.append(text.at(i));
            ++i;
            continue;
        }
        const QList<QByteArray> parts = text.mid(i + 2, close - i - 2).split(':');
        const QByteArray &name = parts.first();
        if (!isVariableName(name)) { // not a reference: kept as written
            out.append(text.mid(i, close + 2 - i));
            i = close + 2;
            continue;
        }
        QByteArray value;
        if (m_values.contains(name))
            value = m_values.value(name);
        else
            notes.append(CurlText::tr("%1: the variable %2 is not set; it is left empty, as curl does")
                             .arg(option, QString::fromUtf8(name)));
        for (qsizetype f = 1; f < parts.size(); ++f) {
            const QByteArray &function = parts.at(f);
            if (function == "trim")
                value = value.trimmed();
            else if (function == "json")
                value = jsonEscaped(value);
            else if (function == "url")
                value = value.toPercentEncoding();
            else if (function == "b64")
                value = value.toBase64();
            else
                notes.append(
                    CurlText::tr("%1: {{%2}}: curl has no function “%3”; the value is used without it")
                        .arg(option, QString::fromUtf8(text.mid(i + 2, close - i - 2)),
                             QString::fromUtf8(function)));
        }
        out.append(value);
        i = close + 2;
    }
    return out;
}

} // namespace StatusScope::Core
