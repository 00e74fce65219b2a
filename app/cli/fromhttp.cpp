// SPDX-License-Identifier: MIT
#include "cli/fromhttp.h"

#include "core/formats/httpfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct FromHttp
{
    Q_DECLARE_TR_FUNCTIONS(FromHttp)
};

// What a request is, it takes from the file; how to run it (limits, proxy, trust, credentials)
// may come from the command line and applies to every request of the file.
bool refusedWithFile(const QString &name)
{
    static const QStringList names{u"header"_s, u"H"_s, u"data"_s, u"d"_s,     u"request"_s,
                                   u"X"_s,      u"I"_s, u"head"_s, u"input"_s, u"from-curl"_s};
    return names.contains(name);
}

// The command line's options, with what the file sets for this request where the command line
// says nothing of it.
RequestSpec laidOver(const QCommandLineParser &parser, const RequestSpec &base, const HttpFileRequest &read)
{
    RequestSpec request = read.request;
    request.options = base.options;
    const RequestOptions &fromFile = read.request.options;
    if (read.setsFollowRedirects && !parser.isSet(u"no-follow"_s) && !parser.isSet(u"location"_s))
        request.options.followRedirects = fromFile.followRedirects;
    if (read.setsTimeout && !parser.isSet(u"timeout"_s))
        request.options.inactivityTimeoutMs = fromFile.inactivityTimeoutMs;
    if (read.setsConnectTimeout && !parser.isSet(u"connect-timeout"_s))
        request.options.connectTimeoutMs = fromFile.connectTimeoutMs;
    if (read.setsHttpVersion && base.options.network.httpVersion == HttpVersion::Default)
        request.options.network.httpVersion = fromFile.network.httpVersion;
    if (fromFile.network.auth.scheme != AuthSetting::Scheme::None
        && base.options.network.auth.scheme == AuthSetting::Scheme::None)
        request.options.network.auth = fromFile.network.auth;
    // -b NAME=VALUE gives a Cookie field to every request that has none of its own.
    for (const HeaderPair &header : base.headers) {
        if (!hasHeader(request.headers, header.first))
            request.headers.append(header);
    }
    return request;
}

} // namespace

void addFromHttpOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"from-http"_s,
         FromHttp::tr("Send the requests of FILE, a VS Code REST Client or JetBrains HTTP Client .http file, "
                      "in order; what StatusScope does not use (scripts, response references…) is listed on "
                      "standard error."),
         u"FILE"_s},
        {u"name"_s, FromHttp::tr("With --from-http: send only the request named NAME (# @name or ### NAME)."),
         u"NAME"_s},
        {u"env"_s,
         FromHttp::tr("With --from-http: take variables the file does not define from environment NAME of "
                      "http-client.env.json (and .private.env.json) or .vscode/settings.json."),
         u"NAME"_s},
    });
}

std::optional<QString> readFromHttp(const QCommandLineParser &parser, const RequestSpec &base,
                                    QList<RequestSpec> &requests, QStringList &notApplied,
                                    QList<PlannedRequest> &planned)
{
    if (!parser.positionalArguments().isEmpty())
        return FromHttp::tr("--from-http sends the requests of the file; give no URL argument with it.");
    for (const QString &name : parser.optionNames()) {
        if (refusedWithFile(name))
            return FromHttp::tr("--from-http takes the requests from the file: %1 cannot be used with it.")
                .arg(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
    }

    const bool dryRun = parser.isSet(u"dry-run"_s);
    const QString path = parser.value(u"from-http"_s);
    HttpFileContext context;
    context.requireBodyFiles = !dryRun;
    context.environmentName = parser.value(u"env"_s);
    QString error;
    const std::optional<HttpFile> file = readHttpFile(path, &error, context);
    if (!file)
        return u"--from-http: "_s + error;
    if (file->requests.isEmpty())
        return FromHttp::tr("--from-http: “%1” holds no request.").arg(path);

    QList<qsizetype> chosen;
    if (parser.isSet(u"name"_s)) {
        const QString name = parser.value(u"name"_s);
        const QList<qsizetype> named = file->indexesNamed(name);
        if (named.isEmpty()) {
            QStringList names;
            for (const HttpFileRequest &request : file->requests) {
                if (!request.name.isEmpty())
                    names.append(request.name);
            }
            return names.isEmpty()
                ? FromHttp::tr(
                      "--from-http: “%1” has no request named “%2”; none of its requests has a name.")
                      .arg(path, name)
                : FromHttp::tr("--from-http: “%1” has no request named “%2”; its names are: %3.")
                      .arg(path, name, names.join(u", "_s));
        }
        chosen.append(named.first());
    } else {
        for (qsizetype i = 0; i < file->requests.size(); ++i)
            chosen.append(i);
    }

    QStringList problems;
    for (const qsizetype index : std::as_const(chosen)) {
        if (!file->requests.at(index).isValid())
            problems.append(file->requests.at(index).error);
    }
    if (!problems.isEmpty())
        return FromHttp::tr("--from-http: “%1”: %n request(s) cannot be sent, so none is:", nullptr,
                            int(problems.size()))
                   .arg(path)
            + u"\n  "_s + problems.join(u"\n  "_s);

    notApplied += file->notes;
    for (const qsizetype index : std::as_const(chosen)) {
        const HttpFileRequest &read = file->requests.at(index);
        const RequestSpec request = laidOver(parser, base, read);
        requests.append(request);
        notApplied += read.notApplied;
        if (dryRun)
            planned.append({request, planned.isEmpty() ? file->notes + read.notApplied : read.notApplied});
    }
    return std::nullopt;
}

} // namespace StatusScope::Cli
