// SPDX-License-Identifier: MIT
// An audit row and summary as JSON Lines and CSV: the issue's keys in its order, RFC 4180 quoting.
#include "core/audit/auditwriter.h"
#include "core/requests/secrets.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_AuditWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLineKeysInOrder();
    void jsonLineNulls();
    void summaryLine();
    void csvHeaderAndRow();
    void csvQuoting_data();
    void csvQuoting();
    void urlPasswordsMasked();
    void requestCredentialsMasked();

private:
    static AuditRow sampleRow();
};

AuditRow tst_AuditWriter::sampleRow()
{
    AuditRow row;
    row.line = 12;
    row.source = u"https://old.example/a"_s;
    row.hasExpected = true;
    row.expectedTarget = u"https://new.example/a"_s;
    row.expectedStatus = 301;
    row.finalUrl = u"https://new.example/a"_s;
    row.finalStatus = 200;
    row.chain = {302, 200};
    row.hops = 2;
    row.match = true;
    row.problems = {u"status-mismatch"_s};
    row.warnings = {u"method-changed"_s, u"no-cache-header"_s};
    row.totalMs = 41.2;
    return row;
}

void tst_AuditWriter::jsonLineKeysInOrder()
{
    const QByteArray line = auditRowJsonLine(sampleRow());
    QCOMPARE(
        line,
        R"({"line":12,"source":"https://old.example/a","expected":{"target":"https://new.example/a","status":301},)"
        R"("final_url":"https://new.example/a","final_status":200,"chain":[302,200],"hops":2,"match":true,)"
        R"("problems":["status-mismatch"],"warnings":["method-changed","no-cache-header"],"total_ms":41.2,)"
        R"("error":null})"
        "\n"_ba);
    // The same values as the object the window exports.
    QCOMPARE(QJsonDocument::fromJson(line).object(), auditRowToJson(sampleRow()));
}

void tst_AuditWriter::jsonLineNulls()
{
    AuditRow row;
    row.source = u"https://x.example/\"quoted\""_s;
    row.chain = {std::nullopt};
    row.hops = 1;
    row.problems = {u"error"_s};
    row.error = AuditError{u"connection-refused"_s, u"Connection refused."_s};
    QCOMPARE(auditRowJsonLine(row),
             R"({"line":null,"source":"https://x.example/\"quoted\"","expected":null,"final_url":null,)"
             R"("final_status":null,"chain":[null],"hops":1,"match":null,"problems":["error"],"warnings":[],)"
             R"("total_ms":0,"error":{"kind":"connection-refused","message":"Connection refused."}})"
             "\n"_ba);
}

void tst_AuditWriter::summaryLine()
{
    AuditSummary summary;
    AuditRow ok = sampleRow();
    ok.problems.clear();
    summary.add(ok);
    summary.add(sampleRow());
    AuditRow failed;
    failed.problems = {u"error"_s};
    failed.error = AuditError{u"timeout"_s, {}};
    summary.add(failed);
    summary.elapsedMs = 1234.5;
    QCOMPARE(auditSummaryJsonLine(summary),
             R"({"summary":{"sources":3,"matched":1,"mismatched":2,"errors":1,"elapsed_ms":1234.5}})"
             "\n"_ba);
}

void tst_AuditWriter::csvHeaderAndRow()
{
    QCOMPARE(auditCsvHeader(),
             "line,source,expected_target,expected_status,final_url,final_status,chain,hops,match,"
             "problems,warnings,total_ms,error_kind,error_message\r\n"_ba);
    QCOMPARE(auditCsvRow(sampleRow()),
             "12,https://old.example/a,https://new.example/a,301,https://new.example/a,200,302>200,2,true,"
             "status-mismatch,method-changed no-cache-header,41.2,,\r\n"_ba);
    AuditRow failed;
    failed.source = u"https://x.example/"_s;
    failed.chain = {301, std::nullopt};
    failed.hops = 2;
    failed.error = AuditError{u"timeout"_s, u"No byte for 30 s, twice."_s};
    QCOMPARE(auditCsvRow(failed),
             ",https://x.example/,,,,,301>-,2,,,,0,timeout,\"No byte for 30 s, twice.\"\r\n"_ba);
}

