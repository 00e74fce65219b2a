// SPDX-License-Identifier: MIT
// `statusscope checks`, run as a script would: every check of the engine's table is listed, in
// text and in JSON, and every warning id the README documents is among them.
#include "clirun.h"
#include "core/requests/checkids.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::CliRun;
using StatusScope::Test::runCli;

namespace {

// The ids the README lists under "Warning ids": the quoted words of that paragraph, and the first
// column of the table after it (its other columns quote error kinds such as `invalid-response`).
QStringList readmeWarningIds()
{
    QFile file(QStringLiteral(STATUSSCOPE_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString readme = QString::fromUtf8(file.readAll());
    const qsizetype start = readme.indexOf(u"\nWarning ids"_s);
    if (start < 0)
        return {};
    static const QRegularExpression quoted(u"`([a-z0-9]+(?:-[a-z0-9]+)+)`"_s);
    static const QRegularExpression firstColumn(u"^\\| `([a-z0-9-]+)` \\|"_s);
    QStringList ids;
    const QStringList lines = readme.mid(start + 1).split(u'\n');
    qsizetype line = 0;
    for (; line < lines.size() && !lines.at(line).trimmed().isEmpty(); ++line) {
        for (const QRegularExpressionMatch &match : quoted.globalMatch(lines.at(line)))
            ids.append(match.captured(1));
    }
    for (++line; line < lines.size() && lines.at(line).startsWith(u'|'); ++line) {
        const QRegularExpressionMatch match = firstColumn.match(lines.at(line));
        if (match.hasMatch())
            ids.append(match.captured(1));
    }
    return ids;
}

} // namespace

class tst_ChecksCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textListsEveryCheck();
    void jsonListsEveryCheck();
    void everyReadmeIdIsListed();
    void helpNamesTheCommand();
    void refusesArguments();
};

void tst_ChecksCommand::textListsEveryCheck()
{
    const CliRun run = runCli({u"checks"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    QVERIFY(lines.first().startsWith(u"ID"_s));
    for (const CheckInfo &info : allChecks()) {
        // The check's own line: id, severity and section in columns; its description below.
        const qsizetype at
            = lines.indexOf(QRegularExpression(u"^"_s + QRegularExpression::escape(info.id.toString())
                                               + u"\\s+"_s + severityKey(info.severity) + u"\\b.*"_s));
        QVERIFY2(at > 0, qPrintable(info.id.toString()));
        QVERIFY2(lines.at(at).endsWith(info.spec.toString()), qPrintable(lines.at(at)));
        QVERIFY2(lines.value(at + 1).startsWith(u"    "_s), qPrintable(info.id.toString()));
        QVERIFY(!lines.value(at + 1).trimmed().isEmpty());
    }
    for (const QString &line : lines) {
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
        QVERIFY2(line.size() <= 100, qPrintable(line)); // COLUMNS=100
    }
}

void tst_ChecksCommand::jsonListsEveryCheck()
{
    const CliRun run = runCli({u"checks"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), qsizetype(allChecks().size()));
    QSet<QString> seen;
    const QSet<QString> severities{u"info"_s, u"warning"_s, u"error"_s};
    for (const QJsonValue &value : array) {
        const QJsonObject check = value.toObject();
        const QStringList keys = check.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                 (QSet<QString>{u"id"_s, u"severity"_s, u"spec"_s, u"description"_s}));
        const QString id = check.value(u"id"_s).toString();
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(severities.contains(check.value(u"severity"_s).toString()), qPrintable(id));
        QVERIFY(check.value(u"spec"_s).isString()); // "" where no section applies, never null
        QVERIFY2(!check.value(u"description"_s).toString().isEmpty(), qPrintable(id));

        const std::optional<CheckId> known = checkFromKey(id);
        QVERIFY2(known, qPrintable(id));
        QCOMPARE(check.value(u"severity"_s).toString(), severityKey(checkInfo(*known).severity));
        QCOMPARE(check.value(u"spec"_s).toString(), checkInfo(*known).spec.toString());
    }
}

void tst_ChecksCommand::everyReadmeIdIsListed()
{
    const QStringList documented = readmeWarningIds();
    // The README lists some thirty ids; far fewer means the section moved and this test reads nothing.
    QVERIFY2(documented.size() >= 30, qPrintable(documented.join(u", "_s)));
    const CliRun run = runCli({u"checks"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QSet<QString> listed;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array())
        listed.insert(value.toObject().value(u"id"_s).toString());
    for (const QString &id : documented)
        QVERIFY2(listed.contains(id), qPrintable(id + u" is in the README but not in statusscope checks"_s));
}

void tst_ChecksCommand::helpNamesTheCommand()
{
    const CliRun run = runCli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("checks [--json]"));
    const CliRun own = runCli({u"checks"_s, u"--help"_s});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains("Usage: statusscope checks"));
    QVERIFY(own.out.contains("--json"));
}

void tst_ChecksCommand::refusesArguments()
{
    const CliRun run = runCli({u"checks"_s, u"method-changed"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("unexpected argument \"method-changed\""));
}

QTEST_GUILESS_MAIN(tst_ChecksCommand)
#include "tst_checkscommand.moc"
