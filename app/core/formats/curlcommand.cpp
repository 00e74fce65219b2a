// SPDX-License-Identifier: MIT
#include "core/formats/curlcommand.h"

#include "core/formats/curlcookies.h"
#include "core/formats/curlnetwork.h"
#include "core/requests/urlinput.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

bool isSafeUnquoted(const QByteArray &word)
{
    if (word.isEmpty())
        return false;
    static constexpr QByteArrayView safe("@%+=:,./-_");
    return std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || safe.contains(c);
    });
}

// The options that take a value, long and short names.
const QHash<QString, QString> &optionsWithValue()
{
    static const QHash<QString, QString> names{
        {u"-X"_s, u"request"_s},
        {u"--request"_s, u"request"_s},
        {u"-H"_s, u"header"_s},
        {u"--header"_s, u"header"_s},
        {u"-d"_s, u"data"_s},
        {u"--data"_s, u"data"_s},
        {u"--data-ascii"_s, u"data"_s},
        {u"--data-raw"_s, u"data-raw"_s},
        {u"--data-binary"_s, u"data-binary"_s},
        {u"--data-urlencode"_s, u"data-urlencode"_s},
        {u"--json"_s, u"json"_s},
        {u"-A"_s, u"user-agent"_s},
        {u"--user-agent"_s, u"user-agent"_s},
        {u"-e"_s, u"referer"_s},
        {u"--referer"_s, u"referer"_s},
        {u"-b"_s, u"cookie"_s},
        {u"--cookie"_s, u"cookie"_s},
        {u"--max-redirs"_s, u"max-redirs"_s},
        {u"--url"_s, u"url"_s},
        {u"-m"_s, u"max-time"_s},
        {u"--max-time"_s, u"max-time"_s},
        {u"-o"_s, u"ignore-value"_s},
        {u"--output"_s, u"ignore-value"_s},
        {u"-w"_s, u"ignore-value"_s},
        {u"--write-out"_s, u"ignore-value"_s},
        {u"-c"_s, u"cookie-jar"_s},
        {u"--cookie-jar"_s, u"cookie-jar"_s},
        {u"--connect-timeout"_s, u"ignore-value"_s},
        {u"-F"_s, u"ignore-value"_s},
        {u"--form"_s, u"ignore-value"_s},
        {u"-T"_s, u"ignore-value"_s},
        {u"--upload-file"_s, u"ignore-value"_s},
    };
    static const QHash<QString, QString> withNetwork = [] {
        QHash<QString, QString> all = names;
        for (const QString &name : CurlNetworkReader::valueOptions())
            all.insert(name, u"network"_s);
        return all;
    }();
    return withNetwork;
}

// Flags that take no value.
const QHash<QString, QString> &flags()
{
    static const QHash<QString, QString> names{
        {u"-L"_s, u"location"_s},
        {u"--location"_s, u"location"_s},
        {u"-k"_s, u"insecure"_s},
        {u"--insecure"_s, u"insecure"_s},
        {u"-I"_s, u"head"_s},
        {u"--head"_s, u"head"_s},
        {u"--compressed"_s, u"compressed"_s},
        {u"-G"_s, u"get"_s},
        {u"--get"_s, u"get"_s},
        {u"-s"_s, u"quiet"_s},
        {u"--silent"_s, u"quiet"_s},
        {u"-S"_s, u"quiet"_s},
        {u"--show-error"_s, u"quiet"_s},
        {u"-v"_s, u"quiet"_s},
        {u"--verbose"_s, u"quiet"_s},
        {u"-i"_s, u"quiet"_s},
        {u"--include"_s, u"quiet"_s},
        {u"-f"_s, u"quiet"_s},
        {u"--fail"_s, u"quiet"_s},
    };
    static const QHash<QString, QString> withNetwork = [] {
        QHash<QString, QString> all = names;
        for (const QString &name : CurlNetworkReader::flagOptions())
            all.insert(name, u"network"_s);
        return all;
    }();
    return withNetwork;
}

} // namespace

QString shellQuote(const QByteArray &word)
{
    if (isSafeUnquoted(word))
        return QString::fromLatin1(word);
    const bool needsAnsi = !isValidUtf8(word) || std::any_of(word.begin(), word.end(), [](char c) {
        const uchar byte = uchar(c);
        return byte < 0x20 || byte == 0x7f;
    });
    if (!needsAnsi) {
        QString text = QString::fromUtf8(word);
        text.replace(u"'"_s, u"'\\''"_s);
        return u'\'' + text + u'\'';
    }
    QString out = u"$'"_s;
    for (char c : word) {
        const uchar byte = uchar(c);
        switch (byte) {
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\'':
            out += u"\\'"_s;
            break;
        default:
            if (byte < 0x20 || byte >= 0x7f)
                out += u"\\x%1"_s.arg(byte, 2, 16, QLatin1Char('0'));
            else
                out += QChar::fromLatin1(char(byte));
        }
    }
    return out + u'\'';
}

