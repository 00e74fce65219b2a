// SPDX-License-Identifier: MIT
// The audit runner against scripted servers and httpbin on 127.0.0.1: every problem id from a
// real chain, per-host limits seen by the servers across a redirect to a second host,
// Retry-After, input order with chains ending out of order, pause, resume and cancel.
#include "core/audit/auditinput.h"
#include "core/audit/auditrunner.h"
#include "core/audit/hostgate.h"
#include "core/catalogue/statuscatalogue.h"
#include "peerserver.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::ScriptedServer;

namespace {

// Counts the requests a server is answering at once: each is answered `delayMs` after it
// arrived, so that concurrent chains overlap on the server.
struct InFlightCounter
{
    int now = 0;
    int highest = 0;

    ScriptedServer::Handler answerLater(int delayMs, const QByteArray &response)
    {
        return [this, delayMs, response](const ScriptedServer::Request &, QTcpSocket *socket) {
            ++now;
            highest = std::max(highest, now);
            QTimer::singleShot(delayMs, socket, [this, socket, response] {
                --now;
                socket->write(response);
            });
        };
    }
};

} // namespace

class tst_AuditRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyProblemId();
    void onlyTheMethodAsked();
    void perHostLimitAcrossRedirects();
    void ratePerHost();
    void retryAfterObeyed();
    void retryAfterTooLongReported();
    void retryAfterHoldsTheWholeHost();
    void retryAfterDateUnderstood();
    void gateKeepsLimitsAndForgetsIdleHosts();
    void retryAfterForms_data();
    void retryAfterForms();
    void inputOrderKept();
    void pauseAndResume();
    void cancelDeliversWhatFinished();
    void againstHttpbin();
    void retryAfterFromTheHopThatAsked();
    void sharedGateLimitsBothRunners();
    void rowsRunAgainFromTheirSources();

private:
    struct Run
    {
        QList<AuditRow> rows;
        QList<qint64> completionOrder;
        QList<ChainResult> chains;
        AuditSummary summary;
    };
    Run run(AuditInput &input, const AuditRunOptions &options, int timeoutMs = 20000);
    AuditRunOptions options() const;
    // Lets the event loop run through one full exchange with `server`: whatever the runner would
    // send meanwhile has had its chance to go.
    void roundTrip(ScriptedServer &server);

    StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
};

void tst_AuditRunner::initTestCase()
{
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_catalogue = std::move(*catalogue);
}

void tst_AuditRunner::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new ScriptedServer(this);
    QVERIFY(m_server->listen());
    m_server->route("/ok", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "fine"));
    m_server->route("/new", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "new"));
}

void tst_AuditRunner::cleanup()
{
    delete m_manager;
    delete m_server;
}

AuditRunOptions tst_AuditRunner::options() const
{
    AuditRunOptions options;
    options.base.options.inactivityTimeoutMs = 10000;
    options.base.options.acceptInvalidCertificates = true; // the scripted HTTPS server's own certificate
    return options;
}

tst_AuditRunner::Run tst_AuditRunner::run(AuditInput &input, const AuditRunOptions &options, int timeoutMs)
{
    Run result;
    AuditRunner runner(m_manager, &m_catalogue);
    connect(&runner, &AuditRunner::rowReady, this,
            [&result](const AuditRow &row) { result.rows.append(row); });
    connect(&runner, &AuditRunner::chainFinished, this, [&result](qint64 index, const ChainResult &chain) {
        result.completionOrder.append(index);
        result.chains.append(chain);
    });
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start(&input, options);
    if (!finished.wait(timeoutMs))
        qWarning("the audit did not finish");
    result.summary = runner.summary();
    return result;
}

