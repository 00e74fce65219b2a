// SPDX-License-Identifier: MIT
#include "cli/harcommand.h"

#include "cli/cataloguecommands.h"
#include "cli/chainprinter.h"
#include "cli/commandline.h"
#include "cli/outputtarget.h"
#include "cli/textlayout.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"
#include "core/formats/limitedread.h"
#include "core/requests/chainjson.h"
#include "core/requests/chainmasking.h"
#include "core/requests/safetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct HarCommand
{
    Q_DECLARE_TR_FUNCTIONS(HarCommand)
};

// "-" is standard input, read up to the size a HAR file may have.
std::optional<HarImport> importFrom(const QString &path, const StatusCatalogue &catalogue, QString *error)
{
    if (path != u"-"_s)
        return importHarFile(path, catalogue, error);
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        *error = input.errorString();
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = readAtMost(input, HarMaxFileBytes);
    if (!bytes) {
        *error
            = HarCommand::tr("Standard input holds more than %1 MiB; HAR files up to that size can be read.")
                  .arg(HarMaxFileBytes / (1024 * 1024));
        return std::nullopt;
    }
    return importHar(std::move(*bytes), catalogue, error);
}

} // namespace

void configureHar(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, HarCommand::tr("A HAR file (- for standard input)."), u"FILE"_s);
    parser.addOptions({
        {u"json"_s,
         HarCommand::tr("Print JSON Lines: one chain a line, as check --json writes it, with "
                        "\"source\": \"har\".")},
        {u"har"_s,
         HarCommand::tr("Also write what was read back out as a HAR 1.2 file (credentials masked unless "
                        "--show-secrets); - writes it instead of the report."),
         u"OUT"_s},
        {u"show-secrets"_s,
         HarCommand::tr("Show credentials (Authorization, cookies) instead of masking them.")},
    });
}

int runHar(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1) {
        err << "statusscope har: "
            << HarCommand::tr("Give one HAR file, for example “statusscope har capture.har”.") << Qt::endl;
        return ExitUsage;
    }
    const QString path = arguments.first();
    const bool json = parser.isSet(u"json"_s);
    const bool showSecrets = parser.isSet(u"show-secrets"_s);

    // The output file is opened before the HAR file is read, so a bad name is told at once.
    std::unique_ptr<OutputTarget> har;
    if (parser.isSet(u"har"_s)) {
        QString error;
        har = OutputTarget::open(parser.value(u"har"_s), &error);
        if (!har) {
            err << "statusscope har: --har: " << error << Qt::endl;
            return ExitUsage;
        }
    }
    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    QString error;
    const std::optional<HarImport> imported = importFrom(path, *catalogue, &error);
    if (!imported) {
        err << "statusscope har: "
            << HarCommand::tr("“%1” cannot be read as a HAR file: %2").arg(escapeForDisplay(path), error)
            << Qt::endl;
        return ExitUsage;
    }
    for (const QString &skipped : imported->skipped)
        err << "statusscope har: " << escapeForDisplay(skipped) << Qt::endl;

    // --har - makes the HAR the output, so it can be piped on; the report is left out.
    if (!har || !har->isStandardOutput()) {
        ChainPrinter printer(out, colourWanted(), &*catalogue);
        for (qsizetype i = 0; i < imported->chains.size(); ++i) {
            const ChainResult &chain = imported->chains.at(i);
            if (json) {
                QJsonObject document = chainToJson(chain, showSecrets);
                document.insert(u"source"_s, u"har"_s);
                out << jsonForTerminal(QJsonDocument(document).toJson(QJsonDocument::Compact)) << '\n';
            } else {
                // Set apart as check sets apart several chains: a blank line before each.
                if (imported->chains.size() > 1)
                    out << '\n';
                printer.printChain(showSecrets ? chain : maskedChain(chain));
            }
        }
        if (!json && imported->chains.isEmpty())
            out << HarCommand::tr("The file holds no entries.") << '\n';
        out.flush();
    }

    if (har) {
        const QByteArray bytes = QJsonDocument(chainsToHar(imported->chains, showSecrets)).toJson();
        QString writeError;
        if (!har->write(bytes) || !har->commit(&writeError)) {
            err << "statusscope har: "
                << (writeError.isEmpty()
                        ? HarCommand::tr("The HAR file “%1” could not be written.").arg(har->name())
                        : writeError)
                << Qt::endl;
            return 1;
        }
    }
    return ExitSuccess;
}

} // namespace StatusScope::Cli
