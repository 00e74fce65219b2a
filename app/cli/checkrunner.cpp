// SPDX-License-Identifier: MIT
#include "cli/checkrunner.h"

#include "cli/commandline.h"
#include "cli/cookieflags.h"
#include "cli/inputfiles.h"
#include "cli/outputtarget.h"
#include "cli/textlayout.h"
#include "core/formats/har.h"
#include "core/requests/chainjson.h"
#include "core/requests/requestengine.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct CheckRunnerText
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)
};

enum CheckExit { ExitStoppedOrFailed = 1, ExitFail4xx = 4, ExitFail5xx = 5 };

// The HAR file is written as chains end, so it never holds more than one chain in memory: the
// document HAR export makes for no chain, cut open where its entries go.
constexpr QByteArrayView EntriesKey = "\"entries\":[";

QByteArray harSkeleton()
{
    return QJsonDocument(chainsToHar({})).toJson(QJsonDocument::Compact);
}

} // namespace

RequestSpec requestFor(const RequestSpec &base, const QString &url, UrlInput *read)
{
    RequestSpec spec = base;
    UrlInput input = readTypedUrl(url);
    spec.url = input.url;
    if (read)
        *read = std::move(input);
    return spec;
}

QString typedUrlForDisplay(const UrlInput &read)
{
    // The form read, "http://" included when it was added (as the console's field shows it): there
    // QUrl finds the password of "user:pw@host", which without a scheme it reads as "user:".
    return QString::fromUtf8(maskUrlPasswordIn(read.text.toUtf8()));
}

ChainResult invalidInputResult(const RequestSpec &spec, const QString &message)
{
    ChainResult result;
    result.request = spec;
    result.outcome = ChainOutcome::Error;
    result.error = ChainError{ErrorKind::InvalidInput, message};
    return result;
}

