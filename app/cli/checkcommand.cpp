// SPDX-License-Identifier: MIT
#include "cli/checkcommand.h"

#include "cli/authflags.h"
#include "cli/cataloguecommands.h"
#include "cli/checkcommandtext.h"
#include "cli/checkrunner.h"
#include "cli/commandline.h"
#include "cli/cookieflags.h"
#include "cli/dryrun.h"
#include "cli/fromcurl.h"
#include "cli/fromhttp.h"
#include "cli/inputfiles.h"
#include "cli/numbers.h"
#include "cli/outputtarget.h"
#include "cli/proxyflags.h"
#include "cli/textlayout.h"
#include "cli/tlsflags.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/curlcommand.h"
#include "core/requests/bodyfile.h"
#include "core/requests/chainjson.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "core/requests/tlssetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct ParsedCheck
{
    RequestSpec base; // everything but the URL
    QList<RequestSpec> requests; // the URLs given as arguments
    QStringList invalid; // one message per URL argument that cannot be requested
    QStringList urlProblems; // for each of `requests`, why its URL cannot be requested, or empty
    QString input; // --input: read and checked line by line while the chains run
    QStringList notApplied; // --from-curl: what the pasted commands ask for that is not used
    // (dryrun) --dry-run with --from-curl or --from-http: each request with its own not-applied
    // lines, files read only when there (CurlFiles::ListMissing); empty for URL arguments.
    QList<PlannedRequest> planned;
    bool json = false;
    bool fail = false;
    bool showSecrets = false;
    int parallel = 8;
};

// Reads the options into request specs. Returns an error message for bad options.
PostKept keptPostOptions(const QCommandLineParser &parser)
{
    PostKept kept;
    kept.on301 = parser.isSet(u"post301"_s);
    kept.on302 = parser.isSet(u"post302"_s);
    kept.on303 = parser.isSet(u"post303"_s);
    return kept;
}

