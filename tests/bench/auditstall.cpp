// SPDX-License-Identifier: MIT
// Measures how long the Audit page's event loop ever goes without turning while it runs 10,000
// sources (a mix of 0, 1, 2 and 3 redirects) through the window: the table filling, the counts,
// the progress. The longest stall is what a user would feel as a freeze (goal: under 50 ms).
// Usage: auditstall BASE_URL [SOURCES]   (a tests/bench/chainserver.py server)
#include "core/catalogue/statuscatalogue.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditpage.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/firstpaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace StatusScope;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: auditstall BASE_URL [SOURCES]\n");
        return 2;
    }
    const QString base = QString::fromLocal8Bit(argv[1]);
    const int sources = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 10000;
    const auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QNetworkAccessManager manager;
    Gui::AuditPage page(&manager, &*catalogue);
    page.resize(1100, 760);
    page.show();

    // A map, so every row is checked against an expectation: /r/N ends on /r/0 (the server drops the
    // query); with the default --max-chain 1, the 2- and 3-redirect rows are chain-too-long.
    QString map;
    for (int i = 0; i < sources; ++i) {
        const int hops = i % 4;
        const QString source = QStringLiteral("%1/r/%2?i=%3").arg(base).arg(hops).arg(i);
        map += hops == 0 ? QStringLiteral("%1,%1\n").arg(source)
                         : QStringLiteral("%1,%2/r/0,302\n").arg(source, base);
    }
    page.setInputText(map);
    page.setInputKind(Core::AuditInputKind::Map);

    std::vector<double> stalls;
    stalls.reserve(1 << 20);
    QElapsedTimer sinceTick;
    QTimer ticker; // fires on every pass of the event loop
    ticker.setInterval(0);
    const qint64 residentBefore = Gui::residentKiB();
    qint64 residentGrowth = 0;
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        stalls.push_back(double(sinceTick.nsecsElapsed()) / 1e6);
        if (++ticks % 256 == 0)
            residentGrowth = std::max(residentGrowth, Gui::residentKiB() - residentBefore);
        sinceTick.restart();
    });
    // Halfway, a user sorts by time and filters to the problems, as one would while it runs.
    QTimer user;
    user.setSingleShot(true);
    QObject::connect(&user, &QTimer::timeout, &page, [&page] {
        page.rowsView()->sortByColumn(Gui::AuditRowModel::TimeColumn, Qt::DescendingOrder);
        page.filterModel()->setOnlyProblems(true);
        page.rowsView()->setCurrentIndex(page.filterModel()->index(0, 0));
    });
    QEventLoop loop;
    QObject::connect(&page, &Gui::AuditPage::runFinished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    ticker.start();
    if (!page.start()) {
        std::fprintf(stderr, "the audit did not start: %s\n", qPrintable(page.notesText()));
        return 1;
    }
    user.start(1500);
    loop.exec();
    ticker.stop();
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    std::sort(stalls.begin(), stalls.end());
    const auto percentile = [&](double p) {
        return stalls.empty() ? 0.0
                              : stalls.at(std::min(stalls.size() - 1, size_t(double(stalls.size()) * p)));
    };
    const Core::AuditSummary &summary = page.summary();
    std::printf(
        "| Audit page, %d sources | longest event-loop stall | 99.9th percentile | 99th | total | rows/s | "
        "resident growth | matched / mismatched / errors |\n|---|---|---|---|---|---|---|---|\n",
        sources);
    std::printf("| map of 0-3 redirects | %.1f ms | %.1f ms | %.1f ms | %.1f s | %.0f | %.1f MiB | %lld / "
                "%lld / %lld |\n",
                stalls.empty() ? 0.0 : stalls.back(), percentile(0.999), percentile(0.99), totalMs / 1000.0,
                double(summary.sources) / (totalMs / 1000.0), double(residentGrowth) / 1024.0,
                qlonglong(summary.matched), qlonglong(summary.mismatched), qlonglong(summary.errors));
    return 0;
}