CheckRunner::CheckRunner(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                         const CheckSettings &settings, QTextStream &out, QTextStream &err, OutputTarget *har,
                         bool colour, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_catalogue(catalogue)
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
    , m_har(har)
    , m_printer(out, colour)
{
}

int CheckRunner::run(const QList<RequestSpec> &requests, UrlSource *source, const RequestSpec &base)
{
    m_requests = requests;
    m_source = source;
    m_base = base;
    m_several = requests.size() > 1 || source;
    if (m_source)
        connect(m_source, &UrlSource::available, this, &CheckRunner::launch);
    if (m_har) {
        const QByteArray skeleton = harSkeleton();
        writeHar(skeleton.left(skeleton.indexOf(EntriesKey) + EntriesKey.size()));
    }
    launch();
    if (!done())
        m_loop.exec();

    if (m_source && !m_source->errorString().isEmpty()) {
        m_err << "statusscope check: " << m_source->errorString() << Qt::endl;
        m_failed = true;
    }
    // The cookie file is written whatever became of the HAR file.
    bool jarWritten = true;
    if (m_settings.cookieJar) {
        QString error;
        jarWritten = m_settings.cookieJar->commit(&error);
        if (!jarWritten)
            m_err << "statusscope check: " << error << Qt::endl;
    }
    if (m_har) {
        const QByteArray skeleton = harSkeleton();
        writeHar("\n"_ba + skeleton.mid(skeleton.indexOf(EntriesKey) + EntriesKey.size()) + '\n');
        QString error;
        if (!m_har->commit(&error) || m_harFailed) {
            m_err << "statusscope check: "
                  << (error.isEmpty()
                          ? CheckRunnerText::tr("The HAR file “%1” could not be written.").arg(m_har->name())
                          : error)
                  << Qt::endl;
            return ExitStoppedOrFailed;
        }
    }
    // A rule or transport failure outranks --fail statuses.
    if (m_failed || !jarWritten)
        return ExitStoppedOrFailed;
    if (m_any5xx)
        return ExitFail5xx;
    if (m_any4xx)
        return ExitFail4xx;
    return ExitSuccess;
}

bool CheckRunner::done() const
{
    return m_running == 0 && m_next >= m_requests.size() && (!m_source || m_source->atEnd());
}

void CheckRunner::launch()
{
    while (m_running < m_settings.parallel) {
        if (m_next < m_requests.size()) {
            start(m_requests.at(m_next++), 0);
            continue;
        }
        if (!m_source)
            break;
        std::optional<UrlSource::Line> line = m_source->take();
        if (!line) {
            if (m_source->atEnd() || !m_source->readMore())
                break; // the end, or available() calls again when the list has more
            continue;
        }
        UrlInput read;
        const RequestSpec spec = requestFor(m_base, line->text, &read);
        if (line->problem) {
            m_err << "statusscope check: " << escapeForDisplay(*line->problem) << Qt::endl;
            report(invalidInputResult(spec, *line->problem));
            continue;
        }
        if (!read.isValid()) {
            m_err << "statusscope check: "
                  << escapeForDisplay(CheckRunnerText::tr("line %1 (%2): %3")
                                          .arg(line->number)
                                          .arg(typedUrlForDisplay(read), read.error))
                  << Qt::endl;
            report(invalidInputResult(spec, read.error));
            continue;
        }
        start(spec, line->number);
    }
    if (done())
        m_loop.quit();
}

void CheckRunner::start(const RequestSpec &spec, qint64 lineNumber)
{
    auto *engine = new RequestEngine(m_manager, m_catalogue, this);
    connect(engine, &RequestEngine::finished, this, [this, engine] {
        report(engine->result());
        engine->deleteLater();
        --m_running;
        // Not from inside the engine's signal: the next chain starts once this one has unwound.
        QMetaObject::invokeMethod(this, &CheckRunner::launch, Qt::QueuedConnection);
    });
    ++m_running;
    if (engine->start(spec))
        return;
    // Bad input (a URL from a list that is not http or https…): start() sent nothing and will
    // emit nothing, so the chain ends here and the next one starts.
    --m_running;
    const ChainResult result = engine->result();
    delete engine;
    const QString message = result.error ? result.error->message : QString();
    m_err << "statusscope check: "
          << escapeForDisplay(lineNumber > 0 ? CheckRunnerText::tr("line %1 (%2): %3")
                                                   .arg(lineNumber)
                                                   .arg(displayUrl(spec.url), message)
                                             : displayUrl(spec.url) + u": "_s + message)
          << Qt::endl;
    report(result);
}

void CheckRunner::report(const ChainResult &chain)
{
    const int status = !chain.hops.isEmpty() && chain.hops.last().status ? *chain.hops.last().status : 0;
    if (chain.outcome != ChainOutcome::Complete)
        m_failed = true;
    else if (m_settings.fail && status >= 500 && status < 600)
        m_any5xx = true;
    else if (m_settings.fail && status >= 400 && status < 500)
        m_any4xx = true;

    if (!m_settings.report) {
        // Only the HAR file is written.
    } else if (m_settings.json) {
        m_out << jsonForTerminal(
            QJsonDocument(chainToJson(chain, m_settings.showSecrets))
                .toJson(m_settings.jsonLines ? QJsonDocument::Compact : QJsonDocument::Indented));
        if (m_settings.jsonLines)
            m_out << '\n';
    } else {
        if (m_several)
            m_out << '\n';
        m_printer.printChain(chain);
    }
    m_out.flush();
    ++m_reported;
    if (m_settings.cookieJar)
        m_settings.cookieJar->add(chain);

    if (m_har && !chain.hops.isEmpty()) {
        const QJsonArray entries = chainsToHar({chain}, m_settings.showSecrets)
                                       .value(u"log"_s)
                                       .toObject()
                                       .value(u"entries"_s)
                                       .toArray();
        for (const QJsonValue &entry : entries) {
            writeHar((m_harEntries++ > 0 ? ",\n"_ba : "\n"_ba)
                     + QJsonDocument(entry.toObject()).toJson(QJsonDocument::Compact));
        }
    }
}

void CheckRunner::writeHar(const QByteArray &bytes)
{
    if (!m_harFailed && !m_har->write(bytes))
        m_harFailed = true;
}

} // namespace StatusScope::Cli
