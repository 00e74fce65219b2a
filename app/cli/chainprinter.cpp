// SPDX-License-Identifier: MIT
#include "cli/chainprinter.h"

#include "cli/textlayout.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/formats/datasize.h"
#include "core/i18n/translations.h"
#include "core/requests/hopannotator.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

struct ChainPrinterText
{
    Q_DECLARE_TR_FUNCTIONS(ChainPrinter)
};

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// Every text in a hop or a chain passes through here before it is laid out or painted: what a
// server sent (reason, Location, URLs, messages quoting them), and the catalogue's words too, since
// --catalogue reads any file. Control characters and bidirectional overrides are shown escaped
// (\x1B, \u202E), never interpreted; escaping twice changes nothing.
QString shown(const QString &text)
{
    return escapeForDisplay(text);
}

// A password in a URL is never printed: the terminal's output ends up in logs.
QString shown(const QUrl &url)
{
    return escapeForDisplay(maskUrlPassword(url).toString(QUrl::FullyEncoded));
}

} // namespace

ChainPrinter::ChainPrinter(QTextStream &out, bool colour, const StatusCatalogue *catalogue)
    : m_out(out)
    , m_colour(colour)
    , m_catalogue(catalogue)
{
    if (const QString language = installedLanguage(); catalogue && language != u"en"_s)
        m_translation = &CatalogueTranslation::builtin(language);
}

QString ChainPrinter::summaryText(const HopMeaning &meaning) const
{
    if (!m_translation || meaning.fallback)
        return meaning.summary;
    const std::optional<StatusEntry> entry = entryOfMeaning(meaning, *m_catalogue);
    return entry ? m_translation->text(*entry, EntryText::Summary).text : meaning.summary;
}

QString ChainPrinter::paint(const QString &text, const char *code) const
{
    if (!m_colour)
        return text;
    return u"\x1b["_s + QString::fromLatin1(code) + u'm' + text + u"\x1b[0m"_s;
}

