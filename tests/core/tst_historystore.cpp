// SPDX-License-Identifier: MIT
// The history database: round trips, search, limits, saved requests, migration, damage and
// durability when the writer is killed; locks, two writers, a full disk, read-only files and the
// fixtures written by earlier versions.
#include "../support/historysamples.h"
#include "history/historystore.h"

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

class tst_HistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chainRoundTrip();
    void secretsFollowThePolicy_data();
    void secretsFollowThePolicy();
    void previewIsCapped();
    void listIsNewestFirstAndSearchable_data();
    void listIsNewestFirstAndSearchable();
    void removeAndClear();
    void limitsPruneTheOldest();
    void savedRequests();
    void migratesFromVersionOne();
    void damagedFileIsMovedAside();
    void unwritableLocationTurnsHistoryOff();
    void readerAndWriterTogether();
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

private:
    static ChainResult sampleChain(const QString &url, int finalStatus,
                                   const QDateTime &when = QDateTime::currentDateTimeUtc());
    QString dbPath() const { return m_dir->filePath(u"history.db"_s); }
    static QStringList brokenFiles(const QString &dir)
    {
        return QDir(dir).entryList({u"*.broken-*"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

ChainResult tst_HistoryStore::sampleChain(const QString &url, int finalStatus, const QDateTime &when)
{
    ChainResult chain;
    chain.request.method = "POST";
    chain.request.url = QUrl(url);
    chain.request.headers = {{"Authorization", "Bearer s3cret"}, {"X-Api-Key", "k3y"}, {"Accept", "*/*"}};
    chain.request.body = "a=1";
    chain.request.hasBody = true;
    chain.request.options.maxRedirects = 7;
    chain.startedAt = when;
    chain.outcome = ChainOutcome::Complete;
    chain.totalMs = 12.5;
    chain.finalUrl = QUrl(url + u"#done"_s);
    Hop redirect;
    redirect.method = "POST";
    redirect.url = QUrl(url);
    redirect.requestHeaders = chain.request.headers;
    redirect.requestHasBody = true;
    redirect.requestBodyBytes = 3;
    redirect.status = 302;
    redirect.reason = u"Found"_s;
    redirect.protocol = u"HTTP/1.x"_s;
    redirect.responseHeaders = {{"Location", "/next"}, {"Set-Cookie", "sid=abc; Path=/"}};
    redirect.location = QUrl(url).resolved(QUrl(u"/next"_s));
    redirect.warnings = {
        {u"method-changed"_s, Severity::Info, u"POST became GET because of 302."_s, u"RFC 9110 §15.4.3"_s}};
    redirect.meanings = {{302, u"302"_s, u"Found"_s, u"3xx"_s, u"standard"_s, u"RFC 9110"_s,
                          u"Elsewhere for now."_s, u"RFC 9110 §15.4.3"_s, false}};
    redirect.timings.connect = 0.5;
    redirect.timings.sent = 0.7;
    redirect.timings.headers = 2.0;
    redirect.timings.done = 2.1;
    redirect.timings.requestSentCount = 1;
    redirect.tls.encrypted = true;
    redirect.tls.protocol = u"TLS 1.3"_s;
    redirect.tls.chain = {{u"example"_s, u"Test CA"_s, when.addDays(-1), when.addDays(90), u"AB:CD"_s}};
    Hop last;
    last.index = 1;
    last.startMs = 3.0;
    last.method = "GET";
    last.url = *redirect.location;
    last.status = finalStatus;
    last.reason = u"Final"_s;
    last.bodyPreview = QByteArray("hello\x00\xff", 7);
    last.bodyBytes = 7;
    last.timings.connectionReused = true;
    last.timings.done = 1.0;
    chain.hops = {redirect, last};
    return chain;
}

void tst_HistoryStore::chainRoundTrip()
{
    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY(store.notice().isEmpty());
    RecordOptions options;
    options.secrets = SecretStorage::Plain;
    store.setRecordOptions(options);
    const ChainResult original = sampleChain(u"https://example.org/login"_s, 200);
    const qint64 id = store.addChain(original);
    QVERIFY(id > 0);
    const std::optional<ChainResult> loaded = store.chain(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->request.method, original.request.method);
    QCOMPARE(loaded->request.url, original.request.url);
    QCOMPARE(loaded->request.headers, original.request.headers);
    QCOMPARE(loaded->request.body, original.request.body);
    QCOMPARE(loaded->request.options.maxRedirects, 7);
    QCOMPARE(loaded->finalUrl, original.finalUrl);
    QCOMPARE(loaded->startedAt, original.startedAt.toUTC());
    QCOMPARE(loaded->hops.size(), 2);
    const Hop &hop = loaded->hops.first();
    QCOMPARE(hop.status, 302);
    QCOMPARE(hop.responseHeaders, original.hops.first().responseHeaders);
    QCOMPARE(hop.location, original.hops.first().location);
    QCOMPARE(hop.warnings.first().id, u"method-changed"_s);
    QCOMPARE(hop.warnings.first().spec, u"RFC 9110 §15.4.3"_s);
    QCOMPARE(hop.meanings.first().summary, u"Elsewhere for now."_s);
    QCOMPARE(hop.timings.headers, 2.0);
    QVERIFY(!hop.timings.tls);
    QCOMPARE(hop.tls.chain.first().sha256, u"AB:CD"_s);
    QCOMPARE(loaded->hops.last().bodyPreview, QByteArray("hello\x00\xff", 7));
    QVERIFY(loaded->hops.last().timings.connectionReused);
    QCOMPARE(loaded->hops.last().startMs, 3.0);
    QVERIFY(!store.chain(id + 100));
}

void tst_HistoryStore::secretsFollowThePolicy_data()
{
    QTest::addColumn<SecretStorage>("policy");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("apiKey");
    QTest::newRow("masked by default")
        << SecretStorage::Masked << "Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"_ba
        << "\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2"_ba;
    QTest::newRow("plain") << SecretStorage::Plain << "Bearer s3cret"_ba
                           << "k3y"_ba;
    QTest::newRow("omitted") << SecretStorage::Omitted << QByteArray() << QByteArray();
}

void tst_HistoryStore::secretsFollowThePolicy()
{
    QFETCH(SecretStorage, policy);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, apiKey);
    HistoryStore store;
    store.open(dbPath());
    RecordOptions options;
    options.secrets = policy;
    options.extraSecretHeaders = {"x-api-key"};
    store.setRecordOptions(options);
    const qint64 id = store.addChain(sampleChain(u"https://example.org/"_s, 200));
    const ChainResult loaded = *store.chain(id);
    QCOMPARE(headerValue(loaded.request.headers, "Authorization"), authorization);
    QCOMPARE(headerValue(loaded.hops.first().requestHeaders, "X-Api-Key"), apiKey);
    QCOMPARE(hasHeader(loaded.request.headers, "Authorization"), policy != SecretStorage::Omitted);
    QCOMPARE(headerValue(loaded.request.headers, "Accept"), "*/*"); // other fields untouched
    // Nothing of the secret is on disk either.
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QFile wal(dbPath() + u"-wal"_s);
    QByteArray bytes = file.readAll();
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    QCOMPARE(bytes.contains("s3cret"), policy == SecretStorage::Plain);
}

void tst_HistoryStore::previewIsCapped()
{
    HistoryStore store;
    store.open(dbPath());
    RecordOptions options;
    options.previewCap = 4;
    store.setRecordOptions(options);
    const qint64 id = store.addChain(sampleChain(u"https://example.org/"_s, 200));
    const ChainResult loaded = *store.chain(id);
    QCOMPARE(loaded.hops.last().bodyPreview, "hell");
    QCOMPARE(loaded.hops.last().bodyBytes, 7); // the count stays true
}

void tst_HistoryStore::listIsNewestFirstAndSearchable_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("urls");
    QTest::newRow("all, newest first")
        << QString()
        << QStringList{u"http://c.example/x"_s, u"https://b.example/api"_s, u"https://a.example/login"_s};
    QTest::newRow("url word") << u"example/api"_s << QStringList{u"https://b.example/api"_s};
    QTest::newRow("status") << u"404"_s << QStringList{u"https://b.example/api"_s};
    QTest::newRow("status class") << u"5xx"_s << QStringList{u"http://c.example/x"_s};
    QTest::newRow("method") << u"post"_s
                            << QStringList{u"http://c.example/x"_s, u"https://b.example/api"_s,
                                           u"https://a.example/login"_s};
    QTest::newRow("date") << u"2026-11-02"_s << QStringList{u"https://b.example/api"_s};
    QTest::newRow("two words") << u"https 200"_s << QStringList{u"https://a.example/login"_s};
    QTest::newRow("percent is literal") << u"%"_s << QStringList{};
}

void tst_HistoryStore::listIsNewestFirstAndSearchable()
{
    QFETCH(QString, search);
    QFETCH(QStringList, urls);
    HistoryStore store;
    store.open(dbPath());
    store.addChain(
        sampleChain(u"https://a.example/login"_s, 200, QDateTime(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC)));
    store.addChain(
        sampleChain(u"https://b.example/api"_s, 404, QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC)));
    store.addChain(
        sampleChain(u"http://c.example/x"_s, 503, QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC)));
    QStringList found;
    for (const HistorySummary &summary : store.list({search}))
        found.append(summary.url);
    QCOMPARE(found, urls);
    if (search.isEmpty()) {
        const HistorySummary first = store.list().first();
        QCOMPARE(first.finalStatus, 503);
        QCOMPARE(first.hops, 2);
        QCOMPARE(first.method, "POST");
        QCOMPARE(first.outcome, u"complete"_s);
    }
}

