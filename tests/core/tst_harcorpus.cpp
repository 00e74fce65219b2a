// SPDX-License-Identifier: MIT
// Our own HAR files in the styles of the tools that write them (tests/data/corpus/har: Chrome,
// Firefox, Safari, Charles, Insomnia, mitmproxy; pages, timings, base64 bodies, HTTP/2 and HTTP/3,
// redirects, cookies, missing optional members): every one must survive import → export → import
// with the same entries. The figures are printed.
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/har.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HarCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileRoundTrips();

private:
    StatusCatalogue m_catalogue;
};

namespace {

QString headerText(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QString::fromUtf8(name + ": " + value));
    return lines.join(u" | "_s);
}

// What a hop says, one field a line, so a difference names the field.
QStringList describe(const ChainResult &chain)
{
    QStringList lines{u"request body "_s + QString::fromLatin1(chain.request.body.toBase64())};
    for (const Hop &hop : chain.hops) {
        lines << u"hop %1"_s.arg(hop.index) << u"method "_s + QString::fromLatin1(hop.method)
              << u"url "_s + hop.url.toString(QUrl::FullyEncoded)
              << u"status "_s + (hop.status ? QString::number(*hop.status) : u"none"_s)
              << u"reason "_s + hop.reason << u"protocol "_s + hop.protocol
              << u"versions "_s + hop.harRequestVersion + u' ' + hop.harResponseVersion
              << u"request headers "_s + headerText(hop.requestHeaders)
              << u"response headers "_s + headerText(hop.responseHeaders)
              << u"request body %1 %2"_s.arg(hop.requestHasBody).arg(hop.requestBodyBytes)
              << u"body "_s + QString::fromLatin1(hop.bodyPreview.toBase64())
              << u"body bytes %1"_s.arg(hop.bodyBytes) << u"start %1"_s.arg(hop.startMs, 0, 'f', 2)
              << u"timings %1 %2 %3"_s.arg(hop.timings.sent.value_or(-1), 0, 'f', 2)
                     .arg(hop.timings.headers.value_or(-1), 0, 'f', 2)
                     .arg(hop.timings.done.value_or(-1), 0, 'f', 2);
    }
    return lines;
}

} // namespace

void tst_HarCorpus::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

void tst_HarCorpus::everyFileRoundTrips()
{
    const QDir dir(QStringLiteral(STATUSSCOPE_TEST_DATA "/corpus/har"));
    const QStringList names = dir.entryList({u"*.har"_s}, QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 10);
    int read = 0;
    int roundTrips = 0;
    int entries = 0;
    QStringList failures;
    for (const QString &name : names) {
        QString error;
        const auto first = importHarFile(dir.filePath(name), m_catalogue, &error);
        if (!first) {
            failures.append(name + u": not read: "_s + error);
            continue;
        }
        ++read;
        entries += first->entries;
        if (!first->skipped.isEmpty())
            failures.append(name + u": entries skipped: "_s + first->skipped.join(u"; "_s));
        const QByteArray exported = QJsonDocument(chainsToHar(first->chains, true)).toJson();
        const auto second = importHar(exported, m_catalogue, &error);
        if (!second) {
            failures.append(name + u": its export is not read back: "_s + error);
            continue;
        }
        QStringList problems;
        if (second->entries != first->entries)
            problems.append(u"%1 entries, then %2"_s.arg(first->entries).arg(second->entries));
        if (second->chains.size() != first->chains.size())
            problems.append(u"%1 chains, then %2"_s.arg(first->chains.size()).arg(second->chains.size()));
        for (qsizetype i = 0; i < std::min(first->chains.size(), second->chains.size()); ++i) {
            const QStringList before = describe(first->chains.at(i));
            const QStringList after = describe(second->chains.at(i));
            for (qsizetype line = 0; line < std::max(before.size(), after.size()); ++line) {
                if (before.value(line) != after.value(line)) {
                    problems.append(
                        u"chain %1: %2\n    became %3"_s.arg(i).arg(before.value(line), after.value(line)));
                    break;
                }
            }
        }
        // Exported again, the file is the same: nothing drifts on a second trip.
        if (QJsonDocument(chainsToHar(second->chains, true)).toJson() != exported) {
            problems.append(u"a second export differs from the first"_s);
            if (const QString keep = qEnvironmentVariable("STATUSSCOPE_HAR_DIFF_DIR"); !keep.isEmpty()) {
                QFile one(keep + u'/' + name + u".1"_s);
                QFile two(keep + u'/' + name + u".2"_s);
                if (one.open(QIODevice::WriteOnly) && two.open(QIODevice::WriteOnly)) {
                    one.write(exported);
                    two.write(QJsonDocument(chainsToHar(second->chains, true)).toJson());
                }
            }
        }
        if (problems.isEmpty())
            ++roundTrips;
        else
            failures.append(name + u": "_s + problems.join(u"\n  "_s));
    }
    qInfo("HAR corpus: %lld files, %d read, %d round-trip (%d entries in all)", qlonglong(names.size()), read,
          roundTrips, entries);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_HarCorpus)
#include "tst_harcorpus.moc"