QString toCurlCommand(const RequestSpec &request)
{
    QStringList words{u"curl"_s};
    // Methods are case-sensitive: only the exact GET, POST and HEAD go without -X.
    const QByteArray &method = request.method;
    if (method == "HEAD")
        words.append(u"-I"_s);
    else if (!(method == "GET" && !request.hasBody) && !(method == "POST" && request.hasBody))
        words.append({u"-X"_s, shellQuote(request.method)});
    for (const HeaderPair &header : request.headers)
        words.append({u"-H"_s, shellQuote(header.first + ": " + header.second)});
    if (request.hasBody)
        words.append({u"--data-raw"_s, shellQuote(request.body)});
    if (request.options.followRedirects) {
        words.append(u"-L"_s);
        words.append({u"--max-redirs"_s, QString::number(request.options.maxRedirects)});
    }
    if (request.options.acceptInvalidCertificates)
        words.append(u"-k"_s);
    words.append(curlNetworkWords(request.options.network));
    words.append(shellQuote(request.url.toEncoded()));
    return words.join(u' ');
}

std::optional<QList<QByteArray>> splitShellWords(const QString &command, QString *error)
{
    const QByteArray input = command.toUtf8();
    QList<QByteArray> words;
    QByteArray word;
    bool inWord = false;
    qsizetype i = 0;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    while (i < input.size()) {
        const char c = input.at(i);
        if (c == '\\') {
            if (i + 1 < input.size() && (input.at(i + 1) == '\n' || input.at(i + 1) == '\r')) {
                // A line continuation: backslash, (CR) LF.
                i += input.at(i + 1) == '\r' && i + 2 < input.size() && input.at(i + 2) == '\n' ? 3 : 2;
                continue;
            }
            if (i + 1 < input.size())
                word += input.at(i + 1);
            inWord = true;
            i += 2;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (inWord) {
                words.append(word);
                word.clear();
                inWord = false;
            }
            ++i;
            continue;
        }
        if (c == '\'') {
            const qsizetype end = input.indexOf('\'', i + 1);
            if (end < 0)
                return fail(CurlText::tr("A single quote is not closed."));
            word += input.mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
            continue;
        }
        if (c == '$' && i + 1 < input.size() && input.at(i + 1) == '\'') {
            i += 2;
            bool closed = false;
            while (i < input.size()) {
                const char d = input.at(i);
                if (d == '\'') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d != '\\' || i + 1 >= input.size()) {
                    word += d;
                    ++i;
                    continue;
                }
                const char e = input.at(i + 1);
                i += 2;
                switch (e) {
                case 'n':
                    word += '\n';
                    break;
                case 't':
                    word += '\t';
                    break;
                case 'r':
                    word += '\r';
                    break;
                case 'a':
                    word += '\a';
                    break;
                case 'b':
                    word += '\b';
                    break;
                case 'e':
                case 'E':
                    word += '\x1b';
                    break;
                case 'f':
                    word += '\f';
                    break;
                case 'v':
                    word += '\v';
                    break;
                case 'x': {
                    qsizetype digits = 0;
                    while (digits < 2 && i + digits < input.size()
                           && std::isxdigit(uchar(input.at(i + digits))))
                        ++digits;
                    word += char(input.mid(i, digits).toInt(nullptr, 16));
                    i += digits;
                    break;
                }
                case 'u':
                case 'U': {
                    const qsizetype maximum = e == 'u' ? 4 : 8;
                    qsizetype digits = 0;
                    while (digits < maximum && i + digits < input.size()
                           && std::isxdigit(uchar(input.at(i + digits))))
                        ++digits;
                    const char32_t code = char32_t(input.mid(i, digits).toUInt(nullptr, 16));
                    word += QString::fromUcs4(&code, 1).toUtf8();
                    i += digits;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        qsizetype digits = 1;
                        while (digits < 3 && i - 1 + digits < input.size() && input.at(i - 1 + digits) >= '0'
                               && input.at(i - 1 + digits) <= '7')
                            ++digits;
                        word += char(input.mid(i - 1, digits).toInt(nullptr, 8));
                        i += digits - 1;
                    } else {
                        word += e; // \\ \' \" and anything else stand for themselves
                    }
                }
            }
            if (!closed)
                return fail(CurlText::tr("A $'…' quote is not closed."));
            inWord = true;
            continue;
        }
        if (c == '"') {
            ++i;
            bool closed = false;
            while (i < input.size()) {
                const char d = input.at(i);
                if (d == '"') {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == '\\' && i + 1 < input.size()) {
                    const char e = input.at(i + 1);
                    if (e == '"' || e == '\\' || e == '$' || e == '`') {
                        word += e;
                        i += 2;
                        continue;
                    }
                    if (e == '\n') {
                        i += 2;
                        continue;
                    }
                }
                word += d;
                ++i;
            }
            if (!closed)
                return fail(CurlText::tr("A double quote is not closed."));
            inWord = true;
            continue;
        }
        word += c;
        inWord = true;
        ++i;
    }
    if (inWord)
        words.append(word);
    return words;
}

