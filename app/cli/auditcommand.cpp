// SPDX-License-Identifier: MIT
#include "cli/auditcommand.h"

#include "cli/auditinterrupt.h"
#include "cli/auditoutput.h"
#include "cli/authflags.h"
#include "cli/cataloguecommands.h"
#include "cli/commandline.h"
#include "cli/cookieflags.h"
#include "cli/numbers.h"
#include "cli/outputtarget.h"
#include "cli/proxyflags.h"
#include "cli/textlayout.h"
#include "cli/tlsflags.h"
#include "core/audit/auditinput.h"
#include "core/audit/auditrunner.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)
};

constexpr int ExitMismatch = 1;

struct ParsedAudit
{
    AuditRunOptions run;
    AuditInputKind kind = AuditInputKind::Guess;
    std::optional<AuditFormat> format; // unset: from the output
    QString input;
    QString outputPath; // -o
    bool showSecrets = false;
};

// Reads an option that takes a whole number into `target`, capped at `maximum`.
std::optional<QString> readCount(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                                 qint64 maximum, int &target)
{
    if (!parser.isSet(name))
        return std::nullopt;
    QString error;
    const std::optional<qint64> value = wholeNumber(parser, name, minimum, &error);
    if (!value)
        return error;
    target = int(std::min(*value, maximum));
    return std::nullopt;
}

std::optional<QString> parseRequest(const QCommandLineParser &parser, RequestSpec &base)
{
    QString error;
    for (const QString &line : parser.values(u"header"_s)) {
        const std::optional<HeaderPair> header = parseHeaderLine(line, &error);
        if (!header)
            return error;
        base.headers.append(*header);
    }
    if (parser.isSet(u"user-agent"_s)) {
        removeHeader(base.headers, "User-Agent");
        const QByteArray agent = parser.value(u"user-agent"_s).toUtf8();
        if (auto problem = validateHeader("User-Agent", agent))
            return problem;
        base.headers.append({QByteArrayLiteral("User-Agent"), agent});
    }
    if (parser.isSet(u"request"_s)) {
        base.method = parser.value(u"request"_s).toUtf8();
        if (auto problem = validateMethod(base.method))
            return problem;
        // An audit reads; a method that could change something on the server is never sent to
        // thousands of URLs by mistake.
        if (base.method != "GET" && base.method != "HEAD")
            return AuditCommand::tr(
                       "audit sends GET, or HEAD with -X HEAD, and nothing else: “%1” could change "
                       "what the server holds, so it is refused.")
                .arg(escapeForDisplay(parser.value(u"request"_s)));
    }
    if (parser.isSet(u"head"_s)) {
        if (parser.isSet(u"request"_s) && base.method != "HEAD")
            return AuditCommand::tr("-I sends HEAD and -X asks for GET: give one method.");
        base.method = QByteArrayLiteral("HEAD");
    }

    RequestOptions &options = base.options;
    options.followRedirects = true;
    options.allowDowngrade = parser.isSet(u"allow-downgrade"_s);
    options.acceptInvalidCertificates = parser.isSet(u"insecure"_s);
    if (auto problem = applyProxyOptions(parser, options.network.proxy))
        return problem;
    if (auto problem = applyAuthOptions(parser, options.network.auth))
        return problem;
    if (auto problem = applyTlsOptions(parser, options.network))
        return problem;
    // -b as check reads it, for the checks and the sitemap fetch alike.
    if (auto problem = applyCookieOptions(parser, base))
        return problem;
    if (auto problem = readCount(parser, u"max-redirs"_s, 0, 1000, options.maxRedirects))
        return problem;
    if (auto problem = readSeconds(parser, u"timeout"_s, options.inactivityTimeoutMs))
        return problem;
    if (auto problem = readSeconds(parser, u"max-time"_s, options.deadlineMs))
        return problem;
    if (auto problem = readSeconds(parser, u"connect-timeout"_s, options.connectTimeoutMs))
        return problem;
    return std::nullopt;
}