void tst_AuditRunner::roundTrip(ScriptedServer &server)
{
    QNetworkAccessManager other;
    QNetworkReply *reply = other.get(QNetworkRequest(server.url(u"/ok"_s)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    reply->deleteLater();
}

void tst_AuditRunner::everyProblemId()
{
    ScriptedServer tls;
    QVERIFY(tls.listen(true));
    ScriptedServer &s = *m_server;
    const QByteArray origin = s.origin().toLatin1();
    s.route("/moved", ScriptedServer::redirect(301, "/new"));
    s.route("/temp", ScriptedServer::redirect(302, "/new"));
    s.route("/wrong", ScriptedServer::redirect(301, "/ok"));
    s.route("/gone", ScriptedServer::response(404, "Not Found", {}, "no"));
    s.route("/two", ScriptedServer::redirect(301, "/one"));
    s.route("/one", ScriptedServer::redirect(301, "/new"));
    s.route("/loop", ScriptedServer::redirect(301, "/loop"));
    s.route("/busy",
            ScriptedServer::response(503, "Service Unavailable", {{"Retry-After", "3600"}}, "later"));
    tls.route("/down", ScriptedServer::redirect(301, origin + "/new"));

    const QString map = u"source,expected_target,expected_status\n"
                        "%1/ok,%1/ok\n" // 2: passes
                        "%1/moved,/new,301\n" // 3: passes
                        "%1/temp,/new,301\n" // 4: status-mismatch, match true
                        "%1/wrong,/new\n" // 5: target-mismatch
                        "%1/gone,/gone\n" // 6: final-not-ok
                        "%1/two,/new,301\n" // 7: chain-too-long
                        "%1/loop,/new\n" // 8: redirect-loop, error
                        "%2/down,%1/new\n" // 9: https-downgrade, error
                        "http://127.0.0.1:1/x,/x\n" // 10: error (connection refused)
                        "%1/busy,/busy\n" // 11: retry-after, final-not-ok
                        "ftp://127.0.0.1/x,/x\n"_s // 12: invalid-input
                            .arg(s.origin(), tls.origin());
    auto input = AuditInput::fromText(map, AuditInputKind::Guess);
    const Run result = run(*input, options());
    QCOMPARE(result.rows.size(), 11);

    auto rowAt = [&result](qint64 line) {
        for (const AuditRow &row : result.rows) {
            if (row.line == line)
                return row;
        }
        return AuditRow{};
    };
    QCOMPARE(rowAt(2).problems, QStringList());
    QCOMPARE(rowAt(2).match, true);
    QCOMPARE(rowAt(3).problems, QStringList());
    QCOMPARE(rowAt(3).chain, (QList<std::optional<int>>{301, 200}));
    QCOMPARE(rowAt(3).finalUrl, s.url(u"/new"_s).toString());
    QCOMPARE(rowAt(4).problems, QStringList{u"status-mismatch"_s});
    QCOMPARE(rowAt(4).match, true); // the URL is right, the status is not
    QCOMPARE(rowAt(5).problems, QStringList{u"target-mismatch"_s});
    QCOMPARE(rowAt(5).match, false);
    QCOMPARE(rowAt(6).problems, QStringList{u"final-not-ok"_s});
    QCOMPARE(rowAt(7).problems, QStringList{u"chain-too-long"_s});
    QCOMPARE(rowAt(7).hops, 3);
    QVERIFY(rowAt(8).problems.contains(u"redirect-loop"_s));
    QVERIFY(rowAt(8).problems.contains(u"error"_s));
    QCOMPARE(rowAt(8).error->kind, u"redirect-loop"_s);
    QVERIFY2(rowAt(9).problems.contains(u"https-downgrade"_s), qPrintable(rowAt(9).problems.join(u' ')));
    QCOMPARE(rowAt(10).problems, QStringList{u"error"_s});
    QCOMPARE(rowAt(10).error->kind, u"connection-refused"_s);
    QCOMPARE(rowAt(10).match, std::nullopt); // no response: nothing to compare
    QVERIFY(rowAt(11).problems.contains(u"retry-after"_s));
    QVERIFY(rowAt(11).problems.contains(u"final-not-ok"_s));
    QCOMPARE(rowAt(11).retries, 0);
    QCOMPARE(rowAt(12).error->kind, u"invalid-input"_s);
    QCOMPARE(rowAt(12).hops, 0);

    QSet<QString> seen;
    for (const AuditRow &row : result.rows)
        seen.unite(QSet<QString>(row.problems.cbegin(), row.problems.cend()));
    for (const QString &id : auditProblemIds())
        QVERIFY2(seen.contains(id), qPrintable(id));

    // Every warning of every hop reaches its row.
    for (const ChainResult &chain : result.chains) {
        for (const AuditRow &row : result.rows) {
            if (!chain.hops.isEmpty() && row.source == chain.request.url.toString()) {
                for (const Hop &hop : chain.hops) {
                    for (const HopWarning &warning : hop.warnings)
                        QVERIFY2(row.warnings.contains(warning.id), qPrintable(warning.id));
                }
            }
        }
    }
    QCOMPARE(result.summary.sources, 11);
    QCOMPARE(result.summary.matched, 2);
    QCOMPARE(result.summary.mismatched, 9);
    QCOMPARE(result.summary.errors, 4); // loop, downgrade, refused, invalid input
}

void tst_AuditRunner::onlyTheMethodAsked()
{
    m_server->route("/moved", ScriptedServer::redirect(301, "/new"));
    const QString list = u"%1/moved\n%1/ok\n"_s.arg(m_server->origin());
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    QCOMPARE(run(*input, options()).rows.size(), 2);
    QCOMPARE(m_server->requests().size(), 3);
    for (const ScriptedServer::Request &request : m_server->requests())
        QCOMPARE(request.method, "GET"_ba);

    m_server->clearRequests();
    AuditRunOptions head = options();
    head.base.method = "HEAD";
    auto again = AuditInput::fromText(list, AuditInputKind::List);
    const Run result = run(*again, head);
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.first().chain, (QList<std::optional<int>>{301, 200}));
    QCOMPARE(m_server->requests().size(), 3);
    for (const ScriptedServer::Request &request : m_server->requests())
        QCOMPARE(request.method, "HEAD"_ba);
}

void tst_AuditRunner::perHostLimitAcrossRedirects()
{
    // Chains start on 127.0.0.1 and are sent on to "localhost" (the second host, by name): both
    // servers answer slowly, so that without the limit many requests would overlap.
    ScriptedServer second;
    QVERIFY(second.listen());
    InFlightCounter first;
    InFlightCounter other;
    const QByteArray target = "http://localhost:" + QByteArray::number(second.port()) + "/landing";
    m_server->route("/start", first.answerLater(40, ScriptedServer::redirect(301, target)));
    second.route("/landing", other.answerLater(40, ScriptedServer::response(200, "OK", {}, "landed")));
    QString list;
    for (int i = 0; i < 16; ++i)
        list += m_server->url(u"/start"_s).toString() + u"?n="_s + QString::number(i) + u'\n';
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunOptions limited = options();
    limited.parallel = 12;
    limited.perHost = 3;
    AuditRunner runner(m_manager, &m_catalogue);
    QSignalSpy finished(&runner, &AuditRunner::finished);
    int rows = 0;
    connect(&runner, &AuditRunner::rowReady, this, [&rows](const AuditRow &row) {
        if (row.passed())
            ++rows;
    });
    runner.start(input.get(), limited);
    QVERIFY(finished.wait(20000));
    QCOMPARE(rows, 16);
    QCOMPARE(second.requests().size(), 16);
    // As the servers saw it.
    QVERIFY2(first.highest <= 3, qPrintable(QString::number(first.highest)));
    QVERIFY2(other.highest <= 3, qPrintable(QString::number(other.highest)));
    QVERIFY(first.highest >= 2); // the runs did overlap: the limit, not chance, kept them at 3
    QVERIFY(other.highest >= 2);
    QCOMPARE(runner.gate()->highestInFlight(u"127.0.0.1"_s), 3);
    QCOMPARE(runner.gate()->highestInFlight(u"localhost"_s), 3);
}

void tst_AuditRunner::ratePerHost()
{
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    m_server->route("/r", [&arrivals, &clock](const ScriptedServer::Request &, QTcpSocket *socket) {
        arrivals.append(clock.elapsed());
        socket->write(ScriptedServer::response(200, "OK", {}, "ok"));
    });
    QString list;
    for (int i = 0; i < 5; ++i)
        list += m_server->url(u"/r"_s).toString() + u"?n="_s + QString::number(i) + u'\n';
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunOptions slow = options();
    slow.ratePerHost = 20; // one every 50 ms
    QCOMPARE(run(*input, slow).rows.size(), 5);
    QCOMPARE(arrivals.size(), 5);
    QVERIFY2(arrivals.last() - arrivals.first() >= 4 * 50 - 10, qPrintable(QString::number(arrivals.last())));
}

void tst_AuditRunner::retryAfterObeyed()
{
    QList<qint64> arrivals;
    QElapsedTimer clock;
    clock.start();
    m_server->route("/busy", [&arrivals, &clock](const ScriptedServer::Request &, QTcpSocket *socket) {
        arrivals.append(clock.elapsed());
        socket->write(arrivals.size() == 1
                          ? ScriptedServer::response(429, "Too Many Requests", {{"Retry-After", "1"}}, "wait")
                          : ScriptedServer::response(200, "OK", {}, "now"));
    });
    auto input = AuditInput::fromText(m_server->url(u"/busy"_s).toString(), AuditInputKind::List);
    const Run result = run(*input, options());
    QCOMPARE(result.rows.size(), 1);
    const AuditRow &row = result.rows.first();
    QCOMPARE(row.finalStatus, 200);
    QCOMPARE(row.retries, 1);
    QVERIFY(row.passed());
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 950,
             qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
}

void tst_AuditRunner::retryAfterTooLongReported()
{
    m_server->route("/busy",
                    ScriptedServer::response(503, "Service Unavailable", {{"Retry-After", "5"}}, "x"));
    auto input = AuditInput::fromText(m_server->url(u"/busy"_s).toString(), AuditInputKind::List);
    AuditRunOptions impatient = options();
    impatient.retryAfterLimitMs = 2000;
    QElapsedTimer clock;
    clock.start();
    const Run result = run(*input, impatient);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rows.first().problems, (QStringList{u"final-not-ok"_s, u"retry-after"_s}));
    QCOMPARE(m_server->requests().size(), 1); // not retried
    QVERIFY(clock.elapsed() < 4000); // and not waited for
}