std::optional<CurlImport> parseCurlCommand(const QString &command, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QString splitError;
    const std::optional<QList<QByteArray>> words = splitShellWords(command, &splitError);
    if (!words)
        return fail(splitError);
    if (words->isEmpty() || !(words->first() == "curl" || words->first().endsWith("/curl")))
        return fail(CurlText::tr("This is not a curl command: it should start with “curl”."));

    CurlImport result;
    RequestSpec &spec = result.request;
    spec.options.followRedirects = false; // curl follows only with -L
    QList<QByteArray> data;
    QByteArray explicitMethod;
    bool head = false;
    bool get = false;
    bool json = false;
    QString url;
    CurlNetworkReader network; // proxy, trust, pins, HTTP version and credentials
    QStringList cookieFiles; // -b FILE
    QString cookieJar; // -c FILE

    // Bundled flags such as -sSL are three flags.
    QList<QByteArray> args;
    bool isValue = false; // the word after an option that takes one is its value, even "-sSL"
    for (const QByteArray &arg : *words) {
        const QString text = QString::fromUtf8(arg);
        const bool wasValue = std::exchange(isValue, optionsWithValue().contains(text));
        bool bundle = !wasValue && text.size() > 2 && text.startsWith(u'-') && !text.startsWith(u"--"_s)
            && !optionsWithValue().contains(text.left(2));
        for (qsizetype k = 1; bundle && k < text.size(); ++k)
            bundle = flags().contains(u'-' + text.at(k));
        if (!bundle) {
            args.append(arg);
            continue;
        }
        for (qsizetype k = 1; k < text.size(); ++k)
            args.append(QByteArray("-") + text.at(k).toLatin1());
    }

    for (qsizetype i = 1; i < args.size(); ++i) {
        // Values stay bytes: a body given as $'\xff' must survive as the byte 0xFF.
        const QByteArray arg = args.at(i);
        QByteArray name = arg;
        QByteArray bytes;
        bool hasInlineValue = false;
        if (arg.startsWith("--") && arg.contains('=')) {
            name = arg.left(arg.indexOf('='));
            bytes = arg.mid(arg.indexOf('=') + 1);
            hasInlineValue = true;
        } else if (arg.size() > 2 && arg.startsWith('-') && !arg.startsWith("--")
                   && optionsWithValue().contains(QString::fromLatin1(arg.left(2)))) {
            name = arg.left(2); // -XPOST, -H'Name: value'
            bytes = arg.mid(2);
            hasInlineValue = true;
        }
        const QString word = QString::fromUtf8(name);

        if (optionsWithValue().contains(word)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size())
                    return fail(CurlText::tr("%1 needs a value.").arg(word));
                bytes = args.at(++i);
            }
            const QString value = QString::fromUtf8(bytes);
            const QString kind = optionsWithValue().value(word);
            if (kind == u"request"_s) {
                explicitMethod = bytes;
            } else if (kind == u"header"_s) {
                const qsizetype colon = bytes.indexOf(':');
                if (colon <= 0) {
                    result.ignored.append(CurlText::tr("-H %1: not a “Name: value” header").arg(value));
                    continue;
                }
                spec.headers.append({bytes.left(colon).trimmed(), bytes.mid(colon + 1).trimmed()});
            } else if (kind == u"data"_s || kind == u"data-binary"_s || kind == u"data-raw"_s) {
                if (kind != u"data-raw"_s && bytes.startsWith('@')) {
                    result.ignored.append(
                        CurlText::tr("%1 %2: the body file is not read; paste the body instead")
                            .arg(word, value));
                    continue;
                }
                // curl strips line breaks from -d data, not from --data-binary or --data-raw.
                QByteArray piece = bytes;
                if (kind == u"data"_s)
                    piece.removeIf([](char c) { return c == '\r' || c == '\n'; });
                data.append(piece);
            } else if (kind == u"data-urlencode"_s) {
                const qsizetype equals = bytes.indexOf('=');
                data.append(equals < 0 ? QUrl::toPercentEncoding(QString::fromUtf8(bytes))
                                       : bytes.left(equals + 1)
                                    + QUrl::toPercentEncoding(QString::fromUtf8(bytes.mid(equals + 1))));
            } else if (kind == u"json"_s) {
                json = true;
                data.append(bytes);
            } else if (kind == u"network"_s) {
                if (auto problem = network.read(word, value))
                    return fail(*problem);
            } else if (kind == u"user-agent"_s) {
                spec.headers.append({QByteArrayLiteral("User-Agent"), bytes});
            } else if (kind == u"referer"_s) {
                spec.headers.append({QByteArrayLiteral("Referer"), bytes});
            } else if (kind == u"cookie"_s) {
                // Without '=' it names a cookie file, read once -c (maybe later) is known.
                if (bytes.contains('='))
                    spec.headers.append({QByteArrayLiteral("Cookie"), bytes});
                else
                    cookieFiles.append(value);
            } else if (kind == u"cookie-jar"_s) {
                cookieJar = value;
                result.ignored.append(cookieJarNotApplied(word, value));
            } else if (kind == u"max-redirs"_s) {
                bool ok = false;
                const int redirects = value.toInt(&ok);
                if (!ok)
                    return fail(CurlText::tr("--max-redirs needs a number, not “%1”.").arg(value));
                spec.options.maxRedirects = redirects < 0 ? 1000 : redirects;
            } else if (kind == u"max-time"_s) {
                bool ok = false;
                const double seconds = value.toDouble(&ok);
                if (ok && seconds > 0)
                    spec.options.deadlineMs = int(seconds * 1000);
            } else if (kind == u"url"_s) {
                url = value;
            } else {
                result.ignored.append(CurlText::tr("%1 %2: not used by StatusScope").arg(word, value));
            }
            continue;
        }
        if (flags().contains(word)) {
            const QString kind = flags().value(word);
            if (kind == u"location"_s)
                spec.options.followRedirects = true;
            else if (kind == u"insecure"_s)
                spec.options.acceptInvalidCertificates = true;
            else if (kind == u"head"_s)
                head = true;
            else if (kind == u"get"_s)
                get = true;
            else if (kind == u"compressed"_s)
                result.ignored.append(
                    CurlText::tr("--compressed: Qt asks for and decodes compressed bodies by itself"));
            else if (kind == u"network"_s)
                network.read(word);
            else
                result.ignored.append(CurlText::tr("%1: only changes curl's own output").arg(word));
            continue;
        }
        if (word.startsWith(u'-') && word.size() > 1) {
            result.ignored.append(CurlText::tr("%1: not understood").arg(word));
            continue;
        }
        if (url.isEmpty())
            url = word;
        else
            result.ignored.append(CurlText::tr("%1: only one URL is used").arg(word));
    }

    if (url.isEmpty())
        return fail(CurlText::tr("The curl command has no URL."));
    if (auto problem = network.finish(spec.options.network))
        return fail(*problem);
    readCurlCookieFiles(cookieFiles, cookieJar, spec, result.ignored);
    // As curl reads it: "localhost:8080/x" is http://localhost:8080/x, where QUrl sees the scheme
    // "localhost". The sentence names what is wrong, never the URL and its password.
    const UrlInput typed = readTypedUrl(url);
    if (!typed.isValid())
        return fail(CurlText::tr("The URL in the curl command is not valid: %1").arg(typed.error));
    spec.url = typed.url;
    if (!data.isEmpty()) {
        const QByteArray joined = data.join('&');
        if (get) {
            QString query = spec.url.query(QUrl::FullyEncoded);
            spec.url.setQuery(query.isEmpty() ? QString::fromUtf8(joined)
                                              : query + u'&' + QString::fromUtf8(joined),
                              QUrl::TolerantMode);
        } else {
            spec.body = joined;
            spec.hasBody = true;
            if (json) {
                if (!hasHeader(spec.headers, "Content-Type"))
                    spec.headers.append(
                        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
                if (!hasHeader(spec.headers, "Accept"))
                    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
            } else if (!hasHeader(spec.headers, "Content-Type")) {
                spec.headers.append({QByteArrayLiteral("Content-Type"),
                                     QByteArrayLiteral("application/x-www-form-urlencoded")});
            }
        }
    }
    if (!explicitMethod.isEmpty())
        spec.method = explicitMethod;
    else if (head)
        spec.method = QByteArrayLiteral("HEAD");
    else if (spec.hasBody)
        spec.method = QByteArrayLiteral("POST");
    else
        spec.method = QByteArrayLiteral("GET");
    return result;
}

} // namespace StatusScope::Core
