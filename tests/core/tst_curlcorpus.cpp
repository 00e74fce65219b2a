// SPDX-License-Identifier: MIT
// Our own corpus of curl commands as people paste them (tests/data/corpus/curl: browser "Copy as
// cURL" in bash, cmd and Safari styles, documentation one-liners, API clients' exports, terminal
// transcripts, PowerShell, several commands), each with the requests curl sends for it in a .json
// beside it. Every file must parse and give those requests; the figures are printed.
#include "core/formats/curlcommand.h"
#include "core/formats/multipart.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CurlCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus();
};

namespace {

QString yesNo(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString corpusDir()
{
    return QStringLiteral(STATUSSCOPE_TEST_DATA) + u"/corpus/curl"_s;
}

// What is sent: the same request with or without a "/" for an empty path, never a fragment.
QString sentUrl(QUrl url)
{
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

// Header order between different names means nothing on the wire; same names keep their order.
QStringList headerLines(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> sorted = headers;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.first.toLower() < b.first.toLower(); });
    QStringList lines;
    for (const auto &[name, value] : sorted)
        lines.append(QString::fromUtf8(name.toLower() + ": " + value));
    return lines;
}

QString describeOptions(const RequestOptions &options, const QJsonObject &wanted)
{
    QStringList lines;
    const NetworkOptions &n = options.network;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const QString key = it.key();
        if (key == u"follow")
            lines.append(u"follow "_s + yesNo(options.followRedirects));
        else if (key == u"max_redirs")
            lines.append(u"max_redirs %1"_s.arg(options.maxRedirects));
        else if (key == u"insecure")
            lines.append(u"insecure "_s + yesNo(options.acceptInvalidCertificates));
        else if (key == u"deadline_ms")
            lines.append(u"deadline_ms %1"_s.arg(options.deadlineMs));
        else if (key == u"connect_timeout_ms")
            lines.append(u"connect_timeout_ms %1"_s.arg(options.connectTimeoutMs));
        else if (key == u"auth_user")
            lines.append(u"auth_user "_s + n.auth.user);
        else if (key == u"auth_scheme") {
            static const QStringList schemes{u"none"_s, u"basic"_s, u"digest"_s, u"any"_s, u"bearer"_s};
            const QString scheme = n.auth.scheme == AuthSetting::Scheme::Basic ? u"basic"_s
                : n.auth.scheme == AuthSetting::Scheme::Digest                 ? u"digest"_s
                : n.auth.scheme == AuthSetting::Scheme::Bearer                 ? u"bearer"_s
                : n.auth.scheme == AuthSetting::Scheme::Any                    ? u"any"_s
                                                                               : u"none"_s;
            lines.append(u"auth_scheme "_s + scheme);
        } else if (key == u"http")
            lines.append(u"http "_s
                         + (n.httpVersion == HttpVersion::Http1_1     ? u"1.1"_s
                                : n.httpVersion == HttpVersion::Http2 ? u"2"_s
                                                                      : u"other"_s));
        else if (key == u"proxy")
            lines.append(u"proxy "_s + n.proxy.url.toString());
        else if (key == u"resolve") {
            QStringList pins;
            for (const ResolvePin &pin : n.resolve)
                pins.append(u"%1:%2:%3"_s.arg(pin.host).arg(pin.port).arg(pin.addresses.join(u',')));
            lines.append(u"resolve "_s + pins.join(u' '));
        } else if (key == u"cookies") {
            QStringList cookies;
            for (const QNetworkCookie &cookie : options.cookies)
                cookies.append(QString::fromUtf8(cookie.name() + '=' + cookie.value()));
            lines.append(u"cookies "_s + cookies.join(u' '));
        }
    }
    return lines.join(u'\n');
}

QString describeWanted(const QJsonObject &wanted)
{
    QStringList lines;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isBool())
            text = yesNo(value.toBool());
        else if (value.isDouble())
            text = QString::number(value.toInteger());
        else if (value.isArray()) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items.append(item.toString());
            text = items.join(u' ');
        } else
            text = value.toString();
        lines.append(it.key() + u' ' + text);
    }
    return lines.join(u'\n');
}

