// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace StatusScope::Gui {

class HarChainModel;

// The HAR list's search. A search matches as the history's does: every word must be in the URL
// shown, be the request's method, or begin the final status ("40", "404", or "4xx"). Sorting is
// handed to the chains' model, which sorts by typed values; rows here keep its order.
class HarChainFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarChainFilterModel)

public:
    // The source is not owned and must outlive this model.
    explicit HarChainFilterModel(HarChainModel *source, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool wordMatches(int sourceRow, const QString &word) const;

    HarChainModel *m_chains;
    QString m_text;
    QStringList m_words;
};

} // namespace StatusScope::Gui
