// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// The five classes RFC 9110 defines by first digit, plus everything that falls outside 100-599.
enum class StatusClass {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
    Other,
};

// Where a code comes from; drives filtering and how much trust a reader can put in it.
enum class OriginKind {
    Standard,
    WebDav,
    Experimental,
    Historical,
    Vendor,
    Unofficial,
};

// What a user agent does to the request method when it follows a 3xx.
enum class RedirectMethod {
    Kept, // 307, 308
    MayChange, // 301, 302: POST may become GET for historical reasons
    BecomesGet, // 303
    NotFollowed // 300, 304, 305: not an automatic redirect
};

struct SpecRef
{
    QString title;
    // The link as QUrl::toString() writes it, checked to be an http(s) URL when the catalogue was
    // read: kept as text, since most are only ever shown (parsing all 179 distinct ones was most of
    // reading the built-in catalogue).
    QString url;

    friend bool operator==(const SpecRef &, const SpecRef &) = default;
};

struct RedirectSemantics
{
    bool permanent = false;
    RedirectMethod method = RedirectMethod::NotFollowed;

    friend bool operator==(const RedirectSemantics &, const RedirectSemantics &) = default;
};

// The entry's line in the IANA HTTP Status Code Registry, when it has one.
struct IanaRegistration
{
    QString reason; // the registry's own wording, e.g. "(Unused)" for 418
    QString status; // "permanent", "temporary", "reserved" or "obsoleted"

    friend bool operator==(const IanaRegistration &, const IanaRegistration &) = default;
};

// How a framework names a status code in source, e.g. Go's http.StatusTeapot for 418; merged into the
// entries from resources/data/constants.json when the catalogue is compiled.
struct CodeConstant
{
    QString language; // "Go", "C#"
    QString framework; // the table's name: "Go net/http"
    QString name; // as written in code; for a table of reason phrases, the lookup expression
    QStringList alsoNames; // other names the framework keeps for the same code (older spellings)
    QString reason; // for a table of reason phrases (Node's http.STATUS_CODES): the phrase; else empty
    QString source; // the framework's source file or reference page, as SpecRef::url

    friend bool operator==(const CodeConstant &, const CodeConstant &) = default;
};

// One meaning of one status code. A number with several meanings (420, 499, 530…) is several entries.
struct StatusEntry
{
    int code = 0;
    QString codeText; // as written by its origin: "000" for AWS, "418" otherwise
    QString reason;
    QStringList aliases; // older or alternative reason phrases
    OriginKind origin = OriginKind::Standard;
    QString originDetail; // the RFC or product
    std::optional<IanaRegistration> iana;
    QString summary;
    QString description; // paragraphs separated by a blank line
    QString use; // when to send it, one paragraph; empty when we have not written it
    QString misuse; // how it is commonly got wrong; empty when there is nothing typical to say
    QList<SpecRef> specRefs;
    // Where each fact comes from (RFC section, IANA registry, vendor documentation or source file).
    // Vendor and unofficial entries need at least one: they have no specification to cite.
    QList<SpecRef> sources;
    // What is widely repeated about the code without any primary source; empty when nothing is.
    QString folklore;
    QString since;
    QStringList headers; // header fields that go with the code
    bool cacheable = false; // heuristically cacheable by default, RFC 9110 §15.1
    bool deprecated = false;
    std::optional<RedirectSemantics> redirect;
    QList<int> related;
    QList<CodeConstant> constants; // the names developers see in code, one per framework table

    friend bool operator==(const StatusEntry &, const StatusEntry &) = default;
};

} // namespace StatusScope::Core
