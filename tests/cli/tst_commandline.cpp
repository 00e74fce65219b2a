// SPDX-License-Identifier: MIT
// `statusscope explain` and `statusscope codes`, run as a separate process with no display.
#include "core/catalogue/statuscatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run statusscope(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s); // the CLI must never need one
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"COLUMNS"_s, u"100"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainPrintsEveryMeaning();
    void explainSeveralMeanings();
    void explainUncataloguedCodeByClass_data();
    void explainUncataloguedCodeByClass();
    void explainWarningHeaderCode();
    void explainRejectsNonNumbers_data();
    void explainRejectsNonNumbers();
    void explainJson();
    void explainListsConstants();
    void explainListsConstantsOfEachMeaning();
    void codesSearchListsBestFirst();
    void explainJsonUncatalogued();
    void codesJsonHasTheDocumentedKeys();
    void codesFilters_data();
    void codesFilters();
    void codesTable();
    void codesRejectsBadFilters_data();
    void codesRejectsBadFilters();
    void brokenCatalogueIsReported();
    void versionAndHelp();
    void unwritableOutputIsSaid_data();
    void unwritableOutputIsSaid();
    void unknownCommand();
    void unknownOptionsNeedNoDisplay_data();
    void unknownOptionsNeedNoDisplay();
    void windowWithoutADisplayIsASentence();
    void explainReadsAnyDecimalDigits_data();
    void explainReadsAnyDecimalDigits();
    void numericOptionsAreStrict_data();
    void numericOptionsAreStrict();
    void catalogueFromADeviceHasALimit();
    void playgroundServesAndLogs();
    void playgroundRejectsABadPort();
};

void tst_CommandLine::explainPrintsEveryMeaning()
{
    const Run run = statusscope({u"explain"_s, u"418"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"418 I'm a teapot\n"_s), qPrintable(run.out));
    for (const QString &expected : {u"4xx Client Error"_s, u"RFC 2324"_s, u"\"(Unused)\" (reserved)"_s,
                                    u"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected));
    QVERIFY(run.err.isEmpty());
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(line.size() <= 100 || line.contains(u"https://"_s), qPrintable(line));
}

void tst_CommandLine::explainSeveralMeanings()
{
    const Run run = statusscope({u"explain"_s, u"499"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"499 has 3 meanings."_s)); // nginx, Esri, Google APIs
    QVERIFY(run.out.contains(u"499 Client Closed Request"_s));
    QVERIFY(run.out.contains(u"499 Token Required"_s));
    QVERIFY(run.out.indexOf(u"nginx"_s) < run.out.indexOf(u"Esri"_s));

    const Run zero = statusscope({u"explain"_s, u"000"_s});
    QCOMPARE(zero.exitCode, 0);
    QVERIFY(zero.out.contains(u"000 (no response)"_s));
    QVERIFY(zero.out.contains(u"0 (no status)"_s));
}

void tst_CommandLine::explainUncataloguedCodeByClass_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("classText");
    QTest::newRow("432") << u"432"_s << u"4xx (Client Error)"_s;
    QTest::newRow("299") << u"299"_s << u"2xx (Success)"_s;
    QTest::newRow("600") << u"600"_s << u"other (Outside the standard range)"_s;
    QTest::newRow("1000") << u"1000"_s << u"other"_s;
}

void tst_CommandLine::explainUncataloguedCodeByClass()
{
    QFETCH(QString, code);
    QFETCH(QString, classText);
    const Run run = statusscope({u"explain"_s, code});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(code + u" is not in the catalogue."_s), qPrintable(run.out));
    QVERIFY2(run.out.simplified().contains(classText), qPrintable(run.out));
}

