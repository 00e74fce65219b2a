// SPDX-License-Identifier: MIT
// How the Audit page is laid out and reached from the keyboard: the chain pane, the table's
// columns, the options that fold away, the keys that start and cancel, and where the chain goes
// as the page resizes. Small screens (800×600, 1600×1000 at scale 2) and long German words set
// most of what is here.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "gui/auditview/auditchaindelegate.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/console/chainview.h"
#include "gui/widgets/elidingheader.h"
#include "gui/widgets/statusbadge.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QResizeEvent>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

void AuditPage::setUpChainPane()
{
    m_chainLabel = new QLabel(m_ui->chainPane);
    m_chainLabel->setObjectName(u"chainLabel"_s);
    m_chainLabel->setWordWrap(true);
    m_chainLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chainView = new ChainView(m_catalogue);
    // The chain scrolls down as a whole where the page is lower than the chain view at its
    // smallest (1600×1000 at scale 2 leaves the page about 450 px): beside the table it would
    // otherwise set the window's least height past the screen. It never scrolls sideways.
    m_chainScroll = new QScrollArea(m_ui->chainPane);
    m_chainScroll->setObjectName(u"chainScroll"_s);
    m_chainScroll->setWidgetResizable(true);
    m_chainScroll->setFrameShape(QFrame::NoFrame);
    m_chainScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chainScroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the chain; it scrolls to what has the focus
    m_chainScroll->setWidget(m_chainView);
    auto *chainLayout = new QVBoxLayout(m_ui->chainPane);
    chainLayout->setContentsMargins(0, 0, 0, 0);
    chainLayout->addWidget(m_chainLabel);
    chainLayout->addWidget(m_chainScroll, 1);
    // The chain's one-line summary wraps here, and both sentences above the chain get the lines
    // they need at the width they have (eventFilter()): beside the table on an 800×600 screen the
    // summary on one line (in German 460 px) would push the window past the screen, and a splitter
    // gives a wrapped label only the height it asks for without its width.
    m_chainSummary = m_chainView->findChild<QLabel *>(u"summaryLabel"_s);
    Q_ASSERT(m_chainSummary);
    m_chainSummary->setWordWrap(true);
    QSizePolicy wide(QSizePolicy::Expanding, QSizePolicy::Preferred);
    wide.setHorizontalStretch(1); // the width of the pane, not what the spacer beside it leaves
    m_chainSummary->setSizePolicy(wide);
    for (QLabel *label : {m_chainLabel, m_chainSummary})
        label->installEventFilter(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
}

bool AuditPage::eventFilter(QObject *watched, QEvent *event)
{
    const bool wrapped = watched == m_chainLabel || watched == m_chainSummary;
    if (wrapped && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        auto *label = static_cast<QLabel *>(watched);
        const int needed = label->text().isEmpty() ? 0 : label->heightForWidth(label->width());
        if (needed >= 0 && needed != label->minimumHeight())
            label->setMinimumHeight(needed);
    }
    return QWidget::eventFilter(watched, event);
}

void AuditPage::setUpTable()
{
    QTableView *view = m_ui->rowsView;
    view->setModel(m_filter);
    view->setItemDelegateForColumn(AuditRowModel::ChainColumn, new AuditChainDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    // Every column in sight, however narrow the pane (no sideways scrolling to find the problems):
    // the short ones as wide as their contents, the chain wide enough for three badges, and the
    // URLs and the problems sharing the rest. A header cut short ends in "…" and its tool tip
    // (the model's) says it whole.
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    elideHeaderTexts(header);
    // Fixed, not ResizeToContents: that measures every row on each change, which stalls a
    // 10,000-row table for hundreds of milliseconds (keepColumnsInSight() sizes them).
    for (int column :
         {int(AuditRowModel::LineColumn), int(AuditRowModel::MatchColumn), int(AuditRowModel::TimeColumn)})
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    for (int column : {int(AuditRowModel::SourceColumn), int(AuditRowModel::FinalUrlColumn),
                       int(AuditRowModel::ExpectedColumn), int(AuditRowModel::ProblemsColumn)})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditRowModel::ChainColumn, QHeaderView::Interactive);
    view->setColumnWidth(AuditRowModel::ChainColumn, 2 * (statusBadgeWidth(view->font()) + 3) + 12);
    // Enough for the first letters of a URL and of a header ("Quel…"), not just the "…".
    header->setMinimumSectionSize(6 * view->fontMetrics().averageCharWidth());
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A few lines are enough to paste into; the table and the chain need the height more.
    m_ui->pasteEdit->setMinimumHeight(3 * m_ui->pasteEdit->fontMetrics().lineSpacing() + 8);
    view->sortByColumn(AuditRowModel::LineColumn, Qt::AscendingOrder);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showSelectedChain);
}

