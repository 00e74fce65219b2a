// SPDX-License-Identifier: MIT
#include "checkcommand.h"

#include "catalogue/statuscatalogue.h"
#include "cataloguecommands.h"
#include "chainprinter.h"
#include "commandline.h"
#include "formats/har.h"
#include "requests/chainjson.h"
#include "requests/requestengine.h"
#include "requests/requestvalidation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

enum CheckExit { ExitStoppedOrFailed = 1, ExitFail4xx = 4, ExitFail5xx = 5 };

struct ParsedCheck
{
    QList<RequestSpec> requests;
    QStringList invalid; // one message per URL that cannot be requested
    bool json = false;
    bool fail = false;
    bool showSecrets = false;
    int parallel = 8;
};

std::optional<double> positiveNumber(const QCommandLineParser &parser, const QString &name, QString *error)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value <= 0 || !std::isfinite(value)) {
        *error = CheckCommand::tr("--%1 needs a positive number, not “%2”.").arg(name, parser.value(name));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> wholeNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                  QString *error)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum) {
        *error = CheckCommand::tr("--%1 needs a whole number of at least %2, not “%3”.")
                     .arg(name)
                     .arg(minimum)
                     .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

// Reads the options into request specs. Returns an error message for bad options.
std::optional<QString> parse(const QCommandLineParser &parser, ParsedCheck &check)
{
    QString error;
    RequestSpec base;
    check.json = parser.isSet(u"json"_s);
    check.fail = parser.isSet(u"fail"_s);
    check.showSecrets = parser.isSet(u"show-secrets"_s);

    for (const QString &line : parser.values(u"header"_s)) {
        const std::optional<HeaderPair> header = parseHeaderLine(line, &error);
        if (!header)
            return error;
        base.headers.append(*header);
    }
    if (parser.isSet(u"data"_s)) {
        const QString data = parser.value(u"data"_s);
        if (data.startsWith(u'@')) {
            QFile file(data.mid(1));
            if (!file.open(QIODevice::ReadOnly))
                return CheckCommand::tr("The body file “%1” cannot be read: %2")
                    .arg(data.mid(1), file.errorString());
            base.body = file.readAll();
        } else {
            base.body = data.toUtf8();
        }
        base.hasBody = true;
        base.method = QByteArrayLiteral("POST");
        if (!hasHeader(base.headers, "Content-Type"))
            base.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    if (parser.isSet(u"request"_s))
        base.method = parser.value(u"request"_s).toUtf8();
    if (auto problem = validateMethod(base.method))
        return problem;

    RequestOptions &options = base.options;
    options.followRedirects = !parser.isSet(u"no-follow"_s);
    options.allowDowngrade = parser.isSet(u"allow-downgrade"_s);
    options.acceptInvalidCertificates = parser.isSet(u"insecure"_s);
    if (parser.isSet(u"max-redirs"_s)) {
        const auto value = wholeNumber(parser, u"max-redirs"_s, 0, &error);
        if (!value)
            return error;
        options.maxRedirects = int(std::min<qint64>(*value, 1000));
    }
    if (parser.isSet(u"timeout"_s)) {
        const auto value = positiveNumber(parser, u"timeout"_s, &error);
        if (!value)
            return error;
        options.inactivityTimeoutMs = int(std::min(*value * 1000.0, 86400000.0));
    }
    if (parser.isSet(u"max-time"_s)) {
        const auto value = positiveNumber(parser, u"max-time"_s, &error);
        if (!value)
            return error;
        options.deadlineMs = int(std::min(*value * 1000.0, 86400000.0));
    }
    // As in curl: either option turns the limit on, the other keeps its default (1 byte/s, 30 s).
    if (parser.isSet(u"speed-limit"_s) || parser.isSet(u"speed-time"_s)) {
        options.lowSpeedBytesPerSecond = 1;
        if (parser.isSet(u"speed-limit"_s)) {
            const auto value = wholeNumber(parser, u"speed-limit"_s, 1, &error);
            if (!value)
                return error;
            options.lowSpeedBytesPerSecond = int(std::min<qint64>(*value, std::numeric_limits<int>::max()));
        }
        if (parser.isSet(u"speed-time"_s)) {
            const auto value = positiveNumber(parser, u"speed-time"_s, &error);
            if (!value)
                return error;
            options.lowSpeedWindowMs = int(std::clamp(*value * 1000.0, 1.0, 86400000.0));
        }
    }
    if (parser.isSet(u"max-body"_s)) {
        const auto value = wholeNumber(parser, u"max-body"_s, 1, &error);
        if (!value)
            return error;
        options.bodyCap = *value;
    }
    if (parser.isSet(u"parallel"_s)) {
        const auto value = wholeNumber(parser, u"parallel"_s, 1, &error);
        if (!value)
            return error;
        check.parallel = int(std::min<qint64>(*value, 256));
    }

    QStringList urls = parser.positionalArguments();
    if (parser.isSet(u"input"_s)) {
        const QString path = parser.value(u"input"_s);
        QFile file(path);
        if (path != u"-"_s ? !file.open(QIODevice::ReadOnly | QIODevice::Text)
                           : !file.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
            return CheckCommand::tr("The URL list “%1” cannot be read: %2").arg(path, file.errorString());
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                urls.append(line);
        }
    }
    if (urls.isEmpty())
        return CheckCommand::tr("Give a URL to check, for example “statusscope check https://example.org/”.");

    for (const QString &text : std::as_const(urls)) {
        RequestSpec spec = base;
        spec.url = QUrl(text, QUrl::StrictMode);
        if (!spec.url.isValid())
            spec.url = QUrl(text, QUrl::TolerantMode);
        if (const auto problem = validateUrl(spec.url)) {
            check.invalid.append(text + u": "_s + *problem);
            spec.url = QUrl(text, QUrl::TolerantMode);
        }
        check.requests.append(spec);
    }
    return std::nullopt;
}

ChainResult invalidInputResult(const RequestSpec &spec, const QString &message)
{
    ChainResult result;
    result.request = spec;
    result.outcome = ChainOutcome::Error;
    result.error = ChainError{ErrorKind::InvalidInput, message};
    return result;
}

int exitCodeFor(const ChainResult &chain, bool fail)
{
    if (chain.outcome != ChainOutcome::Complete)
        return ExitStoppedOrFailed;
    if (!fail || chain.hops.isEmpty() || !chain.hops.last().status)
        return ExitSuccess;
    const int status = *chain.hops.last().status;
    if (status >= 500 && status < 600)
        return ExitFail5xx;
    if (status >= 400 && status < 500)
        return ExitFail4xx;
    return ExitSuccess;
}

bool colourWanted()
{
    return isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") && qgetenv("TERM") != "dumb";
}

} // namespace

void configureCheck(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"URL"_s, CheckCommand::tr("One or more http or https URLs."), u"URL..."_s);
    parser.addOptions({
        {{u"X"_s, u"request"_s},
         CheckCommand::tr("The method (default GET, or POST with --data)."),
         u"METHOD"_s},
        {{u"H"_s, u"header"_s},
         CheckCommand::tr("A request header, \"Name: value\"; repeat it for more."),
         u"HEADER"_s},
        {{u"d"_s, u"data"_s},
         CheckCommand::tr("A request body, or @FILE to read it from a file."),
         u"DATA"_s},
        {u"no-follow"_s, CheckCommand::tr("Do not follow redirects.")},
        {u"max-redirs"_s, CheckCommand::tr("Follow at most N redirects (default 20)."), u"N"_s},
        {u"timeout"_s, CheckCommand::tr("Give up on a hop after SECONDS without data (default 30)."),
         u"SECONDS"_s},
        {u"max-time"_s, CheckCommand::tr("Give up on the whole chain after SECONDS."), u"SECONDS"_s},
        {u"speed-limit"_s,
         CheckCommand::tr("Give up on a hop moving fewer than BYTES per second over --speed-time (default 1)."),
         u"BYTES"_s},
        {u"speed-time"_s,
         CheckCommand::tr("The window --speed-limit is measured over (default 30)."),
         u"SECONDS"_s},
        {u"max-body"_s, CheckCommand::tr("Read at most BYTES of each body (default 67108864)."), u"BYTES"_s},
        {u"allow-downgrade"_s, CheckCommand::tr("Follow redirects from https to plain http.")},
        {{u"k"_s, u"insecure"_s},
         CheckCommand::tr("Accept an invalid certificate from the host of the URL given.")},
        {u"json"_s, CheckCommand::tr("Print JSON: one document, or one line per chain for several URLs.")},
        {u"fail"_s, CheckCommand::tr("Exit with 4 or 5 when the final status is 4xx or 5xx.")},
        {u"input"_s, CheckCommand::tr("Read URLs from FILE, one per line (- for standard input)."),
         u"FILE"_s},
        {u"parallel"_s, CheckCommand::tr("Check up to N URLs at once (default 8)."), u"N"_s},
        {u"show-secrets"_s,
         CheckCommand::tr("Show credentials (Authorization, cookies) instead of masking them.")},
        {u"har"_s,
         CheckCommand::tr(
             "Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets)."),
         u"FILE"_s},
    });
}