// 110–113, 199, 214 and 299 were the Warning header's codes (RFC 7234 §5.5), looked up as statuses.
void tst_CommandLine::explainWarningHeaderCode()
{
    const Run run = statusscope({u"explain"_s, u"214"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"214 is not in the catalogue."_s), qPrintable(run.out));
    QVERIFY2(run.out.simplified().contains(u"214 is a code of the Warning header, not a status code: “214 "
                                           "Transformation Applied” (RFC 7234 §5.5.6)."_s),
             qPrintable(run.out));
    const Run json = statusscope({u"explain"_s, u"110"_s, u"--json"_s});
    const QJsonObject warn
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"warning_header_code"_s).toObject();
    QCOMPARE(warn.value(u"name"_s).toString(), u"Response is Stale"_s);
    QCOMPARE(warn.value(u"spec"_s).toString(), u"RFC 7234 §5.5.1"_s);
    // Any other uncatalogued code says nothing of the kind.
    const Run other = statusscope({u"explain"_s, u"115"_s});
    QVERIFY2(!other.out.contains(u"Warning header"_s), qPrintable(other.out));
    const Run otherJson = statusscope({u"explain"_s, u"115"_s, u"--json"_s});
    QVERIFY(!QJsonDocument::fromJson(otherJson.out.toUtf8()).object().contains(u"warning_header_code"_s));
}

void tst_CommandLine::explainRejectsNonNumbers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("word") << QStringList{u"explain"_s, u"teapot"_s} << u"\"teapot\" is not a status code"_s;
    QTest::newRow("class") << QStringList{u"explain"_s, u"4xx"_s} << u"\"4xx\" is not a status code"_s;
    QTest::newRow("too long") << QStringList{u"explain"_s, u"40400"_s} << u"is not a status code"_s;
    QTest::newRow("negative") << QStringList{u"explain"_s, u"-5"_s} << u"Unknown option"_s;
    QTest::newRow("nothing") << QStringList{u"explain"_s} << u"give exactly one status code"_s;
    QTest::newRow("two codes") << QStringList{u"explain"_s, u"404"_s, u"410"_s}
                               << u"give exactly one status code"_s;
}