std::optional<QString> parse(const QCommandLineParser &parser, ParsedCheck &check)
{
    QString error;
    RequestSpec &base = check.base;
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
        base.hasBody = true;
        if (data.startsWith(u'@')) {
            std::optional<QByteArray> body = readBodyFile(data.mid(1), BodyFileLimit, &error);
            if (body) {
                base.body = *body;
            } else if (parser.isSet(u"dry-run"_s)) {
                // (dryrun) A dry run shows the rest of the request without the file; the method stays POST.
                check.notApplied.append(u"-d "_s + data + u": "_s + dryRunFileProblem(data.mid(1), error));
                base.hasBody = false;
            } else {
                return error;
            }
        } else {
            base.body = data.toUtf8();
        }
        base.method = QByteArrayLiteral("POST");
        if (!hasHeader(base.headers, "Content-Type"))
            base.headers.append(
                {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    }
    if (parser.isSet(u"request"_s))
        base.method = parser.value(u"request"_s).toUtf8();
    if (parser.isSet(u"head"_s)) {
        // As curl: -I is a method of its own, which neither a body nor another method goes with.
        if (parser.isSet(u"data"_s))
            return CheckCommand::tr("-I sends HEAD, which carries no body: leave out -d or -I.");
        if (parser.isSet(u"request"_s) && base.method != "HEAD")
            return CheckCommand::tr("-I sends HEAD and -X asks for %1: give one method.")
                .arg(QString::fromUtf8(base.method));
        base.method = QByteArrayLiteral("HEAD");
    }
    if (auto problem = validateMethod(base.method))
        return problem;

    RequestOptions &options = base.options;
    if (parser.isSet(u"location"_s) && parser.isSet(u"no-follow"_s))
        return CheckCommand::tr("-L follows redirects and --no-follow does not: give one of them.");
    options.followRedirects = !parser.isSet(u"no-follow"_s);
    options.allowDowngrade = parser.isSet(u"allow-downgrade"_s);
    options.keepPost = keptPostOptions(parser);
    options.acceptInvalidCertificates = parser.isSet(u"insecure"_s);
    if (auto problem = applyProxyOptions(parser, options.network.proxy))
        return problem;
    if (auto problem = applyAuthOptions(parser, options.network.auth))
        return problem;
    if (auto problem = applyTlsOptions(parser, options.network)) {
        // (dryrun) Certificate files are read last: when that is what failed, a dry run lists it
        // and shows the rest, as it does for a body or cookie file.
        QString fileProblem;
        if (!parser.isSet(u"dry-run"_s) || TlsSetup::load(options.network.tls, &fileProblem)
            || fileProblem != *problem)
            return problem;
        check.notApplied.append(*problem);
    }
    if (auto problem = applyCookieOptions(parser, base)) {
        if (!parser.isSet(u"dry-run"_s))
            return problem;
        check.notApplied.append(*problem); // (dryrun) a cookie file is not needed to show the request
    }
    if (parser.isSet(u"max-redirs"_s)) {
        const auto value = wholeNumber(parser, u"max-redirs"_s, 0, &error);
        if (!value)
            return error;
        options.maxRedirects = int(std::min<qint64>(*value, 1000));
    }
    if (auto problem = readSeconds(parser, u"timeout"_s, options.inactivityTimeoutMs))
        return problem;
    if (auto problem = readSeconds(parser, u"max-time"_s, options.deadlineMs))
        return problem;
    if (auto problem = readSeconds(parser, u"connect-timeout"_s, options.connectTimeoutMs))
        return problem;
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

    if (parser.isSet(u"from-curl"_s) && parser.isSet(u"dry-run"_s)) {
        // (dryrun) Files the commands name are read when there and listed as not applied when not.
        QList<CurlImport> imports;
        if (auto problem = readFromCurlImports(parser, base, CurlFiles::ListMissing, imports))
            return problem;
        for (const CurlImport &import : std::as_const(imports))
            check.planned.append({import.request, import.ignored});
        return std::nullopt;
    }
    if (parser.isSet(u"from-curl"_s)) {
        // One after another, as a shell runs pasted commands: "create, then read" must not race
        // (the results came back in the order they finished, and the second could overtake).
        if (!parser.isSet(u"parallel"_s))
            check.parallel = 1;
        return readFromCurl(parser, base, check.requests, check.notApplied);
    }
    // (http16) --from-http FILE [--name NAME]: a .http file's requests, each with its own not-applied lines.
    if (parser.isSet(u"from-http"_s)) {
        // One after another, as both clients send them: a later request may depend on an earlier one.
        if (!parser.isSet(u"parallel"_s))
            check.parallel = 1;
        return readFromHttp(parser, base, check.requests, check.notApplied, check.planned);
    }
    if (parser.isSet(u"name"_s) || parser.isSet(u"env"_s))
        return CheckCommand::tr("--%1 goes with a .http file: give --from-http FILE with it.")
            .arg(parser.isSet(u"name"_s) ? u"name"_s : u"env"_s);
    const QStringList urls = parser.positionalArguments();
    check.input = parser.value(u"input"_s);
    if (urls.isEmpty() && !parser.isSet(u"input"_s))
        return CheckCommand::tr("Give a URL to check, for example “statusscope check https://example.org/”.");

    for (const QString &text : urls) {
        UrlInput read;
        check.requests.append(requestFor(base, text, &read));
        check.urlProblems.append(read.error);
        // Named, but never with a password: standard error ends up in logs.
        if (!read.isValid())
            check.invalid.append(typedUrlForDisplay(read) + u": "_s + read.error);
    }
    return std::nullopt;
}

} // namespace

