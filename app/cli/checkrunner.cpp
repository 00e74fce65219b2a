// SPDX-License-Identifier: MIT
#include "cli/checkrunner.h"

#include "cli/commandline.h"
#include "cli/cookieflags.h"
#include "cli/inputfiles.h"
#include "cli/outputtarget.h"
#include "cli/textlayout.h"
#include "core/formats/chaindocument.h"
#include "core/formats/har.h"
#include "core/requests/chainjson.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestengine.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

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

// jsonForTerminal() rebuilds the text character by character to escape what a terminal would act
// on; most documents hold none of it (their only characters past ASCII are the catalogue's "§", "·",
// quotes), so a first look finds that out and the document goes out as it is: the same bytes.
QByteArray jsonForOutput(const QByteArray &json)
{
    // Most documents are ASCII through and through (JSON escapes what it must): nothing to look at.
    if (std::all_of(json.cbegin(), json.cend(), [](char c) { return uchar(c) < 0x7f; }))
        return json;
    const QString text = QString::fromUtf8(json);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x7f)
            continue;
        // U+FFFD may stand for bytes that were not UTF-8: the careful way then, as for a lone half.
        if (unit == 0xfffd || QChar::isLowSurrogate(unit))
            return jsonForTerminal(json);
        if (QChar::isHighSurrogate(unit)) {
            if (i + 1 >= text.size() || !QChar::isLowSurrogate(text.at(i + 1).unicode())
                || QChar::category(QChar::surrogateToUcs4(unit, text.at(i + 1).unicode()))
                    == QChar::Other_Format)
                return jsonForTerminal(json);
            ++i;
            continue;
        }
        const QChar::Category category = QChar::category(unit);
        if (unit == 0x7f || category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return jsonForTerminal(json);
    }
    return json;
}

MaskingPolicy maskingFor(bool showSecrets)
{
    return MaskingPolicy{showSecrets ? SecretStorage::Plain : SecretStorage::Masked, {}}; // as chainToJson()
}

// The fields maskedChain() changes in a hop (chainmasking.cpp): a hop made while its chain ran is
// written as made only when the whole chain masks it the same (a later hop may send a credential
// that an earlier one echoed).
bool maskedAlike(const Hop &a, const Hop &b)
{
    return a.url == b.url && a.requestHeaders == b.requestHeaders && a.responseHeaders == b.responseHeaders
        && a.bodyPreview == b.bodyPreview && a.locationRaw == b.locationRaw && a.location == b.location;
}

// A hop as it sits in its chain's document, written alone: inside "hops" it is two levels deep,
// eight spaces in the indented form. Written straight as text at that depth (writeHopJson()), the
// same bytes as Qt's writer would give, without building the hop's QJsonObject first: that and
// re-indenting Qt's text cost more than the rest of the hop's handling together.
QByteArray hopJson(const Hop &maskedHop, bool compact)
{
    QByteArray json;
    json.reserve(4096); // a usual hop's text fits: no growing on the way
    writeHopJson(json, maskedHop, BodyBytes::LeftOut,
                 compact ? QJsonDocument::Compact : QJsonDocument::Indented, 2);
    return json;
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
    , m_printer(out, colour, catalogue)
    , m_colour(colour)
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
    // (perf18) After launch(): Qt has handed the requests it started to its network thread, so
    // they are on their way while the catalogue opens. Here, before the event loop runs, and not
    // queued: a queued call could come after a fast server's response, which was then explained
    // by the empty catalogue ("meaning": [], seen once in a loaded test run).
    if (m_loadCatalogue)
        loadDeferredCatalogue();
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
    if (m_catalogueFailed)
        return ExitDataError;
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
    return m_running == 0
        && (m_catalogueFailed || m_outputLost
            || (m_next >= m_requests.size() && (!m_source || m_source->atEnd())));
}