void tst_CommandLine::explainRejectsNonNumbers()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = statusscope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CommandLine::explainJson()
{
    const Run run = statusscope({u"explain"_s, u"420"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(u"code"_s).toInt(), 420);
    QCOMPARE(document.value(u"class"_s).toString(), u"4xx"_s);
    QCOMPARE(document.value(u"catalogued"_s).toBool(), true);
    const QJsonArray entries = document.value(u"entries"_s).toArray();
    QCOMPARE(entries.size(), 3); // Spring, Twitter, Shopify until 2018
    QCOMPARE(entries.at(0).toObject().value(u"origin_detail"_s).toString(),
             u"Spring Framework (deprecated)"_s);
    const QJsonObject twitter = entries.at(1).toObject();
    QCOMPARE(twitter.value(u"reason"_s).toString(), u"Enhance Your Calm"_s);
    QCOMPARE(twitter.value(u"origin"_s).toString(), u"vendor"_s);
    // Where it can be checked, and what is only folklore (issue 17).
    const QJsonArray sources = twitter.value(u"sources"_s).toArray();
    QVERIFY(!sources.isEmpty());
    QVERIFY(sources.first().toObject().value(u"url"_s).toString().startsWith(u"https://"_s));
    QVERIFY(!sources.first().toObject().value(u"title"_s).toString().isEmpty());
    QVERIFY(twitter.value(u"folklore"_s).toString().contains(u"Demolition Man"_s));
    QVERIFY(entries.at(0).toObject().value(u"folklore"_s).isNull());
}

void tst_CommandLine::explainListsConstants()
{
    // The names developers meet in code, each framework on a line, older names after (issue 17).
    const Run run = statusscope({u"explain"_s, u"422"_s});
    QCOMPARE(run.exitCode, 0);
    const qsizetype inCode = run.out.indexOf(u"In code:"_s);
    QVERIFY2(inCode > 0, qPrintable(run.out));
    const QString section = run.out.mid(inCode);
    for (const QString &expected :
         {u"HTTPStatus.UNPROCESSABLE_CONTENT"_s, u"also HTTPStatus.UNPROCESSABLE_ENTITY"_s,
          u"http.StatusUnprocessableEntity"_s, u":unprocessable_content"_s,
          u"http.STATUS_CODES[422] → \"Unprocessable Entity\""_s})
        QVERIFY2(section.contains(expected), qPrintable(expected));
    for (const QString &line : run.out.split(u'\n'))
        QVERIFY2(line.size() <= 100 || line.contains(u"https://"_s), qPrintable(line));

    const Run json = statusscope({u"explain"_s, u"418"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray constants = QJsonDocument::fromJson(json.out.toUtf8())
                                     .object()
                                     .value(u"entries"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"constants"_s)
                                     .toArray();
    QJsonObject go;
    for (const QJsonValue &constant : constants) {
        if (constant.toObject().value(u"language"_s).toString() == u"Go"_s)
            go = constant.toObject();
    }
    QCOMPARE(go.value(u"name"_s).toString(), u"http.StatusTeapot"_s);
    QCOMPARE(go.value(u"framework"_s).toString(), u"Go net/http"_s);
    QVERIFY(go.value(u"source"_s).toString().startsWith(u"https://github.com/golang/go/"_s));
    QVERIFY(go.value(u"also_names"_s).toArray().isEmpty());
}

void tst_CommandLine::explainListsConstantsOfEachMeaning()
{
    // A constant naming another meaning of a shared number is listed with that meaning only.
    const Run spring = statusscope({u"explain"_s, u"419"_s});
    QCOMPARE(spring.exitCode, 0);
    // Each meaning's block runs from its heading ("… (deprecated)" may follow) to the next line that
    // starts with the code.
    const auto block = [&](const QString &heading) {
        const qsizetype start = spring.out.indexOf(u'\n' + heading);
        const qsizetype end = start < 0 ? -1 : spring.out.indexOf(u"\n419 "_s, start + 1);
        return start < 0 ? QString() : spring.out.mid(start, end < 0 ? -1 : end - start);
    };
    const QString draft = block(u"419 Insufficient Space On Resource"_s);
    const QString laravel = block(u"419 Page Expired"_s);
    QVERIFY2(!draft.isEmpty() && !laravel.isEmpty(), qPrintable(spring.out));
    QVERIFY2(draft.contains(u"HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE"_s), qPrintable(draft));
    QVERIFY2(!laravel.contains(u"In code:"_s), qPrintable(laravel));

    // Symfony's 71-letter deprecated 425 goes under its framework, within 100 columns.
    const Run symfony = statusscope({u"explain"_s, u"425"_s});
    QCOMPARE(symfony.exitCode, 0);
    QVERIFY2(symfony.out.contains(
                 u"\n        Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL\n"_s),
             qPrintable(symfony.out));
    for (const QString &line : symfony.out.split(u'\n'))
        QVERIFY2(line.size() <= 100 || line.contains(u"https://"_s), qPrintable(line));
}

void tst_CommandLine::codesSearchListsBestFirst()
{
    // As in the window: a constant finds its code, a misspelling finds its code, and entries
    // whose reason matches come before those that only mention the word.
    const Run constant = statusscope({u"codes"_s, u"--search"_s, u"SC_NOT_FOUND"_s, u"--json"_s});
    QCOMPARE(constant.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(constant.out.toUtf8()).array();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"code"_s).toInt(), 404);

    const Run typo = statusscope({u"codes"_s, u"--search"_s, u"unauthorised"_s, u"--json"_s});
    QCOMPARE(typo.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(typo.out.toUtf8()).array().first().toObject().value(u"code"_s).toInt(),
             401);

    const Run gateway = statusscope({u"codes"_s, u"--search"_s, u"gateway"_s, u"--json"_s});
    const QJsonArray rows = QJsonDocument::fromJson(gateway.out.toUtf8()).array();
    QVERIFY(rows.size() > 2);
    QCOMPARE(rows.at(0).toObject().value(u"code"_s).toInt(), 502);
    QCOMPARE(rows.at(1).toObject().value(u"code"_s).toInt(), 504);
}

void tst_CommandLine::explainJsonUncatalogued()
{
    const Run run = statusscope({u"explain"_s, u"599"_s, u"--json"_s}); // catalogued (informal)
    QCOMPARE(run.exitCode, 0);
    const Run missing = statusscope({u"explain"_s, u"561"_s, u"--json"_s});
    QCOMPARE(missing.exitCode, 0);
    const Run none = statusscope({u"explain"_s, u"555"_s, u"--json"_s});
    QCOMPARE(none.exitCode, 1);
    const QJsonObject document = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QCOMPARE(document.value(u"catalogued"_s).toBool(true), false);
    QCOMPARE(document.value(u"entries"_s).toArray().size(), 0);
    QCOMPARE(document.value(u"class"_s).toString(), u"5xx"_s);
    QVERIFY(!document.value(u"class_description"_s).toString().isEmpty());
}

void tst_CommandLine::codesJsonHasTheDocumentedKeys()
{
    const Run run = statusscope({u"codes"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    const auto catalogue = StatusScope::Core::StatusCatalogue::fromFile(
        QStringLiteral(STATUSSCOPE_SOURCE_DIR "/resources/data/catalogue.json"), nullptr);
    QVERIFY(catalogue);
    QCOMPARE(entries.size(), catalogue->size());

    const QStringList classes{u"1xx"_s, u"2xx"_s, u"3xx"_s, u"4xx"_s, u"5xx"_s, u"other"_s};
    const QStringList origins{u"standard"_s,   u"webdav"_s, u"experimental"_s,
                              u"historical"_s, u"vendor"_s, u"unofficial"_s};
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value(u"code"_s).isDouble());
        QVERIFY(!entry.value(u"reason"_s).toString().isEmpty());
        QVERIFY(entry.value(u"aliases"_s).isArray());
        QVERIFY2(classes.contains(entry.value(u"class"_s).toString()),
                 qPrintable(entry.value(u"class"_s).toString()));
        QVERIFY(origins.contains(entry.value(u"origin"_s).toString()));
        QVERIFY(!entry.value(u"origin_detail"_s).toString().isEmpty());
        QVERIFY(!entry.value(u"summary"_s).toString().isEmpty());
        QVERIFY(entry.value(u"spec_refs"_s).isArray());
        for (const QJsonValue &ref : entry.value(u"spec_refs"_s).toArray())
            QVERIFY(ref.toObject().value(u"url"_s).toString().startsWith(u"https://"_s));
        QVERIFY(!entry.value(u"since"_s).toString().isEmpty());
        QVERIFY(entry.value(u"headers"_s).isArray());
        QVERIFY(entry.value(u"cacheable"_s).isBool());
        QVERIFY(entry.value(u"use"_s).isString() || entry.value(u"use"_s).isNull());
        QVERIFY(entry.value(u"misuse"_s).isString() || entry.value(u"misuse"_s).isNull());
        if (entry.value(u"code"_s).toInt() == 303 && entry.value(u"origin"_s).toString() == u"standard"_s)
            QVERIFY(entry.value(u"use"_s).toString().contains(u"Post/Redirect/Get"_s));
    }
    const QJsonObject first = entries.first().toObject();
    QCOMPARE(first.value(u"code"_s).toInt(), 0);
    QCOMPARE(first.value(u"class"_s).toString(), u"other"_s);
}

void tst_CommandLine::codesFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("classKey");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<int>("minimum");
    QTest::newRow("4xx vendor") << QStringList{u"--class"_s, u"4xx"_s, u"--origin"_s, u"vendor"_s} << u"4xx"_s
                                << u"vendor"_s << 15;
    // 507 alone: 508 Loop Detected comes from RFC 5842, an Experimental RFC.
    QTest::newRow("5 webdav") << QStringList{u"--class"_s, u"5"_s, u"--origin"_s, u"webdav"_s} << u"5xx"_s
                              << u"webdav"_s << 1;
    QTest::newRow("other") << QStringList{u"--class"_s, u"OTHER"_s} << u"other"_s << QString() << 4;
    QTest::newRow("historical") << QStringList{u"--origin"_s, u"historical"_s} << QString() << u"historical"_s
                                << 3;
}

void tst_CommandLine::codesFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, classKey);
    QFETCH(QString, origin);
    QFETCH(int, minimum);
    const Run run = statusscope(QStringList{u"codes"_s, u"--json"_s} + arguments);
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QVERIFY2(entries.size() >= minimum, qPrintable(QString::number(entries.size())));
    for (const QJsonValue &value : entries) {
        if (!classKey.isEmpty())
            QCOMPARE(value.toObject().value(u"class"_s).toString(), classKey);
        if (!origin.isEmpty())
            QCOMPARE(value.toObject().value(u"origin"_s).toString(), origin);
    }
}

