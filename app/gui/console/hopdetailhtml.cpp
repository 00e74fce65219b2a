// SPDX-License-Identifier: MIT
#include "gui/console/hopdetailhtml.h"

#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"
#include "core/formats/datasize.h"
#include "core/i18n/translations.h"
#include "core/requests/hopannotator.h"
#include "core/requests/qtaddedheaders.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "gui/widgets/classcolors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

struct HopDetail
{
    Q_DECLARE_TR_FUNCTIONS(HopDetail)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QPalette &palette, const QString &body)
{
    return u"<html><head><style>"
           "h2 { margin-bottom: 2px; } h3 { margin-top: 12px; margin-bottom: 4px; }"
           ".muted { color: %1; } a { color: %2; } td { padding-right: 12px; }"
           ".changed { background-color: %3; } .error { color: #b0251d; } .warning { color: #8a5500; }"
           "</style></head><body>%4</body></html>"_s.arg(
               palette.color(QPalette::PlaceholderText).name(), palette.color(QPalette::Link).name(),
               palette.color(QPalette::Highlight).lighter(170).name(), body);
}

QString codeBadge(int code)
{
    const QColor fill = classColor(classOfCode(code));
    return u"<a href=\"statusscope:code/%1\" style=\"text-decoration:none\"><span "
           u"style=\"background-color:%2; "
           "color:%3; font-weight:bold\">&nbsp;%1&nbsp;</span></a>"_s.arg(QString::number(code), fill.name(),
                                                                          textColorOn(fill).name());
}

QString specAnchor(const QString &spec)
{
    const QUrl url = specLink(spec);
    if (url.isEmpty())
        return esc(spec);
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url.toString()), esc(spec));
}

QString ms(const std::optional<double> &value)
{
    return value ? HopDetail::tr("%1 ms").arg(*value, 0, 'f', 2) : HopDetail::tr("not reported");
}

} // namespace

