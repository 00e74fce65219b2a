// SPDX-License-Identifier: MIT
#include "core/formats/curlbody.h"

#include "core/requests/bodyfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

// `pieces` after the query `url` already has, joined with '&', as curl adds -G's data and
// --url-query.
void appendQuery(QUrl &url, const QByteArray &pieces)
{
    const QString query = url.query(QUrl::FullyEncoded);
    url.setQuery(query.isEmpty() ? QString::fromUtf8(pieces) : query + u'&' + QString::fromUtf8(pieces),
                 QUrl::TolerantMode);
}

// The sentences belong with the importer's others.
struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// The content types curl guesses from a file name's extension (lib/mime.c); anything else is
// application/octet-stream for a file part and nothing for a value.
QByteArray contentTypeFor(const QByteArray &fileName)
{
    static const QList<std::pair<QByteArray, QByteArray>> types{
        {".gif", "image/gif"},       {".jpg", "image/jpeg"},    {".jpeg", "image/jpeg"},
        {".png", "image/png"},       {".svg", "image/svg+xml"}, {".txt", "text/plain"},
        {".htm", "text/html"},       {".html", "text/html"},    {".pdf", "application/pdf"},
        {".xml", "application/xml"},
    };
    for (const auto &[extension, type] : types) {
        if (fileName.size() > extension.size() && fileName.toLower().endsWith(extension))
            return type;
    }
    return {};
}

// The last part of a path, as curl names an uploaded file.
QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

// One word of a -F value starting at `at`: "…" with \" and \\ escapes, or up to the next ';'.
QByteArray formWord(const QByteArray &text, qsizetype &at)
{
    QByteArray word;
    if (at < text.size() && text.at(at) == '"') {
        for (++at; at < text.size() && text.at(at) != '"'; ++at) {
            if (text.at(at) == '\\' && at + 1 < text.size())
                ++at;
            word += text.at(at);
        }
        const qsizetype end = text.indexOf(';', at);
        at = end < 0 ? text.size() : end;
        return word;
    }
    const qsizetype end = text.indexOf(';', at);
    word = text.mid(at, end < 0 ? -1 : end - at);
    at = end < 0 ? text.size() : end;
    return word;
}

QByteArray stripLineBreaks(QByteArray bytes)
{
    bytes.removeIf([](char c) { return c == '\r' || c == '\n'; });
    return bytes;
}

} // namespace

std::optional<QByteArray> CurlFileReader::read(const QString &option, const QString &path)
{
    if (!exists(option, path))
        return std::nullopt;
    // Ten -F parts of 60 MiB each would be 600 MiB in memory: together they get one body's limit.
    if (QFileInfo(path).size() > BodyFileLimit - m_total) {
        missing(option, path,
                CurlText::tr("file too large: %1: the files of one command may hold %2 MiB together")
                    .arg(path)
                    .arg(BodyFileLimit / (1024 * 1024)));
        return std::nullopt;
    }
    QString error;
    std::optional<QByteArray> bytes = readBodyFile(path, BodyFileLimit - m_total, &error);
    if (!bytes)
        missing(option, path, error);
    else
        m_total += bytes->size();
    return bytes;
}

std::optional<QByteArray> CurlFileReader::readStandardInput(const QString &option)
{
    if (!m_input.given())
        return std::nullopt;
    if (std::exchange(m_inputRead, true))
        return QByteArray(); // curl reads standard input once; a second "@-" finds it at its end
    if (m_input.bytes)
        return m_input.bytes;
    return read(option, m_input.file);
}

bool CurlFileReader::exists(const QString &option, const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        missing(option, path, CurlText::tr("file not found: %1").arg(path));
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        missing(
            option, path,
            CurlText::tr("file not readable: %1: %2")
                .arg(path,
                     info.isFile() ? CurlText::tr("permission denied") : CurlText::tr("not a regular file")));
        return false;
    }
    return true;
}

void CurlFileReader::missing(const QString &option, const QString &path, const QString &reason)
{
    const QString line = option + u": "_s + reason;
    if (m_mode == CurlFiles::MustRead) {
        if (!m_failure)
            m_failure = line;
        return;
    }
    m_import.ignored.append(line);
    m_import.missingFiles.append(path);
}

bool CurlBody::handles(const QString &longName)
{
    static const QStringList names{
        u"--data"_s,           u"--data-ascii"_s, u"--data-binary"_s, u"--data-raw"_s,    u"--json"_s,
        u"--data-urlencode"_s, u"--form"_s,       u"--form-string"_s, u"--upload-file"_s, u"--url-query"_s};
    return names.contains(longName);
}

