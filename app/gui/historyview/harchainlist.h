// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace StatusScope::Gui {

class HarChainFilterModel;
class HarChainModel;

// The history panel's tab for an opened HAR file: a search box over the file's chains and the list
// of them, sortable by each column. Rows are formatted as they are painted, so a file of 25,000
// chains opens without the window stopping. Picking a row, by mouse or keys, hands its chain on.
// The texts come from the panel (setHeaderLabels, setNoMatchText, the search and view's names), so
// they stay with its other lists' texts.
class HarChainList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarChainList)

public:
    explicit HarChainList(QWidget *parent = nullptr);

    // Replaces the chains shown, in the file's order, the search emptied.
    void setChains(QList<Core::ChainResult> chains);
    void setHeaderLabels(const QStringList &labels);
    // The hint when the search matches nothing; %1 is the search.
    void setNoMatchText(const QString &text);

    QTreeView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    HarChainModel *chainModel() const { return m_chains; }
    HarChainFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void chainChosen(const Core::ChainResult &chain);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitColumns();
    void onCurrentChanged(const QModelIndex &current);
    void updateHint();

    QLineEdit *m_search;
    QTreeView *m_view;
    QLabel *m_hint;
    HarChainModel *m_chains;
    HarChainFilterModel *m_filter;
    QString m_noMatchText;
};

} // namespace StatusScope::Gui