void tst_AuditRunner::retryAfterHoldsTheWholeHost()
{
    // The first source's 503 asks for a second: the other sources to that host wait it out too,
    // while a source on another host does not.
    ScriptedServer other;
    QVERIFY(other.listen());
    QElapsedTimer clock;
    clock.start();
    qint64 busyAt = -1;
    QList<qint64> okAt;
    qint64 otherAt = -1;
    m_server->route("/busy", [&](const ScriptedServer::Request &, QTcpSocket *socket) {
        const bool first = busyAt < 0;
        busyAt = clock.elapsed();
        socket->write(first
                          ? ScriptedServer::response(503, "Service Unavailable", {{"Retry-After", "1"}}, "x")
                          : ScriptedServer::response(200, "OK", {}, "ok"));
    });
    m_server->route("/later", [&](const ScriptedServer::Request &, QTcpSocket *socket) {
        okAt.append(clock.elapsed());
        socket->write(ScriptedServer::response(200, "OK", {}, "ok"));
    });
    other.route("/elsewhere", [&](const ScriptedServer::Request &, QTcpSocket *socket) {
        otherAt = clock.elapsed();
        socket->write(ScriptedServer::response(200, "OK", {}, "ok"));
    });
    // /later waits behind /busy on the server's one connection slot, then behind the hold.
    m_server->route("/slowfirst", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        QTimer::singleShot(200, socket,
                           [socket] { socket->write(ScriptedServer::response(200, "OK", {}, "s")); });
    });
    // The other host by name: limits and holds go by host, and both servers listen on 127.0.0.1.
    const QString elsewhere = u"http://localhost:"_s + QString::number(other.port());
    const QString list
        = u"%1/busy\n%1/slowfirst\n%1/later\n%2/elsewhere\n"_s.arg(m_server->origin(), elsewhere);
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunOptions oneAtATime = options();
    oneAtATime.perHost = 2; // /busy and /slowfirst go at once; /later waits for a place, then for the hold
    const Run result = run(*input, oneAtATime);
    QCOMPARE(result.rows.size(), 4);
    for (const AuditRow &row : result.rows)
        QVERIFY2(row.passed(), qPrintable(row.source + u": "_s + row.problems.join(u' ')));
    QCOMPARE(okAt.size(), 1);
    QVERIFY2(okAt.first() >= 950, qPrintable(QString::number(okAt.first())));
    QVERIFY2(otherAt < 900, qPrintable(QString::number(otherAt)));
}

