// SPDX-License-Identifier: MIT
#include "core/formats/bodyformat.h"

#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

bool looksLikeText(const QByteArray &body)
{
    const QByteArray sample = body.left(4096);
    if (sample.contains('\0'))
        return false;
    int control = 0;
    for (char c : sample) {
        const uchar byte = uchar(c);
        if (byte < 0x20 && byte != '\n' && byte != '\r' && byte != '\t')
            ++control;
    }
    return control * 20 < sample.size() + 1;
}

QString prettyXml(const QByteArray &body)
{
    QXmlStreamReader reader(body);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return QString::fromUtf8(body);
    return out;
}

} // namespace

BodyKind bodyKindOf(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return BodyKind::Empty;
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (type.endsWith("json"))
        return BodyKind::Json;
    if (type == "text/html" || type == "application/xhtml+xml")
        return BodyKind::Html;
    if (type.endsWith("xml"))
        return BodyKind::Xml;
    if (type.startsWith("image/") && type != "image/svg+xml")
        return BodyKind::Image;
    if (type == "application/octet-stream" || type == "application/zip" || type == "application/pdf")
        return BodyKind::Binary;
    if (type.startsWith("text/") || type == "image/svg+xml" || type == "application/javascript"
        || type == "application/x-www-form-urlencoded")
        return BodyKind::Text;
    const QByteArray start = body.left(64).trimmed();
    if (start.startsWith('{') || start.startsWith('['))
        return BodyKind::Json;
    if (start.startsWith("<?xml"))
        return BodyKind::Xml;
    if (start.startsWith('<'))
        return BodyKind::Html;
    return looksLikeText(body) ? BodyKind::Text : BodyKind::Binary;
}

QString hexDump(const QByteArray &bytes, qsizetype limit)
{
    QString out;
    const qsizetype size = std::min(bytes.size(), limit);
    for (qsizetype offset = 0; offset < size; offset += 16) {
        QString hex;
        QString ascii;
        for (qsizetype i = offset; i < offset + 16; ++i) {
            if (i < size) {
                const uchar byte = uchar(bytes.at(i));
                hex += u"%1 "_s.arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QChar::fromLatin1(char(byte)) : u'.';
            } else {
                hex += u"   "_s;
            }
        }
        out += u"%1  %2 %3\n"_s.arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii);
    }
    return out;
}

QString formatBody(const QByteArray &body, BodyKind kind, qsizetype hexLimit)
{
    switch (kind) {
    case BodyKind::Empty:
        return {};
    case BodyKind::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
        return QString::fromUtf8(body);
    }
    case BodyKind::Xml:
        return prettyXml(body);
    case BodyKind::Html:
    case BodyKind::Text:
        return QString::fromUtf8(body);
    case BodyKind::Image:
    case BodyKind::Binary:
        break;
    }
    return hexDump(body, hexLimit);
}

} // namespace StatusScope::Core
