// SPDX-License-Identifier: MIT
#include "core/formats/httpfile.h"

#include "core/formats/httpfileenvironment.h"
#include "core/formats/httpfileraw.h"
#include "core/formats/incomingtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct HttpFileText
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(u"//"_s);
}

QString commentText(const QString &trimmed)
{
    return trimmed.mid(trimmed.startsWith(u'#') ? 1 : 2).trimmed();
}

const QStringList &knownMethods()
{
    static const QStringList methods{
        u"GET"_s,   u"POST"_s,    u"PUT"_s,        u"DELETE"_s, u"PATCH"_s,    u"HEAD"_s,      u"OPTIONS"_s,
        u"TRACE"_s, u"CONNECT"_s, u"LOCK"_s,       u"UNLOCK"_s, u"PROPFIND"_s, u"PROPPATCH"_s, u"COPY"_s,
        u"MOVE"_s,  u"MKCOL"_s,   u"MKCALENDAR"_s, u"ACL"_s,    u"SEARCH"_s,
    };
    return methods;
}

// A script between {% and %} (a JetBrains pre-request script or response handler): true while
// `text` does not close it.
bool scriptContinues(const QString &text)
{
    return !text.contains(u"%}"_s);
}

bool isResponseHandler(const QString &text)
{
    return text.startsWith(u"> {%"_s) || (text.startsWith(u"> "_s) && text.trimmed().endsWith(u".js"_s));
}

// "# @timeout 600", "# @timeout 2 m", "# @timeout 500 ms" (JetBrains; @connection-timeout alike):
// milliseconds.
std::optional<int> readTimeout(const QString &value)
{
    static const QRegularExpression form(uR"(^(\d{1,9})\s*(ms|s|m)?$)"_s);
    const QRegularExpressionMatch match = form.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 ms = unit == u"ms"_s ? amount : unit == u"m"_s ? amount * 60000 : amount * 1000;
    return int(std::clamp<qint64>(ms, 1, 86400000));
}

class Reader
{
public:
    Reader(const QString &text, const HttpFileContext &context)
        : m_context(context)
    {
        const QStringList lines = text.split(u'\n');
        QList<HttpFileLine> block;
        QString separatorName;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(u'\r'))
                line.chop(1);
            if (line.startsWith(u"###"_s)) {
                readBlock(block, separatorName);
                block.clear();
                separatorName = line.mid(3).trimmed();
                continue;
            }
            block.append({int(i + 1), line});
        }
        readBlock(block, separatorName);
    }

    HttpFile result()
    {
        HttpVariables variables(m_variables, m_context);
        variables.setHandlersPresent(m_handlers);
        HttpFile file;
        QHash<QString, int> names;
        for (HttpRawRequest &raw : m_requests) {
            file.requests.append(finishHttpRequest(raw, variables, m_context));
            if (raw.name.isEmpty())
                continue;
            if (const int first = names.value(raw.name); first > 0)
                file.notes.append(HttpFileText::tr("line %1: the name “%2” was already given on line %3; "
                                                   "--name picks the first.")
                                      .arg(raw.line)
                                      .arg(raw.name)
                                      .arg(first));
            else
                names.insert(raw.name, raw.line);
        }
        file.notes += m_notes;
        return file;
    }

