// SPDX-License-Identifier: MIT
#include "core/formats/httpfileenvironment.h"

#include "core/formats/httpfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// An environment file as JSON; nothing when it is not there. One that is there but not a JSON
// object (VS Code allows comments in settings.json, Qt's parser does not) is said in `notes`.
std::optional<QJsonObject> readJson(const QString &path, QStringList *notes)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        notes->append(HttpFileText::tr("%1 cannot be read: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(HttpFileMaxBytes), &parseError);
    if (!document.isObject()) {
        notes->append(HttpFileText::tr("%1 is not read: it is not plain JSON (%2; comments are not read).")
                          .arg(path, parseError.errorString()));
        return std::nullopt;
    }
    return document.object();
}

void addValues(const QJsonObject &values, const QString &where, QHash<QString, QString> &variables,
               QStringList *notes)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            variables.insert(it.key(), value.toString());
        else if (value.isDouble() || value.isBool())
            variables.insert(it.key(), value.toVariant().toString());
        else
            notes->append(HttpFileText::tr("%1: “%2” is not used: only text, numbers and true/false are.")
                              .arg(where, it.key()));
    }
}

// The nearest .vscode/settings.json: in the file's folder or the folders above it (the workspace).
QString vscodeSettings(const QString &folder)
{
    QDir dir(folder);
    for (int up = 0; up < 16; ++up) {
        const QString path = dir.filePath(u".vscode/settings.json"_s);
        if (QFileInfo::exists(path))
            return path;
        if (!dir.cdUp())
            break;
    }
    return {};
}

// Reads every environment file for `folder`: the names defined, and the variables of `name`
// (nothing when no file defines it).
struct Environments
{
    QStringList defined;
    std::optional<QHash<QString, QString>> variables;
};

Environments readEnvironments(const QString &folder, const QString &name, QStringList *notes)
{
    Environments result;
    QHash<QString, QString> variables;
    bool found = false;
    const QString settingsPath = vscodeSettings(folder);
    if (!settingsPath.isEmpty()) {
        if (const std::optional<QJsonObject> settings = readJson(settingsPath, notes)) {
            const QJsonObject environments
                = settings->value(u"rest-client.environmentVariables"_s).toObject();
            addValues(environments.value(u"$shared"_s).toObject(), settingsPath, variables, notes);
            for (auto it = environments.begin(); it != environments.end(); ++it) {
                if (it.key() != u"$shared"_s)
                    result.defined.append(it.key());
            }
            if (!name.isEmpty() && environments.contains(name)) {
                found = true;
                addValues(environments.value(name).toObject(), settingsPath, variables, notes);
            }
        }
    }
    for (const QString &fileName : {u"http-client.env.json"_s, u"http-client.private.env.json"_s}) {
        const QString path = QDir(folder).filePath(fileName);
        const std::optional<QJsonObject> environments = readJson(path, notes);
        if (!environments)
            continue;
        for (auto it = environments->begin(); it != environments->end(); ++it) {
            if (!result.defined.contains(it.key()))
                result.defined.append(it.key());
        }
        if (!name.isEmpty() && environments->contains(name)) {
            found = true;
            addValues(environments->value(name).toObject(), path, variables, notes);
        }
    }
    if (found)
        result.variables = variables;
    return result;
}

} // namespace

std::optional<QHash<QString, QString>> readHttpEnvironment(const QString &folder, const QString &name,
                                                           QStringList *notes, QString *error)
{
    Environments environments = readEnvironments(folder, name, notes);
    if (!environments.variables) {
        *error = environments.defined.isEmpty()
            ? HttpFileText::tr("no environment file next to the file defines “%1” (http-client.env.json, "
                               "http-client.private.env.json, .vscode/settings.json).")
                  .arg(name)
            : HttpFileText::tr("no environment “%1”; the environment files define: %2.")
                  .arg(name, environments.defined.join(u", "_s));
    }
    return environments.variables;
}

QStringList httpEnvironmentNames(const QString &folder, QStringList *notes)
{
    return readEnvironments(folder, QString(), notes).defined;
}

} // namespace StatusScope::Core