void tst_HistoryStore::removeAndClear()
{
    HistoryStore store;
    store.open(dbPath());
    const qint64 a = store.addChain(sampleChain(u"https://a/"_s, 200));
    store.addChain(sampleChain(u"https://b/"_s, 200));
    QVERIFY(store.removeChain(a));
    QVERIFY(!store.removeChain(a));
    QCOMPARE(store.chainCount(), 1);
    QVERIFY(store.clear());
    QCOMPARE(store.chainCount(), 0);
}

void tst_HistoryStore::limitsPruneTheOldest()
{
    HistoryStore store;
    store.open(dbPath());
    store.setLimits({3, 1024 * 1024});
    for (int i = 0; i < 6; ++i)
        store.addChain(sampleChain(u"https://example.org/%1"_s.arg(i), 200));
    QCOMPARE(store.chainCount(), 3);
    QCOMPARE(store.list().last().url, u"https://example.org/3"_s);

    const qint64 one = store.totalBytes() / 3;
    store.setLimits({100, one * 2 + one / 2});
    store.addChain(sampleChain(u"https://example.org/6"_s, 200));
    QCOMPARE(store.chainCount(), 2);
    QVERIFY(store.totalBytes() <= one * 2 + one / 2);
    QCOMPARE(store.list().first().url, u"https://example.org/6"_s);
}

