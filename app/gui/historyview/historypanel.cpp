// SPDX-License-Identifier: MIT
#include "gui/historyview/historypanel.h"

#include "core/requests/safetext.h"
#include "core/settings/settings.h"
#include "gui/historyview/harchainlist.h"
#include "gui/widgets/fittinghint.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QTreeWidget *makeList(QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    return list;
}

} // namespace

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_banner(new QWidget(this))
    , m_notice(new QLabel(m_banner))
    , m_retry(new QPushButton(m_banner))
    , m_historyHint(new QLabel(this))
    , m_savedHint(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_history(makeList(this))
    , m_saved(makeList(this))
    , m_har(new HarChainList(this))
    , m_secrets(new QComboBox(this))
{
    setObjectName(u"historyPanel"_s);
    m_history->setObjectName(u"historyList"_s);
    m_saved->setObjectName(u"savedList"_s);
    m_har->hide(); // a tab of its own once a HAR file is opened
    m_search->setObjectName(u"historySearch"_s);
    m_notice->setObjectName(u"historyNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #8a5500;"_s);
    // Focusable by Tab, so the sentence can be reached and read (and copied) without a mouse.
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->setFocusPolicy(Qt::StrongFocus);
    m_retry->setObjectName(u"retryHistoryButton"_s);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(4, 4, 4, 4);
    bannerLayout->addWidget(m_notice, 1);
    bannerLayout->addWidget(m_retry, 0, Qt::AlignTop);
    m_banner->setObjectName(u"historyBanner"_s);
    for (QLabel *hint : {m_historyHint, m_savedHint}) {
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_historyHint->setObjectName(u"historyHint"_s);
    m_savedHint->setObjectName(u"savedHint"_s);
    m_search->setClearButtonEnabled(true);
    m_saved->setRootIsDecorated(true);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("StatusScope"), question) == QMessageBox::Yes;
    };
    m_askName = [this](const QString &title, const QString &current) {
        return QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, current);
    };

    auto *historyPage = new QWidget;
    auto *historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_search);
    historyLayout->addWidget(m_history);
    historyLayout->addWidget(m_historyHint);
    auto *historyButtons = new QHBoxLayout;
    auto *rerunButton = m_rerunButton = new QPushButton(historyPage);
    auto *deleteButton = m_deleteButton = new QPushButton(historyPage);
    auto *clearButton = m_clearButton = new QPushButton(historyPage);
    rerunButton->setObjectName(u"rerunButton"_s);
    deleteButton->setObjectName(u"deleteHistoryButton"_s);
    clearButton->setObjectName(u"clearHistoryButton"_s);
    historyButtons->addWidget(rerunButton);
    historyButtons->addWidget(deleteButton);
    historyButtons->addStretch();
    historyButtons->addWidget(clearButton);
    historyLayout->addLayout(historyButtons);
    m_writeButtons = {deleteButton, clearButton};
    // A form row that puts the choice under its label when the dock is too narrow for both.
    auto *secretsLine = new QFormLayout;
    secretsLine->setRowWrapPolicy(QFormLayout::WrapLongRows);
    secretsLine->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_secretsLabel = new QLabel(historyPage);
    m_secretsLabel->setBuddy(m_secrets);
    m_secrets->setObjectName(u"secretsCombo"_s);
    m_secrets->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the choices change with the language
    // The texts come with retranslate(), by index.
    for (SecretStorage policy : {SecretStorage::Masked, SecretStorage::Plain, SecretStorage::Omitted})
        m_secrets->addItem(QString(), int(policy));
    secretsLine->addRow(m_secretsLabel, m_secrets);
    historyLayout->addLayout(secretsLine);
    connect(m_secrets, &QComboBox::currentIndexChanged, this, &HistoryPanel::applySecretPolicy);

    auto *savedPage = new QWidget;
    auto *savedLayout = new QVBoxLayout(savedPage);
    savedLayout->addWidget(m_saved);
    savedLayout->addWidget(m_savedHint);
    auto *savedButtons = new QHBoxLayout;
    auto *openButton = m_openButton = new QPushButton(savedPage);
    auto *renameButton = m_renameButton = new QPushButton(savedPage);
    auto *removeButton = m_removeButton = new QPushButton(savedPage);
    openButton->setObjectName(u"openSavedButton"_s);
    renameButton->setObjectName(u"renameSavedButton"_s);
    removeButton->setObjectName(u"deleteSavedButton"_s);
    savedButtons->addWidget(openButton);
    savedButtons->addWidget(renameButton);
    savedButtons->addWidget(removeButton);
    savedButtons->addStretch();
    savedLayout->addLayout(savedButtons);
    m_writeButtons += {renameButton, removeButton};

    m_tabs->addTab(historyPage, QString());
    m_tabs->addTab(savedPage, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::refreshHistory);
    connect(m_retry, &QPushButton::clicked, this, &HistoryPanel::retryStore);
    if (m_store)
        connect(m_store, &HistoryStore::statusChanged, this, &HistoryPanel::refresh);
    connect(m_history, &QTreeWidget::currentItemChanged, this, &HistoryPanel::onHistoryCurrent);
    connect(m_history, &QTreeWidget::itemActivated, this, &HistoryPanel::rerun);
    connect(rerunButton, &QPushButton::clicked, this, &HistoryPanel::rerun);
    connect(deleteButton, &QPushButton::clicked, this, &HistoryPanel::removeSelected);
    connect(clearButton, &QPushButton::clicked, this, &HistoryPanel::clearAll);
    connect(m_saved, &QTreeWidget::itemActivated, this, &HistoryPanel::openSaved);
    connect(openButton, &QPushButton::clicked, this, &HistoryPanel::openSaved);
    connect(renameButton, &QPushButton::clicked, this, &HistoryPanel::renameSaved);
    connect(removeButton, &QPushButton::clicked, this, &HistoryPanel::removeSaved);
    // (http16) A folder exports as a .http file from the list's context menu; the window asks where.
    m_exportFolder = new QAction(m_saved);
    m_exportFolder->setObjectName(u"exportFolderAction"_s);
    m_exportFolder->setEnabled(false);
    m_saved->addAction(m_exportFolder);
    m_saved->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_saved, &QTreeWidget::currentItemChanged, this,
            [this] { m_exportFolder->setEnabled(!currentSavedFolder().isEmpty()); });
    connect(m_exportFolder, &QAction::triggered, this, [this] {
        if (const QString folder = currentSavedFolder(); !folder.isEmpty())
            Q_EMIT exportFolderRequested(folder);
    });
    connect(m_har, &HarChainList::chainChosen, this, &HistoryPanel::chainChosen);
    retranslate(); // sets every text, and refreshes
    // Short columns as wide as what they hold, the URL the rest, shortened in its middle (host and
    // last path segment stay) with the whole URL as its tool tip: a narrow dock shows every column.
    // (The HAR list sets its own columns so.)
    for (QTreeWidget *list : {m_history, m_saved}) {
        list->setTextElideMode(Qt::ElideMiddle);
        for (int column = 0; column + 1 < list->columnCount(); ++column)
            list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        list->header()->setStretchLastSection(true);
    }
}

void HistoryPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryPanel::retranslate()
{
    m_notice->setAccessibleName(tr("History status"));
    m_retry->setText(tr("Tr&y again"));
    m_retry->setToolTip(tr("Open the history file again"));
    // The short hint in a narrow dock, rather than the long one cut.
    setFittingPlaceholder(m_search,
                          {tr("Search URL, method, status (404, 5xx) or date"),
                           tr("Search URL, status or date"), tr("Search")});
    m_search->setAccessibleName(tr("Search the history"));
    m_history->setHeaderLabels({tr("Time"), tr("Method"), tr("Status"), tr("URL")});
    m_history->setAccessibleName(tr("Request history"));
    m_history->setAccessibleDescription(
        tr("The chains sent from the console, newest first. Enter re-runs the selected request."));
    m_saved->setHeaderLabels({tr("Name"), tr("Method"), tr("URL")});
    m_exportFolder->setText(tr("Export Folder as .http…")); // (http16)
    m_saved->setAccessibleName(tr("Saved requests"));
    m_saved->setAccessibleDescription(
        tr("The requests you saved, by folder. Enter opens the selected one in the console."));
    m_har->setHeaderLabels({tr("#"), tr("Status"), tr("Hops"), tr("URL")});
    m_har->view()->setAccessibleName(tr("Chains in the HAR file"));
    m_har->view()->setAccessibleDescription(
        tr("The chains read from the opened HAR file. The selected one is shown in the console."));
    setFittingPlaceholder(
        m_har->searchEdit(),
        {tr("Search URL, method or status (404, 5xx)"), tr("Search URL or status"), tr("Search")});
    m_har->searchEdit()->setAccessibleName(tr("Search the HAR file's chains"));
    m_har->setNoMatchText(tr("No chain matches “%1”."));
    m_rerunButton->setText(tr("Re-r&un"));
    m_deleteButton->setText(tr("&Delete"));
    m_clearButton->setText(tr("Clear all…"));
    m_openButton->setText(tr("O&pen"));
    m_renameButton->setText(tr("Re&name…"));
    m_removeButton->setText(tr("&Delete"));
    m_secretsLabel->setText(tr("Credentials &in history:"));
    m_secrets->setAccessibleName(tr("Credentials in history"));
    m_secrets->setItemText(0, tr("Masked"));
    m_secrets->setItemText(1, tr("In full"));
    m_secrets->setItemText(2, tr("Not stored"));
    m_secrets->setMinimumWidth(m_secrets->sizeHint().width()); // never cut to "Nicht gespei"
    m_secrets->setToolTip(
        tr("How Authorization, Proxy-Authorization, Cookie and Set-Cookie values are kept in new history "
           "entries and saved requests."));
    m_tabs->setTabText(0, tr("History")); // a HAR file's tab, after these two, is named by the file
    m_tabs->setTabText(1, tr("Saved"));
    // The banner, the hints and the rows' tooltips are sentences built when shown.
    refresh();
}

