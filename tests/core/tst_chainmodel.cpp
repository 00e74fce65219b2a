// SPDX-License-Identifier: MIT
// ChainModel under the model tester: a chain grows live (rows inserted, then completed), is
// cleared for the next send, and is replaced whole by a stored chain.
#include "core/requests/chainmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_ChainModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void liveChainInsertsThenCompletesRows();
    void outOfOrderReportsAreIgnored();
    void clearEmptiesTheChain();
    void storedChainReplacesEverything();
    void chainDurationRescalesTheWaterfall();

private:
    static Hop finishedHop(int index, int status, double doneMs);

    ChainModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_ChainModel::init()
{
    m_model = new ChainModel(this);
    m_tester
        = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_ChainModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

Hop tst_ChainModel::finishedHop(int index, int status, double doneMs)
{
    Hop hop;
    hop.index = index;
    hop.method = "GET";
    hop.url = QUrl(u"http://example.org/%1"_s.arg(index));
    hop.status = status;
    hop.reason = status == 302 ? u"Found"_s : u"OK"_s;
    hop.timings.done = doneMs;
    return hop;
}

void tst_ChainModel::liveChainInsertsThenCompletesRows()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->hopStarted(0, "GET", QUrl(u"http://example.org/0"_s), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ChainModel::ReasonColumn).data().toString(), u"waiting…"_s);
    QVERIFY(m_model->index(0, 0).data(ChainModel::RunningRole).toBool());
    QVERIFY(!m_model->index(0, 0).data(ChainModel::StatusRole).isValid());

    m_model->hopFinished(finishedHop(0, 302, 12.5));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->index(0, ChainModel::StatusColumn).data().toString(), u"302"_s);
    QCOMPARE(m_model->index(0, ChainModel::ReasonColumn).data().toString(), u"Found"_s);
    QVERIFY(!m_model->index(0, 0).data(ChainModel::RunningRole).toBool());

    m_model->hopStarted(1, "GET", QUrl(u"http://example.org/1"_s), 13);
    m_model->hopFinished(finishedHop(1, 200, 4));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->hopCount(), 2);
    QCOMPARE(m_model->index(1, ChainModel::StatusColumn).data(ChainModel::StatusRole).toInt(), 200);
    QCOMPARE(m_model->index(0, 0).data(ChainModel::ChainDurationRole).toDouble(), 17.0);
    QCOMPARE(m_model->hopAt(1)->status, 200);
    QCOMPARE(m_model->hopAt(2), nullptr);
}

void tst_ChainModel::outOfOrderReportsAreIgnored()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->hopStarted(1, "GET", QUrl(u"http://example.org/1"_s), 0); // hop 0 never started
    m_model->hopFinished(finishedHop(0, 200, 1));
    m_model->hopFinished(finishedHop(-1, 200, 1));
    m_model->setChainDuration(50); // nothing to scale
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_ChainModel::clearEmptiesTheChain()
{
    m_model->hopStarted(0, "GET", QUrl(u"http://example.org/0"_s), 0);
    m_model->hopFinished(finishedHop(0, 200, 30));
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    // The next chain starts from an empty axis.
    m_model->hopStarted(0, "GET", QUrl(u"http://example.org/0"_s), 0);
    m_model->hopFinished(finishedHop(0, 200, 2));
    QCOMPARE(m_model->index(0, 0).data(ChainModel::ChainDurationRole).toDouble(), 2.0);
    m_model->clear();
    m_model->clear(); // clearing an empty chain is harmless
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ChainModel::storedChainReplacesEverything()
{
    m_model->hopStarted(0, "POST", QUrl(u"http://example.org/running"_s), 0);
    ChainResult chain;
    chain.hops = {finishedHop(0, 301, 5), finishedHop(1, 302, 5), finishedHop(2, 200, 5)};
    chain.hops[2].warnings.append({u"x"_s, Severity::Warning, u"a <b>note</b>"_s, QString()});
    chain.totalMs = 20;
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_model->setChain(chain, {0, 6, 12});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->index(1, 0).data(ChainModel::StartRole).toDouble(), 6.0);
    QCOMPARE(m_model->index(0, 0).data(ChainModel::ChainDurationRole).toDouble(), 20.0);
    QCOMPARE(m_model->index(2, ChainModel::WarningsColumn).data().toString(), u"1"_s);
    QCOMPARE(m_model->index(2, 0).data(ChainModel::SeverityRole).toInt(), int(Severity::Warning));
    QVERIFY(m_model->index(2, ChainModel::WarningsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"&lt;b&gt;"_s));
    // An empty chain is a reset to nothing.
    m_model->setChain(ChainResult{}, {});
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ChainModel::chainDurationRescalesTheWaterfall()
{
    m_model->hopStarted(0, "GET", QUrl(u"http://example.org/0"_s), 0);
    m_model->hopFinished(finishedHop(0, 200, 10));
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setChainDuration(5); // shorter than what is drawn: the axis stays
    QCOMPARE(changed.size(), 0);
    m_model->setChainDuration(40);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(ChainModel::TimingColumn));
    QCOMPARE(m_model->index(0, 0).data(ChainModel::ChainDurationRole).toDouble(), 40.0);
}

QTEST_GUILESS_MAIN(tst_ChainModel)
#include "tst_chainmodel.moc"
