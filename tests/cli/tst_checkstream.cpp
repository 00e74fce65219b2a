// SPDX-License-Identifier: MIT
// (perf18) `check` makes each hop's report while the next request travels and puts the chain's
// document together when it ends: the bytes must be those of the whole document written at once,
// and a hop made early must still be masked with what later hops revealed.
#include "clirun.h"
#include "scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Test::CliRun;
using StatusScope::Test::runCli;
using StatusScope::Test::ScriptedServer;

class tst_CheckStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void documentIsWrittenAsOne();
    void linesAreWrittenAsOne();
    void laterCredentialMaskedInEarlierHop();

private:
    ScriptedServer *m_http = nullptr;
};

void tst_CheckStream::init()
{
    m_http = new ScriptedServer(this);
    QVERIFY(m_http->listen());
    // /r/N redirects to /r/N-1; /r/0 answers 200.
    m_http->route("*", [](const ScriptedServer::Request &request, QTcpSocket *socket) {
        const int left = request.target.split('?').first().mid(3).toInt();
        socket->write(left > 0 ? ScriptedServer::redirect(302, "/r/" + QByteArray::number(left - 1))
                               : ScriptedServer::response(200, "OK", {}, "done"));
    });
    // The first hop sets a cookie and echoes its value; the second sends it back, which is when the
    // value becomes a credential to mask, also in the first hop's fields.
    m_http->route("/login",
                  ScriptedServer::response(302, "Found",
                                           {{"Set-Cookie", "sid=SECRET123; Path=/"},
                                            {"Location", "/r/0?echo=SECRET123"},
                                            {"X-Echo", "SECRET123"}}));
}

void tst_CheckStream::cleanup()
{
    delete m_http;
}

// Qt writes the same bytes for a document it has read as for the one it made: so the output, read
// and written again, is what one QJsonDocument::toJson() of the whole chain gives.
void tst_CheckStream::documentIsWrittenAsOne()
{
    const CliRun run = runCli({u"check"_s, u"--json"_s, m_http->url(u"/r/6"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out);
    QCOMPARE(document.object().value(u"hops"_s).toArray().size(), 7);
    QCOMPARE(document.toJson(QJsonDocument::Indented), run.out);
}

void tst_CheckStream::linesAreWrittenAsOne()
{
    const CliRun run = runCli(
        {u"check"_s, u"--json"_s, m_http->url(u"/r/3"_s).toString(), m_http->url(u"/r/0"_s).toString()});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 3); // two documents, then the end of the last line
    QVERIFY(lines.last().isEmpty());
    QList<qsizetype> hops;
    for (qsizetype i = 0; i < 2; ++i) {
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(i));
        hops.append(document.object().value(u"hops"_s).toArray().size());
        QCOMPARE(document.toJson(QJsonDocument::Compact), lines.at(i));
    }
    std::sort(hops.begin(), hops.end()); // in the order the chains ended
    QCOMPARE(hops, (QList<qsizetype>{1, 4}));
}

void tst_CheckStream::laterCredentialMaskedInEarlierHop()
{
    for (const QStringList &format : {QStringList{u"--json"_s}, QStringList{}}) {
        const CliRun run
            = runCli(QStringList{u"check"_s} + format + QStringList{m_http->url(u"/login"_s).toString()});
        QCOMPARE(run.exitCode, 0);
        if (format.isEmpty()) {
            // The text report shows no header fields; it names the hops.
            QVERIFY(run.out.contains("→ GET"));
            continue;
        }
        const QJsonArray hops = QJsonDocument::fromJson(run.out).object().value(u"hops"_s).toArray();
        QCOMPARE(hops.size(), 2);
        QCOMPARE(m_http->requests().last().header("Cookie"), "sid=SECRET123");
        QStringList echoed;
        for (const QJsonValue &header : hops.at(0).toObject().value(u"headers"_s).toArray()) {
            const QString name = header.toArray().at(0).toString();
            if (name == u"X-Echo"_s || name == u"Location"_s)
                echoed.append(header.toArray().at(1).toString());
        }
        QCOMPARE(echoed.size(), 2);
        for (const QString &value : std::as_const(echoed))
            QVERIFY2(!value.contains(u"SECRET123"_s), qPrintable(value));
    }
}

QTEST_GUILESS_MAIN(tst_CheckStream)
#include "tst_checkstream.moc"