void tst_AuditRunner::retryAfterDateUnderstood()
{
    // An HTTP date an hour ahead: past the limit, so reported, and the hop's own retry-after note
    // reads the date (Qt 6.4's RFC 2822 reader alone refused the "GMT" and called it unreadable).
    const QByteArray date
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(3600), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
              .toLatin1();
    m_server->route("/busy",
                    ScriptedServer::response(503, "Service Unavailable", {{"Retry-After", date}}, "x"));
    auto input = AuditInput::fromText(m_server->url(u"/busy"_s).toString(), AuditInputKind::List);
    const Run result = run(*input, options());
    QCOMPARE(result.rows.size(), 1);
    QVERIFY(result.rows.first().problems.contains(u"retry-after"_s));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(result.chains.size(), 1);
    const Hop &hop = result.chains.first().hops.first();
    QVERIFY(hop.hasWarning(u"retry-after"));
    for (const HopWarning &warning : hop.warnings) {
        if (warning.id == u"retry-after"_s) {
            QVERIFY2(warning.severity != Severity::Warning, qPrintable(warning.message));
            QVERIFY2(warning.message.contains(u"second"_s), qPrintable(warning.message));
        }
    }
}

void tst_AuditRunner::gateKeepsLimitsAndForgetsIdleHosts()
{
    HostGate gate;
    gate.setPerHost(2);
    int sent = 0;
    int owners[3] = {};
    const QUrl url(u"https://Example.org/a"_s);
    for (int &owner : owners)
        gate.acquire(&owner, url, [&sent] { ++sent; });
    QCOMPARE(sent, 2); // the third waits for a free place on the host
    QCOMPARE(gate.inFlight(u"example.org"_s), 2);
    QCOMPARE(gate.waiting(), 1);
    gate.release(&owners[0], nullptr);
    QTRY_COMPARE(sent, 3);
    gate.release(&owners[1], nullptr);
    gate.release(&owners[2], nullptr);
    QCOMPARE(gate.inFlight(u"example.org"_s), 0);
    QCOMPARE(gate.highestInFlight(u"example.org"_s), 2);

    // Hops to a thousand different hosts: the state of idle ones does not pile up.
    int owner = 0;
    for (int i = 0; i < 1000; ++i) {
        gate.acquire(&owner, QUrl(u"https://host%1.example/"_s.arg(i)), [] {});
        gate.release(&owner, nullptr);
    }
    QVERIFY2(gate.hostCount() <= 520, qPrintable(QString::number(gate.hostCount())));
}