void tst_CommandLine::codesTable()
{
    const Run run = statusscope({u"codes"_s, u"--class"_s, u"3xx"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(u"CODE"_s));
    QCOMPARE(lines.size(), 1 + 10); // the nine registered 3xx and Google's 308 Resume Incomplete
    QVERIFY(lines.at(1).simplified().startsWith(u"300 Multiple Choices 3xx standard (RFC 9110)"_s));
    // Columns line up: every row has its class at the same offset.
    const qsizetype column = lines.first().indexOf(u"CLASS"_s);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).mid(column, 3), u"3xx"_s);

    const Run search = statusscope({u"codes"_s, u"--search"_s, u"teapot"_s});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    const Run nothing = statusscope({u"codes"_s, u"--search"_s, u"xylophone"_s});
    QCOMPARE(nothing.exitCode, 1);
    QVERIFY(nothing.err.contains(u"No catalogue entry matches"_s));
}

void tst_CommandLine::codesRejectsBadFilters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("class") << QStringList{u"--class"_s, u"7xx"_s} << u"\"7xx\" is not a class"_s;
    QTest::newRow("origin") << QStringList{u"--origin"_s, u"nginx"_s}
                            << u"\"nginx\" is not an origin; use one of standard"_s;
    QTest::newRow("positional") << QStringList{u"404"_s} << u"unexpected argument \"404\""_s;
    QTest::newRow("missing value") << QStringList{u"--class"_s} << u"Missing value after '--class'"_s;
}

