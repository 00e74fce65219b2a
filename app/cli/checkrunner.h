// SPDX-License-Identifier: MIT
#pragma once

#include "cli/chainprinter.h"
#include "core/requests/hop.h"
#include "core/requests/urlinput.h"

#include <QEventLoop>
#include <QHash>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QTextStream;

namespace StatusScope::Core {
class RequestEngine;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Cli {

class CookieJarOutput;
class OutputTarget;
class UrlSource;

struct CheckSettings
{
    bool report = true; // print each chain on standard output
    bool json = false;
    bool jsonLines = false; // one compact document a line instead of one indented document
    bool fail = false; // --fail: 4xx and 5xx final statuses change the exit status
    bool showSecrets = false;
    int parallel = 8;
    CookieJarOutput *cookieJar = nullptr; // -c FILE: gets each chain's cookies, written at the end
};

// The request `base` describes, sent to `url` as a person types it (an argument or a line of a
// list), read by Core::readTypedUrl: "localhost:8080/x" is http://localhost:8080/x. `read`, when
// given, gets how the URL was read, with the sentence saying why it cannot be requested.
Core::RequestSpec requestFor(const Core::RequestSpec &base, const QString &url,
                             Core::UrlInput *read = nullptr);
// The URL as read, with its password masked, to name a refused URL on standard error.
QString typedUrlForDisplay(const Core::UrlInput &read);
// A chain that never started because its input is bad.
Core::ChainResult invalidInputResult(const Core::RequestSpec &spec, const QString &message);

// Runs the chains of `check`: up to `parallel` engines at once, each chain reported as soon as it
// ends (text, JSON and the HAR file), nothing kept afterwards, so the memory stays flat however
// many URLs a list holds. A URL list is read only when an engine is free.
class CheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckRunner)

public:
    // `har` may be null; the others must outlive the runner.
    CheckRunner(QNetworkAccessManager *manager, const Core::StatusCatalogue *catalogue,
                const CheckSettings &settings, QTextStream &out, QTextStream &err, OutputTarget *har,
                bool colour, QObject *parent = nullptr);

    // Runs `requests`, then every line of `source` (if any) as `base` sent to that URL; returns the
    // exit status.
    int run(const QList<Core::RequestSpec> &requests, UrlSource *source, const Core::RequestSpec &base);

    // (perf18) Optional: the catalogue given to the constructor is filled by `load` once the first
    // requests are on their way (before any response is read, as only responses are annotated), so
    // reading it overlaps the first connection. When `load` returns false (it says why on standard
    // error), the chains running are cancelled, no other starts, and run() returns ExitDataError.
    void setDeferredCatalogue(std::function<bool()> load) { m_loadCatalogue = std::move(load); }

private:
    // (perf18) A running chain's report, made hop by hop as each hop ends (while the next request
    // is on its way) and written when the chain ends.
    struct PendingReport
    {
        qsizetype hops = 0; // hops made so far
        QString text; // the report for people
        QList<Core::Hop> maskedHops; // JSON: each hop as it was masked when it was made…
        QByteArrayList json; // …and as written inside the chain's document
    };

    void launch();
    void start(const Core::RequestSpec &spec, qint64 lineNumber);
    void loadDeferredCatalogue();
    void stopForLostOutput();
    void prepareHops(const Core::RequestEngine *engine);
    void report(const Core::ChainResult &chain, PendingReport *pending = nullptr);
    QByteArray chainJson(const Core::ChainResult &chain, PendingReport *pending) const;
    bool done() const;
    void writeHar(const QByteArray &bytes);

    QNetworkAccessManager *m_manager;
    const Core::StatusCatalogue *m_catalogue;
    CheckSettings m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    OutputTarget *m_har;
    ChainPrinter m_printer;
    bool m_colour;
    std::function<bool()> m_loadCatalogue;
    bool m_catalogueFailed = false;
    bool m_outputLost = false; // what is written for people (or the HAR, when it is the output) is lost
    QHash<const Core::RequestEngine *, PendingReport> m_pending;
    QEventLoop m_loop;
    QList<Core::RequestSpec> m_requests;
    qsizetype m_next = 0;
    UrlSource *m_source = nullptr;
    Core::RequestSpec m_base;
    bool m_several = false; // chains are set apart by a blank line
    int m_running = 0;
    qint64 m_reported = 0;
    qint64 m_harEntries = 0;
    bool m_harFailed = false;
    bool m_failed = false; // a chain stopped or failed
    bool m_any4xx = false;
    bool m_any5xx = false;
};

} // namespace StatusScope::Cli
