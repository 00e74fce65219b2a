// SPDX-License-Identifier: MIT
#include "gui/catalogueview/cataloguepage.h"

#include "ui_cataloguepage.h"

#include "core/catalogue/cataloguefiltermodel.h"
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/statusclass.h"
#include "core/i18n/translations.h"
#include "gui/catalogueview/statusbadgedelegate.h"
#include "gui/firstpaint.h"
#include "gui/widgets/classcolors.h"
#include "gui/widgets/filtercombos.h"
#include "gui/widgets/fittinghint.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QStyle>

namespace StatusScope::Gui {

namespace {

// The search field's hint, whole in the width it has: the form's long hint when it fits (set
// again after each retranslateUi()), a shorter one on a narrow window.
void fitSearchHint(QLineEdit *search)
{
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    setFittingPlaceholder(
        search,
        {search->placeholderText(), CataloguePage::tr("Search (%1)").arg(find), CataloguePage::tr("Search")});
}

} // namespace

using namespace Core;

CataloguePage::CataloguePage(const StatusCatalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CataloguePage>())
    , m_model(new CatalogueModel(catalogue, this))
    , m_proxy(new CatalogueFilterModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);

    QTreeView *view = m_ui->entryView;
    view->setModel(m_proxy);
    view->setItemDelegate(new StatusBadgeDelegate(view));
    view->sortByColumn(CatalogueModel::CodeColumn, Qt::AscendingOrder);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(CatalogueModel::CodeColumn, QHeaderView::Fixed);
    view->header()->resizeSection(CatalogueModel::CodeColumn,
                                  view->itemDelegate()->sizeHint({}, m_model->index(0, 0)).width());
    view->setColumnWidth(CatalogueModel::ReasonColumn, 260);

    m_ui->detailView->setCatalogue(&m_model->catalogue());
    m_model->setTranslation(&CatalogueTranslation::builtin(installedLanguage())); // as the detail pane
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setSizes({440, 560});
    populateFilters();

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &CatalogueFilterModel::setSearchText);
    connect(m_ui->classCombo, &QComboBox::currentIndexChanged, this, &CataloguePage::onClassChosen);
    connect(m_ui->originCombo, &QComboBox::currentIndexChanged, this, &CataloguePage::onOriginChosen);
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &CataloguePage::clearFilters);
    connect(m_proxy, &CatalogueFilterModel::filterChanged, this, &CataloguePage::onFilterChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CataloguePage::onCurrentChanged);
    connect(m_ui->detailView, &StatusDetailView::codeLinkActivated, this, &CataloguePage::showCode);
    connect(m_ui->detailView, &StatusDetailView::entryLinkActivated, this, &CataloguePage::showEntry);
    connect(m_ui->detailView, &StatusDetailView::tryLiveActivated, this, &CataloguePage::tryLiveRequested);
    connect(m_ui->detailView, &StatusDetailView::externalLinkActivated, this,
            &CataloguePage::externalLinkRequested);
    connect(m_ui->detailView, qOverload<const QUrl &>(&QTextBrowser::highlighted), this,
            [this](const QUrl &url) {
                Q_EMIT linkHovered(url.scheme() == u"statusscope" ? QString() : url.toString());
            });

    m_ui->searchEdit->installEventFilter(this);
    fitSearchHint(m_ui->searchEdit);
    setFocusProxy(m_ui->searchEdit);
    setUpHistory();
    updateCountAndEmptyState();
    // The detail pane is the costliest part of the first page to lay out and paint (rich text in
    // four fonts): the window opens with the first row selected and fills the pane right after
    // its first paint. Any selection made before then fills it at once.
    m_detailAfterFirstPaint = true;
    ensureSelection();
    m_detailAfterFirstPaint = false;
    afterFirstPaint(this, [this] { showCurrentInDetail(); });
}

CataloguePage::~CataloguePage() = default;

void CataloguePage::populateFilters()
{
    const QSignalBlocker classBlocker(m_ui->classCombo);
    const QSignalBlocker originBlocker(m_ui->originCombo);
    const int classIndex = std::max(0, m_ui->classCombo->currentIndex());
    const int originIndex = std::max(0, m_ui->originCombo->currentIndex());

    fillClassCombo(m_ui->classCombo, tr("All classes"));
    fillOriginCombo(m_ui->originCombo, tr("All origins"));

    m_ui->classCombo->setCurrentIndex(classIndex);
    m_ui->originCombo->setCurrentIndex(originIndex);
}

