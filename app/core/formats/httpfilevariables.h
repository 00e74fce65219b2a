// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/httpfile.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The {{…}} of a .http file: file variables ("@host = example.org"), which may use other
// variables, and the system variables of both dialects that need no account, script or response.
namespace StatusScope::Core {

struct HttpVariable
{
    QString name;
    QString value; // as written, {{…}} not yet replaced
    int line = 0;
};

class HttpVariables
{
public:
    HttpVariables(QList<HttpVariable> definitions, const HttpFileContext &context);

    // `text` (from `line`) with every {{…}} replaced, as seen by the request on `requestLine`: a
    // variable defined more than once takes the last definition above that request, else the
    // first below it (REST Client reads file variables from anywhere in the file). Nothing, with
    // `error` set to a sentence naming the line and the variable, when one cannot be replaced.
    std::optional<QString> substitute(const QString &text, int line, int requestLine, QString *error) const;

    // Set when the file has JetBrains response handlers, which set variables StatusScope never
    // has: an undefined variable's sentence then says so.
    void setHandlersPresent(bool present) { m_handlersPresent = present; }

private:
    std::optional<QString> substitute(const QString &text, int line, int requestLine, QStringList &using_,
                                      QString *error) const;
    std::optional<QString> value(const QString &expression, int line, int requestLine, QStringList &using_,
                                 QString *error) const;
    std::optional<QString> systemValue(const QString &expression, int line, QString *error) const;
    const HttpVariable *definition(const QString &name, int requestLine) const;
    std::optional<QString> environmentValue(const QString &name) const;
    std::optional<QString> dotenv(const QString &name) const;

    QList<HttpVariable> m_definitions; // in file order
    HttpFileContext m_context;
    bool m_handlersPresent = false;
    mutable QHash<QString, QString> m_cache; // file variables worked out for the request below
    mutable int m_cacheRequestLine = -1;
};

} // namespace StatusScope::Core