std::optional<QString> CurlBody::read(const QString &longName, const QString &written,
                                      const QByteArray &value, QStringList &ignored)
{
    const QString text = QString::fromUtf8(value);
    const QString option = written + u' ' + text;
    if (longName == u"--url-query"_s) {
        // --data-urlencode's forms, for the URL's query; a leading '+' takes the rest as it is.
        if (value.startsWith('+')) {
            m_urlQuery.append(value.mid(1));
        } else if (std::optional<QByteArray> encoded = urlEncoded(option, value, ignored)) {
            m_urlQuery.append(*encoded);
        }
        return std::nullopt;
    }
    if (longName == u"--upload-file"_s) {
        if ((value == "-" || value == ".") && m_files.hasStandardInput()) {
            m_uploads.append({option, QString(), m_files.readStandardInput(option)});
            return std::nullopt;
        }
        if (value == "-" || value == ".") {
            ignored.append(
                CurlText::tr("%1: the body comes from standard input; the method is PUT as in curl")
                    .arg(option));
            m_uploads.append({option, QString(), std::nullopt});
            return std::nullopt;
        }
        m_uploads.append({option, text, m_files.read(option, text)});
        return std::nullopt;
    }
    if (longName == u"--form"_s || longName == u"--form-string"_s) {
        if (!m_data.isEmpty() || m_dataNotApplied)
            return CurlText::tr("%1: curl sends either a form (-F) or data (-d), not both.").arg(option);
        m_formGiven = true;
        if (std::optional<MultipartPart> part
            = readFormPart(option, value, longName == u"--form-string"_s, ignored))
            m_form.append(std::move(*part));
        return std::nullopt;
    }
    if (m_formGiven)
        return CurlText::tr("%1: curl sends either a form (-F) or data (-d), not both.").arg(option);
    const bool json = longName == u"--json"_s;
    m_json = m_json || json;
    QByteArray bytes = value;
    if (longName == u"--data-urlencode"_s) {
        std::optional<QByteArray> encoded = urlEncoded(option, value, ignored);
        if (!encoded) {
            m_dataNotApplied = true;
            return std::nullopt;
        }
        bytes = *encoded;
    } else if (longName != u"--data-raw"_s && value.startsWith('@')) {
        const QString path = text.mid(1);
        if (path == u"-"_s && !m_files.hasStandardInput()) {
            ignored.append(
                CurlText::tr("%1: the body comes from standard input; paste the body instead").arg(option));
            m_dataNotApplied = true;
            return std::nullopt;
        }
        const std::optional<QByteArray> file
            = path == u"-"_s ? m_files.readStandardInput(option) : m_files.read(option, path);
        if (!file) {
            m_dataNotApplied = true;
            return std::nullopt;
        }
        // curl strips carriage returns and line feeds from a file read by -d @file, and only there.
        bytes = longName == u"--data"_s || longName == u"--data-ascii"_s ? stripLineBreaks(*file) : *file;
    }
    // Repeated --json pieces are concatenated, other pieces joined with '&'.
    if (json && !m_data.isEmpty() && m_data.last().json)
        m_data.last().bytes += bytes;
    else
        m_data.append({bytes, json});
    return std::nullopt;
}

std::optional<QByteArray> CurlBody::urlEncoded(const QString &option, const QByteArray &value,
                                               QStringList &ignored)
{
    // curl's rules: "name=text", "=text" (no name), "name@file", "@file", or all of it text.
    qsizetype separator = value.indexOf('=');
    if (separator < 0)
        separator = value.indexOf('@');
    const QByteArray name = separator < 0 ? QByteArray() : value.left(separator);
    QByteArray content = separator < 0 ? value : value.mid(separator + 1);
    if (separator >= 0 && value.at(separator) == '@') {
        if (content == "-" && !m_files.hasStandardInput()) {
            ignored.append(
                CurlText::tr("%1: the value comes from standard input; paste it instead").arg(option));
            return std::nullopt;
        }
        const std::optional<QByteArray> file = content == "-"
            ? m_files.readStandardInput(option)
            : m_files.read(option, QString::fromUtf8(content));
        if (!file)
            return std::nullopt;
        content = *file;
    }
    // Everything but letters, digits and -._~ is escaped, as curl_easy_escape() does.
    const QByteArray encoded = content.toPercentEncoding();
    return name.isEmpty() ? encoded : name + '=' + encoded;
}