void configureCheck(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"URL"_s,
        CheckCommand::tr(
            "One or more http or https URLs; without a scheme, http:// is added (localhost:8080/x)."),
        u"URL..."_s);
    parser.addOptions({
        {{u"X"_s, u"request"_s},
         CheckCommand::tr("The method (default GET, or POST with --data)."),
         u"METHOD"_s},
        {{u"H"_s, u"header"_s},
         CheckCommand::tr("A request header, \"Name: value\"; repeat it for more."),
         u"HEADER"_s},
        {{u"d"_s, u"data"_s},
         CheckCommand::tr("A request body, or @FILE to read it from a file (at most 64 MiB)."),
         u"DATA"_s},
        {{u"I"_s, u"head"_s}, CheckCommand::tr("Send HEAD instead of GET, as curl -I does.")},
        {{u"L"_s, u"location"_s},
         CheckCommand::tr("Follow redirects: the default here, taken so that curl's -L works too.")},
        {u"no-follow"_s, CheckCommand::tr("Do not follow redirects.")},
        {u"max-redirs"_s, CheckCommand::tr("Follow at most N redirects (default 20)."), u"N"_s},
        {u"timeout"_s, CheckCommand::tr("Give up on a hop after SECONDS without data (default 30)."),
         u"SECONDS"_s},
        {u"max-time"_s, CheckCommand::tr("Give up on the whole chain after SECONDS."), u"SECONDS"_s},
        {u"connect-timeout"_s,
         CheckCommand::tr("Give up on a hop not connected (TLS handshake included) within SECONDS; with "
                          "--resolve, the next address is tried."),
         u"SECONDS"_s},
        {u"speed-limit"_s,
         CheckCommand::tr(
             "Give up on a hop moving fewer than BYTES per second over --speed-time (default 1)."),
         u"BYTES"_s},
        {u"speed-time"_s, CheckCommand::tr("The window --speed-limit is measured over (default 30)."),
         u"SECONDS"_s},
        {u"max-body"_s, CheckCommand::tr("Read at most BYTES of each body (default 67108864)."), u"BYTES"_s},
        {u"allow-downgrade"_s, CheckCommand::tr("Follow redirects from https to plain http.")},
        {u"post301"_s,
         CheckCommand::tr("Send a POST again as a POST, with its body, after a 301 (as curl does "
                          "with --post301); by default it becomes a GET.")},
        {u"post302"_s, CheckCommand::tr("The same after a 302.")},
        {u"post303"_s, CheckCommand::tr("The same after a 303.")},
        {{u"k"_s, u"insecure"_s},
         CheckCommand::tr("Accept an invalid certificate from the host of the URL given.")},
        {u"json"_s, CheckCommand::tr("Print JSON: one document, or one line per chain for several URLs.")},
        {u"fail"_s, CheckCommand::tr("Exit with 4 or 5 when the final status is 4xx or 5xx.")},
        {u"input"_s,
         CheckCommand::tr("Read URLs from FILE, one per line of at most 8 KiB (- for standard input); "
                          "lines are read as chains finish, results are JSON Lines with --json."),
         u"FILE"_s},
        {u"parallel"_s, CheckCommand::tr("Check up to N URLs at once (default 8)."), u"N"_s},
        {u"show-secrets"_s,
         CheckCommand::tr("Show credentials (Authorization, cookies) instead of masking them.")},
        {u"har"_s,
         CheckCommand::tr(
             "Also write the chains as a HAR 1.2 file (credentials masked unless --show-secrets); "
             "a file is replaced when done, a pipe is appended to; - writes it instead of the report."),
         u"FILE"_s},
    });
    addProxyOptions(parser);
    addAuthOptions(parser);
    addTlsOptions(parser);
    addCookieOptions(parser);
    addFromCurlOption(parser);
    addFromHttpOptions(parser); // (http16)
    addDryRunOption(parser);
}

