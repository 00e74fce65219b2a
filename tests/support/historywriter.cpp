// SPDX-License-Identifier: MIT
// A second program writing the same history database, as another StatusScope window would.
//   historywriter <db>                 writes until killed (the durability test ends it with SIGKILL)
//   historywriter <db> <count> <tag>   writes <count> chains named /item/<tag>-<n>, then exits
//   historywriter --samples <db>       writes the chains of historysamples.h (the fixtures)
//   historywriter --look <db>          opens the file and says what it found (run as another user
//                                      by the read-only test), then tries one write
// Each committed write is printed ("C id n" for a chain, "S id n" for a saved request); a write that
// failed is printed as "F n <error>", so a test can tell a refused write from a lost one.
#include "historysamples.h"

#include "core/history/historystore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace StatusScope::Core;

namespace {

int writeSamples(const QString &path)
{
    HistoryStore store;
    store.open(path);
    if (store.state() != HistoryStore::State::Ready)
        return 3;
    RecordOptions options;
    options.secrets = SecretStorage::Plain;
    store.setRecordOptions(options);
    for (const ChainResult &chain : StatusScope::Test::sampleChains()) {
        if (store.addChain(chain) == 0)
            return 4;
    }
    return store.saveRequest(QStringLiteral("Fixtures"), QStringLiteral("Put item"),
                             StatusScope::Test::sampleSavedRequest())
            > 0
        ? 0
        : 4;
}

int look(const QString &path)
{
    HistoryStore store;
    store.open(path);
    std::printf("state %d\n", int(store.state()));
    std::printf("chains %d\n", int(store.list().size()));
    int readable = 0;
    for (const HistorySummary &summary : store.list())
        readable += store.chain(summary.id) ? 1 : 0;
    std::printf("readable %d\n", readable);
    std::printf("saved %d\n", int(store.savedRequests().size()));
    std::printf("added %lld\n",
                static_cast<long long>(store.addChain(StatusScope::Test::sampleErrorChain())));
    std::printf("notice %s\n", qPrintable(store.notice()));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("--samples"))
        return writeSamples(args.at(1));
    if (args.size() == 2 && args.at(0) == QLatin1String("--look"))
        return look(args.at(1));
    if (args.isEmpty())
        return 2;
    const int count = args.size() > 1 ? args.at(1).toInt() : -1;
    const QString tag = args.size() > 2 ? args.at(2) + QLatin1Char('-') : QString();
    HistoryStore store;
    store.open(args.at(0));
    if (store.state() != HistoryStore::State::Ready)
        return 3;
    for (int n = 0; count < 0 || n < count; ++n) {
        ChainResult chain;
        chain.request.url = QUrl(QStringLiteral("http://127.0.0.1/item/%1%2").arg(tag).arg(n));
        chain.outcome = ChainOutcome::Complete;
        chain.startedAt = QDateTime::currentDateTimeUtc();
        Hop hop;
        hop.method = "GET";
        hop.url = chain.request.url;
        hop.status = 200;
        hop.bodyPreview = QByteArray(2000 + n % 500, char('a' + n % 26));
        hop.bodyBytes = hop.bodyPreview.size();
        chain.hops.append(hop);
        const qint64 id = store.addChain(chain);
        if (id > 0)
            std::printf("C %lld %d\n", static_cast<long long>(id), n);
        else
            std::printf("F %d %s\n", n, qPrintable(store.lastError()));
        std::fflush(stdout);
        if (n % 5 == 0) {
            RequestSpec request;
            request.url = chain.request.url;
            const qint64 saved
                = store.saveRequest(QStringLiteral("killed"), tag + QString::number(n), request);
            if (saved > 0) {
                std::printf("S %lld %d\n", static_cast<long long>(saved), n);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
