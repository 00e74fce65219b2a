// SPDX-License-Identifier: MIT
// The history file under stress, through HistoryStore: a writer killed mid-write, another
// program's lock, a damaged file with its -wal, two writers at once, a full disk, read-only files,
// a file from a newer version, the fixtures written by earlier versions and records that cannot be
// read.
#include "../support/historychain.h"
#include "../support/historysamples.h"
#include "core/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::sampleChain;

class tst_HistoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killedWriterLosesNothingCommitted();
    void lockedFileIsNotSetAside_data();
    void lockedFileIsNotSetAside();
    void damagedFileGoesAsideWithItsWal();
    void twoWritersAtOnceLoseNothing();
    void fullDiskIsReported();
    void readOnlyFolderShowsTheEntries_data();
    void readOnlyFolderShowsTheEntries();
    void newerFileIsShownReadOnly();
    void fixtureOfVersionTwoReadsBack();
    void unknownKeysAreRefusedPerRow();
    void historyIsPrivateToItsOwner();

private:
    QString dbPath() const { return m_dir->filePath(u"history.db"_s); }
    static QStringList brokenFiles(const QString &dir)
    {
        return QDir(dir).entryList({u"*.broken-*"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_HistoryFile::killedWriterLosesNothingCommitted()
{
    // A few hundred kills at random moments: while the program starts, opens or migrates the
    // file, and in the middle of writes (STATUSSCOPE_KILL_ROUNDS changes the count).
    const int rounds = qEnvironmentVariableIsSet("STATUSSCOPE_KILL_ROUNDS")
        ? qEnvironmentVariableIntValue("STATUSSCOPE_KILL_ROUNDS")
        : 300;
    int checked = 0;
    int killedMidWrite = 0;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STATUSSCOPE_HISTORY_WRITER), {dbPath()});
        QVERIFY(writer.waitForStarted());
        QTest::qWait(5 + QRandomGenerator::global()->bounded(70));
        // A writer that already ended (it could not start: a library not found) has process id 0,
        // and kill(0) would end this test's whole process group, the test runner with it.
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished());
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        killedMidWrite += lines.size() > 2 ? 1 : 0;

        HistoryStore store;
        store.open(dbPath());
        QCOMPARE(store.state(), HistoryStore::State::Ready);
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice())); // passed its integrity check
        QSet<QString> savedNames;
        for (const SavedRequest &saved : store.savedRequests())
            savedNames.insert(saved.name);
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() != 3)
                continue;
            if (fields.at(0) == "C") {
                const std::optional<ChainResult> chain = store.chain(fields.at(1).toLongLong());
                QVERIFY2(chain.has_value(), line.constData());
                QCOMPARE(chain->request.url.path(), u"/item/"_s + QString::fromLatin1(fields.at(2)));
            } else {
                QVERIFY2(savedNames.contains(QString::fromLatin1(fields.at(2))), line.constData());
            }
            ++checked;
        }
    }
    qInfo("%d kills, %d of them after writes had begun; %d committed writes read back", rounds,
          killedMidWrite, checked);
    QVERIFY(checked > 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    db.close();
}

void tst_HistoryFile::lockedFileIsNotSetAside_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("WAL: only writers wait") << u"WAL"_s;
    QTest::newRow("rollback journal: readers wait too") << u"DELETE"_s;
}