std::optional<QString> parse(const QCommandLineParser &parser, ParsedAudit &audit)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return AuditCommand::tr("Give a file, a URL or - (standard input) to audit, for example "
                                "“statusscope audit redirects.csv”.");
    if (arguments.size() > 1)
        return AuditCommand::tr("audit reads one input, not %1: put the URLs in one list, one per line.")
            .arg(arguments.size());
    audit.input = arguments.first();

    const int kinds
        = int(parser.isSet(u"map"_s)) + int(parser.isSet(u"list"_s)) + int(parser.isSet(u"sitemap"_s));
    if (kinds > 1)
        return AuditCommand::tr("Give at most one of --map, --list and --sitemap.");
    if (parser.isSet(u"map"_s))
        audit.kind = AuditInputKind::Map;
    else if (parser.isSet(u"list"_s))
        audit.kind = AuditInputKind::List;
    else if (parser.isSet(u"sitemap"_s))
        audit.kind = AuditInputKind::Sitemap;

    if (parser.isSet(u"format"_s)) {
        audit.format = auditFormatFromName(parser.value(u"format"_s));
        if (!audit.format)
            return AuditCommand::tr("--format is table, csv or jsonl, not “%1”.")
                .arg(escapeForDisplay(parser.value(u"format"_s)));
    }
    audit.outputPath = parser.value(u"output"_s);
    // The results replace the file -o names: never the map they come from.
    const QFileInfo outputInfo(audit.outputPath);
    if (!audit.outputPath.isEmpty() && audit.input != u"-"_s && outputInfo.exists()
        && outputInfo.canonicalFilePath() == QFileInfo(audit.input).canonicalFilePath())
        return AuditCommand::tr(
                   "-o names the input “%1”: the results would replace it; write them to another file.")
            .arg(escapeForDisplay(audit.input));

    AuditRunOptions &run = audit.run;
    if (auto problem = parseRequest(parser, run.base))
        return problem;
    if (auto problem = readCount(parser, u"parallel"_s, 1, 1024, run.parallel))
        return problem;
    if (auto problem = readCount(parser, u"per-host"_s, 0, 1024, run.perHost))
        return problem;
    if (auto problem = readCount(parser, u"max-chain"_s, 0, 1000, run.check.maxChain))
        return problem;
    if (parser.isSet(u"rate"_s)) {
        QString error;
        const std::optional<double> rate = positiveNumber(parser, u"rate"_s, &error);
        if (!rate)
            return error;
        run.ratePerHost = *rate;
    }
    audit.showSecrets = parser.isSet(u"show-secrets"_s);
    run.check.match.ignoreQuery = parser.isSet(u"ignore-query"_s);
    run.check.match.ignoreTrailingSlash = parser.isSet(u"ignore-trailing-slash"_s);
    return std::nullopt;
}

bool isUrlArgument(const QString &input)
{
    return input.startsWith(u"http://"_s, Qt::CaseInsensitive)
        || input.startsWith(u"https://"_s, Qt::CaseInsensitive);
}

// The format when --format is not given: a table for people at a terminal, JSON Lines for programs
// and files (CSV for a file named *.csv).
AuditFormat defaultFormat(const QString &outputPath, const OutputTarget *output)
{
    if (outputPath.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return AuditFormat::Csv;
    const bool toStdout = !output || output->isStandardOutput();
    return toStdout && isatty(fileno(stdout)) ? AuditFormat::Table : AuditFormat::JsonLines;
}

} // namespace