void tst_AuditWriter::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces kept") << u" a "_s << u" a "_s;
    // Cells a spreadsheet would run as formulas (CSV injection): text, not formulas.
    QTest::newRow("=") << u"=HYPERLINK(\"http://evil.example\",\"x\")"_s
                       << u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\""_s;
    QTest::newRow("+") << u"+cmd|' /C calc'!A0"_s << u"\"'+cmd|' /C calc'!A0\""_s;
    QTest::newRow("@") << u"@SUM(1+1)"_s << u"\"'@SUM(1+1)\""_s;
    QTest::newRow("- formula") << u"-2+3"_s << u"\"'-2+3\""_s;
    QTest::newRow("tab first") << u"\t=1"_s << u"\"'\t=1\""_s;
    QTest::newRow("a hop without response") << u"-"_s << u"-"_s;
    QTest::newRow("a negative number") << u"-12.5"_s << u"-12.5"_s;
    QTest::newRow("= inside") << u"http://a.example/?x=1"_s << u"http://a.example/?x=1"_s;
}

void tst_AuditWriter::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(csvField(value), written);
}

void tst_AuditWriter::urlPasswordsMasked()
{
    // A password written in the source (with or without its scheme), the expected target, the
    // final URL and an error message quoting one: masked in JSON Lines, CSV and the table's fields,
    // as `check` masks a URL; the user name stays. The row itself keeps them (a re-run needs them).
    AuditRow row = sampleRow();
    row.source = u"ann:s3cret-pw@old.example/a"_s;
    row.expectedTarget = u"https://bob:other-pw@new.example/a"_s;
    row.finalUrl = u"https://bob:other-pw@new.example/a"_s;
    row.error = AuditError{u"invalid-input"_s, u"“http://ann:s3cret-pw@old.example/a” is odd"_s};
    const QString mask = QString::fromUtf8(credentialMask());
    const QByteArray line = auditRowJsonLine(row);
    const QByteArray csv = auditCsvRow(row);
    const QString fields = auditCsvFields(row).join(u' ');
    for (const QString &written : {QString::fromUtf8(line), QString::fromUtf8(csv), fields}) {
        QVERIFY2(!written.contains(u"s3cret-pw"_s) && !written.contains(u"other-pw"_s), qPrintable(written));
        QVERIFY2(written.contains(u"http://ann:"_s + mask + u"@old.example/a"_s), qPrintable(written));
        QVERIFY2(written.contains(u"https://bob:"_s + mask + u"@new.example/a"_s), qPrintable(written));
    }
    QCOMPARE(auditRowToJson(row).value(u"final_url"_s).toString(),
             u"https://bob:"_s + mask + u"@new.example/a"_s);
    QCOMPARE(row.source, u"ann:s3cret-pw@old.example/a"_s);
    // A source without a password is written as typed, scheme or not.
    row.source = u"old.example/a"_s;
    QCOMPARE(auditCsvFields(row).at(1), u"old.example/a"_s);
    // --show-secrets: as it is.
    row.source = u"ann:s3cret-pw@old.example/a"_s;
    QVERIFY(auditRowJsonLine(row, AuditMasking::showingSecrets()).contains("ann:s3cret-pw@old.example/a"));
}

void tst_AuditWriter::requestCredentialsMasked()
{
    // What the run's request carried (-H Authorization and Cookie, -u) is masked wherever it
    // echoes in a row: a server that put the token in the URL it redirected to, an error message.
    RequestSpec base;
    base.headers = {{"Authorization"_ba, "Bearer tok-abcdef12"_ba}, {"Cookie"_ba, "session=cookie-9876"_ba}};
    base.options.network.auth.scheme = AuthSetting::Scheme::Basic;
    base.options.network.auth.user = u"ann"_s;
    base.options.network.auth.password = u"basic-pw-42"_s;
    AuditRow row = sampleRow();
    row.finalUrl = u"https://new.example/a?t=tok-abcdef12&s=cookie-9876"_s;
    row.error = AuditError{u"auth-failed"_s, u"basic-pw-42 was refused"_s};
    const AuditMasking masking(base);
    for (const QByteArray &written : {auditRowJsonLine(row, masking), auditCsvRow(row, masking)}) {
        for (const QByteArray &secret : {"tok-abcdef12"_ba, "cookie-9876"_ba, "basic-pw-42"_ba})
            QVERIFY2(!written.contains(secret), written.constData());
        QVERIFY2(written.contains(credentialMask()), written.constData());
    }
    QCOMPARE(masking.text(u"the token tok-abcdef12"_s),
             u"the token "_s + QString::fromUtf8(credentialMask()));
    QVERIFY(auditRowJsonLine(row, AuditMasking::showingSecrets()).contains("tok-abcdef12"));
}

QTEST_GUILESS_MAIN(tst_AuditWriter)
#include "tst_auditwriter.moc"