private:
    void readBlock(const QList<HttpFileLine> &lines, const QString &separatorName)
    {
        enum class State { Preamble, Url, Headers, Body, Handlers };
        State state = State::Preamble;
        HttpRawRequest raw;
        raw.name = separatorName;
        QString annotatedName;
        int nameLine = 0;
        bool inScript = false;
        int openedAt = 0; // the last line read outside a script: the one that opened it, if one is open
        for (const HttpFileLine &line : lines) {
            const QString trimmed = line.text.trimmed();
            if (inScript) {
                inScript = scriptContinues(trimmed);
                continue;
            }
            openedAt = line.number;
            switch (state) {
            case State::Preamble:
                if (trimmed.isEmpty())
                    continue;
                if (trimmed.startsWith(u"< {%"_s)) {
                    raw.notApplied.append(HttpFileText::tr("line %1: the pre-request script (< {% … %}) is "
                                                           "not run: StatusScope runs no scripts.")
                                              .arg(line.number));
                    inScript = scriptContinues(trimmed.mid(4));
                    continue;
                }
                if (isComment(trimmed)) {
                    const QString comment = commentText(trimmed);
                    if (comment.startsWith(u'@'))
                        annotate(raw, comment.mid(1), line.number, annotatedName, nameLine);
                    continue;
                }
                if (trimmed.startsWith(u'@')) {
                    defineVariable(trimmed, line.number, raw);
                    continue;
                }
                readRequestLine(raw, trimmed, line.number);
                state = State::Url;
                continue;
            case State::Url:
                // REST Client continues a URL on lines starting with ? or &; JetBrains on indented lines.
                if (!trimmed.isEmpty()
                    && (trimmed.startsWith(u'?') || trimmed.startsWith(u'&')
                        || line.text.front().isSpace())) {
                    raw.url += trimmed;
                    continue;
                }
                state = State::Headers;
                [[fallthrough]];
            case State::Headers:
                if (trimmed.isEmpty()) {
                    state = State::Body;
                } else if (isResponseHandler(line.text) || line.text.startsWith(u"<> "_s)) {
                    state = State::Handlers;
                    inScript = handle(raw, line);
                } else if (!isComment(trimmed)) {
                    raw.headers.append({line.number, trimmed});
                }
                continue;
            case State::Body:
                if (isResponseHandler(line.text) || line.text.startsWith(u"<> "_s)) {
                    state = State::Handlers;
                    inScript = handle(raw, line);
                } else {
                    raw.body.append(line);
                }
                continue;
            case State::Handlers:
                if (isResponseHandler(line.text) || line.text.startsWith(u"<> "_s))
                    inScript = handle(raw, line);
                else if (!trimmed.isEmpty() && !isComment(trimmed))
                    raw.notApplied.append(
                        HttpFileText::tr("line %1: text after a response handler is not part of the request.")
                            .arg(line.number));
                continue;
            }
        }
        if (!annotatedName.isEmpty())
            raw.name = annotatedName;
        if (inScript)
            raw.notApplied.append(
                HttpFileText::tr("line %1: the script opened here is not closed with %}; the "
                                 "lines after it, up to the next ###, were skipped.")
                    .arg(openedAt));
        if (state == State::Preamble) {
            // Comments and variables only: no request, and nothing of one lost except a name.
            if (!annotatedName.isEmpty())
                m_notes.append(HttpFileText::tr("line %1: “@name %2” is followed by no request.")
                                   .arg(nameLine)
                                   .arg(annotatedName));
            for (const QString &note : std::as_const(raw.notApplied))
                m_notes.append(note);
            return;
        }
        while (!raw.body.isEmpty() && raw.body.last().text.trimmed().isEmpty())
            raw.body.removeLast();
        m_requests.append(raw);
    }

    void annotate(HttpRawRequest &raw, const QString &annotation, int line, QString &name, int &nameLine)
    {
        static const QRegularExpression form(uR"(^([\w-]+)\s*(?:=\s*|\s+|$)(.*)$)"_s);
        const QRegularExpressionMatch match = form.match(annotation);
        const QString key = match.captured(1);
        const QString value = match.captured(2).trimmed();
        if (key == u"name"_s && !value.isEmpty()) {
            name = value;
            nameLine = line;
        } else if (key == u"no-redirect"_s) {
            raw.noRedirect = true;
        } else if (key == u"timeout"_s && readTimeout(value)) {
            raw.timeoutMs = readTimeout(value);
        } else if (key == u"connection-timeout"_s && readTimeout(value)) {
            raw.connectTimeoutMs = readTimeout(value);
        } else if (key == u"no-cookie-jar"_s) {
            // Already so: StatusScope keeps no cookies from one request for the next.
        } else if (key == u"no-log"_s) {
            raw.notApplied.append(
                HttpFileText::tr("line %1: @no-log is not applied: the window's history keeps "
                                 "every chain it sends.")
                    .arg(line));
        } else {
            raw.notApplied.append(
                HttpFileText::tr("line %1: @%2 is not supported.").arg(line).arg(annotation));
        }
    }

    void defineVariable(const QString &trimmed, int line, HttpRawRequest &raw)
    {
        static const QRegularExpression form(uR"(^@([A-Za-z_][\w.-]*)\s*=\s*(.*)$)"_s);
        const QRegularExpressionMatch match = form.match(trimmed);
        if (!match.hasMatch()) {
            raw.notApplied.append(
                HttpFileText::tr("line %1: “%2” is not a variable definition (@name = value).")
                    .arg(line)
                    .arg(trimmed));
            return;
        }
        m_variables.append({match.captured(1), match.captured(2).trimmed(), line});
    }

    void readRequestLine(HttpRawRequest &raw, const QString &trimmed, int line)
    {
        raw.line = line;
        QString rest = trimmed;
        const qsizetype space = rest.indexOf(u' ');
        const QString first = rest.left(space < 0 ? rest.size() : space);
        if (knownMethods().contains(first.toUpper()) && space > 0) {
            raw.method = first.toUpper();
            rest = rest.mid(space + 1).trimmed();
        } else if (space > 0 && (first == u"WEBSOCKET"_s || first == u"GRPC"_s || first == u"GRAPHQL"_s)) {
            raw.error = HttpFileText::tr("line %1: %2 requests are not supported; StatusScope sends HTTP "
                                         "requests only.")
                            .arg(line)
                            .arg(first);
        } else {
            raw.method = u"GET"_s;
        }
        static const QRegularExpression version(uR"(\s+(HTTP/\S+(?:\s+\(Prior Knowledge\))?)$)"_s);
        const QRegularExpressionMatch match = version.match(rest);
        if (match.hasMatch()) {
            raw.version = match.captured(1);
            rest.truncate(match.capturedStart());
        }
        raw.url = rest.trimmed();
    }

    // A JetBrains response handler ("> {% … %}", "> script.js") or response reference ("<> file"):
    // listed, never run. True when a script starts here and goes on over the next lines.
    bool handle(HttpRawRequest &raw, const HttpFileLine &line)
    {
        if (line.text.startsWith(u"<> "_s)) {
            raw.notApplied.append(HttpFileText::tr("line %1: the response reference (%2) is not compared: "
                                                   "StatusScope keeps its own history instead.")
                                      .arg(line.number)
                                      .arg(line.text.trimmed()));
            return false;
        }
        m_handlers = true;
        raw.notApplied.append(
            HttpFileText::tr("line %1: the response handler (%2) is not run: StatusScope "
                             "runs no scripts.")
                .arg(line.number)
                .arg(line.text.startsWith(u"> {%"_s) ? u"> {% … %}"_s : line.text.trimmed()));
        return line.text.startsWith(u"> {%"_s) && scriptContinues(line.text.mid(4));
    }

    HttpFileContext m_context;
    QList<HttpRawRequest> m_requests;
    QList<HttpVariable> m_variables;
    QStringList m_notes;
    bool m_handlers = false;
};

} // namespace

