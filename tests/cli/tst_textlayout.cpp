// SPDX-License-Identifier: MIT
// Word wrapping for the terminal: what `check`, `explain` and `audit` print under a hop or a code.
#include "cli/textlayout.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Cli;

class TextLayoutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapsWordsAtTheWidth_data();
    void wrapsWordsAtTheWidth();
    void noLineIsLongerThanTheWidthUnlessOneWordIs();
};

void TextLayoutTest::wrapsWordsAtTheWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("indent");
    QTest::addColumn<QString>("wrapped");

    // The width counts the indent; below 20 columns of text the text still gets 20.
    QTest::newRow("fits") << u"The server moved it."_s << 40 << u"  "_s << u"  The server moved it."_s;
    QTest::newRow("breaks between words") << u"aaaa bbbb cccc dddd eeee ffff gggg"_s << 22 << u"  "_s
                                          << u"  aaaa bbbb cccc dddd\n  eeee ffff gggg"_s;
    QTest::newRow("exactly the width")
        << u"aaaaaaaaa bbbbbbbbbb"_s << 20 << QString() << u"aaaaaaaaa bbbbbbbbbb"_s;
    QTest::newRow("one past the width")
        << u"aaaaaaaaa bbbbbbbbbbb"_s << 20 << QString() << u"aaaaaaaaa\nbbbbbbbbbbb"_s;
    QTest::newRow("runs of space and single line breaks are one space")
        << u"  one   two\nthree\t four  "_s << 40 << u"> "_s << u"> one two three four"_s;
    QTest::newRow("a blank line ends a paragraph")
        << u"first part.\n\nsecond part.\n \t\n\nthird."_s << 40 << u"  "_s
        << u"  first part.\n\n  second part.\n\n  third."_s;
    QTest::newRow("Windows line breaks")
        << u"one\r\n\r\ntwo\r\nthree"_s << 40 << QString() << u"one\n\ntwo three"_s;
    QTest::newRow("a word longer than the line stays whole")
        << u"see https://www.rfc-editor.org/rfc/rfc9110#name-301-moved-permanently now"_s << 30 << QString()
        << u"see\nhttps://www.rfc-editor.org/rfc/rfc9110#name-301-moved-permanently\nnow"_s;
    QTest::newRow("narrow terminal keeps 20 columns")
        << u"aaaa bbbb cccc dddd eeee"_s << 10 << u"    "_s << u"    aaaa bbbb cccc dddd\n    eeee"_s;
    QTest::newRow("nothing") << u" \n\n "_s << 40 << u"  "_s << QString();
    QTest::newRow("non-breaking space is not a break")
        << u"10\u00A0s later"_s << 40 << QString() << u"10\u00A0s later"_s;
}

void TextLayoutTest::wrapsWordsAtTheWidth()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(QString, indent);
    QFETCH(QString, wrapped);
    QCOMPARE(wrapText(text, width, indent), wrapped);
}

void TextLayoutTest::noLineIsLongerThanTheWidthUnlessOneWordIs()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QString(1 + (i * 7) % 13, QChar(u'a' + i % 26)) + (i % 50 == 49 ? u"\n\n"_s : u" "_s);
    for (int width = 23; width <= 100; width += 7) { // 20 columns of text at least, past the indent
        const QStringList lines = wrapText(text, width, u"   "_s).split(u'\n');
        QVERIFY(lines.size() > 1);
        for (const QString &line : lines) {
            if (line.isEmpty())
                continue; // between paragraphs
            QVERIFY2(line.size() <= width, qPrintable(line));
            QVERIFY(line.startsWith(u"   "_s));
            QVERIFY(!line.endsWith(u' '));
        }
        QCOMPARE(wrapText(text, width, u"   "_s).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts),
                 text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts));
    }
}

QTEST_GUILESS_MAIN(TextLayoutTest)
#include "tst_textlayout.moc"