void tst_HistoryStore::savedRequests()
{
    HistoryStore store;
    store.open(dbPath());
    RequestSpec request;
    request.method = "PUT";
    request.url = QUrl(u"https://example.org/item/1"_s);
    request.headers = {{"Content-Type", "application/json"}};
    request.body = "{}";
    request.hasBody = true;
    const qint64 id = store.saveRequest(u"Shop"_s, u"Update item"_s, request);
    QVERIFY(id > 0);
    QCOMPARE(store.saveRequest(u"Shop"_s, u"Update item"_s, request), id); // same name: replaced, not doubled
    QCOMPARE(store.saveRequest(QString(), u"  "_s, request), 0); // a name is needed
    store.saveRequest(QString(), u"Health"_s, request);
    QList<SavedRequest> saved = store.savedRequests();
    QCOMPARE(saved.size(), 2);
    QCOMPARE(saved.at(1).folder, u"Shop"_s);
    QCOMPARE(saved.at(1).request.method, "PUT");
    QCOMPARE(saved.at(1).request.body, "{}");
    QVERIFY(store.renameSaved(id, u"Shop"_s, u"Replace item"_s));
    QVERIFY(!store.renameSaved(id, u"Shop"_s, QString()));
    QCOMPARE(store.savedRequests().at(1).name, u"Replace item"_s);
    QVERIFY(store.removeSaved(id));
    QCOMPARE(store.savedRequests().size(), 1);
}

void tst_HistoryStore::migratesFromVersionOne()
{
    {
        // A version-1 file: no size column.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(dbPath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s));
        QVERIFY(query.exec(u"INSERT INTO meta VALUES ('schema_version', '1')"_s));
        QVERIFY(query.exec(u"CREATE TABLE chains (id INTEGER PRIMARY KEY AUTOINCREMENT, started_at TEXT NOT "
                           u"NULL, method TEXT "
                           "NOT NULL, url TEXT NOT NULL, final_status INTEGER, outcome TEXT NOT NULL, hops "
                           "INTEGER NOT NULL, "
                           "total_ms REAL NOT NULL, record TEXT NOT NULL)"_s));
        QVERIFY(query.exec(u"CREATE TABLE saved_requests (id INTEGER PRIMARY KEY AUTOINCREMENT, folder TEXT "
                           u"NOT NULL DEFAULT "
                           "'', name TEXT NOT NULL, record TEXT NOT NULL, UNIQUE(folder, name))"_s));
        QVERIFY(query.exec(
            u"INSERT INTO chains (started_at, method, url, final_status, outcome, hops, total_ms, record) "
            u"VALUES "
            "('2026-01-01T00:00:00.000Z', 'GET', 'https://old.example/', 200, 'complete', 1, 3.0, "
            "'{\"request\":{\"method\":\"GET\",\"url\":\"https://old.example/\"},\"hops\":[{\"status\":200}]}')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QCOMPARE(store.chainCount(), 1);
    QVERIFY(store.totalBytes() > 50); // the new column was filled in
    const ChainResult old = *store.chain(store.list().first().id);
    QCOMPARE(old.request.url, QUrl(u"https://old.example/"_s));
    QCOMPARE(old.hops.first().status, 200);
    QVERIFY(store.addChain(sampleChain(u"https://new.example/"_s, 200)) > 0);
}

void tst_HistoryStore::damagedFileIsMovedAside()
{
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a')); // not a database at all
    }
    HistoryStore store;
    store.open(dbPath());
    QCOMPARE(store.state(), HistoryStore::State::Ready);
    QVERIFY2(store.notice().contains(u"damaged"_s), qPrintable(store.notice()));
    const QStringList aside = QDir(m_dir->path()).entryList({u"history.db.broken-*"_s});
    QCOMPARE(aside.size(), 1);
    QVERIFY(store.notice().contains(aside.first()));
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, '\x5a')); // never deleted
    QVERIFY(store.addChain(sampleChain(u"https://example.org/"_s, 200)) > 0);
}