// Empty when `request` is what the sidecar's `wanted` says, else what differs.
QString difference(const RequestSpec &request, const QJsonObject &wanted)
{
    QStringList problems;
    if (request.method != wanted.value(u"method"_s).toString().toLatin1())
        problems.append(u"method %1, wanted %2"_s.arg(QString::fromLatin1(request.method),
                                                      wanted.value(u"method"_s).toString()));
    QString url = wanted.value(u"url"_s).toString();
    if (sentUrl(request.url) != sentUrl(QUrl(url)))
        problems.append(u"url %1, wanted %2"_s.arg(sentUrl(request.url), url));
    QList<std::pair<QByteArray, QByteArray>> wantedHeaders;
    for (const QJsonValue &pair : wanted.value(u"headers"_s).toArray())
        wantedHeaders.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
    const bool multipart = wanted.contains(u"multipart"_s);
    QList<std::pair<QByteArray, QByteArray>> headers = request.headers;
    if (multipart) {
        // The boundary is random: checked through the parts below.
        const QByteArray type = headerValue(headers, "Content-Type");
        if (!type.startsWith("multipart/form-data; boundary="))
            problems.append(u"Content-Type %1, wanted multipart/form-data"_s.arg(QString::fromUtf8(type)));
        removeHeader(headers, "Content-Type");
    }
    if (headerLines(headers) != headerLines(wantedHeaders))
        problems.append(u"headers\n  %1\nwanted\n  %2"_s.arg(headerLines(headers).join(u"\n  "_s),
                                                             headerLines(wantedHeaders).join(u"\n  "_s)));
    if (wanted.contains(u"body"_s) || wanted.contains(u"body_base64"_s)) {
        const QByteArray body = wanted.contains(u"body"_s)
            ? wanted.value(u"body"_s).toString().toUtf8()
            : QByteArray::fromBase64(wanted.value(u"body_base64"_s).toString().toLatin1());
        if (!request.hasBody || request.body != body)
            problems.append(
                u"body %1, wanted %2"_s.arg(QString::fromLatin1(request.body.toPercentEncoding(" {}\":,[]")),
                                            QString::fromLatin1(body.toPercentEncoding(" {}\":,[]"))));
    } else if (multipart) {
        const auto boundary = multipartBoundary(headerValue(request.headers, "Content-Type"));
        const auto parts = boundary ? decodeMultipart(request.body, *boundary) : std::nullopt;
        const QJsonArray wantedParts = wanted.value(u"multipart"_s).toArray();
        if (!parts || parts->size() != wantedParts.size()) {
            problems.append(u"multipart parts differ in number"_s);
        } else {
            for (qsizetype i = 0; i < parts->size(); ++i) {
                const QJsonObject part = wantedParts.at(i).toObject();
                const MultipartPart &got = parts->at(i);
                const QByteArray content = part.contains(u"content"_s)
                    ? part.value(u"content"_s).toString().toUtf8()
                    : QByteArray::fromBase64(part.value(u"content_base64"_s).toString().toLatin1());
                const std::optional<QByteArray> fileName = part.contains(u"filename"_s)
                    ? std::optional(part.value(u"filename"_s).toString().toUtf8())
                    : std::nullopt;
                if (got.name != part.value(u"name"_s).toString().toUtf8() || got.content != content
                    || got.fileName != fileName
                    || got.contentType != part.value(u"type"_s).toString().toUtf8())
                    problems.append(u"part %1 (%2) differs"_s.arg(i + 1).arg(QString::fromUtf8(got.name)));
            }
        }
    } else if (request.hasBody) {
        problems.append(u"a body, wanted none"_s);
    }
    const QJsonObject options = wanted.value(u"options"_s).toObject();
    if (describeOptions(request.options, options) != describeWanted(options))
        problems.append(u"options\n  %1\nwanted\n  %2"_s.arg(describeOptions(request.options, options),
                                                             describeWanted(options)));
    return problems.join(u'\n');
}

} // namespace

void tst_CurlCorpus::corpus()
{
    QDir dir(corpusDir());
    const QStringList texts = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    QVERIFY2(texts.size() >= 60, qPrintable(u"only %1 samples"_s.arg(texts.size())));
    int parsed = 0;
    int faithful = 0;
    int requests = 0;
    QStringList failures;
    // Files named by the commands (-d @body.json, -F x=@photo.jpg…) are read from files/, as curl
    // reads them from the current directory.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.filePath(u"files"_s)));
    for (const QString &name : texts) {
        QFile textFile(dir.filePath(name));
        QFile sidecarFile(dir.filePath(name.chopped(4) + u".json"_s));
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QVERIFY2(sidecarFile.open(QIODevice::ReadOnly), qPrintable(name + u" has no .json"_s));
        const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
        const QJsonArray wanted = sidecar.value(u"requests"_s).toArray();
        QVERIFY2(!wanted.isEmpty(), qPrintable(name));
        QString error;
        const auto imported
            = parseCurlCommands(QString::fromUtf8(textFile.readAll()), &error, CurlFiles::MustRead);
        if (!imported) {
            failures.append(u"%1: does not parse: %2"_s.arg(name, error));
            continue;
        }
        ++parsed;
        requests += int(imported->size());
        QStringList problems;
        if (imported->size() != wanted.size())
            problems.append(u"%1 requests, wanted %2"_s.arg(imported->size()).arg(wanted.size()));
        QStringList ignored;
        for (qsizetype i = 0; i < std::min(imported->size(), wanted.size()); ++i) {
            const QString differs = difference(imported->at(i).request, wanted.at(i).toObject());
            if (!differs.isEmpty())
                problems.append(u"request %1: %2"_s.arg(i + 1).arg(differs));
            ignored.append(imported->at(i).ignored);
        }
        for (const QJsonValue &option : sidecar.value(u"not_applied"_s).toArray()) {
            if (!ignored.join(u'\n').contains(option.toString()))
                problems.append(
                    u"“%1” not listed as not applied (%2)"_s.arg(option.toString(), ignored.join(u"; "_s)));
        }
        if (problems.isEmpty())
            ++faithful;
        else
            failures.append(name + u": "_s + problems.join(u"\n  "_s));
    }
    QDir::setCurrent(before);
    qInfo("curl corpus: %lld commands files, %d parse, %d give the requests curl sends (%d requests in all)",
          qlonglong(texts.size()), parsed, faithful, requests);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(tst_CurlCorpus)
#include "tst_curlcorpus.moc"
