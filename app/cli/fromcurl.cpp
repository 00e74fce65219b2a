// SPDX-License-Identifier: MIT
#include "cli/fromcurl.h"

#include "core/formats/curlcommand.h"
#include "core/formats/incomingtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct FromCurl
{
    Q_DECLARE_TR_FUNCTIONS(FromCurl)
};

// Options that say how to run or report a chain, not what to send: they apply to the pasted
// requests as to URLs. Any other request option belongs in the pasted command, where curl reads it.
bool appliesToPastedRequests(const QString &name)
{
    static const QStringList names{
        u"from-curl"_s,
        u"json"_s,
        u"fail"_s,
        u"show-secrets"_s,
        u"har"_s,
        u"parallel"_s,
        u"timeout"_s,
        u"max-time"_s,
        u"speed-limit"_s,
        u"speed-time"_s,
        u"max-body"_s,
        u"allow-downgrade"_s,
        u"k"_s,
        u"insecure"_s,
        u"no-follow"_s,
        u"L"_s,
        u"location"_s,
        u"max-redirs"_s,
        u"catalogue"_s,
        u"dry-run"_s,
        u"connect-timeout"_s,
    };
    return names.contains(name);
}

// Reads at most CurlTextLimit bytes: one more tells a text that is too long.
std::optional<QString> readText(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = FromCurl::tr("--from-curl: cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
    while (bytes.size() <= CurlTextLimit) {
        const QByteArray chunk = file.read(CurlTextLimit + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = FromCurl::tr("--from-curl: cannot read “%1”: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    if (bytes.size() > CurlTextLimit) {
        *error
            = FromCurl::tr("--from-curl: “%1” holds more than 1 MiB; a pasted curl command is far shorter.")
                  .arg(path);
        return std::nullopt;
    }
    // UTF-16 too: a command saved from Windows PowerShell with ">".
    std::optional<QString> text = decodeIncomingText(bytes);
    if (!text)
        *error = FromCurl::tr("--from-curl: “%1” is not UTF-8 text.").arg(path);
    return text;
}

// The command line's own limits, where given, win over the pasted command's.
void layOver(const QCommandLineParser &parser, const RequestOptions &given, RequestOptions &options)
{
    if (parser.isSet(u"timeout"_s))
        options.inactivityTimeoutMs = given.inactivityTimeoutMs;
    if (parser.isSet(u"max-time"_s))
        options.deadlineMs = given.deadlineMs;
    if (parser.isSet(u"connect-timeout"_s))
        options.connectTimeoutMs = given.connectTimeoutMs;
    if (parser.isSet(u"speed-limit"_s) || parser.isSet(u"speed-time"_s)) {
        options.lowSpeedBytesPerSecond = given.lowSpeedBytesPerSecond;
        options.lowSpeedWindowMs = given.lowSpeedWindowMs;
    }
    if (parser.isSet(u"max-body"_s))
        options.bodyCap = given.bodyCap;
    if (parser.isSet(u"no-follow"_s))
        options.followRedirects = false;
    if (parser.isSet(u"location"_s)) // typed -L: the pasted commands follow, with or without their own
        options.followRedirects = true;
    if (parser.isSet(u"max-redirs"_s))
        options.maxRedirects = given.maxRedirects;
    if (parser.isSet(u"allow-downgrade"_s))
        options.allowDowngrade = true;
    if (parser.isSet(u"insecure"_s))
        options.acceptInvalidCertificates = true;
}

} // namespace

void addFromCurlOption(QCommandLineParser &parser)
{
    parser.addOption({u"from-curl"_s,
                      FromCurl::tr("Send the curl commands pasted into FILE (- for standard input, at most "
                                   "1 MiB), in order; options StatusScope does not use are listed on "
                                   "standard error."),
                      u"FILE"_s});
}

std::optional<QString> readFromCurlImports(const QCommandLineParser &parser, const RequestSpec &base,
                                           CurlFiles files, QList<CurlImport> &imports)
{
    if (!parser.positionalArguments().isEmpty())
        return FromCurl::tr(
            "--from-curl sends the URLs of the pasted commands; give no URL argument with it.");
    if (parser.isSet(u"input"_s))
        return FromCurl::tr("--from-curl and --input cannot be used together.");
    for (const QString &name : parser.optionNames()) {
        if (!appliesToPastedRequests(name))
            return FromCurl::tr(
                       "--from-curl takes the request from the pasted command: put %1 in the command "
                       "instead.")
                .arg(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
    }

    const QString path = parser.value(u"from-curl"_s);
    QString error;
    const std::optional<QString> text = readText(path, &error);
    if (!text)
        return error;
    std::optional<QList<CurlImport>> read = parseCurlCommands(*text, &error, files);
    if (!read)
        return FromCurl::tr("--from-curl: “%1”: %2").arg(path, error);
    for (CurlImport &import : *read)
        layOver(parser, base.options, import.request.options);
    imports = std::move(*read);
    return std::nullopt;
}

std::optional<QString> readFromCurl(const QCommandLineParser &parser, const RequestSpec &base,
                                    QList<RequestSpec> &requests, QStringList &notApplied)
{
    QList<CurlImport> imports;
    if (std::optional<QString> problem = readFromCurlImports(parser, base, CurlFiles::MustRead, imports))
        return problem;
    for (qsizetype i = 0; i < imports.size(); ++i) {
        const CurlImport &import = imports.at(i);
        requests.append(import.request);
        // Numbered only when there are several, so one command reads as curl's own warnings do.
        const QString prefix = imports.size() > 1 ? FromCurl::tr("command %1: ").arg(i + 1) : QString();
        for (const QString &option : import.ignored)
            notApplied.append(prefix + FromCurl::tr("not applied: %1").arg(option));
    }
    return std::nullopt;
}

} // namespace StatusScope::Cli
