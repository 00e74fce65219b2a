// SPDX-License-Identifier: MIT
// How long the window's thread stops when the history panel shows the chains of a big HAR file
// (25,000 chains of four hops, as harimportbench's 100,000-entry file gives), when the list is
// sorted by a column, and when a second file replaces the first. The parse runs on its own thread
// (HarImportTask); this is what is left on the window's. A report for ./dev bench, never a test.
// Usage: harliststall [CHAINS]
#include "core/requests/hop.h"
#include "gui/firstpaint.h"
#include "gui/historyview/historypanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace StatusScope;
using namespace Qt::Literals::StringLiterals;

namespace {

// Chains as the HAR import makes them from harimportbench's file: header texts shared between
// hops (the importer shares repeated ones), each hop its own header lists and body.
QList<Core::ChainResult> makeChains(int count)
{
    const Core::HeaderPair request[] = {{"Host", "bench.example"},
                                        {"User-Agent", "Mozilla/5.0 (X11; Linux x86_64) bench"},
                                        {"Accept", "text/html,application/xhtml+xml"},
                                        {"Accept-Language", "en"}};
    const Core::HeaderPair response[]
        = {{"Content-Type", "text/html; charset=utf-8"}, {"Cache-Control", "no-store"}, {"Server", "bench"}};
    QList<Core::ChainResult> chains;
    chains.reserve(count);
    for (int c = 0; c < count; ++c) {
        Core::ChainResult chain;
        const QString base = u"https://bench.example/c"_s + QString::number(c) + u'/';
        chain.request.url = QUrl(base + u'0');
        chain.request.method = "GET";
        for (int h = 0; h < 4; ++h) {
            Core::Hop hop;
            hop.method = "GET";
            hop.url = QUrl(base + QString::number(h));
            hop.requestHeaders = {std::begin(request), std::end(request)};
            hop.responseHeaders = {std::begin(response), std::end(response)};
            if (h < 3)
                hop.responseHeaders.append({"Location", (base + QString::number(h + 1)).toUtf8()});
            hop.bodyPreview = h < 3 ? QByteArray("moved") : QByteArray("<html><body>the page</body></html>");
            hop.bodyBytes = hop.bodyPreview.size();
            // Statuses that differ from chain to chain, so that a sort has work to do.
            hop.status = h < 3 ? 301 : (c % 7 == 0 ? 404 : 200);
            chain.hops.append(hop);
        }
        chain.finalUrl = chain.hops.last().url;
        chain.outcome = Core::ChainOutcome::Complete;
        chains.append(chain);
    }
    return chains;
}

struct Stall
{
    double callMs = 0; // the call alone
    double longestMs = 0; // the longest the event loop went without turning, painting included
};

// Runs `work` from inside the event loop and lets the loop turn for half a second after, so the
// paint and layout the work caused are counted too.
Stall measure(const std::function<void()> &work)
{
    Stall stall;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        stall.longestMs = std::max(stall.longestMs, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
    });
    QEventLoop loop;
    QTimer::singleShot(50, &loop, [&] {
        QElapsedTimer call;
        call.start();
        work();
        stall.callMs = double(call.nsecsElapsed()) / 1e6;
    });
    QTimer::singleShot(600, &loop, &QEventLoop::quit);
    sinceTick.start();
    ticker.start();
    loop.exec();
    return stall;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 25000;
    Gui::HistoryPanel panel(nullptr);
    panel.resize(480, 760);
    panel.show();
    QList<Core::ChainResult> first = makeChains(count);
    QList<Core::ChainResult> second = makeChains(count);
    const qint64 residentBefore = Gui::residentKiB();

    const Stall open = measure([&] { panel.showHarChains(u"first.har"_s, std::move(first)); });
    const qint64 residentAfter = Gui::residentKiB();
    auto *view = panel.findChild<QTreeView *>(u"harList"_s);
    const Stall sortStatus = measure([&] { view->sortByColumn(1, Qt::DescendingOrder); });
    const Stall sortUrl = measure([&] { view->sortByColumn(3, Qt::AscendingOrder); });
    // A search typed into the list's box, where the panel has one (the QTreeWidget had none).
    auto *search = panel.findChild<QLineEdit *>(u"harSearch"_s);
    const Stall searchWord = measure([&] {
        if (search)
            search->setText(u"c123/"_s);
    });
    const Stall searchCleared = measure([&] {
        if (search)
            search->clear();
    });
    const Stall replace = measure([&] { panel.showHarChains(u"second.har"_s, std::move(second)); });

    std::printf(
        "| %d HAR chains in the history panel | the call | longest event-loop stall |\n|---|---|---|\n",
        count);
    std::printf("| open (showHarChains) | %.1f ms | %.1f ms |\n", open.callMs, open.longestMs);
    std::printf("| sort by Status | %.1f ms | %.1f ms |\n", sortStatus.callMs, sortStatus.longestMs);
    std::printf("| sort by URL | %.1f ms | %.1f ms |\n", sortUrl.callMs, sortUrl.longestMs);
    if (search) {
        std::printf("| a search typed (\"c123/\") | %.1f ms | %.1f ms |\n", searchWord.callMs,
                    searchWord.longestMs);
        std::printf("| the search cleared | %.1f ms | %.1f ms |\n", searchCleared.callMs,
                    searchCleared.longestMs);
    }
    std::printf("| a second file replaces the first | %.1f ms | %.1f ms |\n", replace.callMs,
                replace.longestMs);
    std::printf("resident growth on open: %.1f MiB\n", double(residentAfter - residentBefore) / 1024.0);
    return 0;
}
