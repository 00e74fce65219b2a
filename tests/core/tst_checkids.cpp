// SPDX-License-Identifier: MIT
// The table of checks (core/requests/checkids): well formed, and the only place in the program
// where a warning id is written or a warning is put together.
#include "core/requests/checkids.h"
#include "core/requests/redirectfollower.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

const QString appDir = QStringLiteral(STATUSSCOPE_SOURCE_DIR "/app");
const QString tableFile = u"core/requests/checkids.cpp"_s;

struct SourceFile
{
    QString name; // relative to app/
    QString text;

    int lineOf(qsizetype offset) const { return int(QStringView(text).left(offset).count(u'\n')) + 1; }
};

// Every C++ file of the program, whole, so that a pattern split over lines is still found.
QList<SourceFile> programFiles()
{
    QList<SourceFile> files;
    QDirIterator found(appDir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (found.hasNext()) {
        const QString path = found.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.append({QDir(appDir).relativeFilePath(path), QString::fromUtf8(file.readAll())});
    }
    return files;
}

// Stop reasons are a vocabulary of their own (ChainStop, "stop.reason" in JSON) that spells some
// keys like the warning the stop comes with; they are written where that vocabulary lives.
bool isStopReasonKey(const SourceFile &file, const QString &literal)
{
    static const QSet<QString> files{u"core/requests/hop.cpp"_s, u"core/history/chainrecord.cpp"_s};
    QSet<QString> keys;
    for (StopReason reason : {StopReason::RedirectLimit, StopReason::RedirectLoop,
                              StopReason::UnsafeRedirectScheme, StopReason::InvalidLocation,
                              StopReason::HttpsDowngrade, StopReason::BodyLimit, StopReason::Cancelled})
        keys.insert(stopReasonKey(reason));
    return files.contains(file.name) && keys.contains(literal);
}

} // namespace

class tst_CheckIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsWellFormed();
    void lookupsRoundTrip();
    void makeWarningFillsFromTheTable();
    void downgradeWeighsWhatHappened_data();
    void downgradeWeighsWhatHappened();
    void noIdIsWrittenOutsideTheTable();
    void warningsAreMadeOnlyThroughTheTable();
};