void configureAudit(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        u"INPUT"_s,
        AuditCommand::tr(
            "A file, an http or https URL, or - for standard input: a list of URLs (one a line), "
            "a redirect map (source,expected_target[,expected_status], CSV with commas or semicolons, or "
            "tab-separated) "
            "or a sitemap (.xml, .xml.gz or a sitemap index). Each source's result comes in the "
            "input's order as it finishes, then a summary. Exit status: 0 when every source matched "
            "(without expectations: ended on 2xx with no problem), 1 when any did not, 2 for bad "
            "input (nothing sent), 130 when interrupted with Ctrl+C (after the summary of what "
            "finished; a second Ctrl+C ends at once)."),
        u"FILE|URL|-"_s);
    parser.addOptions({
        {u"map"_s, AuditCommand::tr("Read the input as a redirect map.")},
        {u"list"_s, AuditCommand::tr("Read the input as a list of URLs.")},
        {u"sitemap"_s,
         AuditCommand::tr(
             "Read the input as a sitemap (default: guessed from the content, said on stderr).")},
        {u"parallel"_s, AuditCommand::tr("Run up to N chains at once (default 16)."), u"N"_s},
        {u"per-host"_s,
         AuditCommand::tr(
             "At most N requests in flight per host, redirects included (default 4; 0: no limit)."),
         u"N"_s},
        {u"rate"_s, AuditCommand::tr("At most N requests per second per host (default: no limit)."), u"N"_s},
        {u"max-chain"_s, AuditCommand::tr("More redirects than N is the problem chain-too-long (default 1)."),
         u"N"_s},
        {u"ignore-query"_s,
         AuditCommand::tr("Compare final URLs with expected targets without their query.")},
        {u"ignore-trailing-slash"_s, AuditCommand::tr("Compare URLs as if a trailing slash were not there.")},
        {u"format"_s,
         AuditCommand::tr("table, csv or jsonl (default: a table on a terminal, JSON Lines otherwise, CSV "
                          "for -o FILE.csv)."),
         u"FORMAT"_s},
        {{u"o"_s, u"output"_s},
         AuditCommand::tr("Write the results to FILE (replaced when the run ends, even when interrupted)."),
         u"FILE"_s},
        {{u"X"_s, u"request"_s},
         AuditCommand::tr("GET (the default) or HEAD; nothing else is sent."),
         u"METHOD"_s},
        {{u"I"_s, u"head"_s}, AuditCommand::tr("Send HEAD, as -X HEAD (curl's -I).")},
        {{u"H"_s, u"header"_s},
         AuditCommand::tr("A request header, \"Name: value\"; repeat it for more."),
         u"HEADER"_s},
        {{u"A"_s, u"user-agent"_s}, AuditCommand::tr("The User-Agent header to send."), u"TEXT"_s},
        {u"max-redirs"_s, AuditCommand::tr("Follow at most N redirects (default 20)."), u"N"_s},
        {u"timeout"_s, AuditCommand::tr("Give up on a hop after SECONDS without data (default 30)."),
         u"SECONDS"_s},
        {u"max-time"_s, AuditCommand::tr("Give up on a chain after SECONDS."), u"SECONDS"_s},
        {u"connect-timeout"_s, AuditCommand::tr("Give up on a hop not connected within SECONDS."),
         u"SECONDS"_s},
        {u"allow-downgrade"_s,
         AuditCommand::tr("Follow redirects from https to plain http (still reported as https-downgrade).")},
        {{u"k"_s, u"insecure"_s}, AuditCommand::tr("Accept invalid certificates.")},
        {u"show-secrets"_s,
         AuditCommand::tr("Show credentials (a password in a URL, what -H, -u and the like send) instead "
                          "of masking them.")},
    });
    addProxyOptions(parser);
    addAuthOptions(parser);
    addTlsOptions(parser);
    addCookieOptions(parser);
}

