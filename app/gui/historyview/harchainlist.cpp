// SPDX-License-Identifier: MIT
#include "gui/historyview/harchainlist.h"

#include "gui/historyview/harchainfiltermodel.h"
#include "gui/historyview/harchainmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

HarChainList::HarChainList(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_hint(new QLabel(this))
    , m_chains(new HarChainModel(this))
    , m_filter(new HarChainFilterModel(m_chains, this))
{
    setObjectName(u"harPage"_s);
    m_search->setObjectName(u"harSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(u"harList"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HarChainModel::NumberColumn, Qt::AscendingOrder); // the file's order
    // As the panel's other lists: short columns as wide as what they hold, the URL the rest,
    // shortened in its middle (its tool tip has it whole). The widths are measured on the widest
    // number the file can show, not row by row: ResizeToContents lays out the text of a thousand
    // rows each time (a third of the time opening 25,000 chains took) and misses the longer
    // numbers further down.
    m_view->setTextElideMode(Qt::ElideMiddle);
    for (int column = 0; column < HarChainModel::UrlColumn; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::Fixed);
    m_view->header()->setStretchLastSection(true);
    m_hint->setObjectName(u"harHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(m_hint);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateHint();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HarChainList::onCurrentChanged);
}

void HarChainList::setChains(QList<Core::ChainResult> chains)
{
    // A new file opens unfiltered and in its own order, and is sorted once, cheaply: kept, a URL
    // sort would make every row's display URL before the list could show (25,000: ~25 ms).
    m_search->clear();
    m_view->sortByColumn(HarChainModel::NumberColumn, Qt::AscendingOrder);
    m_chains->setChains(std::move(chains));
    fitColumns();
    updateHint();
}

void HarChainList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns();
}

void HarChainList::fitColumns()
{
    int hops = 0;
    for (int row = 0; row < m_chains->rowCount(); ++row)
        hops = std::max(hops, m_chains->hopCount(row));
    const auto digits = [](int number) { return QString(QString::number(number).size(), u'0'); };
    const QStringList widest[] = {{digits(m_chains->rowCount())}, {u"000"_s, u"—"_s}, {digits(hops)}};
    // The margins QStyledItemDelegate gives a cell's text (QCommonStyle's viewItemSize).
    const int margins = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
    const QFontMetrics metrics = m_view->fontMetrics();
    for (int column = 0; column < HarChainModel::UrlColumn; ++column) {
        int width = m_view->header()->sectionSizeHint(column); // the title's
        for (const QString &text : widest[column])
            width = std::max(width, metrics.horizontalAdvance(text) + margins);
        m_view->header()->resizeSection(column, width);
    }
}

void HarChainList::setHeaderLabels(const QStringList &labels)
{
    m_chains->setHeaderLabels(labels);
    fitColumns(); // a title can be wider than the numbers under it
}

void HarChainList::setNoMatchText(const QString &text)
{
    m_noMatchText = text;
    updateHint();
}

void HarChainList::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex row = m_filter->mapToSource(current);
    if (row.isValid())
        Q_EMIT chainChosen(m_chains->chain(row.row()));
}

void HarChainList::updateHint()
{
    const QString search = m_search->text().trimmed();
    const bool none = m_filter->rowCount() == 0 && !search.isEmpty();
    m_hint->setText(none ? m_noMatchText.arg(search) : QString());
    m_hint->setVisible(none);
}

} // namespace StatusScope::Gui
