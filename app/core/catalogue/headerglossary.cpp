// SPDX-License-Identifier: MIT
#include "core/catalogue/headerglossary.h"

#include <QCoreApplication>

#include <array>

namespace StatusScope::Core {

namespace {

struct Entry
{
    const char *name;
    const char *text;
    const char *spec;
};

// Our own one-line summaries; the section numbers come from the RFCs.
constexpr std::array entries{
    Entry{"Accept-Ranges",
          QT_TRANSLATE_NOOP("HeaderGlossary", "Whether the server takes range requests, and in which unit."),
          "RFC 9110 §14.3"},
    Entry{"Age",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Seconds the response has spent in caches since the origin produced it."),
          "RFC 9111 §5.1"},
    Entry{"Allow", QT_TRANSLATE_NOOP("HeaderGlossary", "The methods the resource supports; required on 405."),
          "RFC 9110 §10.2.1"},
    Entry{"Alt-Svc",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Other places (protocol, host, port) where the same service can be reached, such as HTTP/3."),
          "RFC 7838 §3"},
    Entry{"Cache-Control",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Directives that tell caches whether and how long they may store and reuse the response."),
          "RFC 9111 §5.2"},
    Entry{"Connection",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Options for this connection only, such as close; never forwarded by proxies."),
          "RFC 9110 §7.6.1"},
    Entry{"Content-Disposition",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Whether to show the body inline or save it, and under which file name."),
          "RFC 6266 §4"},
    Entry{"Content-Encoding",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Compression applied to the body (gzip, br, deflate); undo it to get the representation."),
          "RFC 9110 §8.4"},
    Entry{"Content-Language",
          QT_TRANSLATE_NOOP("HeaderGlossary", "The natural language of the intended audience."),
          "RFC 9110 §8.5"},
    Entry{"Content-Length", QT_TRANSLATE_NOOP("HeaderGlossary", "The size of the body in bytes, as sent."),
          "RFC 9110 §8.6"},
    Entry{"Content-Location",
          QT_TRANSLATE_NOOP("HeaderGlossary", "A URI for the specific representation that was sent."),
          "RFC 9110 §8.7"},
    Entry{
        "Content-Range",
        QT_TRANSLATE_NOOP(
            "HeaderGlossary",
            "Which part of the whole representation this body is, and the total size; used by 206 and 416."),
        "RFC 9110 §14.4"},
    Entry{"Content-Security-Policy",
          QT_TRANSLATE_NOOP("HeaderGlossary", "Rules a browser enforces on what the page may load and run."),
          "W3C CSP Level 3"},
    Entry{"Content-Type",
          QT_TRANSLATE_NOOP("HeaderGlossary", "The media type of the body, with parameters such as charset."),
          "RFC 9110 §8.3"},
    Entry{"Date", QT_TRANSLATE_NOOP("HeaderGlossary", "When the server produced the response."),
          "RFC 9110 §6.6.1"},
    Entry{"ETag",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "An opaque version tag of the representation, for conditional requests with "
                            "If-None-Match or If-Match."),
          "RFC 9110 §8.8.3"},
    Entry{"Expires",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "The date after which the response is stale; Cache-Control max-age takes precedence."),
          "RFC 9111 §5.3"},
    Entry{"Keep-Alive",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Hints about how long an idle persistent connection is kept open."),
          "RFC 2068 §19.7.1"},
    Entry{"Last-Modified",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "When the origin believes the representation last changed; a validator for If-Modified-Since."),
          "RFC 9110 §8.8.2"},
    Entry{
        "Link",
        QT_TRANSLATE_NOOP(
            "HeaderGlossary",
            "Typed links to related resources, for example preload hints or the blocked-by relation of 451."),
        "RFC 8288 §3"},
    Entry{"Location",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Where to go next: the redirect target of a 3xx, or the new resource of a 201."),
          "RFC 9110 §10.2.2"},
    Entry{"Proxy-Authenticate",
          QT_TRANSLATE_NOOP("HeaderGlossary", "The authentication challenge of a proxy; required on 407."),
          "RFC 9110 §11.7.1"},
    Entry{"Retry-After",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "How long to wait before trying again, in seconds or as a date; used with 503, 429 and 3xx."),
          "RFC 9110 §10.2.3"},
    Entry{"Server",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "The software that produced the response; it can tell which meaning of a vendor code applies."),
          "RFC 9110 §10.2.4"},
    Entry{"Set-Cookie",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Stores a cookie in the client, to be sent back on later requests by the cookie rules."),
          "RFC 6265 §4.1"},
    Entry{"Strict-Transport-Security",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "Tells browsers to use only https for this host for a while (HSTS)."),
          "RFC 6797 §6.1"},
    Entry{"Transfer-Encoding",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "How the message body is framed on this connection, such as chunked."),
          "RFC 9112 §6.1"},
    Entry{"Upgrade",
          QT_TRANSLATE_NOOP("HeaderGlossary", "The protocol to switch to; required on 101 and 426."),
          "RFC 9110 §7.8"},
    Entry{"Vary",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Request fields that chose this representation; caches must match them before reuse."),
          "RFC 9110 §12.5.5"},
    Entry{"Via", QT_TRANSLATE_NOOP("HeaderGlossary", "The proxies and gateways the message passed through."),
          "RFC 9110 §7.6.3"},
    Entry{"WWW-Authenticate",
          QT_TRANSLATE_NOOP("HeaderGlossary",
                            "The authentication challenge: which scheme (Basic, Bearer…) the client may use; "
                            "required on 401."),
          "RFC 9110 §11.6.1"},
    Entry{
        "X-Content-Type-Options",
        QT_TRANSLATE_NOOP("HeaderGlossary",
                          "With nosniff, tells browsers not to guess a media type other than Content-Type."),
        "WHATWG Fetch"},
    Entry{"X-Frame-Options",
          QT_TRANSLATE_NOOP(
              "HeaderGlossary",
              "Whether other sites may show this page in a frame; superseded by CSP frame-ancestors."),
          "RFC 7034 §2"},
};

} // namespace

HeaderNote headerNote(QByteArrayView name)
{
    for (const Entry &entry : entries) {
        if (name.compare(QByteArrayView(entry.name), Qt::CaseInsensitive) == 0)
            return {QCoreApplication::translate("HeaderGlossary", entry.text), QString::fromUtf8(entry.spec)};
    }
    return {};
}

} // namespace StatusScope::Core
