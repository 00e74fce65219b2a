// SPDX-License-Identifier: MIT
#include "gui/auditview/auditsourcelist.h"

#include "core/requests/urlinput.h"

namespace StatusScope::Gui {

AuditSourceList::AuditSourceList(QList<Core::AuditSource> sources, QObject *parent)
    : Core::AuditInput(Core::AuditInputKind::List, parent)
    , m_sources(std::move(sources))
{
    for (qsizetype i = 0; i < m_sources.size(); ++i)
        m_sources[i].index = i;
}

std::optional<Core::AuditSource> AuditSourceList::take()
{
    if (atEnd())
        return std::nullopt;
    return m_sources.at(m_next++);
}

Core::AuditSource auditSourceOfRow(const Core::AuditRow &row)
{
    Core::AuditSource source;
    source.index = row.index;
    source.line = row.line;
    source.source = row.source;
    const Core::UrlInput typed = Core::readTypedUrl(row.source);
    source.url = typed.url;
    if (!typed.isValid())
        source.invalid = typed.error;
    if (!row.expectedTarget.isEmpty()) {
        source.expectedTargetText = row.expectedTarget;
        source.expectedTarget = QUrl(row.expectedTarget);
    }
    source.expectedStatus = row.expectedStatus;
    if (row.error && row.error->kind == u"invalid-input" && row.chain.isEmpty())
        source.invalid = row.error->message;
    return source;
}

} // namespace StatusScope::Gui
