// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace StatusScope::Gui {

// Sorts and filters an AuditRowModel: only rows with problems, one problem id, one host, one
// final status class (or "no response"), and a text searched in the source, final URL and
// expected target. Each setter re-filters at once.
class AuditFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterModel)

public:
    // The status filter: any, a class by its first digit (1-5), or rows without a response.
    static constexpr int AnyStatus = -1;
    static constexpr int NoResponse = 0;

    explicit AuditFilterModel(QObject *parent = nullptr);

    void setOnlyProblems(bool only);
    void setProblemId(const QString &id); // empty: any
    void setHost(const QString &host); // empty: any
    void setStatusClass(int statusClass); // AnyStatus, NoResponse or 1-5
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyProblems = false;
    QString m_problemId;
    QString m_host;
    int m_statusClass = AnyStatus;
    QString m_search;
};

} // namespace StatusScope::Gui
