// SPDX-License-Identifier: MIT
// Resident memory of the whole window: after start-up, after 100 chains and after 200 chains sent
// through the console (4 hops each, kept in a history database in a temporary folder), to see
// both the size and any growth. A report for ./dev bench, never a test.
// Usage: memorybench BASE_URL   (a tests/bench/chainserver.py server)
#include "core/catalogue/statuscatalogue.h"
#include "core/history/historystore.h"
#include "gui/console/requestconsole.h"
#include "gui/firstpaint.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace StatusScope;

namespace {

bool sendChains(Gui::RequestConsole *console, const QString &url, int count)
{
    for (int i = 0; i < count; ++i) {
        QEventLoop loop;
        QObject::connect(console, &Gui::RequestConsole::chainFinished, &loop, &QEventLoop::quit);
        console->setUrl(url);
        if (!console->send())
            return false;
        loop.exec();
        if (console->result().outcome != Core::ChainOutcome::Complete)
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: memorybench BASE_URL\n");
        return 2;
    }
    const QString url = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/r/3");
    QTemporaryDir dir;
    const auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
    QNetworkAccessManager manager;
    Core::HistoryStore history;
    history.open(dir.filePath(QStringLiteral("history.db")));
    Gui::MainWindow window(*catalogue, &manager, &history);
    window.resize(1100, 720);
    window.show();
    QEventLoop settle; // shown, laid out and painted
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    const qint64 started = Gui::residentKiB();
    if (!sendChains(window.requestConsole(), url, 100))
        return 1;
    const qint64 after100 = Gui::residentKiB();
    if (!sendChains(window.requestConsole(), url, 100))
        return 1;
    const qint64 after200 = Gui::residentKiB();
    std::printf("resident_kib started %lld after100 %lld after200 %lld\n", static_cast<long long>(started),
                static_cast<long long>(after100), static_cast<long long>(after200));
    return 0;
}