int runCheck(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    ParsedCheck check;
    if (const std::optional<QString> problem = parse(parser, check)) {
        if (parser.isSet(u"json"_s)) {
            RequestSpec spec;
            spec.url = QUrl(parser.positionalArguments().value(0), QUrl::TolerantMode);
            out << QJsonDocument(chainToJson(invalidInputResult(spec, *problem)))
                       .toJson(QJsonDocument::Indented);
        }
        err << "statusscope check: " << *problem << Qt::endl;
        return ExitUsage;
    }
    const bool jsonLines = check.json && check.requests.size() > 1;
    if (!check.invalid.isEmpty()) {
        // Nothing is sent when any URL is bad.
        for (qsizetype i = 0; i < check.requests.size(); ++i) {
            const RequestSpec &spec = check.requests.at(i);
            const auto problem = validateUrl(spec.url);
            if (problem && check.json)
                out << QJsonDocument(chainToJson(invalidInputResult(spec, *problem)))
                           .toJson(jsonLines ? QJsonDocument::Compact : QJsonDocument::Indented)
                    << (jsonLines ? "\n" : "");
        }
        for (const QString &message : std::as_const(check.invalid))
            err << "statusscope check: " << message << Qt::endl;
        return ExitUsage;
    }

    // The HAR file is opened before anything is sent, so a bad path costs no request.
    std::unique_ptr<QSaveFile> har;
    if (parser.isSet(u"har"_s)) {
        har = std::make_unique<QSaveFile>(parser.value(u"har"_s));
        if (!har->open(QIODevice::WriteOnly)) {
            err << "statusscope check: "
                << CheckCommand::tr("The HAR file “%1” cannot be written: %2")
                       .arg(parser.value(u"har"_s), har->errorString())
                << Qt::endl;
            return ExitUsage;
        }
    }

    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    QNetworkAccessManager manager;
    ChainPrinter printer(out, colourWanted());
    QList<ChainResult> results(check.requests.size());
    QList<int> exitCodes(check.requests.size(), ExitSuccess);
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;

    // Keeps up to `parallel` engines busy; results are printed as chains finish (JSON Lines)
    // or, for a single URL, as soon as it ends.
    std::function<void()> launch = [&] {
        while (running < check.parallel && next < check.requests.size()) {
            const qsizetype index = next++;
            auto *engine = new RequestEngine(&manager, &*catalogue, &loop);
            ++running;
            QObject::connect(engine, &RequestEngine::finished, &loop, [&, engine, index] {
                results[index] = engine->result();
                exitCodes[index] = exitCodeFor(results[index], check.fail);
                if (check.json) {
                    out << QJsonDocument(chainToJson(results[index], check.showSecrets))
                               .toJson(jsonLines ? QJsonDocument::Compact : QJsonDocument::Indented);
                    if (jsonLines)
                        out << '\n';
                } else {
                    if (check.requests.size() > 1)
                        out << '\n';
                    printer.printChain(results[index]);
                }
                out.flush();
                engine->deleteLater();
                --running;
                launch();
                if (running == 0 && next >= check.requests.size())
                    loop.quit();
            });
            engine->start(check.requests.at(index));
        }
    };
    launch();
    if (running > 0)
        loop.exec();

    if (har) {
        har->write(QJsonDocument(chainsToHar(results, check.showSecrets)).toJson(QJsonDocument::Indented));
        if (!har->commit()) {
            err << "statusscope check: "
                << CheckCommand::tr("The HAR file “%1” could not be saved: %2")
                       .arg(har->fileName(), har->errorString())
                << Qt::endl;
            return ExitStoppedOrFailed;
        }
    }

    // A rule or transport failure outranks --fail statuses.
    if (exitCodes.contains(ExitStoppedOrFailed))
        return ExitStoppedOrFailed;
    if (exitCodes.contains(ExitFail5xx))
        return ExitFail5xx;
    if (exitCodes.contains(ExitFail4xx))
        return ExitFail4xx;
    return ExitSuccess;
}

} // namespace StatusScope::Cli
