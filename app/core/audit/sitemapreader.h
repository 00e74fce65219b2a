// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace StatusScope::Core {

// Reads one sitemap document as its bytes arrive: a <urlset>'s page locations, or a
// <sitemapindex>'s sitemap locations. The elements are those of the root's namespace (the
// sitemaps.org one, or none), each at its place; extensions (images, videos, hreflang links) are
// passed over.
class SitemapReader
{
public:
    enum class Root { Unknown, UrlSet, Index };

    void feed(const QByteArray &bytes);
    void finish();

    Root root() const { return m_root; }
    // The <loc> texts read so far (pages of a urlset, or sitemaps of an index), taken once.
    QStringList takeLocations() { return std::exchange(m_locations, {}); }
    bool hasLocations() const { return !m_locations.isEmpty(); }
    // Not XML, or not a sitemap; empty while fine.
    QString error() const { return m_error; }

private:
    void read();

    QXmlStreamReader m_xml;
    Root m_root = Root::Unknown;
    QStringList m_locations;
    QString m_error;
    QString m_text; // the <loc> being read
    QString m_namespace; // the root element's
    int m_depth = 0; // of the element being read: the root is 1
    bool m_inEntry = false; // inside <url> or <sitemap>
    bool m_inLoc = false;
    bool m_finished = false;
};

} // namespace StatusScope::Core
