// SPDX-License-Identifier: MIT
// HeaderTableModel under the model tester: rows added, edited, switched off, removed and replaced,
// the way the console's header table and its views drive it.
#include "core/requests/headertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HeaderTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addEditAndRemoveRows();
    void checkBoxesTakeWhatAViewSends();
    void badRowsAreMarked();
    void secretValuesAreHidden();
    void setRowsReplacesEverything();

private:
    HeaderTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_HeaderTableModel::init()
{
    m_model = new HeaderTableModel(this);
    m_tester
        = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_HeaderTableModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void tst_HeaderTableModel::addEditAndRemoveRows()
{
    QSignalSpy validity(m_model, &HeaderTableModel::validityChanged);
    QCOMPARE(m_model->addRow({true, u"Accept"_s, u"*/*"_s}), 0);
    QCOMPARE(m_model->addRow(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(validity.size(), 2);
    // An empty row is not sent and is no mistake.
    QCOMPARE(m_model->enabledHeaders().size(), 1);
    QVERIFY(!m_model->firstError());

    QVERIFY(m_model->setData(m_model->index(1, HeaderTableModel::NameColumn), u" X-Id "_s));
    QVERIFY(m_model->setData(m_model->index(1, HeaderTableModel::ValueColumn), u" 7 "_s));
    QCOMPARE(m_model->index(1, HeaderTableModel::NameColumn).data(Qt::EditRole).toString(), u" X-Id "_s);
    const HeaderList headers{{"Accept", "*/*"}, {"X-Id", "7"}};
    QCOMPARE(m_model->enabledHeaders(), headers);

    m_model->removeRowAt(0);
    m_model->removeRowAt(5); // out of range: nothing happens
    m_model->removeRowAt(-1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->enabledHeaders(), HeaderList({{"X-Id", "7"}}));
    m_model->removeRowAt(0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->setData(m_model->index(0, 0), u"gone"_s)); // no such row
}

void tst_HeaderTableModel::checkBoxesTakeWhatAViewSends()
{
    m_model->addRow({true, u"Authorization"_s, u"Bearer abc"_s});
    const QModelIndex name = m_model->index(0, HeaderTableModel::NameColumn);
    const QModelIndex secret = m_model->index(0, HeaderTableModel::SecretColumn);
    QVERIFY(m_model->flags(name) & Qt::ItemIsUserCheckable);
    QVERIFY(m_model->flags(secret) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->flags(secret) & Qt::ItemIsEditable));
    // A view's delegate sends the check state as a plain int.
    QVERIFY(m_model->setData(name, int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(name.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(m_model->enabledHeaders().isEmpty());
    QVERIFY(m_model->setData(name, int(Qt::Checked), Qt::CheckStateRole));
    QVERIFY(m_model->setData(secret, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(m_model->secretNames(), QList<QByteArray>{"Authorization"});
    QVERIFY(!m_model->setData(secret, u"text"_s, Qt::EditRole));
    QVERIFY(!m_model->setData(name, u"x"_s, Qt::DecorationRole));
}

void tst_HeaderTableModel::badRowsAreMarked()
{
    m_model->addRow({true, QString(), u"orphan"_s});
    const QString noName = m_model->index(0, 0).data(HeaderTableModel::ErrorRole).toString();
    QVERIFY2(noName.contains(u"no name"_s), qPrintable(noName));
    QCOMPARE(m_model->firstError(), noName);
    m_model->addRow({true, u"X-Test"_s, u"a\nInjected: yes"_s});
    QVERIFY(!m_model->index(1, 1).data(Qt::ToolTipRole).toString().isEmpty());
    // Switched off, a bad row is no longer in the way.
    m_model->setData(m_model->index(0, 0), int(Qt::Unchecked), Qt::CheckStateRole);
    m_model->setData(m_model->index(1, 0), int(Qt::Unchecked), Qt::CheckStateRole);
    QVERIFY(!m_model->firstError());
}

void tst_HeaderTableModel::secretValuesAreHidden()
{
    m_model->addRow({true, u"X-Api-Key"_s, u"k3y-value"_s, true});
    const QModelIndex value = m_model->index(0, HeaderTableModel::ValueColumn);
    QCOMPARE(value.data().toString(), u"••••"_s);
    QCOMPARE(value.data(Qt::EditRole).toString(), u"k3y-value"_s); // editable as typed
    QVERIFY(!m_model->index(0, HeaderTableModel::SecretColumn).data().isValid());
}

void tst_HeaderTableModel::setRowsReplacesEverything()
{
    m_model->addRow({true, u"Accept"_s, u"*/*"_s});
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy validity(m_model, &HeaderTableModel::validityChanged);
    m_model->setRows({{true, u"A"_s, u"1"_s}, {false, u"B"_s, u"2"_s}, {true, u"C"_s, u"3"_s, true}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(validity.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->enabledHeaders(), HeaderList({{"A", "1"}, {"C", "3"}}));
    m_model->setRows({});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->enabledHeaders().isEmpty());
}

QTEST_GUILESS_MAIN(tst_HeaderTableModel)
#include "tst_headertablemodel.moc"