void tst_AuditRunner::retryAfterForms_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms"); // -1: none
    QTest::newRow("seconds") << 429 << "120"_ba << qint64(120000);
    QTest::newRow("zero") << 503 << "0"_ba << qint64(0);
    QTest::newRow("date") << 503 << "Sun, 06 Dec 2026 08:00:30 GMT"_ba << qint64(30000);
    QTest::newRow("date in the past") << 503 << "Sun, 06 Dec 2026 07:00:00 GMT"_ba << qint64(0);
    QTest::newRow("RFC 850 date") << 503 << "Sunday, 06-Dec-26 08:01:00 GMT"_ba << qint64(60000);
    QTest::newRow("asctime date") << 503 << "Sun Dec  6 08:00:05 2026"_ba << qint64(5000);
    QTest::newRow("numeric zone") << 429 << "Sun, 06 Dec 2026 09:00:00 +0100"_ba << qint64(0);
    QTest::newRow("negative") << 429 << "-5"_ba << qint64(-1);
    QTest::newRow("garbage") << 429 << "soon"_ba << qint64(-1);
    QTest::newRow("missing") << 429 << QByteArray() << qint64(-1);
    QTest::newRow("not on a 500") << 500 << "10"_ba << qint64(-1);
    QTest::newRow("not on a 301") << 301 << "10"_ba << qint64(-1);
}

