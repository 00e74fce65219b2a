// SPDX-License-Identifier: MIT
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditinput.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditrowmodel.h"
#include "gui/console/chainview.h"

#include <QApplication>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

// How often delivered rows are put in the table: often enough to look live, seldom enough that a
// fast run inserts in batches rather than row by row.
constexpr int FlushIntervalMs = 100;
// Notes shown under the buttons: the latest ones.
constexpr int NotesShown = 2;

QString durationText(double seconds)
{
    const qint64 whole = qint64(seconds + 0.5);
    if (whole < 60)
        return AuditPage::tr("%1 s").arg(whole);
    if (whole < 3600)
        return AuditPage::tr("%1 min %2 s").arg(whole / 60).arg(whole % 60);
    return AuditPage::tr("%1 h %2 min").arg(whole / 3600).arg(whole % 3600 / 60);
}

} // namespace

AuditPage::AuditPage(QNetworkAccessManager *manager, const Core::StatusCatalogue *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_manager(manager)
    , m_catalogue(catalogue)
    , m_rows(new AuditRowModel(this))
    , m_filter(new AuditFilterModel(this))
    , m_runner(new Core::AuditRunner(manager, catalogue, this))
    , m_refetcher(new Core::AuditRunner(manager, catalogue, this))
{
    m_ui->setupUi(this);
    setUpChainPane();
    m_filter->setSourceModel(m_rows);
    setUpTable();
    setUpFilters();
    setUpKeys();
    connect(m_ui->browseButton, &QPushButton::clicked, this, &AuditPage::browse);
    connect(m_ui->filePathEdit, &QLineEdit::textChanged, this, &AuditPage::updateGuess);
    connect(m_ui->pasteEdit, &QPlainTextEdit::textChanged, this, &AuditPage::updateGuess);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &AuditPage::updateGuess);
    connect(m_ui->inputTabs, &QTabWidget::currentChanged, this, &AuditPage::updateGuess);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &AuditPage::updateGuess);
    connect(m_ui->startButton, &QPushButton::clicked, this, &AuditPage::start);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, &AuditPage::setPaused);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AuditPage::cancel);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &AuditPage::rerunFailed);

    connect(m_runner, &Core::AuditRunner::rowReady, this, &AuditPage::onRow);
    connect(m_runner, &Core::AuditRunner::chainFinished, this, &AuditPage::onChain);
    connect(m_runner, &Core::AuditRunner::progress, this, &AuditPage::onProgress);
    connect(m_runner, &Core::AuditRunner::note, this, &AuditPage::addNote);
    connect(m_runner, &Core::AuditRunner::finished, this, &AuditPage::onFinished);
    connect(m_refetcher, &Core::AuditRunner::chainFinished, this, &AuditPage::onRefetched);
    connect(m_refetcher, &Core::AuditRunner::rowReady, this, [this](const Core::AuditRow &row) {
        // Refused before sending (the URL cannot be requested): there is no chain to show.
        if (row.chain.isEmpty() && row.error && m_refetchRowIndex >= 0) {
            m_chainView->stopWaiting();
            m_chainLabel->setText(tr("The chain could not be fetched again: %1").arg(row.error->message));
        }
    });
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditPage::flushRows);

    retranslate();
    updateButtons();
    keepColumnsInSight();
    keepChainReadable();
}

AuditPage::~AuditPage()
{
    // The runners' engines go before the inputs they read.
    delete m_runner;
    delete m_refetcher;
}

QTableView *AuditPage::rowsView() const
{
    return m_ui->rowsView;
}

Core::AuditRunOptions AuditPage::runOptions() const
{
    Core::AuditRunOptions options;
    options.base.method = m_ui->headCheck->isChecked() ? QByteArrayLiteral("HEAD") : QByteArrayLiteral("GET");
    options.check.match.ignoreQuery = m_ui->ignoreQueryCheck->isChecked();
    options.check.match.ignoreTrailingSlash = m_ui->ignoreSlashCheck->isChecked();
    options.check.maxChain = m_ui->maxChainSpin->value();
    options.parallel = m_ui->parallelSpin->value();
    options.perHost = m_ui->perHostSpin->value();
    options.ratePerHost = m_ui->rateSpin->value();
    return options;
}