void ChainPrinter::printHop(const Hop &hop)
{
    const int width = terminalWidth();
    m_out << paint(u"→"_s, "2") << ' ' << shown(QString::fromLatin1(hop.method)) << ' ' << shown(hop.url)
          << '\n';
    // How the request got there and what it carried, as the JSON's "via" and "auth" say it.
    QStringList route;
    if (!hop.route.proxy.isEmpty()) {
        route.append(hop.route.proxyUser.isEmpty()
                         ? ChainPrinterText::tr("via proxy %1").arg(shown(hop.route.proxy))
                         : ChainPrinterText::tr("via proxy %1 as %2")
                               .arg(shown(hop.route.proxy), shown(hop.route.proxyUser)));
    }
    if (!hop.route.connectedTo.isEmpty())
        route.append(ChainPrinterText::tr("connected to %1").arg(shown(hop.route.connectedTo)));
    if (!hop.route.clientCertificate.isEmpty()) // (cert15)
        route.append(ChainPrinterText::tr("client certificate %1").arg(shown(hop.route.clientCertificate)));
    if (!hop.auth.scheme.isEmpty()) {
        const QString who = hop.auth.user.isEmpty()
            ? shown(hop.auth.scheme)
            : ChainPrinterText::tr("%1, user %2").arg(shown(hop.auth.scheme), shown(hop.auth.user));
        route.append(hop.auth.answeredHop >= 0 ? ChainPrinterText::tr("credentials %1, answering hop %2")
                                                     .arg(who)
                                                     .arg(hop.auth.answeredHop + 1)
                                               : ChainPrinterText::tr("credentials %1").arg(who));
    }
    if (!route.isEmpty())
        m_out << "  " << paint(route.join(u" · "_s), "2") << '\n';
    if (hop.status) {
        QStringList parts{paint(QString::number(*hop.status)
                                    + (hop.reason.isEmpty() ? QString() : u' ' + shown(hop.reason)),
                                statusColourCode(*hop.status).toLatin1().constData())};
        if (!hop.meanings.isEmpty()) {
            const HopMeaning &meaning = hop.meanings.first();
            parts.append(shown(meaning.statusClass));
            parts.append(meaning.fallback ? ChainPrinterText::tr("not catalogued") : shown(meaning.origin));
            if (!meaning.fallback)
                parts.append(shown(meaning.spec.isEmpty() ? meaning.originDetail : meaning.spec));
        }
        m_out << paint(u"←"_s, "2") << ' ' << parts.join(u" · "_s) << "  " << shown(hop.protocol) << '\n';
        for (const HopMeaning &meaning : hop.meanings) {
            const QString line = hop.meanings.size() > 1 || meaning.fallback
                ? u"%1 %2: %3"_s.arg(QString::number(meaning.code), meaning.reason, summaryText(meaning))
                : summaryText(meaning);
            m_out << wrapText(shown(line), width, u"  "_s) << '\n';
        }
        if (hop.location)
            m_out << "  " << ChainPrinterText::tr("Location: %1").arg(shown(*hop.location)) << '\n';
    } else {
        m_out << paint(u"←"_s, "2") << ' ' << ChainPrinterText::tr("(no response)") << '\n';
    }
    for (const HopWarning &warning : hop.warnings) {
        const char *colour = warning.severity == Severity::Error ? "31"
            : warning.severity == Severity::Warning              ? "33"
                                                                 : "36";
        const QString mark = warning.severity == Severity::Info ? u"i"_s : u"!"_s;
        QString line = shown(warning.id) + u": "_s + shown(warning.message);
        if (!warning.spec.isEmpty())
            line += u" ("_s + shown(warning.spec) + u')';
        m_out << "  " << paint(mark, colour) << ' ' << wrapText(line, width, u"    "_s).mid(4) << '\n';
    }
    const HopTimings &t = hop.timings;
    QStringList phases;
    if (t.connectionReused)
        phases.append(ChainPrinterText::tr("reused connection"));
    if (t.connect)
        phases.append(ChainPrinterText::tr("connect %1").arg(ms(*t.connect)));
    if (t.tls)
        phases.append(ChainPrinterText::tr("tls %1").arg(ms(*t.tls)));
    if (t.sent)
        phases.append(ChainPrinterText::tr("sent %1").arg(ms(*t.sent)));
    if (t.headers)
        phases.append(ChainPrinterText::tr("headers %1").arg(ms(*t.headers)));
    // The size as people read it (64 MiB, not 67108864 bytes); the phases only when Qt gave any.
    const QString time = phases.isEmpty()
        ? ChainPrinterText::tr("%1 ms").arg(ms(t.done.value_or(0)))
        : ChainPrinterText::tr("%1 ms (%2)").arg(ms(t.done.value_or(0)), phases.join(u", "_s));
    m_out << "  " << paint(ChainPrinterText::tr("%1, body %2").arg(time, readableSize(hop.bodyBytes)), "2")
          << '\n';
}

void ChainPrinter::printSummary(const ChainResult &chain)
{
    QString finalStatus = ChainPrinterText::tr("no response");
    for (auto it = chain.hops.crbegin(); it != chain.hops.crend(); ++it) {
        if (it->status) {
            finalStatus = QString::number(*it->status)
                + (it->reason.isEmpty() ? QString() : u' ' + shown(it->reason));
            break;
        }
    }
    QString outcome;
    switch (chain.outcome) {
    case ChainOutcome::Complete:
        outcome = ChainPrinterText::tr("complete");
        break;
    case ChainOutcome::Stopped:
        outcome
            = ChainPrinterText::tr("stopped: %1").arg(chain.stop ? shown(chain.stop->message) : QString());
        break;
    case ChainOutcome::Error:
    case ChainOutcome::Running:
        outcome
            = ChainPrinterText::tr("error: %1").arg(chain.error ? shown(chain.error->message) : QString());
        break;
    }
    m_out << paint(u"="_s, "1") << ' '
          << ChainPrinterText::tr("%n hop(s), %1 ms, final %2, %3", nullptr, int(chain.hops.size()))
                 .arg(ms(chain.totalMs), finalStatus, outcome)
          << '\n';
}

void ChainPrinter::printChain(const ChainResult &chain)
{
    // A chain that never started (bad input) still says which URL it was.
    if (chain.hops.isEmpty())
        m_out << paint(u"→"_s, "2") << ' ' << shown(QString::fromLatin1(chain.request.method)) << ' '
              << shown(chain.request.url) << '\n';
    for (const Hop &hop : chain.hops)
        printHop(hop);
    printSummary(chain);
}

} // namespace StatusScope::Cli
