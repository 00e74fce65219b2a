// SPDX-License-Identifier: MIT
#include "cli/playgroundcommand.h"

#include "cli/cataloguecommands.h"
#include "cli/commandline.h"
#include "cli/numbers.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/playground/playgroundserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct PlaygroundCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlaygroundCommand)
};

} // namespace

void configurePlayground(QCommandLineParser &parser)
{
    parser.addOption({u"port"_s,
                      PlaygroundCommand::tr("Listen on port N of 127.0.0.1 (default: any free port)."),
                      u"N"_s, u"0"_s});
}

int runPlayground(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const std::optional<qint64> port = parseWholeNumber(parser.value(u"port"_s));
    if (!port || *port > 65535) {
        err << PlaygroundCommand::tr(
                   "statusscope playground: --port needs a number from 0 to 65535, not “%1”.")
                   .arg(parser.value(u"port"_s))
            << Qt::endl;
        return ExitUsage;
    }
    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;
    PlaygroundServer server(&*catalogue);
    if (!server.start(quint16(*port))) {
        err << PlaygroundCommand::tr("statusscope playground: cannot listen on 127.0.0.1:%1: %2")
                   .arg(*port)
                   .arg(server.errorString())
            << Qt::endl;
        return ExitNotFound;
    }
    const QString url = server.url().toString();
    out << PlaygroundCommand::tr("The playground listens on %1. Try %1/status/418 or %1/redirect/3; "
                                 "Ctrl+C stops it.")
               .arg(url)
        << Qt::endl;
    // One line per request, so a class can watch what their clients send; escaped, because a
    // client's bytes must not steer the terminal that shows them.
    QObject::connect(&server, &PlaygroundServer::requestServed,
                     [&out](const QByteArray &method, const QByteArray &target, int status) {
                         out << PlaygroundServer::logLine(method, target, status) << Qt::endl;
                     });
    QEventLoop loop;
    loop.exec(); // until the process is interrupted
    return ExitSuccess;
}

} // namespace StatusScope::Cli