std::optional<MultipartPart> CurlBody::readFormPart(const QString &written, const QByteArray &value,
                                                    bool literal, QStringList &ignored)
{
    const qsizetype equals = value.indexOf('=');
    if (equals < 0) {
        ignored.append(CurlText::tr("%1: a form part is written NAME=VALUE").arg(written));
        return std::nullopt;
    }
    MultipartPart part;
    part.name = value.left(equals);
    const QByteArray rest = value.mid(equals + 1);
    if (literal) {
        part.content = rest;
        return part;
    }
    const char kind = rest.isEmpty() ? '\0' : rest.at(0);
    qsizetype at = kind == '@' || kind == '<' ? 1 : 0;
    const QByteArray data = formWord(rest, at);
    std::optional<QByteArray> type;
    std::optional<QByteArray> fileName;
    // ;type=, ;filename=, ;headers=; what follows a type and is none of them is the type's own
    // parameter (type=text/plain;charset=utf-8).
    while (at < rest.size() && rest.at(at) == ';') {
        ++at;
        while (at < rest.size() && rest.at(at) == ' ')
            ++at;
        const QByteArray key = rest.mid(at, rest.indexOf('=', at) - at).toLower();
        if (key == "type" || key == "filename" || key == "headers" || key == "encoder") {
            at += key.size() + 1;
            const QByteArray word = formWord(rest, at);
            if (key == "type")
                type = word;
            else if (key == "filename")
                fileName = word;
            else if (key == "headers")
                part.extraHeaders.append(word);
            else
                ignored.append(CurlText::tr("%1: the part's encoder= is not applied").arg(written));
        } else {
            const QByteArray word = formWord(rest, at);
            if (type)
                *type += "; " + word;
            else
                ignored.append(CurlText::tr("%1: “%2” is not a form part field curl knows")
                                   .arg(written, QString::fromUtf8(word)));
        }
    }
    if (kind == '@' || kind == '<') {
        const QString path = QString::fromUtf8(data);
        if (path == u"-"_s && !m_files.hasStandardInput()) {
            ignored.append(
                CurlText::tr("%1: the part comes from standard input; it is left out").arg(written));
            return std::nullopt;
        }
        const std::optional<QByteArray> content
            = path == u"-"_s ? m_files.readStandardInput(written) : m_files.read(written, path);
        if (!content)
            return std::nullopt;
        part.content = *content;
        if (kind == '@' && !fileName)
            fileName = baseName(data);
    } else {
        part.content = data;
    }
    part.fileName = fileName;
    if (type)
        part.contentType = *type;
    else if (fileName)
        part.contentType = contentTypeFor(*fileName);
    if (part.contentType.isEmpty() && kind == '@')
        part.contentType = "application/octet-stream";
    return part;
}

std::optional<QByteArray> CurlBody::apply(RequestSpec &spec, qsizetype urlIndex, bool get) const
{
    if (!m_urlQuery.isEmpty()) // --url-query, after what the URL holds
        appendQuery(spec.url, m_urlQuery.join('&'));
    if (urlIndex < m_uploads.size()) {
        const Upload &upload = m_uploads.at(urlIndex);
        // curl names the file in a URL whose path is empty or ends in '/'.
        const QString path = spec.url.path();
        if (!upload.path.isEmpty() && !spec.url.hasQuery() && !spec.url.hasFragment()
            && (path.isEmpty() || path.endsWith(u'/'))) {
            const QByteArray name
                = QUrl::toPercentEncoding(QString::fromUtf8(baseName(upload.path.toUtf8())));
            spec.url.setPath((path.isEmpty() ? u"/"_s : path) + QString::fromLatin1(name),
                             QUrl::TolerantMode);
        }
        if (upload.bytes) {
            spec.body = *upload.bytes;
            spec.hasBody = true;
        }
        return QByteArrayLiteral("PUT");
    }
    if (m_formGiven) {
        if (!m_form.isEmpty()) {
            std::optional<QByteArray> body;
            QByteArray boundary;
            while (!body) {
                boundary = makeMultipartBoundary();
                body = encodeMultipart(m_form, boundary);
            }
            spec.body = *body;
            spec.hasBody = true;
            // A Content-Type typed with -H is kept, with the boundary added, as curl does.
            bool typed = false;
            for (HeaderPair &header : spec.headers) {
                if (header.first.compare("Content-Type", Qt::CaseInsensitive) == 0 && !typed) {
                    header.second = header.second.trimmed() + "; boundary=" + boundary;
                    typed = true;
                }
            }
            if (!typed)
                spec.headers.append({QByteArrayLiteral("Content-Type"), multipartContentType(boundary)});
        }
        return QByteArrayLiteral("POST");
    }
    if (m_data.isEmpty() && !m_dataNotApplied)
        return std::nullopt;
    QByteArray joined;
    for (qsizetype k = 0; k < m_data.size(); ++k)
        joined += (k > 0 ? "&"_ba : QByteArray()) + m_data.at(k).bytes;
    if (get) {
        if (!m_data.isEmpty())
            appendQuery(spec.url, joined);
        return std::nullopt;
    }
    if (!m_data.isEmpty()) {
        spec.body = joined;
        spec.hasBody = true;
    }
    if (m_json) {
        if (!hasHeader(spec.headers, "Content-Type"))
            spec.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        if (!hasHeader(spec.headers, "Accept"))
            spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    } else if (!m_data.isEmpty() && !hasHeader(spec.headers, "Content-Type")) {
        spec.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    return QByteArrayLiteral("POST");
}

QStringList CurlBody::uploadsWithoutUrl(qsizetype urlCount) const
{
    QStringList lines;
    for (qsizetype k = urlCount; k < m_uploads.size(); ++k)
        lines.append(CurlText::tr("%1: no URL is left for this upload").arg(m_uploads.at(k).written));
    return lines;
}

} // namespace StatusScope::Core