bool AuditPage::start()
{
    if (isRunning())
        return false;
    QString error;
    std::unique_ptr<Core::AuditInput> input = makeInput(&error);
    clearNotes();
    if (!input) {
        addNote(error);
        return false;
    }
    m_rows->clear();
    m_chains.clear();
    m_summary = {};
    m_hostsSeen.clear();
    {
        const QSignalBlocker blocker(m_ui->hostCombo);
        m_ui->hostCombo->clear();
        m_ui->hostCombo->addItem(tr("All hosts"), QString());
    }
    m_filter->setHost(QString());
    m_ui->guessLabel->hide(); // the run's notes say what was read
    return startWithPreferences(std::move(input));
}

void AuditPage::begin(std::unique_ptr<Core::AuditInput> input, bool rerun)
{
    m_rerun = rerun;
    m_pendingRows.clear();
    m_done = 0;
    m_total = input->total();
    m_rate = 0;
    m_input = std::move(input);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    m_ui->optionsPanel->close(); // read already; they cannot change during the run
    m_ui->progressLabel->setText(tr("Starting…"));
    {
        const QSignalBlocker blocker(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(false);
    }
    m_runner->start(m_input.get(), m_runOptions);
    m_flushTimer.start();
    retranslate();
    updateButtons();
}

void AuditPage::setPaused(bool paused)
{
    if (!isRunning())
        return;
    if (paused)
        m_runner->pause();
    else
        m_runner->resume();
    {
        const QSignalBlocker blocker(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(paused);
    }
    retranslate();
    if (paused)
        m_ui->progressLabel->setText(
            tr("Paused after %n rows; chains already sent still end.", nullptr, int(m_done)));
}

void AuditPage::cancel()
{
    if (isWaitingForSecrets())
        abandonStart(tr("Nothing was sent: the audit was cancelled while its password was asked for."));
    if (isRunning())
        m_runner->cancel(); // finished() follows at once
}

bool AuditPage::isRunning() const
{
    return m_runner->isRunning();
}

bool AuditPage::rerunFailed()
{
    if (isRunning())
        return false;
    QList<Core::AuditSource> sources;
    m_rerunTargets.clear();
    for (const Core::AuditRow &row : m_rows->rows()) {
        if (row.passed())
            continue;
        sources.append(Core::auditSourceOfRow(row));
        m_rerunTargets.append(row.index);
    }
    if (sources.isEmpty()) {
        addNote(tr("No row has a problem: there is nothing to re-run."));
        return false;
    }
    clearNotes();
    addNote(tr("Running again the %n rows with a problem.", nullptr, int(sources.size())));
    begin(Core::AuditInput::fromSources(std::move(sources)), true);
    return true;
}

void AuditPage::onRow(const Core::AuditRow &delivered)
{
    Core::AuditRow row = delivered;
    if (m_rerun) {
        // A re-run's sources are numbered from 0: each goes back to the row it came from.
        if (row.index < 0 || row.index >= m_rerunTargets.size())
            return;
        row.index = m_rerunTargets.at(row.index);
    }
    m_chains.rowArrived(row.index, !row.passed());
    static const QStringList problemIds = Core::auditProblemIds();
    for (const QString &warning : std::as_const(row.warnings)) {
        if (!m_warningsSeen.contains(warning) && !problemIds.contains(warning)) {
            m_warningsSeen.append(warning);
            fillShowCombo();
        }
    }
    m_pendingRows.append(std::move(row));
}

void AuditPage::onProgress(qint64 done, qint64 total, double rowsPerSecond)
{
    m_done = done;
    m_total = total;
    m_rate = rowsPerSecond;
}

void AuditPage::flushRows()
{
    if (!m_pendingRows.isEmpty()) {
        const QList<Core::AuditRow> rows = std::exchange(m_pendingRows, {});
        m_rowsExported = false;
        if (m_rerun) {
            for (const Core::AuditRow &row : rows)
                m_rows->replace(m_rows->positionOfIndex(row.index), row);
            m_summary = {};
            for (const Core::AuditRow &row : m_rows->rows())
                m_summary.add(row);
        } else {
            for (const Core::AuditRow &row : rows)
                m_summary.add(row);
            m_rows->append(rows);
        }
        for (const Core::AuditRow &row : rows) {
            const QString host = QUrl(row.source).host().toLower();
            if (host.isEmpty() || m_hostsSeen.contains(host))
                continue;
            m_hostsSeen.insert(host);
            m_ui->hostCombo->addItem(host, host);
        }
        // The selected row re-run: its new chain is shown.
        if (m_rerun)
            showSelectedChain();
    }
    showCounts();
    if (!isRunning())
        return;
    if (m_total > 0) {
        m_ui->progressBar->setRange(0, int(std::min<qint64>(m_total, INT_MAX)));
        m_ui->progressBar->setValue(int(std::min<qint64>(m_done, INT_MAX)));
    }
    if (m_runner->isPaused())
        return;
    QString text
        = m_total > 0 ? tr("%1 of %2 rows").arg(m_done).arg(m_total) : tr("%n rows", nullptr, int(m_done));
    if (m_rate > 0) {
        text += tr(" · %1 rows/s").arg(m_rate, 0, 'f', m_rate < 10 ? 1 : 0);
        if (m_total > 0 && m_done < m_total)
            text += tr(" · about %1 left").arg(durationText(double(m_total - m_done) / m_rate));
    }
    m_ui->progressLabel->setText(text);
}

void AuditPage::showCounts()
{
    m_ui->countsLabel->setVisible(m_summary.sources > 0); // no empty gap before the guess
    if (m_summary.sources == 0) {
        m_ui->countsLabel->clear();
        return;
    }
    m_ui->countsLabel->setText(tr("%1 matched, %2 mismatched (%3 with errors), of %4 rows.")
                                   .arg(m_summary.matched)
                                   .arg(m_summary.mismatched)
                                   .arg(m_summary.errors)
                                   .arg(m_summary.sources));
}

void AuditPage::onFinished(const Core::AuditSummary &summary)
{
    m_flushTimer.stop();
    flushRows();
    if (!m_rerun)
        m_summary.elapsedMs = summary.elapsedMs;
    m_summary.cancelled = summary.cancelled;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(summary.cancelled ? 0 : 1);
    const QString time = durationText(summary.elapsedMs / 1000.0);
    m_ui->progressLabel->setText(
        summary.cancelled ? tr("Cancelled after %n rows (%1).", nullptr, int(summary.sources)).arg(time)
                          : tr("Done: %n rows in %1.", nullptr, int(summary.sources)).arg(time));
    m_input.reset();
    retranslate();
    updateButtons();
    Q_EMIT runFinished(m_summary);
}

void AuditPage::updateButtons()
{
    const bool running = isRunning();
    QWidget *focus = QApplication::focusWidget();
    const bool focusHere = focus && isAncestorOf(focus);
    m_ui->startButton->setEnabled(!running);
    m_ui->pauseButton->setEnabled(running);
    m_ui->cancelButton->setEnabled(running);
    const bool anyFailed = m_summary.mismatched > 0;
    m_ui->rerunButton->setEnabled(!running && anyFailed);
    m_ui->exportButton->setEnabled(m_rows->rowCount() > 0 || !m_pendingRows.isEmpty());
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->inputTabs), static_cast<QWidget *>(m_ui->kindCombo),
          static_cast<QWidget *>(m_ui->parallelSpin), static_cast<QWidget *>(m_ui->perHostSpin),
          static_cast<QWidget *>(m_ui->rateSpin), static_cast<QWidget *>(m_ui->maxChainSpin),
          static_cast<QWidget *>(m_ui->ignoreQueryCheck), static_cast<QWidget *>(m_ui->ignoreSlashCheck),
          static_cast<QWidget *>(m_ui->headCheck)})
        input->setEnabled(!running);
    // Start and Pause/Resume take turns in one place (and one key, Alt+S): only the one that does
    // something is shown, so the row stays short and a key never reaches a dead button.
    m_ui->startButton->setVisible(!running);
    m_ui->pauseButton->setVisible(running);
    // The focus was in what the run turned off (Ctrl+Enter in the paste box) or on the button that
    // went: it goes to the one that took its place, not to whatever follows in the tab order.
    if (focusHere && (!focus->isEnabled() || !focus->isVisible()))
        (running ? m_ui->pauseButton : m_ui->startButton)->setFocus(Qt::OtherFocusReason);
}

void AuditPage::addNote(const QString &text)
{
    if (text.isEmpty())
        return;
    m_notes.append(text);
    m_ui->notesLabel->setText(m_notes.mid(std::max<qsizetype>(0, m_notes.size() - NotesShown)).join(u'\n'));
    m_ui->notesLabel->show();
    Q_EMIT message(text);
}

void AuditPage::clearNotes()
{
    // The previous run's sentences go with it: left up until the next note, they read as this
    // run's.
    m_notes.clear();
    m_ui->notesLabel->clear();
    m_ui->notesLabel->hide();
}

QString AuditPage::notesText() const
{
    return m_ui->notesLabel->text();
}

} // namespace StatusScope::Gui