void tst_AuditRunner::retryAfterForms()
{
    QFETCH(int, status);
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    Hop hop;
    hop.status = status;
    if (!value.isNull())
        hop.responseHeaders.append({"Retry-After"_ba, value});
    const QDateTime now(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC);
    const std::optional<qint64> wait = HostGate::retryAfterMs(hop, now);
    QCOMPARE(wait.value_or(-1), ms);
}

void tst_AuditRunner::inputOrderKept()
{
    // The first source answers last: rows still come in input order.
    m_server->route("/slow", [](const ScriptedServer::Request &, QTcpSocket *socket) {
        QTimer::singleShot(300, socket,
                           [socket] { socket->write(ScriptedServer::response(200, "OK", {}, "s")); });
    });
    QString list = m_server->url(u"/slow"_s).toString() + u'\n';
    for (int i = 0; i < 6; ++i)
        list += m_server->url(u"/ok"_s).toString() + u"?n="_s + QString::number(i) + u'\n';
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunOptions wide = options();
    wide.perHost = 0;
    const Run result = run(*input, wide);
    QCOMPARE(result.rows.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(result.rows.at(i).index, i);
        QCOMPARE(result.rows.at(i).line, i + 1);
    }
    QCOMPARE(result.completionOrder.last(), 0); // it did finish last

    // A reorder limit of 3: the slow source and two behind it, and no more until it answers.
    auto bounded = AuditInput::fromText(list, AuditInputKind::List);
    wide.reorderLimit = 3;
    const Run small = run(*bounded, wide);
    QCOMPARE(small.rows.size(), 7);
    QCOMPARE(small.completionOrder.indexOf(0), 2);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(small.rows.at(i).index, i);
}

void tst_AuditRunner::pauseAndResume()
{
    QString list;
    for (int i = 0; i < 10; ++i)
        list += m_server->url(u"/ok"_s).toString() + u"?n="_s + QString::number(i) + u'\n';
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunOptions two = options();
    two.parallel = 2;
    AuditRunner runner(m_manager, &m_catalogue);
    QList<qint64> delivered;
    connect(&runner, &AuditRunner::rowReady, this, [&](const AuditRow &row) {
        delivered.append(row.index);
        if (delivered.size() == 1)
            runner.pause();
    });
    QSignalSpy finished(&runner, &AuditRunner::finished);
    QSignalSpy progress(&runner, &AuditRunner::progress);
    runner.start(input.get(), two);
    QTRY_COMPARE(delivered.size(), 2); // the chain that was running when paused still ends
    QVERIFY(runner.isPaused());
    roundTrip(*m_server);
    roundTrip(*m_server);
    QCOMPARE(delivered.size(), 2); // nothing new while paused
    const qsizetype sent = m_server->requests().size();
    QCOMPARE(sent, 2 + 2); // two chains and the two round trips
    runner.resume();
    QVERIFY(finished.wait(10000));
    QCOMPARE(delivered.size(), 10);
    QCOMPARE(runner.summary().sources, 10);
    QVERIFY(!runner.summary().cancelled);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toLongLong(), 10);
    QCOMPARE(last.at(1).toLongLong(), 10);
    QVERIFY(last.at(2).toDouble() > 0);
}

void tst_AuditRunner::cancelDeliversWhatFinished()
{
    // /hang never answers: the first source blocks the order, the second finishes behind it.
    m_server->route("/hang", [](const ScriptedServer::Request &, QTcpSocket *) {});
    const QString list = u"%1/hang\n%1/ok\n%1/hang?2\n"_s.arg(m_server->origin());
    auto input = AuditInput::fromText(list, AuditInputKind::List);
    AuditRunner runner(m_manager, &m_catalogue);
    QList<AuditRow> rows;
    connect(&runner, &AuditRunner::rowReady, this, [&rows](const AuditRow &row) { rows.append(row); });
    QSignalSpy finished(&runner, &AuditRunner::finished);
    QSignalSpy chains(&runner, &AuditRunner::chainFinished);
    runner.start(input.get(), options());
    QVERIFY(chains.wait(5000)); // /ok finished, held behind /hang
    QTRY_COMPARE(m_server->requestsTo("/hang").size(), 2);
    QVERIFY(rows.isEmpty());
    runner.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().index, 1);
    QCOMPARE(runner.summary().sources, 1);
    QVERIFY(runner.summary().cancelled);
    QVERIFY(!runner.isRunning());
}