int runCheck(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    ParsedCheck check;
    if (const std::optional<QString> problem = parse(parser, check)) {
        if (parser.isSet(u"json"_s)) {
            RequestSpec spec;
            spec.url = readTypedUrl(parser.positionalArguments().value(0)).url;
            out << jsonForTerminal(QJsonDocument(chainToJson(invalidInputResult(spec, *problem)))
                                       .toJson(QJsonDocument::Indented));
        }
        err << "statusscope check: " << *problem << Qt::endl;
        return ExitUsage;
    }
    const bool jsonLines = check.json && check.requests.size() > 1;
    if (!check.invalid.isEmpty()) {
        // Nothing is sent when any URL is bad.
        for (qsizetype i = 0; i < check.requests.size(); ++i) {
            const RequestSpec &spec = check.requests.at(i);
            const QString &problem = check.urlProblems.at(i);
            if (!problem.isEmpty() && check.json)
                out << jsonForTerminal(
                    QJsonDocument(chainToJson(invalidInputResult(spec, problem)))
                        .toJson(jsonLines ? QJsonDocument::Compact : QJsonDocument::Indented))
                    << (jsonLines ? "\n" : "");
        }
        for (const QString &message : std::as_const(check.invalid))
            err << "statusscope check: " << escapeForDisplay(message) << Qt::endl;
        return ExitUsage;
    }

    // (dryrun) Shown instead of sent: no file is opened, no catalogue read, no connection made.
    if (parser.isSet(u"dry-run"_s)) {
        if (parser.isSet(u"input"_s)) {
            err << "statusscope check: "
                << CheckCommand::tr("--dry-run shows the requests of URL arguments, "
                                    "--from-curl or --from-http, not of --input.")
                << Qt::endl;
            return ExitUsage;
        }
        QList<PlannedRequest> planned = check.planned;
        if (planned.isEmpty()) {
            for (const RequestSpec &request : std::as_const(check.requests))
                planned.append({request, check.notApplied});
        }
        return printDryRun(planned, check.json, check.showSecrets, out);
    }

    const bool catalogueDeferred = !parser.isSet(u"catalogue"_s);

    for (const QString &line : std::as_const(check.notApplied))
        err << "statusscope check: " << escapeForDisplay(line) << Qt::endl;

    // Every file is opened before anything is sent, so a bad name costs no request.
    QString jarError;
    const std::unique_ptr<CookieJarOutput> cookieJar = CookieJarOutput::open(parser, check.base, &jarError);
    if (!jarError.isEmpty()) {
        err << "statusscope check: " << jarError << Qt::endl;
        return ExitUsage;
    }
    std::unique_ptr<OutputTarget> har;
    if (parser.isSet(u"har"_s)) {
        QString error;
        har = OutputTarget::open(parser.value(u"har"_s), &error);
        if (!har) {
            err << "statusscope check: --har: " << error << Qt::endl;
            return ExitUsage;
        }
    }
    std::unique_ptr<UrlSource> source;
    if (parser.isSet(u"input"_s)) {
        QString error;
        source = UrlSource::open(check.input, &error);
        if (!source) {
            err << "statusscope check: " << error << Qt::endl;
            return ExitUsage;
        }
    }

    // (perf18) The built-in catalogue is opened once the first requests are on their way, as it
    // only annotates responses (opening it reads its index, not its entries: compiledcatalogue.h).
    // A --catalogue file is read before anything is sent, so a bad one costs no request.
    std::optional<StatusCatalogue> catalogue
        = catalogueDeferred ? std::optional<StatusCatalogue>(std::in_place) : loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    QNetworkAccessManager manager;
    CheckSettings settings;
    settings.json = check.json;
    // --har - makes the HAR the output, so it can be piped on; problems still go to stderr.
    settings.report = !har || !har->isStandardOutput();
    settings.jsonLines = jsonLines || source;
    settings.fail = check.fail;
    settings.showSecrets = check.showSecrets;
    settings.parallel = check.parallel;
    settings.cookieJar = cookieJar.get();
    CheckRunner runner(&manager, &*catalogue, settings, out, err, har.get(), colourWanted());
    if (catalogueDeferred) {
        runner.setDeferredCatalogue([&parser, &err, &catalogue] {
            std::optional<StatusCatalogue> loaded = StatusCatalogue::builtin(nullptr);
            if (!loaded)
                loaded = loadCatalogue(parser, err); // fails again, saying why on standard error
            if (loaded)
                *catalogue = std::move(*loaded);
            return loaded.has_value();
        });
    }
    return runner.run(check.requests, source.get(), check.base);
}

} // namespace StatusScope::Cli
