// SPDX-License-Identifier: MIT
// Byte counts as people read them, the way sentences and labels show them.
#include "core/formats/datasize.h"
#include "core/i18n/translations.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_DataSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The plural forms ("1 byte", "2 bytes") come from the English catalogue, as in the program.
    void initTestCase() { QVERIFY(StatusScope::Core::installTranslations(*qApp, QLocale(QLocale::English))); }
    void readableSize_data();
    void readableSize();
};

void tst_DataSize::readableSize_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nothing") << qint64(0) << u"0 bytes"_s;
    QTest::newRow("one") << qint64(1) << u"1 byte"_s;
    QTest::newRow("under a kibibyte") << qint64(1023) << u"1,023 bytes"_s; // grouped as the locale groups
    QTest::newRow("one kibibyte") << qint64(1024) << u"1 KiB"_s;
    QTest::newRow("a kibibyte and a half") << qint64(1536) << u"1.5 KiB"_s;
    QTest::newRow("default body limit") << qint64(64) * 1024 * 1024 << u"64 MiB"_s;
    QTest::newRow("just over the limit") << qint64(64) * 1024 * 1024 + 1 << u"64.0 MiB"_s;
    QTest::newRow("uneven") << qint64(2000000) << u"1.9 MiB"_s;
    QTest::newRow("gibibytes") << qint64(5) * 1024 * 1024 * 1024 << u"5 GiB"_s;
}

void tst_DataSize::readableSize()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    QCOMPARE(StatusScope::Core::readableSize(bytes, QLocale(QLocale::English)), shown);
}

QTEST_GUILESS_MAIN(tst_DataSize)
#include "tst_datasize.moc"