void AuditPage::setUpKeys()
{
    auto *exportMenu = new QMenu(m_ui->exportButton);
    exportMenu->setObjectName(u"exportMenu"_s);
    for (int what = 0; what < 4; ++what)
        connect(exportMenu->addAction(QString()), &QAction::triggered, this,
                [this, what] { askExport(what); });
    m_ui->exportButton->setMenu(exportMenu);

    // The options open over the page (Alt+O, a click), as a menu does, rather than taking the
    // height of the table and the chain: at 800×600 and at scale 2 the page has none to spare.
    // Esc or a click outside closes them; what they hold is read when a run starts.
    m_ui->optionsPanel->setParent(this, Qt::Popup);
    connect(m_ui->optionsButton, &QToolButton::clicked, this, &AuditPage::showOptions);
    // Nothing to say yet: no empty line under the buttons, no empty bar before the first run.
    m_ui->notesLabel->hide();
    m_ui->countsLabel->hide();
    m_ui->progressBar->hide();

    // Ctrl+Enter starts from anywhere in the page; Esc cancels a run.
    auto *startKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    startKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startKey, &QShortcut::activated, this, [this] {
        if (!isRunning())
            start();
    });
    auto *startEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    startEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(startEnter, &QShortcut::activated, startKey, &QShortcut::activated);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelKey, &QShortcut::activated, this, [this] {
        // The page's keys reach into the options (a child of the page): there Esc closes them.
        if (m_ui->optionsPanel->isVisible())
            m_ui->optionsPanel->close();
        else
            cancel();
    });
}

void AuditPage::showOptions()
{
    QWidget *panel = m_ui->optionsPanel;
    QToolButton *button = m_ui->optionsButton;
    // Under the button, inside the screen: above it when there is no room below. Placed again
    // once shown, where the style has had its say on the size.
    const auto place = [panel, button] {
        panel->adjustSize();
        const QRect screen = button->screen()->availableGeometry();
        QPoint at = button->mapToGlobal(QPoint(0, button->height()));
        at.setX(
            std::clamp(at.x(), screen.left(), std::max(screen.left(), screen.right() + 1 - panel->width())));
        if (at.y() + panel->height() > screen.bottom() + 1)
            at.setY(std::max(screen.top(), button->mapToGlobal(QPoint(0, 0)).y() - panel->height()));
        panel->move(at);
    };
    place();
    panel->show();
    place();
    // A mnemonic clicks without moving the focus: the first option takes it, so the keyboard is
    // where the options are.
    (m_ui->ignoreQueryCheck->isEnabled() ? static_cast<QWidget *>(m_ui->ignoreQueryCheck) : panel)
        ->setFocus(Qt::PopupFocusReason);
}

QWidget *AuditPage::optionsPanel() const
{
    return m_ui->optionsPanel;
}

void AuditPage::keepChainReadable()
{
    // As wide as the chain view needs (its hop's explanation a short line of prose at least), with
    // room for the scroll bar it may need.
    const int readable = 34 * m_chainView->fontMetrics().averageCharWidth();
    const int least = std::max(m_chainView->minimumSizeHint().width(), readable);
    m_chainScroll->setMinimumWidth(least + m_chainScroll->verticalScrollBar()->sizeHint().width());
}

void AuditPage::keepColumnsInSight()
{
    // The table is never narrower than its columns at their least (the fixed ones as set here, the
    // stretched ones at their minimum), so none is cut off or found by scrolling sideways.
    QTableView *view = m_ui->rowsView;
    QHeaderView *header = view->horizontalHeader();
    // The short columns as wide as their header or their widest likely value, whichever is more.
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const QList<std::pair<int, QString>> samples{{AuditRowModel::LineColumn, u"999999"_s},
                                                 {AuditRowModel::MatchColumn, tr("no")},
                                                 {AuditRowModel::TimeColumn, tr("%1 ms").arg(99999)}};
    for (const auto &[column, sample] : samples)
        header->resizeSection(
            column, std::max(header->sectionSizeHint(column), metrics.horizontalAdvance(sample) + padding));
    int least = 0;
    for (int column = 0; column < AuditRowModel::ColumnCount; ++column)
        least += header->sectionResizeMode(column) == QHeaderView::Stretch ? header->minimumSectionSize()
                                                                           : header->sectionSize(column);
    // With its scroll bar in: a table of more rows than it shows is narrowed by it.
    view->setMinimumWidth(least + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width());
}

void AuditPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The chain below the table where the page is tall enough for both, beside it on a low
    // screen (800×600), where below would squeeze the table to a few rows.
    const Qt::Orientation wanted = height() >= 800 ? Qt::Vertical : Qt::Horizontal;
    // The paste box grows with the page, but the table and the chain keep most of the height.
    const int line = m_ui->pasteEdit->fontMetrics().lineSpacing();
    m_ui->pasteEdit->setMaximumHeight(std::clamp(height() / 8, 3 * line + 8, 10 * line + 8));
    if (m_ui->splitter->orientation() != wanted)
        m_ui->splitter->setOrientation(wanted);
}

} // namespace StatusScope::Gui