namespace {

void giveStorePolicy(HistoryStore *store, SecretStorage policy)
{
    if (!store)
        return;
    RecordOptions options = store->recordOptions();
    options.secrets = policy;
    store->setRecordOptions(options);
}

} // namespace

void HistoryPanel::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    m_secrets->setCurrentIndex(std::max(0, m_secrets->findData(int(settings->historySecrets()))));
    applySecretPolicy(m_secrets->currentIndex());
}

void HistoryPanel::applySecretPolicy(int index)
{
    const auto policy = SecretStorage(m_secrets->itemData(index).toInt());
    giveStorePolicy(m_store, policy);
    if (m_settings)
        m_settings->setHistorySecrets(policy);
}

void HistoryPanel::refresh()
{
    showBanner();
    const bool readable = m_store && m_store->isReadable();
    m_search->setEnabled(readable);
    for (QPushButton *button : std::as_const(m_writeButtons))
        button->setEnabled(m_store && m_store->state() == HistoryStore::State::Ready);
    refreshHistory();
    refreshSaved();
}

void HistoryPanel::showBanner()
{
    QStringList sentences;
    if (!m_store)
        sentences.append(tr("History is off."));
    else
        sentences << m_store->notice() << m_store->writeProblem();
    sentences.removeAll(QString());
    m_notice->setText(sentences.join(u'\n'));
    m_retry->setVisible(m_store && m_store->isWaitingForLock());
    m_banner->setVisible(!sentences.isEmpty());
}

void HistoryPanel::retryStore()
{
    if (m_store)
        m_store->retry(); // statusChanged() refreshes the panel
}

void HistoryPanel::refreshHistory()
{
    const qint64 current
        = m_history->currentItem() ? m_history->currentItem()->data(0, IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_history);
    m_history->clear();
    m_historyHint->hide(); // the banner says why when history is off
    if (!m_store || !m_store->isReadable())
        return;
    const QDate today = QDate::currentDate();
    for (const HistorySummary &summary : m_store->list({m_search->text()})) {
        // Today's chains show their time, older ones their date: the column stays narrow in a
        // dock, and the tool tip has both.
        const QDateTime started = summary.startedAt.toLocalTime();
        auto *item = new QTreeWidgetItem(
            m_history,
            {started.date() == today ? QLocale().toString(started.time(), QLocale::ShortFormat)
                                     : QLocale().toString(started.date(), QLocale::ShortFormat),
             Core::escapeBytesForDisplay(summary.method),
             summary.finalStatus ? QString::number(*summary.finalStatus) : u"—"_s,
             Core::displayUrl(QUrl(summary.url))});
        item->setData(0, IdRole, summary.id);
        item->setToolTip(0, QLocale().toString(started, QLocale::LongFormat));
        item->setToolTip(3,
                         item->text(3) + u'\n'
                             + tr("%1 · %n hop(s) · %2 ms", nullptr, summary.hops)
                                   .arg(summary.outcome)
                                   .arg(summary.totalMs, 0, 'f', 1));
        if (summary.id == current)
            m_history->setCurrentItem(item);
    }
    if (m_history->topLevelItemCount() > 0)
        m_historyHint->clear();
    else if (!m_search->text().trimmed().isEmpty())
        m_historyHint->setText(tr("No chain matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_historyHint->setText(tr("No requests yet. Every chain you send from the console is kept "
                                  "here; Enter on one sends it again."));
    m_historyHint->setVisible(!m_historyHint->text().isEmpty());
}