void tst_CommandLine::codesRejectsBadFilters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = statusscope(QStringList{u"codes"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void tst_CommandLine::brokenCatalogueIsReported()
{
    const QString broken = QStringLiteral(STATUSSCOPE_TEST_DATA "/catalogue-broken.json");
    const Run run = statusscope({u"explain"_s, u"404"_s, u"--catalogue"_s, broken});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(
                 u"catalogue-broken.json: entry 1 (code 0), field \"reason\": must be a non-empty string"_s),
             qPrintable(run.err));
    const Run missing = statusscope({u"codes"_s, u"--catalogue"_s, u"/nonexistent.json"_s});
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.err.contains(u"nonexistent.json: cannot be read"_s), qPrintable(missing.err));

    // Before the command too, in both spellings (no display is needed: it is the command line).
    const Run before = statusscope({u"--catalogue"_s, broken, u"explain"_s, u"404"_s});
    QCOMPARE(before.exitCode, 3);
    QVERIFY2(before.err.contains(u"catalogue-broken.json: entry 1"_s), qPrintable(before.err));
    const Run joined = statusscope({u"--catalogue="_s + broken, u"codes"_s});
    QCOMPARE(joined.exitCode, 3);
    const Run alone = statusscope({u"--catalogue"_s, broken});
    QCOMPARE(alone.exitCode, 2);
    QVERIFY2(alone.err.contains(u"needs a command after it"_s), qPrintable(alone.err));
}