void tst_HistoryFile::lockedFileIsNotSetAside()
{
    QFETCH(QString, journalMode);
    {
        HistoryStore first;
        first.open(dbPath());
        QVERIFY(first.addChain(sampleChain(u"https://before.example/"_s, 200)) > 0);
    }
    const QString holder = u"other-program"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, holder);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode=%1"_s.arg(journalMode)));
        // Another program's transaction holds the lock while the store opens; its row must survive.
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(
            u"INSERT INTO saved_requests (folder, name, record) VALUES ('', 'other program', '{}')"_s));
    }
    HistoryStore store;
    store.setBusyTimeout(100);
    store.open(dbPath());
    QVERIFY2(brokenFiles(m_dir->path()).isEmpty(), qPrintable(brokenFiles(m_dir->path()).join(u' ')));
    if (journalMode == u"WAL"_s) {
        QCOMPARE(store.state(), HistoryStore::State::Ready); // reading needs no lock
        QCOMPARE(store.chainCount(), 1);
    } else {
        QCOMPARE(store.state(), HistoryStore::State::Disabled);
        QVERIFY(store.isWaitingForLock());
        QVERIFY2(store.notice().contains(u"in use by another program"_s), qPrintable(store.notice()));
    }
    // A write while the lock is still held fails, says so, and changes nothing.
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QCOMPARE(store.addChain(sampleChain(u"https://during.example/"_s, 200)), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(store.writeProblem().contains(u"locked"_s), qPrintable(store.writeProblem()));
    QVERIFY(brokenFiles(m_dir->path()).isEmpty());

    {
        QSqlDatabase db = QSqlDatabase::database(holder);
        QSqlQuery query(db);
        QVERIFY(query.exec(u"COMMIT"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(holder);

    // The lock is gone: the next write goes through, and nothing of either program is lost.
    QVERIFY(store.addChain(sampleChain(u"https://after.example/"_s, 200)) > 0);
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY(store.writeProblem().isEmpty());
    QStringList urls;
    for (const HistorySummary &summary : store.list())
        urls.append(summary.url);
    QCOMPARE(urls, (QStringList{u"https://after.example/"_s, u"https://before.example/"_s}));
    QCOMPARE(store.savedRequests().size(), 1);
    QCOMPARE(store.savedRequests().first().name, u"other program"_s);
    QVERIFY(brokenFiles(m_dir->path()).isEmpty());
}

void tst_HistoryFile::damagedFileGoesAsideWithItsWal()
{
    const QList<std::pair<QString, QByteArray>> files{{dbPath(), QByteArray(8192, '\x5a')},
                                                      {dbPath() + u"-wal"_s, "committed pages, perhaps"_ba},
                                                      {dbPath() + u"-shm"_s, "index"_ba}};
    for (const auto &[path, bytes] : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    const QStringList aside = brokenFiles(m_dir->path());
    QCOMPARE(aside.size(), 3);
    const QString base = aside.first();
    // One new name for all three, so SQLite still reads them together there.
    QCOMPARE(aside, (QStringList{base, base + u"-shm"_s, base + u"-wal"_s}));
    QVERIFY2(store.notice().contains(base), qPrintable(store.notice()));
    for (int i = 0; i < files.size(); ++i) {
        QFile kept(m_dir->filePath(QStringList{base, base + u"-wal"_s, base + u"-shm"_s}.at(i)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), files.at(i).second);
    }
    QVERIFY(store.addChain(sampleChain(u"https://example.org/"_s, 200)) > 0);
}

void tst_HistoryFile::twoWritersAtOnceLoseNothing()
{
    // Two windows at once: two processes writing the same new file as fast as they can.
    constexpr int perWriter = 200;
    const QStringList tags{u"a"_s, u"b"_s};
    QProcess writers[2];
    for (int i = 0; i < 2; ++i)
        writers[i].start(QStringLiteral(STATUSSCOPE_HISTORY_WRITER),
                         {dbPath(), QString::number(perWriter), tags.at(i)});
    HistoryStore store;
    QStringList failures;
    int committed = 0;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(writers[i].waitForFinished(120000));
        QCOMPARE(writers[i].exitStatus(), QProcess::NormalExit);
        QCOMPARE(writers[i].exitCode(), 0);
    }
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    QVERIFY(brokenFiles(m_dir->path()).isEmpty());
    QSet<QString> savedNames;
    for (const SavedRequest &saved : store.savedRequests())
        savedNames.insert(saved.name);
    for (int i = 0; i < 2; ++i) {
        int mine = 0;
        for (const QByteArray &line : writers[i].readAllStandardOutput().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.first() == "F")
                failures.append(QString::fromUtf8(line));
            if (fields.size() != 3)
                continue;
            const QString name = tags.at(i) + u'-' + QString::fromLatin1(fields.at(2));
            if (fields.at(0) == "C") {
                const std::optional<ChainResult> chain = store.chain(fields.at(1).toLongLong());
                QVERIFY2(chain.has_value(), line.constData());
                QCOMPARE(chain->request.url.path(), u"/item/"_s + name);
                ++mine;
            } else if (fields.at(0) == "S") {
                QVERIFY2(savedNames.contains(name), line.constData());
            }
        }
        QCOMPARE(mine, perWriter);
        committed += mine;
    }
    QCOMPARE(failures, QStringList{}); // nobody waited past the busy timeout
    QCOMPARE(store.chainCount(), committed);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"two-writers"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"two-writers"_s);
}

void tst_HistoryFile::fullDiskIsReported()
{
    HistoryStore store;
    store.open(dbPath());
    QVERIFY(store.addChain(sampleChain(u"https://fits.example/"_s, 200)) > 0);
    QVERIFY(store.capFileSize(0)); // SQLite answers SQLITE_FULL past this size, as on a full disk
    QSignalSpy failed(&store, &HistoryStore::writeFailed);
    QSignalSpy changed(&store, &HistoryStore::statusChanged);
    ChainResult big = sampleChain(u"https://too-big.example/"_s, 200);
    big.hops.last().bodyPreview = QByteArray(100 * 1024, 'x');
    QCOMPARE(store.addChain(big), 0);
    QCOMPARE(failed.count(), 1);
    const QString sentence = failed.first().first().toString();
    QVERIFY2(sentence.contains(u"could not be written"_s) && sentence.contains(u"the disk is full"_s),
             qPrintable(sentence));
    QCOMPARE(store.writeProblem(), sentence);
    QVERIFY2(store.lastError().contains(u"full"_s), qPrintable(store.lastError()));
    QCOMPARE(store.chainCount(), 1); // what was there is untouched
    QCOMPARE(store.state(), HistoryStore::State::Ready);

    // Room again: the next write goes through and the problem is gone.
    QVERIFY(store.capFileSize(1000));
    changed.clear();
    QVERIFY(store.addChain(big) > 0);
    QVERIFY(store.writeProblem().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void tst_HistoryFile::readOnlyFolderShowsTheEntries_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<QString>("named");
    QTest::newRow("read-only folder") << false << QString();
    QTest::newRow("read-only file in a writable folder") << true << u"history.db"_s;
}

void tst_HistoryFile::readOnlyFolderShowsTheEntries()
{
    QFETCH(bool, folderWritable);
    QFETCH(QString, named);
    {
        HistoryStore store;
        store.open(dbPath());
        QVERIFY(store.addChain(sampleChain(u"https://a.example/"_s, 200)) > 0);
        QVERIFY(store.addChain(sampleChain(u"https://b.example/"_s, 404)) > 0);
        QVERIFY(store.saveRequest(QString(), u"kept"_s, sampleChain(u"https://c.example/"_s, 200).request)
                > 0);
    }
    QVERIFY(!QFile::exists(dbPath() + u"-wal"_s)); // closed as after a normal quit
    QFile before(dbPath());
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const auto readable = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto enterable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dbPath(), readable));
    const auto writable = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QVERIFY(QFile::setPermissions(
        m_dir->path(), readable | enterable | (folderWritable ? writable : QFileDevice::Permissions())));
    QProcess look;
    QString writer = QStringLiteral(STATUSSCOPE_HISTORY_WRITER);
    QTemporaryDir reachable; // outside a build folder that may be private to root (/root/…)
    if (geteuid() == 0) {
        // Root writes through any permission: the file is looked at by an ordinary user instead,
        // running a copy of the writer (it links only system libraries) that this user can reach.
        const QString copy = reachable.filePath(u"historywriter"_s);
        if (QFile::copy(writer, copy)) {
            const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther;
            QFile::setPermissions(reachable.path(), everyone);
            QFile::setPermissions(copy, everyone);
            writer = copy;
        }
        look.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(90);
        });
    }
    look.start(writer, {u"--look"_s, dbPath()});
    const bool finished = look.waitForFinished();
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(finished || look.error() == QProcess::FailedToStart);
    // 90: the user could not be changed; 126/127 or no start: the build folder is private to root
    // (a checkout under /root), so an ordinary user cannot run the writer from it.
    if (geteuid() == 0
        && (look.error() == QProcess::FailedToStart || look.exitCode() == 90 || look.exitCode() == 126
            || look.exitCode() == 127))
        QSKIP("running as root, and no ordinary user can run the history writer from this build folder");
    QCOMPARE(look.exitCode(), 0);
    QHash<QString, QString> seen;
    for (const QString &line : QString::fromUtf8(look.readAllStandardOutput()).split(u'\n'))
        seen.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
    QCOMPARE(seen.value(u"state"_s), QString::number(int(HistoryStore::State::ReadOnly)));
    QCOMPARE(seen.value(u"chains"_s), u"2"_s);
    QCOMPARE(seen.value(u"readable"_s), u"2"_s);
    QCOMPARE(seen.value(u"saved"_s), u"1"_s);
    QCOMPARE(seen.value(u"added"_s), u"0"_s);
    const QString notice = seen.value(u"notice"_s);
    QVERIFY2(notice.startsWith(u"History is read-only: "_s)
                 && notice.contains(QDir(m_dir->path()).filePath(named) + u" cannot be written"_s),
             qPrintable(notice));
    QVERIFY(brokenFiles(m_dir->path()).isEmpty());
    QFile after(dbPath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void tst_HistoryFile::newerFileIsShownReadOnly()
{
    {
        HistoryStore store;
        store.open(dbPath());
        QVERIFY(store.addChain(sampleChain(u"https://a.example/"_s, 200)) > 0);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::ReadOnly);
    QVERIFY2(store.notice().contains(u"newer StatusScope (schema 99)"_s), qPrintable(store.notice()));
    QCOMPARE(store.chainCount(), 1);
    QCOMPARE(store.addChain(sampleChain(u"https://b.example/"_s, 200)), 0);
    QVERIFY(brokenFiles(m_dir->path()).isEmpty());
}

namespace {

// Every field a record keeps (previewBytes and bodyFile are not kept: they belong to one run).
void compareRequests(const RequestSpec &actual, const RequestSpec &expected)
{
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.body, expected.body);
    QCOMPARE(actual.hasBody, expected.hasBody);
    QCOMPARE(actual.secretHeaders, expected.secretHeaders);
    const RequestOptions &a = actual.options;
    const RequestOptions &e = expected.options;
    QCOMPARE(a.followRedirects, e.followRedirects);
    QCOMPARE(a.maxRedirects, e.maxRedirects);
    QCOMPARE(a.inactivityTimeoutMs, e.inactivityTimeoutMs);
    QCOMPARE(a.deadlineMs, e.deadlineMs);
    QCOMPARE(a.lowSpeedBytesPerSecond, e.lowSpeedBytesPerSecond);
    QCOMPARE(a.lowSpeedWindowMs, e.lowSpeedWindowMs);
    QCOMPARE(a.bodyCap, e.bodyCap);
    QCOMPARE(a.allowDowngrade, e.allowDowngrade);
    QCOMPARE(a.acceptInvalidCertificates, e.acceptInvalidCertificates);
    QCOMPARE(a.network.httpVersion, e.network.httpVersion);
}

void compareHops(const Hop &a, const Hop &e)
{
    QCOMPARE(a.index, e.index);
    QCOMPARE(a.startMs, e.startMs);
    QCOMPARE(a.method, e.method);
    QCOMPARE(a.url, e.url);
    QCOMPARE(a.requestHeaders, e.requestHeaders);
    QCOMPARE(a.requestBodyBytes, e.requestBodyBytes);
    QCOMPARE(a.requestHasBody, e.requestHasBody);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.reason, e.reason);
    QCOMPARE(a.protocol, e.protocol);
    QCOMPARE(a.responseHeaders, e.responseHeaders);
    QCOMPARE(a.bodyPreview, e.bodyPreview);
    QCOMPARE(a.bodyBytes, e.bodyBytes);
    QCOMPARE(a.wireBodyBytes, e.wireBodyBytes);
    QCOMPARE(a.bodyTruncated, e.bodyTruncated);
    QCOMPARE(a.locationRaw, e.locationRaw);
    QCOMPARE(a.location, e.location);
    QCOMPARE(a.tls.encrypted, e.tls.encrypted);
    QCOMPARE(a.tls.protocol, e.tls.protocol);
    QCOMPARE(a.tls.cipher, e.tls.cipher);
    QCOMPARE(a.tls.alpn, e.tls.alpn);
    QCOMPARE(a.tls.errors, e.tls.errors);
    QCOMPARE(a.tls.errorsIgnored, e.tls.errorsIgnored);
    QCOMPARE(a.tls.chain.size(), e.tls.chain.size());
    for (qsizetype i = 0; i < a.tls.chain.size(); ++i) {
        QCOMPARE(a.tls.chain.at(i).subject, e.tls.chain.at(i).subject);
        QCOMPARE(a.tls.chain.at(i).issuer, e.tls.chain.at(i).issuer);
        QCOMPARE(a.tls.chain.at(i).notBefore, e.tls.chain.at(i).notBefore);
        QCOMPARE(a.tls.chain.at(i).notAfter, e.tls.chain.at(i).notAfter);
        QCOMPARE(a.tls.chain.at(i).sha256, e.tls.chain.at(i).sha256);
    }
    QCOMPARE(a.timings.connect, e.timings.connect);
    QCOMPARE(a.timings.tls, e.timings.tls);
    QCOMPARE(a.timings.sent, e.timings.sent);
    QCOMPARE(a.timings.headers, e.timings.headers);
    QCOMPARE(a.timings.done, e.timings.done);
    QCOMPARE(a.timings.connectionReused, e.timings.connectionReused);
    QCOMPARE(a.timings.requestSentCount, e.timings.requestSentCount);
    QCOMPARE(a.meanings.size(), e.meanings.size());
    for (qsizetype i = 0; i < a.meanings.size(); ++i) {
        const HopMeaning &am = a.meanings.at(i);
        const HopMeaning &em = e.meanings.at(i);
        QCOMPARE(am.code, em.code);
        QCOMPARE(am.codeText, em.codeText);
        QCOMPARE(am.reason, em.reason);
        QCOMPARE(am.statusClass, em.statusClass);
        QCOMPARE(am.origin, em.origin);
        QCOMPARE(am.originDetail, em.originDetail);
        QCOMPARE(am.summary, em.summary);
        QCOMPARE(am.spec, em.spec);
        QCOMPARE(am.fallback, em.fallback);
    }
    QCOMPARE(a.warnings.size(), e.warnings.size());
    for (qsizetype i = 0; i < a.warnings.size(); ++i) {
        QCOMPARE(a.warnings.at(i).id, e.warnings.at(i).id);
        QCOMPARE(a.warnings.at(i).severity, e.warnings.at(i).severity);
        QCOMPARE(a.warnings.at(i).message, e.warnings.at(i).message);
        QCOMPARE(a.warnings.at(i).spec, e.warnings.at(i).spec);
    }
}