void CataloguePage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

bool CataloguePage::showCode(int code)
{
    return showEntry(m_model->catalogue().firstIndexOf(code));
}

bool CataloguePage::showEntry(qsizetype entryIndex)
{
    if (entryIndex < 0 || entryIndex >= m_model->rowCount())
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(int(entryIndex), 0));
    if (!proxyIndex.isValid()) {
        clearFilters();
        proxyIndex = m_proxy->mapFromSource(m_model->index(int(entryIndex), 0));
    }
    m_ui->entryView->setCurrentIndex(proxyIndex);
    m_ui->entryView->scrollTo(proxyIndex);
    return true;
}

qsizetype CataloguePage::currentEntryIndex() const
{
    const QModelIndex current = m_ui->entryView->currentIndex();
    return current.isValid() ? current.data(CatalogueModel::EntryIndexRole).toInt() : -1;
}

int CataloguePage::visibleCount() const
{
    return m_proxy->rowCount();
}

QByteArray CataloguePage::saveLayout() const
{
    return m_ui->splitter->saveState();
}

void CataloguePage::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !m_ui->splitter->restoreState(state))
        m_ui->splitter->setSizes({440, 560});
}

void CataloguePage::setMetCodes(const Core::MetCodes *met)
{
    m_ui->detailView->setMetCodes(met);
}

void CataloguePage::onCurrentChanged()
{
    const qsizetype entry = currentEntryIndex();
    if (entry >= 0 && !m_movingInHistory) {
        m_history.visit(
            entry, m_automaticSelection ? EntryHistory::Choice::Automatic : EntryHistory::Choice::Chosen);
    }
    updateHistoryActions();
    if (!m_detailAfterFirstPaint)
        showCurrentInDetail();
}

