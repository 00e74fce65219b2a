// SPDX-License-Identifier: MIT
// Measures how long the request console's event loop ever goes without turning while a chain
// runs through the window: the longest stall is what a user would feel as a freeze.
// Usage: consolestall BASE_URL   (a tests/bench/chainserver.py server)
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/hop.h"
#include "gui/console/requestconsole.h"
#include "gui/firstpaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSpinBox>
#include <QTimer>

#include <cstdio>

using namespace StatusScope;

namespace {

struct Measure
{
    double longestStallMs = 0;
    double totalMs = 0;
    qint64 bodyBytes = 0;
    qint64 residentGrowthKiB = 0; // the peak resident set during the run, over the one before it
    QString outcome;
};

Measure run(Gui::RequestConsole &console, const QString &url)
{
    Measure measure;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker; // fires on every pass of the event loop
    ticker.setInterval(0);
    const qint64 residentBefore = Gui::residentKiB();
    int ticks = 0;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        measure.longestStallMs = std::max(measure.longestStallMs, double(sinceTick.nsecsElapsed()) / 1e6);
        if (++ticks % 64 == 0) // reading /proc costs; every 64th pass is often enough
            measure.residentGrowthKiB
                = std::max(measure.residentGrowthKiB, Gui::residentKiB() - residentBefore);
        sinceTick.restart();
    });
    QEventLoop loop;
    QObject::connect(&console, &Gui::RequestConsole::chainFinished, &loop, &QEventLoop::quit);
    console.setUrl(url);
    clock.start();
    sinceTick.start();
    ticker.start();
    if (!console.send())
        return measure;
    loop.exec();
    ticker.stop();
    measure.totalMs = double(clock.nsecsElapsed()) / 1e6;
    const Core::ChainResult &chain = console.result();
    for (const Core::Hop &hop : chain.hops)
        measure.bodyBytes += hop.bodyBytes;
    measure.outcome = Core::outcomeKey(chain.outcome);
    return measure;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: consolestall BASE_URL\n");
        return 2;
    }
    const QString base = QString::fromLocal8Bit(argv[1]);
    const auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QNetworkAccessManager manager;
    Gui::RequestConsole console(&manager, &*catalogue);
    console.resize(1100, 760);
    console.show();
    console.findChild<QSpinBox *>(QStringLiteral("maxBodySpin"))->setValue(2048);

    const Measure chain = run(console, base + QStringLiteral("/r/20"));
    const Measure body = run(console, base + QStringLiteral("/bytes/1073741824"));
    std::printf("| through the console window | longest event-loop stall | total | resident growth | outcome "
                "|\n|---|---|---|---|---|\n");
    std::printf("| 20-hop redirect chain | %.1f ms | %.1f ms | %.1f MiB | %s |\n", chain.longestStallMs,
                chain.totalMs, double(chain.residentGrowthKiB) / 1024.0, qPrintable(chain.outcome));
    std::printf("| 1 GiB body (%.0f MiB received) | %.1f ms | %.1f s (%.0f MiB/s) | %.1f MiB | %s |\n",
                double(body.bodyBytes) / 1048576.0, body.longestStallMs, body.totalMs / 1000.0,
                double(body.bodyBytes) / 1048576.0 / (body.totalMs / 1000.0),
                double(body.residentGrowthKiB) / 1024.0, qPrintable(body.outcome));
    return 0;
}
