// SPDX-License-Identifier: MIT
// Back and Forward through visited catalogue entries, as a browser keeps them.
#include "gui/catalogueview/entryhistory.h"

#include <QTest>

using StatusScope::Gui::EntryHistory;
using Choice = EntryHistory::Choice;

namespace {
// An entry as a number, -1 for none, so a failing comparison prints both sides.
int entry(std::optional<qsizetype> value)
{
    return value ? int(*value) : -1;
}
} // namespace

class tst_EntryHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyGoesNowhere();
    void backAndForward();
    void visitingDropsWhatLayAhead();
    void sameEntryTwiceIsOneVisit();
    void automaticPicksReplaceEachOther();
    void automaticPickChosenBecomesAVisit();
    void oldestVisitsAreDropped();
};

void tst_EntryHistory::emptyGoesNowhere()
{
    EntryHistory history;
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(entry(history.back()), -1);
    QCOMPARE(entry(history.forward()), -1);
    QCOMPARE(entry(history.current()), -1);
}

void tst_EntryHistory::backAndForward()
{
    EntryHistory history;
    history.visit(1);
    history.visit(2);
    history.visit(3);
    QCOMPARE(entry(history.back()), 2);
    QCOMPARE(entry(history.back()), 1);
    QCOMPARE(entry(history.back()), -1);
    QCOMPARE(entry(history.current()), 1);
    QCOMPARE(entry(history.forward()), 2);
    QCOMPARE(entry(history.forward()), 3);
    QCOMPARE(entry(history.forward()), -1);
    QCOMPARE(history.size(), qsizetype(3));
}

void tst_EntryHistory::visitingDropsWhatLayAhead()
{
    EntryHistory history;
    history.visit(1);
    history.visit(2);
    history.visit(3);
    QCOMPARE(entry(history.back()), 2);
    history.visit(9);
    QVERIFY(!history.canGoForward());
    QCOMPARE(entry(history.back()), 2);
    QCOMPARE(entry(history.back()), 1);
}

void tst_EntryHistory::sameEntryTwiceIsOneVisit()
{
    EntryHistory history;
    history.visit(1);
    history.visit(1);
    QCOMPARE(history.size(), qsizetype(1));
    QVERIFY(!history.canGoBack());
}

void tst_EntryHistory::automaticPicksReplaceEachOther()
{
    // Typing "teapot": each keystroke's first row replaces the last one's.
    EntryHistory history;
    history.visit(404);
    history.visit(400, Choice::Automatic);
    history.visit(410, Choice::Automatic);
    history.visit(418, Choice::Automatic);
    QCOMPARE(history.size(), qsizetype(2));
    QCOMPARE(entry(history.back()), 404);
    // A search that ends on the entry it started from leaves no step behind.
    history.visit(500);
    history.visit(404, Choice::Automatic);
    history.visit(500, Choice::Automatic);
    QCOMPARE(entry(history.current()), 500);
    QCOMPARE(entry(history.back()), 404);
}

void tst_EntryHistory::automaticPickChosenBecomesAVisit()
{
    EntryHistory history;
    history.visit(404);
    history.visit(418, Choice::Automatic);
    history.visit(418); // clicked: kept
    history.visit(500, Choice::Automatic);
    QCOMPARE(entry(history.back()), 418);
    QCOMPARE(entry(history.back()), 404);
}

void tst_EntryHistory::oldestVisitsAreDropped()
{
    EntryHistory history;
    for (qsizetype i = 0; i < EntryHistory::Limit + 10; ++i)
        history.visit(i);
    QCOMPARE(history.size(), EntryHistory::Limit);
    while (history.canGoBack())
        history.back();
    QCOMPARE(entry(history.current()), 10);
}

QTEST_GUILESS_MAIN(tst_EntryHistory)
#include "tst_entryhistory.moc"