void tst_AuditRunner::againstHttpbin()
{
    StatusScope::Test::HttpbinServer httpbin;
    STATUSSCOPE_START_PEER(httpbin);
    const QString origin = httpbin.url(u"/"_s).toString().chopped(1);
    const QString map = u"%1/redirect-to?url=/get&status_code=301,/get,301\n"
                        "%1/redirect-to?url=/get&status_code=302,/get,301\n"
                        "%1/status/404,/status/404\n"
                        "%1/redirect/3,/get\n"
                        "%1/get,/anything\n"_s.arg(origin);
    auto input = AuditInput::fromText(map, AuditInputKind::Guess);
    const Run result = run(*input, options());
    QCOMPARE(result.rows.size(), 5);
    QCOMPARE(result.rows.at(0).problems, QStringList());
    QCOMPARE(result.rows.at(0).chain, (QList<std::optional<int>>{301, 200}));
    QCOMPARE(result.rows.at(1).problems, QStringList{u"status-mismatch"_s});
    QCOMPARE(result.rows.at(2).problems, QStringList{u"final-not-ok"_s});
    QCOMPARE(result.rows.at(3).problems, QStringList{u"chain-too-long"_s});
    QCOMPARE(result.rows.at(3).hops, 4);
    QCOMPARE(result.rows.at(4).problems, QStringList{u"target-mismatch"_s});
    QCOMPARE(result.summary.matched, 1);
}

void tst_AuditRunner::retryAfterFromTheHopThatAsked()
{
    // A 301 to a second host that answers 429 Retry-After: 1, then 200: the chain goes on from the
    // 429 (the first host is asked once), after the wait, and the row reads 301 > 200.
    ScriptedServer second;
    QVERIFY(second.listen());
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    second.route("/landing", [&arrivals, &clock](const ScriptedServer::Request &, QTcpSocket *socket) {
        arrivals.append(clock.elapsed());
        socket->write(arrivals.size() == 1
                          ? ScriptedServer::response(429, "Too Many Requests", {{"Retry-After", "1"}}, "wait")
                          : ScriptedServer::response(200, "OK", {}, "landed"));
    });
    const QByteArray target = "http://localhost:" + QByteArray::number(second.port()) + "/landing";
    m_server->route("/start", ScriptedServer::redirect(301, target));
    auto input = AuditInput::fromText(m_server->url(u"/start"_s).toString() + u","_s
                                          + QString::fromLatin1(target) + u",301\n"_s,
                                      AuditInputKind::Map);
    const Run result = run(*input, options());
    QCOMPARE(result.rows.size(), 1);
    const AuditRow &row = result.rows.first();
    QVERIFY2(row.passed(), qPrintable(row.problems.join(u' ')));
    QCOMPARE(row.chain, (QList<std::optional<int>>{301, 200}));
    QCOMPARE(row.hops, 2);
    QCOMPARE(row.retries, 1);
    QVERIFY(row.warnings.contains(u"retry-after"_s));
    QCOMPARE(m_server->requests().size(), 1); // the first host, once
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) - arrivals.at(0) >= 950,
             qPrintable(QString::number(arrivals.at(1) - arrivals.at(0))));
    // The chain as the console shows it keeps every hop, the 429 with the wait noted.
    QCOMPARE(result.chains.size(), 1);
    const ChainResult &chain = result.chains.first();
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops.at(1).status, 429);
    QVERIFY(
        std::any_of(chain.hops.at(1).warnings.cbegin(), chain.hops.at(1).warnings.cend(),
                    [](const HopWarning &warning) { return warning.message.contains(u"retry 1 of 2"_s); }));
    QCOMPARE(chain.hops.at(2).url, QUrl(QString::fromLatin1(target)));
}