QList<qsizetype> HttpFile::indexesNamed(const QString &name) const
{
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (requests.at(i).name == name)
            indexes.append(i);
    }
    return indexes;
}

HttpFile parseHttpFile(const QString &text, const HttpFileContext &context)
{
    HttpFile file = Reader(text, context).result();
    if (file.requests.isEmpty())
        file.notes.prepend(HttpFileText::tr("The file holds no request."));
    return file;
}

std::optional<HttpFile> readHttpFile(const QString &path, QString *error, HttpFileContext context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = HttpFileText::tr("cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(HttpFileMaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = HttpFileText::tr("cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > HttpFileMaxBytes) {
        *error = HttpFileText::tr("“%1” holds more than 4 MiB; a .http file is far shorter.").arg(path);
        return std::nullopt;
    }
    // A byte order mark dropped, as editors on Windows write one; UTF-16 where it says so.
    const std::optional<QString> decoded = decodeIncomingText(bytes);
    if (!decoded) {
        *error = HttpFileText::tr("“%1” is not UTF-8 text.").arg(path);
        return std::nullopt;
    }
    const QString &text = *decoded;
    const QFileInfo info(path);
    if (context.folder.isEmpty())
        context.folder = info.absolutePath();
    QStringList environmentNotes;
    if (!context.environmentName.isEmpty()) {
        const std::optional<QHash<QString, QString>> variables
            = readHttpEnvironment(context.folder, context.environmentName, &environmentNotes, error);
        if (!variables)
            return std::nullopt;
        context.environmentVariables = *variables;
    }
    HttpFile result = parseHttpFile(text, context);
    result.notes += environmentNotes;
    if (!context.environmentName.isEmpty())
        return result;
    // Said once, so that an undefined variable's error is not a mystery.
    for (const QString &environment :
         {u"http-client.env.json"_s, u"http-client.private.env.json"_s, u".vscode/settings.json"_s}) {
        if (QFileInfo::exists(QDir(context.folder).filePath(environment)))
            result.notes.append(
                HttpFileText::tr("%1 is next to the file but not read: no environment was chosen.")
                    .arg(environment));
    }
    return result;
}

} // namespace StatusScope::Core