void CataloguePage::setUpHistory()
{
    m_backAction = new QAction(this);
    m_forwardAction = new QAction(this);
    // The platform's Back and Forward keys, and Alt+Left and Alt+Right everywhere, as browsers do.
    const auto keys = [](QKeySequence::StandardKey standard, QKeySequence alt) {
        QList<QKeySequence> list = QKeySequence::keyBindings(standard);
        if (!list.contains(alt))
            list.append(alt);
        return list;
    };
    m_backAction->setShortcuts(keys(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    m_forwardAction->setShortcuts(keys(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    m_backAction->setIcon(style()->standardIcon(rightToLeft ? QStyle::SP_ArrowRight : QStyle::SP_ArrowBack));
    m_forwardAction->setIcon(
        style()->standardIcon(rightToLeft ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowForward));
    for (QAction *action : {m_backAction, m_forwardAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    m_ui->backButton->setDefaultAction(m_backAction);
    m_ui->forwardButton->setDefaultAction(m_forwardAction);
    connect(m_backAction, &QAction::triggered, this, &CataloguePage::goBack);
    connect(m_forwardAction, &QAction::triggered, this, &CataloguePage::goForward);
    // The mouse's back and forward buttons, wherever the pointer is on the page: these widgets
    // take every press for themselves, the others pass it on to the page.
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->entryView->viewport()),
          static_cast<QWidget *>(m_ui->detailView->viewport()), static_cast<QWidget *>(m_ui->searchEdit)})
        widget->installEventFilter(this);
    updateHistoryTexts();
}

void CataloguePage::updateHistoryTexts()
{
    const auto shortcut = [](const QAction *action) {
        return action->shortcuts().isEmpty()
            ? QString()
            : action->shortcuts().constFirst().toString(QKeySequence::NativeText);
    };
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Back to the entry shown before (%1)").arg(shortcut(m_backAction)));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(tr("Forward to the entry shown after (%1)").arg(shortcut(m_forwardAction)));
    m_backAction->setStatusTip(
        tr("In the catalogue, back to the entry shown before (also the mouse's back button)"));
    m_forwardAction->setStatusTip(
        tr("In the catalogue, forward to the entry shown after (also the mouse's forward button)"));
}

void CataloguePage::updateHistoryActions()
{
    if (!m_backAction)
        return;
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

bool CataloguePage::goBack()
{
    return goTo(m_history.back());
}

bool CataloguePage::goForward()
{
    return goTo(m_history.forward());
}

bool CataloguePage::goTo(std::optional<qsizetype> entry)
{
    if (!entry)
        return false;
    m_movingInHistory = true;
    const bool shown = showEntry(*entry);
    m_movingInHistory = false;
    updateHistoryActions();
    return shown;
}

bool CataloguePage::handleHistoryButton(const QMouseEvent *event)
{
    // Taken even at either end of the history: these buttons mean nothing else here.
    if (event->button() == Qt::BackButton)
        goBack();
    else if (event->button() == Qt::ForwardButton)
        goForward();
    else
        return false;
    return true;
}

void CataloguePage::mousePressEvent(QMouseEvent *event)
{
    if (handleHistoryButton(event))
        event->accept();
    else
        QWidget::mousePressEvent(event);
}

void CataloguePage::showCurrentInDetail()
{
    m_ui->detailView->showEntry(currentEntryIndex());
}

void CataloguePage::onClassChosen(int comboIndex)
{
    const int value = m_ui->classCombo->itemData(comboIndex).toInt();
    m_proxy->setClassFilter(value < 0 ? std::nullopt : std::optional(static_cast<StatusClass>(value)));
}

void CataloguePage::onOriginChosen(int comboIndex)
{
    const int value = m_ui->originCombo->itemData(comboIndex).toInt();
    m_proxy->setOriginFilter(value < 0 ? std::nullopt : std::optional(static_cast<OriginKind>(value)));
}

void CataloguePage::clearFilters()
{
    {
        const QSignalBlocker searchBlocker(m_ui->searchEdit);
        const QSignalBlocker classBlocker(m_ui->classCombo);
        const QSignalBlocker originBlocker(m_ui->originCombo);
        m_ui->searchEdit->clear();
        m_ui->classCombo->setCurrentIndex(0);
        m_ui->originCombo->setCurrentIndex(0);
    }
    m_proxy->clearFilters();
}

void CataloguePage::onFilterChanged()
{
    updateCountAndEmptyState();
    ensureSelection();
}

void CataloguePage::ensureSelection()
{
    QTreeView *view = m_ui->entryView;
    if (view->currentIndex().isValid()) {
        view->scrollTo(view->currentIndex());
        return;
    }
    m_automaticSelection = true;
    if (m_proxy->rowCount() > 0)
        view->setCurrentIndex(m_proxy->index(0, 0));
    else
        onCurrentChanged();
    m_automaticSelection = false;
}

void CataloguePage::updateCountAndEmptyState()
{
    const int total = m_model->rowCount();
    const int visible = m_proxy->rowCount();
    m_ui->matchLabel->setText(visible == total ? tr("%n code(s)", nullptr, total)
                                               : tr("%1 of %n code(s)", nullptr, total).arg(visible));
    const bool empty = visible == 0;
    m_ui->listStack->setCurrentWidget(empty ? m_ui->emptyState : static_cast<QWidget *>(m_ui->entryView));
    if (empty) {
        const QString search = m_ui->searchEdit->text().trimmed();
        const bool narrowed = m_proxy->classFilter() || m_proxy->originFilter();
        QString text;
        if (search.isEmpty())
            text = tr("No status code matches the chosen class and origin.");
        else if (narrowed)
            text = tr("No status code of the chosen class and origin matches “%1”.").arg(search);
        else
            text = tr("No status code matches “%1”.").arg(search);
        m_ui->emptyLabel->setText(text + u'\n'
                                  + tr("Try a number such as 404, a class such as 5xx, or fewer words."));
    }
}

bool CataloguePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && handleHistoryButton(static_cast<QMouseEvent *>(event)))
        return true;
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // Arrow through the results without leaving the search field.
            if (m_proxy->rowCount() > 0) {
                QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
                QCoreApplication::sendEvent(m_ui->entryView, &copy);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_proxy->rowCount() > 0) {
                m_ui->entryView->setFocus(Qt::OtherFocusReason);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_ui->searchEdit->text().isEmpty()) {
                m_ui->searchEdit->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CataloguePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fitSearchHint(m_ui->searchEdit);
        m_model->setTranslation(&CatalogueTranslation::builtin(installedLanguage()));
        updateHistoryTexts();
        populateFilters();
        updateCountAndEmptyState();
    }
}

} // namespace StatusScope::Gui
