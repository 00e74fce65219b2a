// SPDX-License-Identifier: MIT
#include "core/requests/digestauth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace StatusScope::Core {

namespace {

struct DigestText
{
    Q_DECLARE_TR_FUNCTIONS(DigestAuth)
};

QCryptographicHash::Algorithm hashOf(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Md5 || algorithm == DigestAlgorithm::Md5Sess
        ? QCryptographicHash::Md5
        : QCryptographicHash::Sha256;
}

bool isSess(DigestAlgorithm algorithm)
{
    return algorithm == DigestAlgorithm::Md5Sess || algorithm == DigestAlgorithm::Sha256Sess;
}

QByteArray quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

// A user name that a quoted-string cannot carry as it is (anything past ASCII, or a control
// character) goes as username*=UTF-8''… (RFC 7616 §3.4.4, RFC 8187).
bool needsExtendedName(const QByteArray &utf8)
{
    return std::any_of(utf8.cbegin(), utf8.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || u < 0x20 || u == 0x7f;
    });
}

QByteArray extendedValue(const QByteArray &utf8)
{
    // RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" /
    // "~"
    return "UTF-8''" + utf8.toPercentEncoding("!#$&+.^_`|~");
}

} // namespace

QByteArray basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QByteArray digestAlgorithmName(DigestAlgorithm algorithm)
{
    switch (algorithm) {
    case DigestAlgorithm::Md5:
        return "MD5";
    case DigestAlgorithm::Md5Sess:
        return "MD5-sess";
    case DigestAlgorithm::Sha256:
        return "SHA-256";
    case DigestAlgorithm::Sha256Sess:
        return "SHA-256-sess";
    }
    return "MD5";
}

std::optional<DigestChallenge> readDigestChallenge(const AuthChallenge &challenge, QString *why)
{
    DigestChallenge digest;
    digest.realm = challenge.param("realm");
    digest.nonce = challenge.param("nonce");
    digest.hasOpaque = challenge.hasParam("opaque");
    digest.opaque = challenge.param("opaque");
    digest.stale = challenge.param("stale").compare("true", Qt::CaseInsensitive) == 0;
    digest.userhash = challenge.param("userhash").compare("true", Qt::CaseInsensitive) == 0;
    if (digest.nonce.isEmpty()) {
        *why = DigestText::tr("the Digest challenge has no nonce");
        return std::nullopt;
    }
    if (challenge.hasParam("algorithm")) {
        const QByteArray name = challenge.param("algorithm").trimmed();
        digest.algorithmGiven = true;
        bool known = false;
        for (DigestAlgorithm algorithm : {DigestAlgorithm::Md5, DigestAlgorithm::Md5Sess,
                                          DigestAlgorithm::Sha256, DigestAlgorithm::Sha256Sess}) {
            if (name.compare(digestAlgorithmName(algorithm), Qt::CaseInsensitive) == 0) {
                digest.algorithm = algorithm;
                known = true;
            }
        }
        if (!known) {
            *why = DigestText::tr("Digest with algorithm %1 is not supported (MD5, MD5-sess, SHA-256 and "
                                  "SHA-256-sess are; Qt 6.4 has no SHA-512/256)")
                       .arg(QString::fromLatin1(name));
            return std::nullopt;
        }
    }
    if (challenge.hasParam("qop")) {
        for (const QByteArray &option : challenge.param("qop").split(',')) {
            if (option.trimmed().compare("auth", Qt::CaseInsensitive) == 0)
                digest.qopAuth = true;
        }
        if (!digest.qopAuth) {
            *why = DigestText::tr("the Digest challenge offers only qop=%1; auth-int (a hash of the body) is "
                                  "not supported")
                       .arg(QString::fromLatin1(challenge.param("qop")));
            return std::nullopt;
        }
    } else if (isSess(digest.algorithm)) {
        // -sess needs a cnonce, which only goes with a qop.
        *why = DigestText::tr("the Digest challenge asks for %1 without a qop")
                   .arg(QString::fromLatin1(digestAlgorithmName(digest.algorithm)));
        return std::nullopt;
    }
    return digest;
}

int digestStrength(const DigestChallenge &challenge)
{
    return hashOf(challenge.algorithm) == QCryptographicHash::Sha256 ? 2 : 1;
}

DigestChoice chooseDigestChallenge(const QList<AuthChallenge> &challenges)
{
    DigestChoice choice;
    for (const AuthChallenge &challenge : challenges) {
        if (challenge.is("Basic"))
            choice.basicOffered = true;
        if (!challenge.is("Digest"))
            continue;
        QString why;
        if (const std::optional<DigestChallenge> digest = readDigestChallenge(challenge, &why)) {
            if (!choice.best || digestStrength(*digest) > digestStrength(*choice.best))
                choice.best = digest;
        } else {
            choice.unanswerable.append(why);
        }
    }
    return choice;
}

DigestAnswer answerDigest(const DigestChallenge &challenge, const DigestRequest &request)
{
    const QCryptographicHash::Algorithm hash = hashOf(challenge.algorithm);
    const auto H = [hash](const QByteArray &data) { return QCryptographicHash::hash(data, hash).toHex(); };
    const QByteArray user = request.user.toUtf8();
    const QByteArray nc = QByteArray::number(request.nc, 16).rightJustified(8, '0');

    QByteArray ha1 = H(user + ':' + challenge.realm + ':' + request.password.toUtf8());
    if (isSess(challenge.algorithm))
        ha1 = H(ha1 + ':' + challenge.nonce + ':' + request.cnonce);
    const QByteArray ha2 = H(request.method + ':' + request.uri);
    const QByteArray response = challenge.qopAuth
        ? H(ha1 + ':' + challenge.nonce + ':' + nc + ':' + request.cnonce + ":auth:" + ha2)
        : H(ha1 + ':' + challenge.nonce + ':' + ha2); // RFC 2069, for servers that offer no qop

    QList<QByteArray> fields;
    if (challenge.userhash)
        fields.append("username=" + quoted(H(user + ':' + challenge.realm)));
    else if (needsExtendedName(user))
        fields.append("username*=" + extendedValue(user));
    else
        fields.append("username=" + quoted(user));
    fields.append("realm=" + quoted(challenge.realm));
    fields.append("uri=" + quoted(request.uri));
    if (challenge.algorithmGiven)
        fields.append("algorithm=" + digestAlgorithmName(challenge.algorithm));
    fields.append("nonce=" + quoted(challenge.nonce));
    if (challenge.qopAuth) {
        fields.append("nc=" + nc);
        fields.append("cnonce=" + quoted(request.cnonce));
        fields.append("qop=auth");
    }
    fields.append("response=" + quoted(response));
    if (challenge.hasOpaque)
        fields.append("opaque=" + quoted(challenge.opaque));
    if (challenge.userhash)
        fields.append("userhash=true");
    return {"Digest " + fields.join(", "), response};
}

QByteArray digestUri(const QUrl &url, bool throughProxy)
{
    // As QHttpNetworkRequest::uri() builds the request line in Qt 6.4.
    QUrl copy = url;
    QUrl::FormattingOptions format(QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::FullyEncoded);
    if (!throughProxy)
        format |= QUrl::RemoveScheme | QUrl::RemoveAuthority;
    if (copy.path().isEmpty())
        copy.setPath(QStringLiteral("/"));
    else
        format |= QUrl::NormalizePathSegments;
    return copy.toEncoded(format);
}

QByteArray newCnonce()
{
    QByteArray bytes(16, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace StatusScope::Core