void compareChains(const ChainResult &a, const ChainResult &e)
{
    compareRequests(a.request, e.request);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.outcome, e.outcome);
    QCOMPARE(a.stop.has_value(), e.stop.has_value());
    if (a.stop) {
        QCOMPARE(a.stop->reason, e.stop->reason);
        QCOMPARE(a.stop->message, e.stop->message);
    }
    QCOMPARE(a.error.has_value(), e.error.has_value());
    if (a.error) {
        QCOMPARE(a.error->kind, e.error->kind);
        QCOMPARE(a.error->message, e.error->message);
    }
    QCOMPARE(a.finalUrl, e.finalUrl);
    QCOMPARE(a.startedAt, e.startedAt);
    QCOMPARE(a.totalMs, e.totalMs);
    QCOMPARE(a.hops.size(), e.hops.size());
    for (qsizetype i = 0; i < a.hops.size() && !QTest::currentTestFailed(); ++i)
        compareHops(a.hops.at(i), e.hops.at(i));
}

QJsonObject recordOf(QSqlDatabase db, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT record FROM chains WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace

void tst_HistoryFile::fixtureOfVersionTwoReadsBack()
{
    // Written by the store of schema 2 (historywriter --samples), when enum values were numbers.
    QVERIFY(QFile::copy(QStringLiteral(STATUSSCOPE_TEST_DATA "/history/v2.db"), dbPath()));
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
    const QList<ChainResult> samples = StatusScope::Test::sampleChains();
    const QList<HistorySummary> rows = store.list();
    QCOMPARE(rows.size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const HistorySummary &row = rows.at(samples.size() - 1 - i); // newest first
        QCOMPARE(row.outcome, outcomeKey(samples.at(i).outcome));
        const std::optional<ChainResult> chain = store.chain(row.id);
        QVERIFY2(chain, qPrintable(store.lastError()));
        compareChains(*chain, samples.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    const QList<SavedRequest> saved = store.savedRequests();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().folder, u"Fixtures"_s);
    QCOMPARE(saved.first().name, u"Put item"_s);
    compareRequests(saved.first().request, StatusScope::Test::sampleSavedRequest());

    // The migration rewrote the rows: keys now, no numbers left.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        QSqlQuery version(db);
        QVERIFY(version.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && version.next());
        QCOMPARE(version.value(0).toInt(), HistoryStore::SchemaVersion);
        const QJsonObject redirect = recordOf(db, rows.last().id);
        QCOMPARE(redirect.value(u"outcome"_s).toString(), u"complete"_s);
        const QJsonArray warnings
            = redirect.value(u"hops"_s).toArray().at(0).toObject().value(u"warnings"_s).toArray();
        QCOMPARE(warnings.at(0).toObject().value(u"severity"_s).toString(), u"info"_s);
        QCOMPARE(warnings.at(1).toObject().value(u"severity"_s).toString(), u"warning"_s);
        const QJsonObject error = recordOf(db, rows.at(2).id);
        QCOMPARE(error.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"timeout"_s);
        const QJsonObject stopped = recordOf(db, rows.at(1).id);
        QCOMPARE(stopped.value(u"stop"_s).toObject().value(u"reason"_s).toString(), u"redirect-loop"_s);
        const QJsonObject tls = recordOf(db, rows.at(0).id);
        QCOMPARE(tls.value(u"error"_s).toObject().value(u"kind"_s).toString(), u"other"_s);
        QCOMPARE(tls.value(u"stop"_s).toObject().value(u"reason"_s).toString(), u"cancelled"_s);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"fixture"_s);
}

void tst_HistoryFile::unknownKeysAreRefusedPerRow()
{
    HistoryStore store;
    store.open(dbPath());
    const qint64 good = store.addChain(StatusScope::Test::sampleStoppedChain());
    const qint64 oldNumber = store.addChain(StatusScope::Test::sampleStoppedChain());
    const qint64 badOutcome = store.addChain(StatusScope::Test::sampleErrorChain());
    const qint64 badSeverity = store.addChain(StatusScope::Test::sampleRedirectChain());
    const qint64 badKind = store.addChain(StatusScope::Test::sampleErrorChain());
    const qint64 notJson = store.addChain(StatusScope::Test::sampleErrorChain());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
    db.setDatabaseName(dbPath());
    QVERIFY(db.open());
    {
        const auto rewrite = [&](qint64 id, const QString &text) {
            QSqlQuery update(db);
            update.prepare(u"UPDATE chains SET record = ? WHERE id = ?"_s);
            update.addBindValue(text);
            update.addBindValue(id);
            return update.exec();
        };
        const auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson()); };
        QJsonObject record = recordOf(db, oldNumber);
        record.insert(u"outcome"_s, 2); // as schema 2 wrote it: Stopped
        QJsonObject stop = record.value(u"stop"_s).toObject();
        stop.insert(u"reason"_s, 0); // RedirectLimit
        record.insert(u"stop"_s, stop);
        QVERIFY(rewrite(oldNumber, json(record)));
        record = recordOf(db, badOutcome);
        record.insert(u"outcome"_s, u"warp"_s);
        QVERIFY(rewrite(badOutcome, json(record)));
        record = recordOf(db, badSeverity);
        QJsonArray hops = record.value(u"hops"_s).toArray();
        QJsonObject hop = hops.at(1).toObject();
        hop.insert(u"warnings"_s,
                   QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"severity"_s, u"catastrophic"_s}}});
        hops.replace(1, hop);
        record.insert(u"hops"_s, hops);
        QVERIFY(rewrite(badSeverity, json(record)));
        record = recordOf(db, badKind);
        record.insert(u"error"_s, QJsonObject{{u"kind"_s, 42}, {u"message"_s, u"?"_s}});
        QVERIFY(rewrite(badKind, json(record)));
        QVERIFY(rewrite(notJson, u"{\"outcome\": "_s));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"edit"_s);

    QCOMPARE(store.list().size(), 6); // every row is still listed
    QVERIFY(store.chain(good));
    const std::optional<ChainResult> old = store.chain(oldNumber);
    QVERIFY2(old, qPrintable(store.lastError()));
    QCOMPARE(old->outcome, ChainOutcome::Stopped);
    QCOMPARE(old->stop->reason, StopReason::RedirectLimit);
    const QList<std::pair<qint64, QString>> refused{
        {badOutcome, u"unknown outcome “warp”"_s},
        {badSeverity, u"unknown warning severity “catastrophic”"_s},
        {badKind, u"unknown error kind “42”"_s},
        {notJson, u"Chain %1 in the history cannot be read: "_s.arg(notJson)}};
    for (const auto &[id, words] : refused) {
        QVERIFY(!store.chain(id));
        QVERIFY2(store.lastError().contains(words), qPrintable(store.lastError()));
        QVERIFY2(store.lastError().startsWith(u"Chain %1 "_s.arg(id)), qPrintable(store.lastError()));
    }
}

// The history was created with the umask's 0644 in a 0755 folder: URLs, bodies and (if asked)
// credentials readable by every user of the machine.
void tst_HistoryFile::historyIsPrivateToItsOwner()
{
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    const QString folder = m_dir->filePath(u"data/StatusScope"_s);
    const QString path = folder + u"/history.db"_s;
    {
        HistoryStore store;
        store.open(path);
        QCOMPARE(store.state(), HistoryStore::State::Ready);
        QVERIFY(store.addChain(sampleChain(u"https://example.org/"_s, 200)) > 0);
        for (const QString &name : QStringList{folder, path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(name), qPrintable(name));
            QVERIFY2(!(QFileInfo(name).permissions() & others), qPrintable(name));
        }
    }
    // A file an earlier version left readable to all is narrowed when it is opened.
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadGroup | QFile::ReadOther));
    HistoryStore store;
    store.open(path);
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY(!(QFileInfo(path).permissions() & others));
    QCOMPARE(store.chainCount(), 1);
}

QTEST_GUILESS_MAIN(tst_HistoryFile)
#include "tst_historyfile.moc"
