// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

// The environments of .http files, read when one is asked for by name: JetBrains' HTTP Client keeps
// them in http-client.env.json (and http-client.private.env.json, which wins) next to the file,
// VS Code's REST Client in "rest-client.environmentVariables" of .vscode/settings.json (its
// "$shared" values under every environment's own).
namespace StatusScope::Core {

// The variables of environment `name` for a .http file in `folder`. Values that are not text,
// numbers or true/false are left out with a sentence in `notes`. Nothing, with `error` set, when no
// environment file there defines `name` (the sentence names the ones that are defined).
std::optional<QHash<QString, QString>> readHttpEnvironment(const QString &folder, const QString &name,
                                                           QStringList *notes, QString *error);

// The environments the files next to a .http file in `folder` define, in the order found (for a
// choice offered to people); problems reading them go to `notes`.
QStringList httpEnvironmentNames(const QString &folder, QStringList *notes);

} // namespace StatusScope::Core
