// SPDX-License-Identifier: MIT
#include "core/requests/bodysecrets.h"

#include "core/formats/multipart.h"
#include "core/requests/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace StatusScope::Core {

namespace {

enum class BodyKind { Form, Json, Multipart, Other };

BodyKind kindOf(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.trimmed().toLower();
    if (type.startsWith("application/x-www-form-urlencoded"))
        return BodyKind::Form;
    if (type.startsWith("multipart/form-data"))
        return BodyKind::Multipart;
    if (type.contains("json"))
        return BodyKind::Json;
    if (!type.isEmpty())
        return BodyKind::Other;
    const QByteArray start = body.trimmed().left(1);
    return start == "{" || start == "[" ? BodyKind::Json : BodyKind::Form;
}

QByteArray formDecoded(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

void collectJson(const QJsonValue &value, bool secret, QList<QByteArray> &found)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectJson(it.value(), isSecretFieldName(it.key().toUtf8()), found);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectJson(item, secret, found);
    } else if (secret && value.isString()) {
        found.append(value.toString().toUtf8());
    } else if (secret && value.isDouble()) {
        found.append(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
    }
}

} // namespace

bool isSecretFieldName(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    static const QByteArrayList inside{"password",   "passwd",    "passphrase",  "secret",
                                       "token",      "apikey",    "api_key",     "api-key",
                                       "access_key", "accesskey", "private_key", "privatekey"};
    static const QByteArrayList whole{"pass", "pwd", "pin", "otp"};
    return std::any_of(inside.cbegin(), inside.cend(),
                       [&](const QByteArray &part) { return lower.contains(part); })
        || whole.contains(lower);
}

QList<QByteArray> bodyCredentialValues(const QByteArray &body, const QByteArray &contentType)
{
    QList<QByteArray> found;
    if (body.isEmpty())
        return found;
    switch (kindOf(body, contentType)) {
    case BodyKind::Form:
        for (const QByteArray &pair : body.split('&')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals > 0 && isSecretFieldName(formDecoded(pair.left(equals))))
                found.append(formDecoded(pair.mid(equals + 1)));
        }
        break;
    case BodyKind::Json: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            collectJson(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
                        false, found);
        break;
    }
    case BodyKind::Multipart:
        if (const std::optional<QByteArray> boundary = multipartBoundary(contentType)) {
            for (const MultipartPart &part :
                 decodeMultipart(body, *boundary).value_or(QList<MultipartPart>())) {
                if (!part.fileName && isSecretFieldName(part.name))
                    found.append(part.content);
            }
        }
        break;
    case BodyKind::Other:
        break;
    }
    found.removeIf([](const QByteArray &value) { return value.isEmpty(); });
    return found;
}

QByteArray maskFormSecrets(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty() || kindOf(body, contentType) != BodyKind::Form)
        return body;
    QByteArrayList pairs = body.split('&');
    bool changed = false;
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && equals + 1 < pair.size() && isSecretFieldName(formDecoded(pair.left(equals)))) {
            pair = pair.left(equals + 1) + credentialMask();
            changed = true;
        }
    }
    return changed ? pairs.join('&') : body;
}

} // namespace StatusScope::Core