void tst_CheckIds::tableIsWellFormed()
{
    static const QRegularExpression kebab(u"^[a-z][a-z0-9]*(-[a-z0-9]+)+$"_s);
    static const QRegularExpression section(
        u"^(RFC \\d+(bis)? §[\\d.]+|WHATWG [A-Za-z]+.*|W3C [A-Za-z]+.*)$"_s);
    QVERIFY(allChecks().size() >= 30);
    QSet<QString> ids;
    for (const CheckInfo &info : allChecks()) {
        const QString id = info.id.toString();
        QVERIFY2(!ids.contains(id), qPrintable(id + u" twice"_s));
        ids.insert(id);
        QVERIFY2(kebab.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(info.severity == Severity::Info || info.severity == Severity::Warning
                     || info.severity == Severity::Error,
                 qPrintable(id));
        QVERIFY2(info.spec.isEmpty() || section.match(info.spec).hasMatch(),
                 qPrintable(info.spec.toString()));
        // One sentence of our own, ending as a sentence does.
        const QString description = checkDescription(info.check);
        QVERIFY2(!description.isEmpty() && description.endsWith(u'.'), qPrintable(id));
        QVERIFY2(!description.contains(u'\n') && description.size() <= 160, qPrintable(id));
    }
}

void tst_CheckIds::lookupsRoundTrip()
{
    for (const CheckInfo &info : allChecks()) {
        QCOMPARE(&checkInfo(info.check), &info);
        QCOMPARE(checkKey(info.check), info.id.toString());
        QVERIFY(checkFromKey(info.id) == info.check);
    }
    QCOMPARE(checkKey(CheckId::HttpsDowngrade), u"https-downgrade"_s);
    QVERIFY(!checkFromKey(u"body-limit")); // a stop reason, not a check
    QVERIFY(!checkFromKey(u""));
    QVERIFY(!checkFromKey(u"Method-Changed")); // ids are matched exactly
}

void tst_CheckIds::makeWarningFillsFromTheTable()
{
    const HopWarning plain = makeWarning(CheckId::FramingConflict, u"two lengths"_s);
    QCOMPARE(plain.id, u"framing-conflict"_s);
    QCOMPARE(plain.severity, Severity::Warning);
    QCOMPARE(plain.spec, u"RFC 9112 §6.3"_s);
    QCOMPARE(plain.message, u"two lengths"_s);

    const HopWarning followed = makeWarning(CheckId::HttpsDowngrade, u"followed"_s, Severity::Warning);
    QCOMPARE(followed.id, u"https-downgrade"_s);
    QCOMPARE(followed.severity, Severity::Warning);
    QCOMPARE(followed.spec, checkInfo(CheckId::HttpsDowngrade).spec.toString());

    const HopWarning range = makeWarning(CheckId::MissingContentRange, u"416"_s, u"RFC 9110 §15.5.17"_s);
    QCOMPARE(range.severity, Severity::Warning);
    QCOMPARE(range.spec, u"RFC 9110 §15.5.17"_s);

    QVERIFY(makeWarning(CheckId::RequestResent, u"twice"_s).spec.isEmpty());
}

void tst_CheckIds::downgradeWeighsWhatHappened_data()
{
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<Severity>("severity");
    QTest::newRow("stopped") << false << Severity::Error;
    QTest::newRow("followed when allowed") << true << Severity::Warning;
}

// The one check whose severity the producer chooses: the table's (error) is the downgrade that
// stops the chain; one the user allowed is followed and only warned about.
void tst_CheckIds::downgradeWeighsWhatHappened()
{
    QFETCH(bool, allowed);
    QFETCH(Severity, severity);
    RequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.url = QUrl(u"https://a.example/"_s);
    spec.options.allowDowngrade = allowed;
    RedirectFollower follower(spec, nullptr);
    Hop hop;
    hop.url = spec.url;
    hop.status = 302;
    hop.responseHeaders = {{QByteArrayLiteral("Location"), QByteArrayLiteral("http://a.example/")}};
    follower.onResponse(hop);
    const auto warning = std::find_if(hop.warnings.cbegin(), hop.warnings.cend(), [](const HopWarning &w) {
        return w.id == checkKey(CheckId::HttpsDowngrade);
    });
    QVERIFY(warning != hop.warnings.cend());
    QCOMPARE(warning->severity, severity);
    QCOMPARE(warning->spec, checkInfo(CheckId::HttpsDowngrade).spec.toString());
}

// A warning id spelled anywhere but the table drifts from it: a producer's typo makes a warning no
// script matches, and a consumer's copy misses a rename. The enum makes a typo a compile error;
// this finds the literals that bypass it, in code that exists today and code added later.
void tst_CheckIds::noIdIsWrittenOutsideTheTable()
{
    QSet<QString> ids;
    for (const CheckInfo &info : allChecks())
        ids.insert(info.id.toString());
    static const QRegularExpression literal(u"\"([a-z0-9]+(?:-[a-z0-9]+)+)\""_s);
    const QList<SourceFile> files = programFiles();
    QVERIFY(files.size() > 50);
    QStringList found;
    for (const SourceFile &file : files) {
        if (file.name == tableFile)
            continue;
        for (const QRegularExpressionMatch &match : literal.globalMatch(file.text)) {
            const QString text = match.captured(1);
            if (ids.contains(text) && !isStopReasonKey(file, text))
                found.append(
                    u"app/%1:%2: \"%3\""_s.arg(file.name).arg(file.lineOf(match.capturedStart())).arg(text));
        }
    }
    QVERIFY2(found.isEmpty(),
             qPrintable(u"warning ids outside checkids.cpp (use CheckId):\n"_s + found.join(u'\n')));
}

// A warning put together by hand can carry any id at all, one the table (and `statusscope checks`)
// does not know. Only the history restores warnings as they were recorded, ids from the file.
void tst_CheckIds::warningsAreMadeOnlyThroughTheTable()
{
    static const QRegularExpression byHand(u"(?<!struct "
                                           u")\\bHopWarning\\s*[{(]|warnings\\s*\\.\\s*(append|push_back|"
                                           u"emplace_back|emplaceBack|prepend|insert)"
                                           "\\s*\\(\\s*\\{|warnings\\s*(<<|\\+=)\\s*(HopWarning\\s*)?\\{"_s);
    // Reading a stored chain back (history, HAR) rebuilds its warnings as they were written.
    static const QSet<QString> allowed{tableFile, u"core/formats/chaindocument.cpp"_s};
    QStringList found;
    for (const SourceFile &file : programFiles()) {
        if (allowed.contains(file.name))
            continue;
        for (const QRegularExpressionMatch &match : byHand.globalMatch(file.text)) {
            found.append(u"app/%1:%2: %3"_s.arg(file.name)
                             .arg(file.lineOf(match.capturedStart()))
                             .arg(match.captured(0).simplified()));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"warnings made without makeWarning():\n"_s + found.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_CheckIds)
#include "tst_checkids.moc"
