// SPDX-License-Identifier: MIT
// The translation files: nothing unfinished or vanished, and every placeholder (%1…%9, %n) of a
// source text present in its translation, so no message loses a value at run time.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

// The plain (non-numerus) messages of a .ts file.
QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            current = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1StringView("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!current.numerus) {
                current.translations = {xml.readElementText()};
                messages.append(current);
            }
        }
    }
    return messages;
}

// Numerus messages, read separately: their forms are collected until the message closes.
QList<Message> readNumerus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    Message current;
    bool inNumerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            inNumerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            current = Message{{}, {}, {}, {}, inNumerus};
        } else if (inNumerus && xml.isStartElement() && xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (inNumerus && xml.isStartElement() && xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
        } else if (inNumerus && xml.isStartElement() && xml.name() == u"numerusform") {
            current.translations.append(xml.readElementText());
        } else if (inNumerus && xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            inNumerus = false;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

const QString translationsDir = QStringLiteral(STATUSSCOPE_SOURCE_DIR "/translations");

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
    void englishPluralsAreComplete();
};

void tst_Translations::complete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : QDir(translationsDir).entryList({u"statusscope_*.ts"_s})) {
        if (file != u"statusscope_en.ts"_s) // English holds only plural forms
            QTest::newRow(qPrintable(file)) << file;
    }
    for (const char *language : {"de", "fr", "es"}) // the languages the README promises
        QVERIFY2(QDir(translationsDir).exists(u"statusscope_%1.ts"_s.arg(QLatin1StringView(language))),
                 language);
}

void tst_Translations::complete()
{
    QFETCH(QString, file);
    const QString path = translationsDir + u'/' + file;
    QList<Message> messages = readTs(path) + readNumerus(path);
    QVERIFY(messages.size() > 100);
    for (const Message &message : std::as_const(messages)) {
        const QString where = message.context + u": "_s + message.source.left(60);
        QVERIFY2(message.type.isEmpty(), qPrintable(message.type + u" — "_s + where));
        QVERIFY2(!message.translations.isEmpty(), qPrintable(u"no translation — "_s + where));
        const QSet<QString> expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QVERIFY2(!translation.isEmpty(), qPrintable(u"empty — "_s + where));
            QSet<QString> found = placeholders(translation);
            // The singular form may spell out "one"; a count that only picks the form and shows a
            // number written elsewhere (%1) has no %n at all.
            if (message.numerus && message.translations.size() > 1
                && translation == message.translations.first() && expected.contains(u"%n"_s))
                found.insert(u"%n"_s);
            QVERIFY2(found == expected,
                     qPrintable(u"placeholders differ — "_s + where + u" → "_s + translation));
        }
    }
}

void tst_Translations::englishPluralsAreComplete()
{
    const QList<Message> numerus = readNumerus(translationsDir + u"/statusscope_en.ts"_s);
    QVERIFY(numerus.size() >= 10);
    for (const Message &message : numerus) {
        QVERIFY2(message.type.isEmpty(), qPrintable(message.source));
        QCOMPARE(message.translations.size(), 2);
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
