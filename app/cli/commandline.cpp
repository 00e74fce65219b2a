// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "cli/auditcommand.h"
#include "cli/cataloguecommands.h"
#include "cli/checkcommand.h"
#include "cli/checkscommand.h"
#include "cli/harcommand.h"
#include "cli/playgroundcommand.h"
#include "core/statusscope_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileDevice>
#include <QRegularExpression>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Cli {

namespace {

struct Subcommand
{
    QStringView name;
    const char *synopsis;
    const char *description;
    void (*configure)(QCommandLineParser &);
    int (*run)(const QCommandLineParser &, QTextStream &, QTextStream &);
};

const std::array subcommands{
    Subcommand{u"explain", "explain CODE [--json]",
               QT_TRANSLATE_NOOP("CommandLine", "Explain every catalogue meaning of a status code."),
               &configureExplain, &runExplain},
    Subcommand{u"codes", "codes [--class 4xx] [--origin vendor] [--search TEXT] [--json]",
               QT_TRANSLATE_NOOP("CommandLine", "List the catalogue, optionally filtered."), &configureCodes,
               &runCodes},
    Subcommand{
        u"check", "check [-X METHOD] [-H 'Name: value'] [-d DATA] [--json] [--dry-run] URL...",
        QT_TRANSLATE_NOOP("CommandLine",
                          "Send a request, follow its redirects hop by hop and explain each response."),
        &configureCheck, &runCheck},
    Subcommand{
        u"har", "har FILE [--json] [--har OUT] [--show-secrets]",
        QT_TRANSLATE_NOOP("CommandLine", "Explain every chain of a HAR file as check explains live ones."),
        &configureHar, &runHar},
    Subcommand{
        u"audit", "audit [--map|--list|--sitemap] [--format F] [-o FILE] FILE|URL|-",
        QT_TRANSLATE_NOOP("CommandLine",
                          "Check a redirect map, a URL list or a sitemap: every chain, what was expected."),
        &configureAudit, &runAudit},
    Subcommand{u"checks", "checks [--json]",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "List every check a hop can carry: its warning id, severity and section."),
               &configureChecks, &runChecks},
    Subcommand{u"playground", "playground [--port N]",
               QT_TRANSLATE_NOOP("CommandLine",
                                 "Run the teaching server on 127.0.0.1: /status/CODE, /redirect/N, /echo…"),
               &configurePlayground, &runPlayground},
};

// Gives the free functions below a translation context of their own.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : subcommands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString generalHelp()
{
    QString text
        = CommandLine::tr("Usage: statusscope [COMMAND] [OPTIONS]\n\n"
                          "StatusScope explains HTTP status codes. Without a command it opens the window.\n\n"
                          "Commands:\n");
    for (const Subcommand &command : subcommands)
        text += u"  "_s + QString::fromLatin1(command.synopsis).leftJustified(62) + u"\n      "_s
            + QCoreApplication::translate("CommandLine", command.description) + u'\n';
    text += CommandLine::tr(
        "\nOptions:\n"
        "  -h, --help      Show this help, or a command's help after the command name.\n"
        "  -v, --version   Show the version.\n\n"
        "Exit status: 0 success; 1 code not catalogued, or chain stopped or failed; 2 usage error;\n"
        "3 catalogue unreadable, output not written, or no window; 4 or 5 with check --fail when the\n"
        "final status is 4xx or 5xx; audit: 1 when a source did not match, 130 when interrupted\n"
        "(Ctrl+C).\n");
    return text;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    // Only the options Qt's window takes itself (-platform offscreen, -style Fusion…) open the
    // window; anything else is answered here, so a typo never needs a display.
    static const QStringList windowFlags{u"-reverse"_s, u"-nograb"_s, u"-dograb"_s, u"-sync"_s,
                                         u"-widgetcount"_s};
    static const QStringList windowOptions{u"-platform"_s,
                                           u"-platformpluginpath"_s,
                                           u"-platformtheme"_s,
                                           u"-plugin"_s,
                                           u"-qwindowgeometry"_s,
                                           u"-qwindowicon"_s,
                                           u"-qwindowtitle"_s,
                                           u"-style"_s,
                                           u"-stylesheet"_s,
                                           u"-session"_s,
                                           u"-display"_s,
                                           u"-geometry"_s,
                                           u"-name"_s,
                                           u"-title"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString option = arguments.at(i);
        if (option.startsWith(u"--"_s))
            option.remove(0, 1); // Qt takes --style as -style
        if (windowFlags.contains(option))
            continue;
        if (windowOptions.contains(option) && i + 1 < arguments.size()) {
            ++i;
            continue;
        }
        const qsizetype equals = option.indexOf(u'=');
        if (equals > 0 && windowOptions.contains(option.left(equals)))
            continue;
        return true;
    }
    return false;
}