int runAudit(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    ParsedAudit audit;
    if (const std::optional<QString> problem = parse(parser, audit)) {
        err << "statusscope audit: " << *problem << Qt::endl;
        return ExitUsage;
    }

    // Every file is opened before anything is sent, so a bad name costs no request.
    std::unique_ptr<OutputTarget> output;
    if (!audit.outputPath.isEmpty()) {
        QString error;
        output = OutputTarget::open(audit.outputPath, &error);
        if (!output) {
            err << "statusscope audit: -o: " << error << Qt::endl;
            return ExitUsage;
        }
    }
    // -c FILE: the cookies every chain ended with, written at the end as check writes them.
    QString jarError;
    const std::unique_ptr<CookieJarOutput> cookieJar
        = CookieJarOutput::open(parser, audit.run.base, &jarError);
    if (!jarError.isEmpty()) {
        err << "statusscope audit: " << jarError << Qt::endl;
        return ExitUsage;
    }
    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    QNetworkAccessManager manager;
    std::unique_ptr<AuditInput> input;
    if (isUrlArgument(audit.input)) {
        input = AuditInput::fromUrl(QUrl(audit.input, QUrl::StrictMode), audit.kind, &manager);
    } else {
        input = AuditInput::fromFile(audit.input, audit.kind, {}, &manager);
    }
    if (!input || (input->atEnd() && !input->errorString().isEmpty())) {
        err << "statusscope audit: "
            << (input ? input->errorString() : AuditCommand::tr("“%1” cannot be read.").arg(audit.input))
            << Qt::endl;
        return ExitUsage;
    }

    const AuditFormat format = audit.format.value_or(defaultFormat(audit.outputPath, output.get()));
    const bool toTerminal = !output && isatty(fileno(stdout));
    bool writeFailed = false;
    AuditOutput printer(
        format,
        [&](const QByteArray &bytes) {
            if (output) {
                writeFailed = !output->write(bytes) || writeFailed;
                return;
            }
            out << QString::fromUtf8(bytes);
            out.flush(); // each row as it finishes, for whoever reads the pipe
            writeFailed = writeFailed || out.status() == QTextStream::WriteFailed;
        },
        auditTableWidth(), toTerminal && format == AuditFormat::Table && colourWanted());
    // As `check` does: credentials masked in every row and note unless --show-secrets.
    const AuditMasking masking
        = audit.showSecrets ? AuditMasking::showingSecrets() : AuditMasking(audit.run.base);
    printer.setMasking(masking);

    AuditRunner runner(&manager, &*catalogue);
    QEventLoop loop;
    QStringList notesShown;
    // How far a long run got, on a terminal's standard error, ten times a second at most; not
    // when the table is on that terminal, where the rows say it.
    const bool showProgress = isatty(fileno(stderr)) && !(format == AuditFormat::Table && toTerminal);
    bool progressShown = false;
    QElapsedTimer progressClock;
    progressClock.start();
    const auto clearProgress = [&err, &progressShown] {
        if (progressShown)
            err << "\r\x1b[K";
        progressShown = false;
    };
    // The header comes with the first row, so an input that turns out unreadable (a sitemap URL
    // that answers 404) leaves standard output empty, as any other bad input does.
    bool headerWritten = false;
    // Rows that cannot be written (a full disk, a reader gone) stop the run: the rest would be
    // requests whose answers nobody could read. Stopped from the event loop, not from inside the
    // runner's own delivery.
    bool stoppedUnwritten = false;
    QObject::connect(
        &runner, &AuditRunner::rowReady, &loop,
        [&printer, &headerWritten, &writeFailed, &stoppedUnwritten, &runner](const AuditRow &row) {
            if (!std::exchange(headerWritten, true))
                printer.writeHeader();
            printer.writeRow(row);
            if (writeFailed && !std::exchange(stoppedUnwritten, true))
                QMetaObject::invokeMethod(&runner, &AuditRunner::cancel, Qt::QueuedConnection);
        });
    QObject::connect(&runner, &AuditRunner::note, &loop,
                     [&err, &notesShown, &clearProgress, &masking](const QString &text) {
                         notesShown.append(text);
                         clearProgress();
                         err << "statusscope audit: " << escapeForDisplay(masking.text(text)) << Qt::endl;
                     });
    QObject::connect(
        &runner, &AuditRunner::progress, &loop,
        [&, showProgress](qint64 done, qint64 total, double rowsPerSecond) {
            if (!showProgress || progressClock.elapsed() < 100)
                return;
            progressClock.restart();
            const QString rate = QString::number(rowsPerSecond, 'f', 0);
            err << '\r'
                << (total >= 0
                        ? AuditCommand::tr("%1 of %2 sources, %3 a second").arg(done).arg(total).arg(rate)
                        : AuditCommand::tr("%1 sources, %2 a second").arg(done).arg(rate))
                << "\x1b[K";
            err.flush();
            progressShown = true;
        });
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    if (cookieJar) {
        QObject::connect(&runner, &AuditRunner::chainFinished, &loop,
                         [&cookieJar](qint64, const ChainResult &chain) { cookieJar->add(chain); });
    }
    AuditInterrupt interrupt;
    QObject::connect(&interrupt, &AuditInterrupt::interrupted, &runner, &AuditRunner::cancel);

    runner.start(input.get(), audit.run);
    if (runner.isRunning())
        loop.exec();

    clearProgress();
    const AuditSummary summary = runner.summary();
    if (stoppedUnwritten) {
        err << "statusscope audit: "
            << AuditCommand::tr("The output could not be written, so the run stopped after %n source(s).",
                                nullptr, int(summary.sources))
            << Qt::endl;
    }
    const QString inputError = input->errorString();
    if (!inputError.isEmpty() && !notesShown.contains(inputError))
        err << "statusscope audit: " << escapeForDisplay(masking.text(inputError)) << Qt::endl;
    if (summary.sources == 0 && !interrupt.wasInterrupted()) {
        // Nothing could be read, so nothing was audited: bad input, said once.
        if (inputError.isEmpty())
            err << "statusscope audit: " << AuditCommand::tr("The input holds no URL to audit.") << Qt::endl;
        return ExitUsage;
    }
    if (!std::exchange(headerWritten, true))
        printer.writeHeader();
    printer.writeSummary(summary);
    // The table says it on standard output; everyone else gets the sentence on standard error.
    if (format != AuditFormat::Table || output)
        err << "statusscope audit: " << AuditOutput::summarySentence(summary) << Qt::endl;
    if (cookieJar) {
        QString error;
        if (!cookieJar->commit(&error)) {
            err << "statusscope audit: " << error << Qt::endl;
            return ExitMismatch;
        }
    }
    if (output) {
        QString error;
        if (!output->commit(&error) || writeFailed) {
            err << "statusscope audit: "
                << (error.isEmpty() ? AuditCommand::tr("“%1” could not be written.").arg(output->name())
                                    : error)
                << Qt::endl;
            return ExitMismatch;
        }
    }
    if (interrupt.wasInterrupted())
        return ExitAuditInterrupted;
    return summary.mismatched == 0 && inputError.isEmpty() ? ExitSuccess : ExitMismatch;
}

} // namespace StatusScope::Cli