void tst_HistoryStore::unwritableLocationTurnsHistoryOff()
{
    // A file where the folder should be: the folder cannot exist.
    QFile blocker(m_dir->filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HistoryStore store;
    store.open(m_dir->filePath(u"blocked/history.db"_s));
    QCOMPARE(store.state(), HistoryStore::State::Disabled);
    QVERIFY2(store.notice().startsWith(u"History is off:"_s), qPrintable(store.notice()));
    QCOMPARE(store.addChain(sampleChain(u"https://example.org/"_s, 200)), 0);
    QVERIFY(store.list().isEmpty());

    if (geteuid() != 0) { // root writes through permissions
        const QString readOnly = m_dir->filePath(u"ro"_s);
        QDir().mkpath(readOnly);
        QFile::setPermissions(readOnly, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        HistoryStore locked;
        locked.open(readOnly + u"/history.db"_s);
        QCOMPARE(locked.state(), HistoryStore::State::Disabled);
        QVERIFY(locked.notice().contains(u"read-only"_s));
        QFile::setPermissions(readOnly,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void tst_HistoryStore::readerAndWriterTogether()
{
    HistoryStore writer;
    HistoryStore reader;
    writer.open(dbPath());
    reader.open(dbPath());
    QCOMPARE(reader.state(), HistoryStore::State::Ready);
    int lastSeen = 0;
    for (int i = 0; i < 60; ++i) {
        QVERIFY(writer.addChain(sampleChain(u"https://example.org/%1"_s.arg(i), 200)) > 0);
        const int seen = int(reader.list({QString(), 1000}).size());
        QVERIFY(seen >= lastSeen);
        QCOMPARE(seen, i + 1); // a committed chain is visible to the other connection at once
        lastSeen = seen;
        QVERIFY(reader.chain(reader.list().first().id).has_value());
    }
}

void tst_HistoryStore::killedWriterLosesNothingCommitted()
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

void tst_HistoryStore::lockedFileIsNotSetAside_data()
{
    QTest::addColumn<QString>("journalMode");
    QTest::newRow("WAL: only writers wait") << u"WAL"_s;
    QTest::newRow("rollback journal: readers wait too") << u"DELETE"_s;
}

void tst_HistoryStore::lockedFileIsNotSetAside()
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

void tst_HistoryStore::damagedFileGoesAsideWithItsWal()
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

void tst_HistoryStore::twoWritersAtOnceLoseNothing()
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

void tst_HistoryStore::fullDiskIsReported()
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

void tst_HistoryStore::readOnlyFolderShowsTheEntries_data()
{
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<QString>("named");
    QTest::newRow("read-only folder") << false << QString();
    QTest::newRow("read-only file in a writable folder") << true << u"history.db"_s;
}

void tst_HistoryStore::readOnlyFolderShowsTheEntries()
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
    if (geteuid() == 0) {
        // Root writes through any permission: the file is looked at by an ordinary user instead.
        look.setChildProcessModifier([] {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(90);
        });
    }
    look.start(QStringLiteral(STATUSSCOPE_HISTORY_WRITER), {u"--look"_s, dbPath()});
    const bool finished = look.waitForFinished();
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(finished);
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

void tst_HistoryStore::newerFileIsShownReadOnly()
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
    QCOMPARE(a.http2Allowed, e.http2Allowed);
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

void tst_HistoryStore::fixtureOfVersionTwoReadsBack()
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

void tst_HistoryStore::unknownKeysAreRefusedPerRow()
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

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
