// SPDX-License-Identifier: MIT
#include "core/audit/sitemapreader.h"
#include "core/audit/auditinputtext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

void SitemapReader::feed(const QByteArray &bytes)
{
    if (!m_error.isEmpty())
        return;
    m_xml.addData(bytes);
    read();
}

void SitemapReader::finish()
{
    m_finished = true;
    read();
    if (m_error.isEmpty() && m_root == Root::Unknown)
        m_error = AuditInputText::tr("The document holds no sitemap: no <urlset> or <sitemapindex> element.");
}

void SitemapReader::read()
{
    while (m_error.isEmpty() && !m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        const QStringView name = m_xml.name();
        if (token == QXmlStreamReader::StartElement) {
            ++m_depth;
            // Only the sitemap's own elements count, at their places: <urlset> or <sitemapindex>,
            // its <url> or <sitemap> entries, and their <loc>. An extension's elements have names
            // of their own namespace, and an image sitemap's <image:loc> is a picture, not a page.
            const bool own = m_xml.namespaceUri() == m_namespace;
            if (m_root == Root::Unknown) {
                m_namespace = m_xml.namespaceUri().toString();
                if (name == u"urlset") {
                    m_root = Root::UrlSet;
                } else if (name == u"sitemapindex") {
                    m_root = Root::Index;
                } else {
                    m_error = AuditInputText::tr(
                                  "The document is XML but not a sitemap: its root element is <%1>, "
                                  "not <urlset> or <sitemapindex>.")
                                  .arg(name);
                }
            } else if (m_depth == 2 && own && name == (m_root == Root::UrlSet ? u"url" : u"sitemap")) {
                m_inEntry = true;
            } else if (m_depth == 3 && m_inEntry && own && name == u"loc") {
                m_inLoc = true;
                m_text.clear();
            }
        } else if (token == QXmlStreamReader::Characters && m_inLoc) {
            m_text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_inLoc && m_depth == 3) {
                m_inLoc = false;
                m_locations.append(m_text.trimmed());
            } else if (m_depth == 2) {
                m_inEntry = false;
            }
            --m_depth;
        }
    }
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError) {
        if (m_error.isEmpty())
            m_error = AuditInputText::tr("The sitemap is not well-formed XML (line %1): %2")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.errorString());
    } else if (m_finished && m_xml.hasError() && m_root != Root::Unknown && m_error.isEmpty()) {
        m_error = AuditInputText::tr("The sitemap stops before its XML document is complete (cut short).");
    }
}

} // namespace StatusScope::Core
