// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace StatusScope::Core {

// How an audit's input is read. Guess looks at the content (auditinput.h says what it saw).
enum class AuditInputKind { Guess, List, Map, Sitemap };

// "list", "map", "sitemap" ("guess" for Guess): the words --list/--map/--sitemap and notes use.
QString auditInputKindKey(AuditInputKind kind);

// One source URL of an audit, as read from a line of a list or map, or from a sitemap's <loc>.
struct AuditSource
{
    qint64 index = 0; // position in the input, from 0: the order rows are delivered in
    qint64 line = 0; // 1-based line of the input file; 0 for sitemap rows (JSON null)
    QString source; // the source as written (trimmed), what rows show
    QUrl url; // what is requested (readTypedUrl), valid unless `invalid` is set
    // The map's expected target as written, and resolved against the source (a relative target).
    QString expectedTargetText;
    std::optional<QUrl> expectedTarget;
    std::optional<int> expectedStatus;
    // Why this line cannot be run (kind "invalid-input"), as a sentence; empty when it can.
    QString invalid;

    bool isValid() const { return invalid.isEmpty(); }
    bool hasExpectation() const { return expectedTarget.has_value() || expectedStatus.has_value(); }
};

// Limits on following a sitemap index, so a hostile or huge index cannot run forever.
struct SitemapLimits
{
    int maxDepth = 2; // an index of indexes of sitemaps is depth 2; deeper ones are not fetched
    int maxSitemaps = 1000; // sitemap documents fetched or read in all, the first one included
    qint64 maxBytes = 50 * 1024 * 1024; // per document, after gunzip (the sitemap protocol's own limit)
    int fetchTimeoutMs = 30000; // no byte for this long ends a sitemap fetch
};

} // namespace StatusScope::Core