void tst_CommandLine::versionAndHelp()
{
    const Run version = statusscope({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"statusscope "_s));
    const Run help = statusscope({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"explain CODE"_s));
    QVERIFY(help.out.contains(u"codes [--class"_s));
    const Run commandHelp = statusscope({u"explain"_s, u"--help"_s});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY2(commandHelp.out.startsWith(u"Usage: statusscope explain"_s), qPrintable(commandHelp.out));
    QVERIFY(commandHelp.out.contains(u"--json"_s));
    const Run helpCommand = statusscope({u"help"_s, u"codes"_s});
    QCOMPARE(helpCommand.exitCode, 0);
    QVERIFY(helpCommand.out.contains(u"--origin"_s));
}

void tst_CommandLine::unwritableOutputIsSaid_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode"); // what the command ends with when its output is written
    QTest::newRow("explain") << QStringList{u"explain"_s, u"418"_s} << 0;
    QTest::newRow("explain, not catalogued") << QStringList{u"explain"_s, u"299"_s} << 1;
    QTest::newRow("codes --json") << QStringList{u"codes"_s, u"--json"_s} << 0;
    QTest::newRow("--version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("help") << QStringList{u"help"_s, u"check"_s} << 0;
}

// A full disk behind standard output: before, the output was lost and the exit status said
// nothing of it (0), so a script took an empty file for the answer.
void tst_CommandLine::unwritableOutputIsSaid()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run written = statusscope(arguments);
    QCOMPARE(written.exitCode, exitCode);
    QVERIFY(!written.out.isEmpty());

    if (!QFile::exists(u"/dev/full"_s))
        QSKIP("This system has no /dev/full.");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.setStandardOutputFile(u"/dev/full"_s);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"statusscope: standard output could not be written (No space left on device); "
                          "what was printed is incomplete."_s),
             qPrintable(err));
}

void tst_CommandLine::unknownCommand()
{
    const Run run = statusscope({u"explian"_s, u"404"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"\"explian\" is not a command"_s));
}

void tst_CommandLine::unknownOptionsNeedNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--verison") << QStringList{u"--verison"_s};
    QTest::newRow("-") << QStringList{u"-"_s};
    QTest::newRow("-- check") << QStringList{u"--"_s, u"check"_s};
    QTest::newRow("-x") << QStringList{u"-x"_s};
    QTest::newRow("window option then a word") << QStringList{u"-reverse"_s, u"explain"_s};
}

// These opened the window before, and without a display Qt aborted (exit 134).
void tst_CommandLine::unknownOptionsNeedNoDisplay()
{
    QFETCH(QStringList, arguments);
    const Run run = statusscope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"is not an option"_s) || run.err.contains(u"is not a command"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Usage: statusscope [COMMAND] [OPTIONS]"_s), qPrintable(run.err));
}

void tst_CommandLine::windowWithoutADisplayIsASentence()
{
    for (const QStringList &arguments : {QStringList{}, QStringList{u"-reverse"_s}}) {
        const Run run = statusscope(arguments);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"there is no display"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"statusscope --help"_s));
    }
}

void tst_CommandLine::explainReadsAnyDecimalDigits_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // the start of standard output, or a sentence on error
    QTest::newRow("full-width 418") << u"４１８"_s << 0 << u"418 I'm a teapot"_s;
    QTest::newRow("Arabic-Indic 404") << u"٤٠٤"_s << 0 << u"404 Not Found"_s;
    QTest::newRow("Devanagari 200") << u"२००"_s << 0 << u"200 OK"_s;
    QTest::newRow("mathematical 503") << u"𝟓𝟎𝟑"_s << 0 << u"503 Service Unavailable"_s;
    QTest::newRow("superscripts") << u"⁴⁰⁴"_s << 2 << u"is not a status code"_s;
    QTest::newRow("trailing letters") << u"418abc"_s << 2 << u"is not a status code"_s;
    QTest::newRow("plus sign") << u"+418"_s << 2 << u"is not a status code"_s;
    QTest::newRow("leading space") << u" 418"_s << 2 << u"is not a status code"_s;
    QTest::newRow("trailing space") << u"418 "_s << 2 << u"is not a status code"_s;
    QTest::newRow("hexadecimal") << u"0x1A2"_s << 2 << u"is not a status code"_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s << 2 << u"is not a status code"_s;
    QTest::newRow("decimal") << u"404.0"_s << 2 << u"is not a status code"_s;
}