int runCommandLine(const QStringList &givenArguments, QTextStream &out, QTextStream &err)
{
    QStringList arguments = givenArguments;
    // "--catalogue FILE" before the command moves after it, where the command's parser reads it.
    if (arguments.size() > 1 && arguments.at(1).startsWith(u"--catalogue"_s)) {
        const qsizetype width = arguments.at(1).contains(u'=') ? 1 : 2;
        const QStringList option = arguments.mid(1, width);
        arguments.remove(1, std::min(width, arguments.size() - 1));
        if (arguments.size() < 2) {
            err << CommandLine::tr("statusscope: --catalogue FILE needs a command after it, such as "
                                   "\"statusscope --catalogue FILE codes\".")
                << Qt::endl;
            return ExitUsage;
        }
        arguments = arguments.mid(0, 2) + option + arguments.mid(2);
    }
    const QString first = arguments.value(1);
    if (first == u"-v"_s || first == u"--version"_s) {
        out << "statusscope " << STATUSSCOPE_VERSION << Qt::endl;
        return ExitSuccess;
    }
    if (first == u"-h"_s || first == u"--help"_s || first == u"-?"_s || first == u"--help-all"_s) {
        out << generalHelp();
        return ExitSuccess;
    }
    if (first == u"help"_s) {
        const Subcommand *command = findSubcommand(arguments.value(2));
        if (!command) {
            out << generalHelp();
            return arguments.size() > 2 ? ExitUsage : ExitSuccess;
        }
        return runCommandLine({arguments.at(0), arguments.at(2), u"--help"_s}, out, err);
    }

    const Subcommand *command = findSubcommand(first);
    if (!command) {
        err << (first.startsWith(u'-') ? CommandLine::tr("statusscope: \"%1\" is not an option.").arg(first)
                                       : CommandLine::tr("statusscope: \"%1\" is not a command.").arg(first))
            << '\n'
            << CommandLine::tr("Usage: statusscope [COMMAND] [OPTIONS]; try \"statusscope --help\".")
            << Qt::endl;
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CommandLine", command->description));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, CommandLine::tr("Show this help."));
    const QCommandLineOption catalogueOption(
        u"catalogue"_s, CommandLine::tr("Read the catalogue from FILE instead of the built-in one."),
        CommandLine::tr("FILE"));
    parser.addOption(helpOption);
    parser.addOption(catalogueOption);
    command->configure(parser);

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1);
    if (!parser.parse(commandArguments)) {
        err << "statusscope " << first << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        // The parser names the binary; name the subcommand too, as users type it.
        static const QRegularExpression usage(u"^Usage: \\S+"_s);
        out << parser.helpText().replace(usage, u"Usage: statusscope "_s + first);
        return ExitSuccess;
    }
    return command->run(parser, out, err);
}

bool outputFailed(const QTextStream &out)
{
    // Both keep their first failure, so a line lost in the middle of a long run counts too.
    if (out.status() == QTextStream::WriteFailed)
        return true;
    // A full disk is a ResourceError, other failures a WriteError: for an output, any is a loss.
    const auto *file = qobject_cast<const QFileDevice *>(out.device());
    return file && file->error() != QFileDevice::NoError;
}

int finishOutput(int status, QTextStream &out, QTextStream &err)
{
    out.flush();
    if (!outputFailed(out))
        return status;
    const QString reason = out.device() ? out.device()->errorString() : QString();
    err << CommandLine::tr("statusscope: standard output could not be written (%1); what was printed "
                           "is incomplete.")
               .arg(reason.isEmpty() ? CommandLine::tr("unknown error") : reason)
        << Qt::endl;
    return ExitDataError;
}

} // namespace StatusScope::Cli
