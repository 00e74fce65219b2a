// SPDX-License-Identifier: MIT
// IncomingText and decodeIncomingText(): text files as tools save them (a UTF-8 byte order mark,
// UTF-16 and UTF-32 with theirs), read as UTF-8 in any pieces.
#include "core/formats/incomingtext.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using StatusScope::Core::IncomingText;

class tst_IncomingText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readInPieces_data();
    void readInPieces();
    void shortInputs_data();
    void shortInputs();
    void wholeText();
};

namespace {

QByteArray marked(QStringConverter::Encoding encoding, const QString &text)
{
    return QStringEncoder(encoding, QStringConverter::Flag::WriteBom).encode(text);
}

const QString Sample = u"https://a.example/über\r\n# „Kommentar“ 🙂\nhttps://b.example/\n"_s;

} // namespace

void tst_IncomingText::readInPieces_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<std::optional<QStringConverter::Encoding>>("encoding");
    QTest::newRow("UTF-8") << Sample.toUtf8() << std::optional<QStringConverter::Encoding>();
    QTest::newRow("UTF-8 with a mark")
        << QByteArray("\xEF\xBB\xBF" + Sample.toUtf8()) << std::optional<QStringConverter::Encoding>();
    for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE,
                                QStringConverter::Utf32LE, QStringConverter::Utf32BE}) {
        QTest::addRow("%s", QStringConverter::nameForEncoding(encoding))
            << marked(encoding, Sample) << std::optional<QStringConverter::Encoding>(encoding);
    }
}

void tst_IncomingText::readInPieces()
{
    QFETCH(QByteArray, bytes);
    QFETCH(std::optional<QStringConverter::Encoding>, encoding);
    // Whole, then byte by byte and three at a time: marks and characters split across pieces.
    for (const qsizetype piece : {bytes.size(), qsizetype(1), qsizetype(3)}) {
        IncomingText incoming;
        QByteArray utf8;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            utf8 += incoming.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        utf8 += incoming.finish();
        QCOMPARE(QString::fromUtf8(utf8), Sample); // no mark left at the start
        QCOMPARE(incoming.encoding(), encoding);
    }
}

void tst_IncomingText::shortInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one letter") << "h"_ba
                                << "h"_ba;
    QTest::newRow("half a UTF-16 mark") << "\xFF"_ba
                                        << "\xFF"_ba; // not text, passed on as it is
    QTest::newRow("a UTF-16 mark alone") << "\xFE\xFF"_ba << QByteArray();
    QTest::newRow("a UTF-8 mark alone") << "\xEF\xBB\xBF"_ba << QByteArray();
    QTest::newRow("NUL bytes") << QByteArray("\0\0\0\0x", 5) << QByteArray("\0\0\0\0x", 5);
    QTest::newRow("not UTF-8") << "http://a.example/\xFC"_ba
                               << "http://a.example/\xFC"_ba;
}

void tst_IncomingText::shortInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, utf8);
    IncomingText incoming;
    QByteArray read;
    for (const char byte : std::as_const(bytes))
        read += incoming.feed(QByteArrayView(&byte, 1));
    read += incoming.finish();
    QCOMPARE(read, utf8);
}

void tst_IncomingText::wholeText()
{
    QCOMPARE(StatusScope::Core::decodeIncomingText(marked(QStringConverter::Utf16LE, Sample)), Sample);
    QCOMPARE(StatusScope::Core::decodeIncomingText(QByteArray("\xEF\xBB\xBF" + Sample.toUtf8())), Sample);
    QCOMPARE(StatusScope::Core::decodeIncomingText(Sample.toUtf8()), Sample);
    QCOMPARE(StatusScope::Core::decodeIncomingText("curl http://a.example/\xFC"_ba), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_IncomingText)
#include "tst_incomingtext.moc"