void tst_AuditRunner::sharedGateLimitsBothRunners()
{
    // A run of slow sources at 2 per host, and a second runner fetching chains again on the same
    // host meanwhile (the Audit page's re-fetch): sharing the run's gate, the server never sees
    // more than 2 at once. Pausing the run holds back its own hops only.
    InFlightCounter counter;
    m_server->route("/slow", counter.answerLater(60, ScriptedServer::response(200, "OK", {}, "slow")));
    QString list;
    for (int i = 0; i < 8; ++i)
        list += m_server->url(u"/slow"_s).toString() + u"?run="_s + QString::number(i) + u'\n';
    auto runInput = AuditInput::fromText(list, AuditInputKind::List);
    auto fetchInput = AuditInput::fromText(m_server->url(u"/slow?again=1"_s).toString() + u'\n'
                                               + m_server->url(u"/slow?again=2"_s).toString() + u'\n'
                                               + m_server->url(u"/slow?again=3"_s).toString(),
                                           AuditInputKind::List);
    AuditRunOptions limited = options();
    limited.parallel = 8;
    limited.perHost = 2;
    AuditRunner runner(m_manager, &m_catalogue);
    AuditRunner refetcher(m_manager, &m_catalogue);
    refetcher.shareGateOf(runner);
    QSignalSpy runFinished(&runner, &AuditRunner::finished);
    QSignalSpy fetchFinished(&refetcher, &AuditRunner::finished);
    runner.start(runInput.get(), limited);
    AuditRunOptions unlimited = limited;
    unlimited.perHost = 0; // the run's limits hold, not the borrower's
    refetcher.start(fetchInput.get(), unlimited);
    QVERIFY(fetchFinished.wait(20000));
    QCOMPARE(refetcher.summary().matched, 3);
    runner.pause();
    const qsizetype sentWhenPaused = m_server->requests().size();
    roundTrip(*m_server);
    QVERIFY(m_server->requests().size() <= sentWhenPaused + 1 + 2); // the round trip, and hops already sent
    runner.resume();
    QVERIFY(runFinished.count() == 1 || runFinished.wait(20000));
    QCOMPARE(runner.summary().matched, 8);
    QVERIFY2(counter.highest <= 2, qPrintable(QString::number(counter.highest)));
    QCOMPARE(counter.highest, 2); // they did overlap: the limit, not chance, kept them at 2
    QCOMPARE(runner.gate(), refetcher.gate());
}

void tst_AuditRunner::rowsRunAgainFromTheirSources()
{
    // The window's re-run: each row's source made from the row (auditSourceOfRow) and run again
    // through fromSources() gives the same rows, a source typed without a scheme, a relative
    // expected target and an invalid line included, numbered in the list's order.
    m_server->route("/moved", ScriptedServer::redirect(301, "/new"));
    const QString origin = m_server->origin();
    const QString map = u"%1/moved,/new,301\n"_s.arg(origin)
        + u"%1/moved,/ok,302\n"_s.arg(origin.mid(int(qstrlen("http://")))) + u"ftp://nowhere/x,/y\n"_s;
    auto input = AuditInput::fromText(map, AuditInputKind::Map);
    const Run first = run(*input, options());
    QCOMPARE(first.rows.size(), 3);
    QList<AuditSource> sources;
    for (qsizetype i = first.rows.size() - 1; i >= 0; --i) // another order: numbered as listed
        sources.append(auditSourceOfRow(first.rows.at(i)));
    auto again = AuditInput::fromSources(sources);
    QCOMPARE(again->total(), 3);
    const Run second = run(*again, options());
    QCOMPARE(second.rows.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const AuditRow &before = first.rows.at(2 - i);
        const AuditRow &after = second.rows.at(i);
        QCOMPARE(after.index, i);
        QCOMPARE(after.line, before.line);
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.expectedTarget, before.expectedTarget);
        QCOMPARE(after.expectedStatus, before.expectedStatus);
        QCOMPARE(after.problems, before.problems);
        QCOMPARE(after.chain, before.chain);
    }
    QVERIFY(second.rows.at(0).error && second.rows.at(0).error->kind == u"invalid-input"_s);
    QCOMPARE(second.rows.at(1).problems, (QStringList{u"target-mismatch"_s, u"status-mismatch"_s}));
    QVERIFY(second.rows.at(2).passed());
}

QTEST_GUILESS_MAIN(tst_AuditRunner)
#include "tst_auditrunner.moc"
