// SPDX-License-Identifier: MIT
// Writes chains and saved requests into a history database as fast as it can, printing each
// committed one ("C id n" for a chain, "S id n" for a saved request), until it is killed. The
// durability test ends it with SIGKILL at random moments.
#include "history/historystore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace StatusScope::Core;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    HistoryStore store;
    store.open(QString::fromLocal8Bit(argv[1]));
    if (store.state() != HistoryStore::State::Ready)
        return 3;
    for (int n = 0;; ++n) {
        ChainResult chain;
        chain.request.url = QUrl(QStringLiteral("http://127.0.0.1/item/%1").arg(n));
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
        if (id > 0) {
            std::printf("C %lld %d\n", static_cast<long long>(id), n);
            std::fflush(stdout);
        }
        if (n % 5 == 0) {
            RequestSpec request;
            request.url = chain.request.url;
            const qint64 saved = store.saveRequest(QStringLiteral("killed"), QString::number(n), request);
            if (saved > 0) {
                std::printf("S %lld %d\n", static_cast<long long>(saved), n);
                std::fflush(stdout);
            }
        }
    }
}
