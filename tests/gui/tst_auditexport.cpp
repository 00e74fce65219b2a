// SPDX-License-Identifier: MIT
// The Audit page's exports (gui/auditview/auditexport.h) of a real run against a scripted server:
// a password in the source URL and the run's -H Authorization are masked in CSV, JSON Lines and
// HAR, as the console's HAR export and statusscope audit mask them, and written as they are only
// when asked (the HAR's "with credentials").
#include "gui/auditview/auditexport.h"

#include "core/audit/auditinput.h"
#include "core/audit/auditrunner.h"
#include "core/requests/secrets.h"
#include "scriptedserver.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;
using StatusScope::Test::ScriptedServer;

class tst_AuditExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentialsMaskedInEveryExport();

private:
    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

void tst_AuditExport::credentialsMaskedInEveryExport()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    server.route("/moved", ScriptedServer::redirect(301, "/ok?t=tok-abcdef12"));
    server.route("/ok", ScriptedServer::response(200, "OK", {}, "fine"));
    QByteArray source = server.url(u"/moved"_s).toEncoded();
    source.replace("http://", "http://ann:pa55word-x@");
    auto input = Core::AuditInput::fromText(QString::fromLatin1(source), Core::AuditInputKind::List);
    Core::AuditRunOptions options;
    options.base.headers = {{"Authorization"_ba, "Bearer tok-abcdef12"_ba}};
    QNetworkAccessManager manager;
    Core::AuditRunner runner(&manager, nullptr);
    QList<Core::AuditRow> rows;
    QList<Core::ChainResult> chains;
    connect(&runner, &Core::AuditRunner::rowReady, this,
            [&rows](const Core::AuditRow &row) { rows.append(row); });
    connect(&runner, &Core::AuditRunner::chainFinished, this,
            [&chains](qint64, const Core::ChainResult &chain) { chains.append(chain); });
    QSignalSpy finished(&runner, &Core::AuditRunner::finished);
    runner.start(input.get(), options);
    QVERIFY(finished.wait(10000));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(chains.size(), 1);
    QCOMPARE(server.requests().first().header("Authorization"), "Bearer tok-abcdef12"_ba); // it went

    QTemporaryDir dir;
    QString error;
    const Core::AuditMasking masking(options.base);
    QVERIFY(Gui::writeAuditCsv(dir.filePath(u"a.csv"_s), rows, &error, masking));
    QVERIFY(Gui::writeAuditJsonLines(dir.filePath(u"a.jsonl"_s), rows, runner.summary(), &error, masking));
    QVERIFY(Gui::writeAuditHar(dir.filePath(u"a.har"_s), chains, false, &error));
    for (const QString &name : {u"a.csv"_s, u"a.jsonl"_s, u"a.har"_s}) {
        const QByteArray bytes = read(dir.filePath(name));
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QVERIFY2(!bytes.contains("pa55word-x"), qPrintable(name));
        QVERIFY2(!bytes.contains("tok-abcdef12"), qPrintable(name));
        QVERIFY2(bytes.contains(Core::credentialMask()), qPrintable(name));
    }
    QVERIFY(Gui::writeAuditHar(dir.filePath(u"plain.har"_s), chains, true, &error));
    const QByteArray plain = read(dir.filePath(u"plain.har"_s));
    QVERIFY(plain.contains("tok-abcdef12"));
}

QTEST_MAIN(tst_AuditExport)
#include "tst_auditexport.moc"
