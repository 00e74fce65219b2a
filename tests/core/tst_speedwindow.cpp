// SPDX-License-Identifier: MIT
// The low-speed rule on its own, with made-up clocks: when a whole window has passed and the bytes
// it moved average under the limit, and not before.
#include "core/requests/speedwindow.h"

#include <QTest>

using namespace StatusScope::Core;

class tst_SpeedWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offByDefault();
    void needsAWholeWindow();
    void averagesOverTheLastWindowOnly();
    void restartForgetsThePast();
};

void tst_SpeedWindow::offByDefault()
{
    SpeedWindow off;
    QVERIFY(!off.isEnabled());
    QVERIFY(!off.tooSlow(1'000'000, 0));
    SpeedWindow zero(0, 1000);
    QVERIFY(!zero.tooSlow(1'000'000, 0));
}

void tst_SpeedWindow::needsAWholeWindow()
{
    // 100 bytes/s over 1 s: nothing is judged before a second has passed.
    SpeedWindow window(100, 1000);
    QVERIFY(!window.tooSlow(200, 0));
    QVERIFY(!window.tooSlow(999, 0));
    QVERIFY(window.tooSlow(1000, 0));
    SpeedWindow enough(100, 1000);
    QVERIFY(!enough.tooSlow(1000, 100)); // exactly the limit is not under it
    SpeedWindow under(100, 1000);
    QVERIFY(under.tooSlow(1000, 99));
}

void tst_SpeedWindow::averagesOverTheLastWindowOnly()
{
    // A fast start does not buy a slow end: 10 kB in the first second, then a byte a second.
    SpeedWindow window(100, 2000);
    QVERIFY(!window.tooSlow(1000, 10000));
    QVERIFY(!window.tooSlow(2000, 10001)); // 0..2000 moved 10001 bytes
    QVERIFY(window.tooSlow(3000, 10002)); // 1000..3000 moved 2
    QCOMPARE(window.bytesInLastWindow(), 2);
    // And a slow start is forgiven once the last window is fast enough.
    SpeedWindow recovering(100, 1000);
    QVERIFY(!recovering.tooSlow(500, 0));
    QVERIFY(!recovering.tooSlow(1500, 1000));
    QVERIFY(!recovering.tooSlow(2500, 1100));
}

void tst_SpeedWindow::restartForgetsThePast()
{
    SpeedWindow window(100, 1000);
    QVERIFY(!window.tooSlow(500, 0));
    window.restart();
    QVERIFY(!window.tooSlow(900, 0)); // a new hop: its own second has not passed yet
    QVERIFY(window.tooSlow(1000, 0));
}

QTEST_GUILESS_MAIN(tst_SpeedWindow)
#include "tst_speedwindow.moc"
