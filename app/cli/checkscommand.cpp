// SPDX-License-Identifier: MIT
#include "cli/checkscommand.h"

#include "cli/commandline.h"
#include "cli/textlayout.h"
#include "core/requests/checkids.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

// Gives the free functions below a translation context of their own.
struct ChecksCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChecksCommand)
};

QJsonArray checksJson()
{
    QJsonArray array;
    for (const CheckInfo &info : allChecks()) {
        array.append(QJsonObject{{u"id"_s, info.id.toString()},
                                 {u"severity"_s, severityKey(info.severity)},
                                 {u"spec"_s, info.spec.toString()},
                                 {u"description"_s, checkDescription(info.check)}});
    }
    return array;
}

// Id, severity and section on one line, the description wrapped below it: four columns side by
// side leave the description some twenty characters on an 80-column terminal.
QString checksText()
{
    QList<QStringList> rows{
        {ChecksCommand::tr("ID"), ChecksCommand::tr("SEVERITY"), ChecksCommand::tr("SPEC")}};
    for (const CheckInfo &info : allChecks())
        rows.append({info.id.toString(), severityKey(info.severity), info.spec.toString()});
    const QStringList lines = formatTable(rows).split(u'\n');
    QString text = lines.first().trimmed() + u'\n';
    const auto checks = allChecks();
    for (std::size_t i = 0; i < checks.size(); ++i) {
        // A check without a section leaves trailing spaces from the padding; a terminal shows none.
        QString line = lines.at(qsizetype(i) + 1);
        while (line.endsWith(u' '))
            line.chop(1);
        text
            += line + u'\n' + wrapText(checkDescription(checks[i].check), terminalWidth(), u"    "_s) + u'\n';
    }
    return text;
}

} // namespace

void configureChecks(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, ChecksCommand::tr("Print JSON instead of text.")});
}

int runChecks(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.positionalArguments().isEmpty()) {
        err << ChecksCommand::tr("statusscope checks: unexpected argument \"%1\"; the command lists every "
                                 "check and takes only --json.")
                   .arg(displayText(parser.positionalArguments().first()))
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(u"json"_s))
        out << QJsonDocument(checksJson()).toJson(QJsonDocument::Indented);
    else
        out << checksText();
    return ExitSuccess;
}

} // namespace StatusScope::Cli