QUrl specLink(const QString &spec)
{
    static const QRegularExpression pattern(u"^RFC (\\d+)(?: §([\\d.]+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(spec);
    if (!match.hasMatch())
        return {};
    QUrl url(u"https://www.rfc-editor.org/rfc/rfc"_s + match.captured(1));
    if (!match.captured(2).isEmpty())
        url.setFragment(u"section-"_s + match.captured(2));
    return url;
}

QList<HopMeaning> likelyMeaningsFirst(const Hop &hop)
{
    QList<HopMeaning> meanings = hop.meanings;
    const QString server = QString::fromLatin1(headerValue(hop.responseHeaders, "Server")).toLower();
    if (server.isEmpty() || meanings.size() < 2)
        return meanings;
    const auto mentions = [&](const HopMeaning &meaning) {
        const QString vendor = meaning.originDetail.section(u' ', 0, 0).toLower();
        return !vendor.isEmpty() && server.contains(vendor);
    };
    std::stable_partition(meanings.begin(), meanings.end(), mentions);
    return meanings;
}

QString hopMeaningHtml(const Hop &hop, const StatusCatalogue &catalogue, const QPalette &palette)
{
    if (!hop.status) {
        return page(palette, u"<p>"_s + esc(HopDetail::tr("No response arrived for this hop.")) + u"</p>"_s);
    }
    QString html = u"<h2>%1 %2</h2>"_s.arg(codeBadge(*hop.status), esc(hop.reason));
    const QList<HopMeaning> meanings = likelyMeaningsFirst(hop);
    if (meanings.size() > 1)
        html += u"<p class=\"muted\">"_s
            + esc(HopDetail::tr("This number has %1 meanings; the most likely comes first.")
                      .arg(meanings.size()))
            + u"</p>"_s;
    for (const HopMeaning &meaning : meanings) {
        const std::optional<StatusEntry> entry = entryOfMeaning(meaning, catalogue);
        html += u"<h3>%1 %2 <span class=\"muted\">· %3 · %4</span></h3>"_s.arg(
            codeBadge(meaning.code), esc(meaning.reason),
            esc(meaning.statusClass + u' ' + className(classOfCode(meaning.code))),
            esc(meaning.originDetail));
        if (meaning.fallback)
            html += u"<p><i>"_s
                + esc(HopDetail::tr("%1 is not in the catalogue; by its class a client treats it as %2.")
                          .arg(*hop.status)
                          .arg(meaning.code))
                + u"</i></p>"_s;
        // In the window's language, as the catalogue page shows the entry (English where a text
        // has no current translation); a meaning the catalogue lacks keeps the engine's words.
        const CatalogueTranslation &translation = CatalogueTranslation::builtin(installedLanguage());
        html += u"<p><b>"_s + esc(entry ? translation.text(*entry, EntryText::Summary).text : meaning.summary)
            + u"</b></p>"_s;
        if (entry) {
            static const QRegularExpression paragraphBreak(u"\\n\\s*\\n"_s);
            const QString description = translation.text(*entry, EntryText::Description).text;
            for (const QString &paragraph : description.split(paragraphBreak, Qt::SkipEmptyParts))
                html += u"<p>"_s + esc(paragraph.simplified()) + u"</p>"_s;
        }
        html += u"<p><a href=\"statusscope:code/%1\">%2</a></p>"_s.arg(meaning.code)
                    .arg(esc(HopDetail::tr("Open in catalogue")));
    }
    if (!hop.warnings.isEmpty()) {
        html += u"<h3>"_s + esc(HopDetail::tr("What this hop tells")) + u"</h3><table>"_s;
        for (const HopWarning &warning : hop.warnings) {
            const QString cls = warning.severity == Severity::Error ? u"error"_s
                : warning.severity == Severity::Warning             ? u"warning"_s
                                                                    : u"muted"_s;
            html += u"<tr><td class=\"%1\"><b>%2</b></td><td>%3%4</td></tr>"_s.arg(
                cls, esc(severityKey(warning.severity)), esc(warning.message),
                warning.spec.isEmpty()
                    ? QString()
                    : u" <span class=\"muted\">("_s + specAnchor(warning.spec) + u")</span>"_s);
        }
        html += u"</table>"_s;
    }
    return page(palette, html);
}

QStringList hopRouteSentences(const Hop &hop, const Hop *answered)
{
    // Every value here came from the engine or a stored chain: shown as text, control and
    // bidirectional characters escaped, like a server's words.
    const auto shown = [](const QString &text) { return escapeForDisplay(text); };
    QStringList sentences;
    const HopRoute &route = hop.route;
    if (!route.proxy.isEmpty()) {
        sentences.append(
            route.proxyUser.isEmpty()
                ? HopDetail::tr("Via proxy %1.").arg(shown(route.proxy))
                : HopDetail::tr("Via proxy %1, as user %2.").arg(shown(route.proxy), shown(route.proxyUser)));
    }
    if (!route.connectedTo.isEmpty()) {
        sentences.append(
            HopDetail::tr("Connected to %1 (pinned); the URL, the Host field and the certificate "
                          "check stay %2.")
                .arg(shown(route.connectedTo), shown(displayHost(hop.url))));
    }
    if (!route.httpVersionAsked.isEmpty()) {
        const QString &asked = route.httpVersionAsked;
        const QString version = asked == u"1.1"_s ? HopDetail::tr("HTTP/1.1 only")
            : asked == u"2"_s                     ? HopDetail::tr("HTTP/2, offered")
            : asked == u"2-prior-knowledge"_s ? HopDetail::tr("HTTP/2 from the first byte (prior knowledge)")
                                              : shown(asked);
        sentences.append(HopDetail::tr("HTTP version asked: %1.").arg(version));
    }
    // (cert15) Which client certificate this hop's server could have (Qt sends it when asked);
    // no sentence when none was, as for a hop without a proxy.
    if (!route.clientCertificate.isEmpty()) {
        sentences.append(
            route.clientCertificatePattern.isEmpty()
                ? HopDetail::tr("Client certificate offered: %1 (the request's own).")
                      .arg(shown(route.clientCertificate))
                : HopDetail::tr("Client certificate offered: %1, from Preferences for %2.")
                      .arg(shown(route.clientCertificate), shown(route.clientCertificatePattern)));
    }
    const HopAuth &auth = hop.auth;
    if (!auth.scheme.isEmpty()) {
        const QString scheme = shown(auth.scheme);
        const QString user = shown(auth.user);
        if (auth.answeredHop >= 0) {
            const int number = auth.answeredHop + 1;
            const std::optional<int> status = answered ? answered->status : std::nullopt;
            if (status && user.isEmpty())
                sentences.append(
                    HopDetail::tr("Answered the %1 of hop %2 with %3.").arg(*status).arg(number).arg(scheme));
            else if (status)
                sentences.append(HopDetail::tr("Answered the %1 of hop %2 with %3, user %4.")
                                     .arg(*status)
                                     .arg(number)
                                     .arg(scheme, user));
            else if (user.isEmpty())
                sentences.append(
                    HopDetail::tr("Answered the challenge of hop %1 with %2.").arg(number).arg(scheme));
            else
                sentences.append(HopDetail::tr("Answered the challenge of hop %1 with %2, user %3.")
                                     .arg(number)
                                     .arg(scheme, user));
        } else if (user.isEmpty()) {
            sentences.append(HopDetail::tr("Sent %1 credentials with the request.").arg(scheme));
        } else {
            sentences.append(
                HopDetail::tr("Sent %1 credentials with the request, user %2.").arg(scheme, user));
        }
    }
    return sentences;
}

QString hopRequestHtml(const Hop &hop, const Hop *previous, bool showSecrets, const QPalette &palette,
                       const QList<QByteArray> &secretHeaders, const Hop *answered)
{
    const auto changed = [](bool differs) { return differs ? u" class=\"changed\""_s : QString(); };
    QString html = u"<h3>"_s + esc(HopDetail::tr("Request as sent")) + u"</h3><table>"_s;
    html += u"<tr><td><b>%1</b></td><td%2>%3</td></tr>"_s.arg(
        esc(HopDetail::tr("Method")), changed(previous && previous->method != hop.method),
        esc(escapeBytesForDisplay(hop.method)));
    html += u"<tr><td><b>%1</b></td><td%2>%3</td></tr>"_s.arg(
        esc(HopDetail::tr("URL")), changed(previous && previous->url != hop.url),
        esc(showSecrets ? hop.url.toString(QUrl::FullyEncoded) : displayUrl(hop.url)));
    html += u"<tr><td><b>%1</b></td><td%2>%3</td></tr>"_s.arg(
        esc(HopDetail::tr("Body")), changed(previous && previous->requestBodyBytes != hop.requestBodyBytes),
        esc(hop.requestHasBody ? readableSize(hop.requestBodyBytes) : HopDetail::tr("none")));
    html += u"</table>"_s;
    // How it got there and what it answered: the proxy and pin behind the chain's badge.
    const QStringList route = hopRouteSentences(hop, answered);
    if (!route.isEmpty()) {
        html += u"<h3>"_s + esc(HopDetail::tr("Route and credentials")) + u"</h3>"_s;
        for (const QString &sentence : route)
            html += u"<p>"_s + esc(sentence) + u"</p>"_s;
    }
    html += u"<h3>"_s + esc(HopDetail::tr("Headers")) + u"</h3><table>"_s;
    for (const HeaderPair &header : hop.requestHeaders) {
        const QByteArray value
            = showSecrets ? header.second : maskHeaderValue(header.first, header.second, secretHeaders);
        const bool differs = previous && headerValue(previous->requestHeaders, header.first) != header.second;
        html += u"<tr%1><td><b>%2</b></td><td>%3</td></tr>"_s.arg(
            changed(differs), esc(escapeBytesForDisplay(header.first)), esc(escapeBytesForDisplay(value)));
    }
    // What Qt writes by itself went out too: "request as sent" is what the server received.
    for (const HeaderPair &header : headersAddedByQt(hop)) {
        html += u"<tr><td><b>%1</b></td><td>%2 <span class=\"muted\">(%3)</span></td></tr>"_s.arg(
            esc(escapeBytesForDisplay(header.first)), esc(escapeBytesForDisplay(header.second)),
            esc(HopDetail::tr("added by Qt")));
    }
    if (previous) {
        for (const HeaderPair &header : previous->requestHeaders) {
            if (!hasHeader(hop.requestHeaders, header.first))
                html += u"<tr class=\"changed\"><td><s>%1</s></td><td class=\"muted\">%2</td></tr>"_s.arg(
                    esc(escapeBytesForDisplay(header.first)), esc(HopDetail::tr("not sent on this hop")));
        }
    }
    html += u"</table>"_s;
    if (previous)
        html += u"<p class=\"muted\">"_s
            + esc(HopDetail::tr("Highlighted: what changed since the previous hop.")) + u"</p>"_s;
    return page(palette, html);
}

QString hopTimingHtml(const Hop &hop, const QPalette &palette)
{
    const HopTimings &t = hop.timings;
    QString html = u"<h3>"_s + esc(HopDetail::tr("Phases, from the start of the hop")) + u"</h3><table>"_s;
    // Each phase is a bar from the start of the hop to the moment Qt reported it.
    const double total = std::max(0.001, t.done.value_or(0));
    const QString barColour = palette.color(QPalette::Highlight).name();
    const auto row = [&](const QString &label, const std::optional<double> &value, const QString &note) {
        constexpr int BarWidth = 240;
        const int width = value ? std::clamp(int(*value / total * BarWidth), 2, BarWidth) : 0;
        const QString bar = value
            ? u"<table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"%1\" bgcolor=\"%2\">"
              "</td><td width=\"%3\"></td></tr></table>"_s.arg(width)
                  .arg(barColour)
                  .arg(BarWidth - width)
            : QString();
        html
            += u"<tr><td><b>%1</b></td><td>%2</td><td align=\"right\">%3</td><td class=\"muted\">%4</td></tr>"_s
                   .arg(esc(label), bar, esc(ms(value)), esc(note));
    };
    row(HopDetail::tr("Connecting"), t.connect,
        t.connectionReused
            ? HopDetail::tr("connection reused: no connect or TLS time")
            : HopDetail::tr("includes queueing and the DNS lookup, which Qt does not separate"));
    if (hop.url.scheme() == u"https"_s)
        row(HopDetail::tr("TLS done"), t.tls, HopDetail::tr("TCP connect and TLS handshake are one span"));
    row(HopDetail::tr("Request sent"), t.sent,
        hop.url.scheme() == u"http"_s ? HopDetail::tr("on plain HTTP, connecting and sending are one span")
                                      : QString());
    row(HopDetail::tr("Headers received"), t.headers,
        HopDetail::tr("first byte and end of headers are one moment"));
    row(HopDetail::tr("Done"), t.done, HopDetail::tr("body: %1").arg(readableSize(hop.bodyBytes)));
    html += u"</table>"_s;
    if (t.requestSentCount > 1)
        html += u"<p class=\"warning\">"_s
            + esc(HopDetail::tr("Qt sent this request %1 times by itself.").arg(t.requestSentCount))
            + u"</p>"_s;
    return page(palette, html);
}

QString hopTlsHtml(const Hop &hop, const QPalette &palette)
{
    const TlsInfo &tls = hop.tls;
    if (!tls.encrypted && tls.errors.isEmpty())
        return page(palette,
                    u"<p class=\"muted\">"_s + esc(HopDetail::tr("This hop was not encrypted.")) + u"</p>"_s);
    QString html = u"<table>"_s;
    html
        += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(HopDetail::tr("Protocol")), esc(tls.protocol));
    html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(HopDetail::tr("Cipher")), esc(tls.cipher));
    html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(
        esc(HopDetail::tr("ALPN")), esc(tls.alpn.isEmpty() ? HopDetail::tr("none") : tls.alpn));
    html += u"</table>"_s;
    if (!tls.errors.isEmpty()) {
        html += u"<h3 class=\"error\">"_s
            + esc(tls.errorsIgnored ? HopDetail::tr("Certificate problems (accepted for this host)")
                                    : HopDetail::tr("Certificate problems"))
            + u"</h3><ul>"_s;
        for (const QString &error : tls.errors)
            html += u"<li>"_s + esc(error) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    html += u"<h3>"_s + esc(HopDetail::tr("Certificate chain")) + u"</h3>"_s;
    for (const CertificateInfo &certificate : tls.chain) {
        html += u"<p><b>%1</b><br>%2<br><span class=\"muted\">%3<br>SHA-256 %4</span></p>"_s.arg(
            esc(certificate.subject), esc(HopDetail::tr("issued by %1").arg(certificate.issuer)),
            esc(HopDetail::tr("valid from %1 to %2")
                    .arg(certificate.notBefore.toUTC().toString(Qt::ISODate),
                         certificate.notAfter.toUTC().toString(Qt::ISODate))),
            esc(certificate.sha256));
    }
    return page(palette, html);
}

} // namespace StatusScope::Gui
