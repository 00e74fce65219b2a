// SPDX-License-Identifier: MIT
// HAR import on files made to hurt: many short redirect chains, 100,000 entries, one 200 MB body.
// Each is imported in a process of its own (for its peak resident memory) and set beside the floor
// Qt sets, QJsonDocument::fromJson of the same file alone. A report for ./dev bench, never a test.
// Usage: harimportbench                  make the files in a temporary folder and report
//        harimportbench --import FILE    (internal) import FILE, print "ms peak_kib chains"
//        harimportbench --parse FILE     (internal) parse FILE only, print "ms peak_kib 0"
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/harimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace StatusScope::Core;

namespace {

// VmHWM, not getrusage: ru_maxrss survives exec, so a child would report its parent's peak.
long peakKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QByteArray entry(const QByteArray &url, int status, const QByteArray &location, const QByteArray &body)
{
    QByteArray headers = R"([{"name":"Content-Type","value":"text/html; charset=utf-8"},)"
                         R"({"name":"Cache-Control","value":"no-store"},{"name":"Server","value":"bench"})";
    if (!location.isEmpty())
        headers += R"(,{"name":"Location","value":")" + location + "\"}";
    headers += ']';
    return R"({"startedDateTime":"2024-05-01T10:00:00.000Z","time":12.5,"request":{"method":"GET","url":")"
        + url
        + R"(","httpVersion":"HTTP/1.1","headers":[{"name":"Host","value":"bench.example"},)"
          R"({"name":"User-Agent","value":"Mozilla/5.0 (X11; Linux x86_64) bench"},)"
          R"({"name":"Accept","value":"text/html,application/xhtml+xml"},{"name":"Accept-Language","value":"en"}],)"
          R"("queryString":[],"cookies":[],"headersSize":-1,"bodySize":0},"response":{"status":)"
        + QByteArray::number(status) + R"(,"statusText":"","httpVersion":"HTTP/1.1","headers":)" + headers
        + R"(,"cookies":[],"content":{"size":)" + QByteArray::number(body.size())
        + R"(,"mimeType":"text/html","text":")" + body + R"("},"redirectURL":")" + location
        + R"(","headersSize":-1,"bodySize":-1},"cache":{},"timings":{"blocked":1,"dns":-1,"connect":2,)"
          R"("send":0.5,"wait":8,"receive":1,"ssl":-1}})";
}

bool write(const QString &path, const QList<QByteArray> &entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(R"({"log":{"version":"1.2","creator":{"name":"bench","version":"1"},"entries":[)");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            file.write(",\n");
        file.write(entries.at(i));
    }
    file.write("]}}\n");
    return true;
}

// 20,000 redirects, each to a page that never comes: every one stays an open chain.
bool makeRedirects(const QString &path)
{
    QList<QByteArray> entries;
    for (int i = 0; i < 20000; ++i) {
        const QByteArray n = QByteArray::number(i);
        entries.append(
            entry("https://bench.example/r/" + n, 302, "https://bench.example/never/" + n, "moved"));
    }
    return write(path, entries);
}

// 100,000 entries: 25,000 chains of three redirects and a page.
bool makeMany(const QString &path)
{
    QList<QByteArray> entries;
    for (int chain = 0; chain < 25000; ++chain) {
        const QByteArray base = "https://bench.example/c" + QByteArray::number(chain) + '/';
        for (int hop = 0; hop < 3; ++hop)
            entries.append(
                entry(base + QByteArray::number(hop), 301, base + QByteArray::number(hop + 1), "moved"));
        entries.append(entry(base + '3', 200, {}, "<html><body>the page</body></html>"));
    }
    return write(path, entries);
}

// One entry whose body is 200 MB of base64 text.
bool makeBigBody(const QString &path)
{
    QByteArray body(150 * 1000 * 1000, '\0');
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char((i * 7919) & 0xff);
    QByteArray text = R"({"log":{"version":"1.2","entries":[{"startedDateTime":"2024-05-01T10:00:00.000Z",)"
                      R"("request":{"method":"GET","url":"https://bench.example/big","headers":[]},)"
                      R"("response":{"status":200,"headers":[],"content":{"size":150000000,)"
                      R"("mimeType":"application/octet-stream","encoding":"base64","text":")";
    text += body.toBase64();
    body = QByteArray();
    text += R"("}},"timings":{"wait":1}}]}})";
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

int measure(const QString &mode, const QString &path)
{
    const std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QElapsedTimer timer;
    timer.start();
    qsizetype chains = 0;
    if (mode == QLatin1StringView("--import")) {
        QString error;
        const std::optional<HarImport> imported = importHarFile(path, *catalogue, &error);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        chains = imported->chains.size();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
        chains = document.isObject() ? 0 : -1;
    }
    std::printf("%.0f %ld %lld\n", double(timer.nsecsElapsed()) / 1e6, peakKib(), qint64(chains));
    return 0;
}

struct Run
{
    double ms = 0;
    double mib = 0;
    qint64 chains = 0;
};

Run child(const QString &mode, const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {mode, path});
    process.waitForFinished(-1);
    const QList<QByteArray> fields = process.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 3)
        return {};
    return {fields.at(0).toDouble(), fields.at(1).toDouble() / 1024, fields.at(2).toLongLong()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3)
        return measure(args.at(1), args.at(2));

    QTemporaryDir dir;
    const QString redirects = dir.filePath(QStringLiteral("redirects-20k.har"));
    const QString many = dir.filePath(QStringLiteral("entries-100k.har"));
    const QString big = dir.filePath(QStringLiteral("body-200mb.har"));
    if (!makeRedirects(redirects) || !makeMany(many) || !makeBigBody(big)) {
        std::fprintf(stderr, "harimportbench: cannot write the files in %s\n", qPrintable(dir.path()));
        return 1;
    }
    std::printf("| HAR import | file | import | peak memory | QJsonDocument alone | its peak | time vs it | "
                "memory vs file |\n|---|---|---|---|---|---|---|---|\n");
    for (const QString &path : {redirects, many, big}) {
        const double fileMib = double(QFile(path).size()) / (1024 * 1024);
        const Run ours = child(QStringLiteral("--import"), path);
        const Run floor = child(QStringLiteral("--parse"), path);
        std::printf(
            "| %s (%lld chains) | %.0f MiB | %.2f s | %.0f MiB | %.2f s | %.0f MiB | %.2fx | %.2fx |\n",
            qPrintable(QFileInfo(path).fileName()), ours.chains, fileMib, ours.ms / 1000, ours.mib,
            floor.ms / 1000, floor.mib, ours.ms / std::max(floor.ms, 1.0), ours.mib / fileMib);
    }
    return 0;
}
