// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditinput.h"
#include "core/audit/auditrow.h"

#include <QList>

namespace StatusScope::Gui {

// An audit input over sources already known: the rows to re-run (failed ones, or one whose chain
// the page did not keep). The sources are numbered from 0 in the list's order, which is the
// order their rows come back in.
class AuditSourceList final : public Core::AuditInput
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditSourceList)

public:
    explicit AuditSourceList(QList<Core::AuditSource> sources, QObject *parent = nullptr);

    void start() override { }
    std::optional<Core::AuditSource> take() override;
    bool atEnd() const override { return m_next >= m_sources.size(); }
    qint64 total() const override { return m_sources.size(); }

private:
    QList<Core::AuditSource> m_sources;
    qsizetype m_next = 0;
};

// The source a row was made from, as far as the row tells it: its URL, line and expectations. A
// row of an invalid input line stays invalid, with its message.
Core::AuditSource auditSourceOfRow(const Core::AuditRow &row);

} // namespace StatusScope::Gui