void CheckRunner::launch()
{
    while (m_running < m_settings.parallel && !m_catalogueFailed && !m_outputLost) {
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
    m_pending.insert(engine, {});
    // Queued: the hop is made into text once the engine has sent the next request, while it travels.
    connect(
        engine, &RequestEngine::hopFinished, engine, [this, engine] { prepareHops(engine); },
        Qt::QueuedConnection);
    connect(engine, &RequestEngine::finished, this, [this, engine] {
        prepareHops(engine);
        PendingReport pending = m_pending.take(engine);
        report(engine->result(), &pending);
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
    m_pending.remove(engine);
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

void CheckRunner::loadDeferredCatalogue()
{
    const std::function<bool()> load = std::exchange(m_loadCatalogue, {});
    if (!load || load())
        return;
    m_catalogueFailed = true;
    const QList<RequestEngine *> engines = findChildren<RequestEngine *>(Qt::FindDirectChildrenOnly);
    for (RequestEngine *engine : engines)
        engine->cancel();
    if (done())
        m_loop.quit();
}

// The output is lost (a full disk, a reader gone): no further chain starts, and those running are
// cancelled, as their answers could not be read either. The exit status comes from finishOutput().
void CheckRunner::stopForLostOutput()
{
    const QList<RequestEngine *> engines = findChildren<RequestEngine *>(Qt::FindDirectChildrenOnly);
    for (RequestEngine *engine : engines)
        engine->cancel();
    if (done())
        m_loop.quit();
}

void CheckRunner::prepareHops(const RequestEngine *engine)
{
    const auto found = m_pending.find(engine);
    if (found == m_pending.end() || !m_settings.report)
        return;
    PendingReport &pending = *found;
    const ChainResult &chain = engine->result();
    if (pending.hops >= chain.hops.size())
        return;
    if (m_settings.json) {
        ChainResult made;
        made.request = chain.request;
        made.hops = chain.hops.sliced(pending.hops);
        const ChainResult masked = maskedChain(made, maskingFor(m_settings.showSecrets));
        for (const Hop &hop : masked.hops) {
            pending.maskedHops.append(hop);
            pending.json.append(hopJson(hop, m_settings.jsonLines));
        }
    } else {
        QTextStream stream(&pending.text);
        ChainPrinter printer(stream, m_colour, m_catalogue);
        for (qsizetype i = pending.hops; i < chain.hops.size(); ++i)
            printer.printHop(chain.hops.at(i));
    }
    pending.hops = chain.hops.size();
}

QByteArray CheckRunner::chainJson(const ChainResult &chain, PendingReport *pending) const
{
    const QJsonDocument::JsonFormat format
        = m_settings.jsonLines ? QJsonDocument::Compact : QJsonDocument::Indented;
    if (!pending || chain.hops.isEmpty())
        return QJsonDocument(chainToJson(chain, m_settings.showSecrets)).toJson(format);
    // The document without its hops, then the hops made while the chain ran put in their place:
    // the same bytes as the whole document written at once.
    ChainResult masked = maskedChain(chain, maskingFor(m_settings.showSecrets));
    QByteArrayList hops;
    for (qsizetype i = 0; i < masked.hops.size(); ++i) {
        const Hop &hop = masked.hops.at(i);
        hops.append(i < pending->json.size() && maskedAlike(pending->maskedHops.at(i), hop)
                        ? pending->json.at(i)
                        : hopJson(hop, m_settings.jsonLines));
    }
    const QList<Hop> allHops = std::exchange(masked.hops, {});
    QByteArray document = QJsonDocument(chainToDocument(masked, BodyBytes::LeftOut)).toJson(format);
    const QByteArray emptyHops = m_settings.jsonLines ? "\"hops\":[]"_ba : "\n    \"hops\": [\n    ]"_ba;
    const qsizetype at = document.indexOf(emptyHops);
    if (at < 0 || document.indexOf(emptyHops, at + 1) >= 0) { // never seen: then the slow way
        masked.hops = allHops;
        return QJsonDocument(chainToDocument(masked, BodyBytes::LeftOut)).toJson(format);
    }
    const QByteArray filled = m_settings.jsonLines
        ? QByteArray("\"hops\":["_ba + hops.join(',') + ']')
        : QByteArray("\n    \"hops\": [\n"_ba + hops.join(",\n") + "\n    ]");
    return document.replace(at, emptyHops.size(), filled);
}

void CheckRunner::report(const ChainResult &chain, PendingReport *pending)
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
        QByteArray json = jsonForOutput(chainJson(chain, pending));
        if (m_settings.jsonLines)
            json += '\n';
        // Bytes go to the device as they are: through the stream they would be decoded from UTF-8
        // and encoded again.
        if (QIODevice *device = m_out.device()) {
            m_out.flush();
            device->write(json);
            if (auto *file = qobject_cast<QFileDevice *>(device))
                file->flush(); // as the stream's flush below would: a pipe's reader sees the chain now
        } else {
            m_out << json;
        }
    } else {
        if (m_several)
            m_out << '\n';
        if (pending && !chain.hops.isEmpty() && pending->hops == chain.hops.size()) {
            m_out << pending->text;
            m_printer.printSummary(chain);
        } else {
            m_printer.printChain(chain);
        }
    }
    m_out.flush();
    ++m_reported;
    if (!m_outputLost
        && ((m_settings.report && outputFailed(m_out)) || (!m_settings.report && m_harFailed))) {
        m_outputLost = true;
        if (m_requests.size() > 1 || m_source) {
            m_err << "statusscope check: "
                  << CheckRunnerText::tr("The output could not be written, so no further URL is checked.")
                  << Qt::endl;
        }
        // Not from inside the finished engine's signal: the others are cancelled once it has unwound.
        QMetaObject::invokeMethod(this, &CheckRunner::stopForLostOutput, Qt::QueuedConnection);
    }
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