void HistoryPanel::refreshSaved()
{
    m_saved->clear();
    m_savedHint->hide();
    if (!m_store || !m_store->isReadable())
        return;
    QHash<QString, QTreeWidgetItem *> folders;
    for (const SavedRequest &saved : m_store->savedRequests()) {
        QTreeWidgetItem *parent = nullptr;
        if (!saved.folder.isEmpty()) {
            parent = folders.value(saved.folder);
            if (!parent) {
                parent = new QTreeWidgetItem(m_saved, {saved.folder});
                parent->setData(0, IdRole, 0);
                parent->setExpanded(true);
                folders.insert(saved.folder, parent);
            }
        }
        const QStringList columns{saved.name, QString::fromLatin1(saved.request.method),
                                  Core::displayUrl(saved.request.url)};
        auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_saved, columns);
        item->setToolTip(2, columns.at(2));
        item->setData(0, IdRole, saved.id);
    }
    m_saved->expandAll();
    m_savedHint->setText(m_saved->topLevelItemCount() > 0
                             ? QString()
                             : tr("Nothing saved yet. File → Save Request (Ctrl+S) keeps the request "
                                  "in the console here, under a name."));
    m_savedHint->setVisible(!m_savedHint->text().isEmpty());
}

void HistoryPanel::showHarChains(const QString &fileName, QList<ChainResult> chains)
{
    m_har->setChains(std::move(chains));
    if (m_tabs->indexOf(m_har) < 0)
        m_tabs->addTab(m_har, QString());
    // A file's name is not ours: "R&D.har" would lose its "&" to a mnemonic, and a bidirectional
    // control in it could turn the text shown around.
    m_tabs->setTabText(m_tabs->indexOf(m_har), Core::escapeForDisplay(fileName).replace(u'&', u"&&"_s));
    m_tabs->setCurrentWidget(m_har);
}

void HistoryPanel::onHistoryCurrent(QTreeWidgetItem *item)
{
    if (!item || !m_store)
        return;
    if (const std::optional<ChainResult> chain = m_store->chain(item->data(0, IdRole).toLongLong())) {
        m_historyHint->hide();
        Q_EMIT chainChosen(*chain);
        return;
    }
    // One unreadable entry (written by a newer version, or edited by hand) says so, alone.
    m_historyHint->setText(m_store->lastError());
    m_historyHint->show();
}

void HistoryPanel::rerun()
{
    QTreeWidgetItem *item = m_history->currentItem();
    if (!item || !m_store)
        return;
    if (const std::optional<ChainResult> chain = m_store->chain(item->data(0, IdRole).toLongLong()))
        Q_EMIT rerunRequested(chain->request);
    else
        onHistoryCurrent(item);
}

void HistoryPanel::removeSelected()
{
    QTreeWidgetItem *item = m_history->currentItem();
    if (!item || !m_store)
        return;
    m_store->removeChain(item->data(0, IdRole).toLongLong());
    refreshHistory();
}

void HistoryPanel::clearAll()
{
    if (!m_store || m_store->chainCount() == 0)
        return;
    if (!m_confirm(tr("Delete all %n chain(s) from the history? Saved requests stay.", nullptr,
                      m_store->chainCount())))
        return;
    m_store->clear();
    refreshHistory();
}

// (http16) A folder row is a top-level row without an id; a request in a folder has it as parent.
QString HistoryPanel::currentSavedFolder() const
{
    const QTreeWidgetItem *item = m_saved->currentItem();
    if (!item)
        return {};
    if (item->parent())
        return item->parent()->text(0);
    return item->data(0, IdRole).toLongLong() == 0 ? item->text(0) : QString();
}

void HistoryPanel::openSaved()
{
    QTreeWidgetItem *item = m_saved->currentItem();
    if (!item || !m_store || item->data(0, IdRole).toLongLong() == 0)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    for (const SavedRequest &saved : m_store->savedRequests()) {
        if (saved.id == id)
            Q_EMIT requestChosen(saved.request);
    }
}

void HistoryPanel::renameSaved()
{
    QTreeWidgetItem *item = m_saved->currentItem();
    if (!item || !m_store || item->data(0, IdRole).toLongLong() == 0)
        return;
    const QString folder = item->parent() ? item->parent()->text(0) : QString();
    const QString name = m_askName(tr("Rename saved request"), item->text(0)).trimmed();
    if (name.isEmpty() || name == item->text(0))
        return;
    m_store->renameSaved(item->data(0, IdRole).toLongLong(), folder, name);
    refreshSaved();
}

void HistoryPanel::removeSaved()
{
    QTreeWidgetItem *item = m_saved->currentItem();
    if (!item || !m_store || item->data(0, IdRole).toLongLong() == 0)
        return;
    if (!m_confirm(tr("Delete the saved request “%1”?").arg(item->text(0))))
        return;
    m_store->removeSaved(item->data(0, IdRole).toLongLong());
    refreshSaved();
}

} // namespace StatusScope::Gui
