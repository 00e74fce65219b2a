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
            if (m_root == Root::Unknown) {
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
            } else if (name == (m_root == Root::UrlSet ? u"url" : u"sitemap")) {
                m_inEntry = true;
            } else if (m_inEntry && name == u"loc") {
                m_inLoc = true;
                m_text.clear();
            }
        } else if (token == QXmlStreamReader::Characters && m_inLoc) {
            m_text += m_xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_inLoc && name == u"loc") {
                m_inLoc = false;
                m_locations.append(m_text.trimmed());
            } else if (name == u"url" || name == u"sitemap") {
                m_inEntry = false;
            }
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