// `explain ４１８` explained code 0 before: the digit test knew full-width digits, toInt() did not.
void tst_CommandLine::explainReadsAnyDecimalDigits()
{
    QFETCH(QString, code);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run run = statusscope({u"explain"_s, code});
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode == 0)
        QVERIFY2(run.out.startsWith(expected), qPrintable(run.out));
    else
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void tst_CommandLine::numericOptionsAreStrict_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString url = u"http://127.0.0.1:9/"_s; // never reached: the options are refused first
    const auto row = [&](const char *name, const QString &option, const QString &value) {
        QTest::newRow(name) << QStringList{u"check"_s, option, value, url} << option;
    };
    row("--max-redirs +3", u"--max-redirs"_s, u"+3"_s);
    row("--max-redirs space", u"--max-redirs"_s, u" 3"_s);
    row("--max-redirs hex", u"--max-redirs"_s, u"0x1A"_s);
    row("--max-redirs overflow", u"--max-redirs"_s, u"99999999999999999999"_s);
    row("--parallel 4abc", u"--parallel"_s, u"4abc"_s);
    row("--parallel 0", u"--parallel"_s, u"0"_s);
    row("--max-body -1", u"--max-body"_s, u"-1"_s);
    row("--speed-limit 1e3", u"--speed-limit"_s, u"1e3"_s);
    row("--timeout 1e3", u"--timeout"_s, u"1e3"_s);
    row("--timeout inf", u"--timeout"_s, u"inf"_s);
    row("--timeout nan", u"--timeout"_s, u"nan"_s);
    row("--timeout 0", u"--timeout"_s, u"0"_s);
    row("--timeout 1.2.3", u"--timeout"_s, u"1.2.3"_s);
    row("--max-time +1", u"--max-time"_s, u"+1"_s);
    row("--speed-time space", u"--speed-time"_s, u" 1"_s);
    QTest::newRow("--port +80") << QStringList{u"playground"_s, u"--port"_s, u"+80"_s} << u"--port"_s;
    QTest::newRow("--port 0x50") << QStringList{u"playground"_s, u"--port"_s, u"0x50"_s} << u"--port"_s;
    QTest::newRow("--port overflow") << QStringList{u"playground"_s, u"--port"_s, u"4294967376"_s}
                                     << u"--port"_s; // 2^32 + 80
}

// Each was read by toInt()/toDouble(), which take "+3", " 3", "1e3", "inf"; the port 2^32 + 80
// wrapped to 80.
void tst_CommandLine::numericOptionsAreStrict()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = statusscope(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"listens on"_s));
}

// --catalogue /dev/zero read 3.5 GB before giving up.
void tst_CommandLine::catalogueFromADeviceHasALimit()
{
    const Run run = statusscope({u"codes"_s, u"--catalogue"_s, u"/dev/zero"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"zero: is larger than 16 MiB"_s), qPrintable(run.err));
}

void tst_CommandLine::playgroundServesAndLogs()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"LANGUAGE"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // English messages
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(STATUSSCOPE_BINARY), {u"playground"_s});
    QVERIFY(process.waitForStarted(5000));
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()), out.contains(u'\n')),
                             10000);
    const QRegularExpressionMatch match
        = QRegularExpression(u"listens on http://127\\.0\\.0\\.1:(\\d+)\\."_s).match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(match.captured(1).toUInt()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /status/418 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), answer.contains("teapot.")), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 418 I'm a teapot\r\n"), answer.constData());
    // Each request is logged as it is served.
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput()), out.contains(u"GET /status/418 → 418"_s)),
        5000);
    process.kill();
    process.waitForFinished(5000);
}

void tst_CommandLine::playgroundRejectsABadPort()
{
    const Run run = statusscope({u"playground"_s, u"--port"_s, u"http"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--port needs a number from 0 to 65535, not “http”"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
