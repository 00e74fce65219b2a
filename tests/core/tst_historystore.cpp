// SPDX-License-Identifier: MIT
// The history database: round trips, search, limits, saved requests, migration, a damaged file,
// an unwritable location and a reader beside a writer. The file under stress (kills, locks, two
// writers, a full disk, read-only and newer files, fixtures) is tst_historyfile.
#include "../support/historychain.h"
#include "../support/networkrequest.h"
#include "core/history/historystore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;
using StatusScope::Test::networkRequest;
using StatusScope::Test::NetworkSecrets;
using StatusScope::Test::sampleChain;
using StatusScope::Test::verifySameWithoutSecrets;

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
    void networkOptionsKeptWithoutSecrets_data();
    void networkOptionsKeptWithoutSecrets();
    void migratesFromVersionOne();
    void damagedFileIsMovedAside();
    void unwritableLocationTurnsHistoryOff();
    void readerAndWriterTogether();

private:
    QString dbPath() const { return m_dir->filePath(u"history.db"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_HistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
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

void tst_HistoryStore::networkOptionsKeptWithoutSecrets_data()
{
    QTest::addColumn<SecretStorage>("policy");
    QTest::addColumn<AuthSetting::Scheme>("scheme");
    // Even the policy that keeps typed headers as they are keeps no network secret.
    QTest::newRow("plain, digest") << SecretStorage::Plain << AuthSetting::Scheme::Digest;
    QTest::newRow("plain, bearer") << SecretStorage::Plain << AuthSetting::Scheme::Bearer;
    QTest::newRow("masked, basic") << SecretStorage::Masked << AuthSetting::Scheme::Basic;
}

// A chain re-run from the history and a saved request opened again go out through the same proxy
// and pins with the same scheme and user; the database file holds none of the secrets.
void tst_HistoryStore::networkOptionsKeptWithoutSecrets()
{
    QFETCH(SecretStorage, policy);
    QFETCH(AuthSetting::Scheme, scheme);
    const RequestSpec sent = networkRequest(scheme);
    {
        HistoryStore store;
        store.open(dbPath());
        RecordOptions options;
        options.secrets = policy;
        store.setRecordOptions(options);
        ChainResult chain = sampleChain(u"https://staging.example/login"_s, 200);
        chain.request.options = sent.options;
        // What the engine sent on the wire for these options, as a hop records it.
        chain.hops.first().requestHeaders.append(
            {"Authorization", "Basic " + QByteArray("alice:al1cePass").toBase64()});
        chain.hops.first().requestHeaders.append(
            {"Proxy-Authorization", "Basic " + QByteArray("carol:pr0xyPass").toBase64()});
        const qint64 id = store.addChain(chain);
        QVERIFY(id > 0);
        QVERIFY(store.saveRequest(u"Staging"_s, u"Login"_s, sent) > 0);
        verifySameWithoutSecrets(store.chain(id)->request.options.network, sent.options.network);
        if (QTest::currentTestFailed())
            return;
        verifySameWithoutSecrets(store.savedRequests().first().request.options.network, sent.options.network);
        if (QTest::currentTestFailed())
            return;
    }
    // Every byte on disk: the database and whatever its write-ahead log still holds.
    QByteArray bytes;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile file(m_dir->filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes += file.readAll();
    }
    QVERIFY(bytes.contains("proxy.example")); // the records are there, in clear text
    for (const char *secret : NetworkSecrets)
        QVERIFY2(!bytes.contains(secret), secret);
    // The headers they were sent in are masked like any credential, unless Plain was chosen.
    if (policy != SecretStorage::Plain) {
        QVERIFY(!bytes.contains(QByteArray("alice:al1cePass").toBase64()));
        QVERIFY(!bytes.contains(QByteArray("carol:pr0xyPass").toBase64()));
    }
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
    // Written before requests kept their network options: the defaults.
    QCOMPARE(old.request.options.network.proxy.mode, ProxySetting::Mode::System);
    QCOMPARE(old.request.options.network.auth.scheme, AuthSetting::Scheme::None);
    QVERIFY(old.request.options.network.resolve.isEmpty());
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

QTEST_GUILESS_MAIN(tst_HistoryStore)
#include "tst_historystore.moc"
