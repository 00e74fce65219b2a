// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditrunner.h"
#include "core/requests/secretneeds.h"
#include "core/settings/networkpreferences.h"
#include "gui/auditview/auditchainstore.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QScrollArea;
class QNetworkAccessManager;
class QTableView;

namespace Ui {
class AuditPage;
}

namespace StatusScope::Core {
class AuditInput;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

class AuditFilterModel;
class AuditRowModel;
class ChainView;

// The Audit page (Ctrl+3): a list, a redirect map or a sitemap checked source by source with the
// core's AuditRunner, its rows in a sortable, filterable table as they come (in input order), the
// selected row's chain explained hop by hop below, exports and a re-run of the failed rows.
// Rows reach the table in batches a few times a second, so a run of 10,000 sources never holds
// the event loop long. Chains are kept as AuditChainStore says; a row whose chain was not kept
// is run again, alone, when it is selected.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    enum class InputTab { File, Paste, Url };

    // Neither the manager nor the catalogue is owned.
    AuditPage(QNetworkAccessManager *manager, const Core::StatusCatalogue *catalogue,
              QWidget *parent = nullptr);
    ~AuditPage() override;

    // What the input fields hold (the tab is made current); tests and drops call these.
    void setInputFile(const QString &path);
    void setInputText(const QString &text);
    void setInputUrl(const QString &url);
    void setInputKind(Core::AuditInputKind kind);
    // The options, as the page's fields would give them.
    Core::AuditRunOptions runOptions() const;
    // What the window keeps between sessions (auditpagepreferences.cpp): the fields runOptions()
    // reads put back, and what the input holds.
    void setRunOptions(const Core::AuditRunOptions &options);
    Core::AuditInputKind inputKind() const;
    InputTab inputTab() const;
    void setInputTab(InputTab tab);
    QString inputFile() const;
    QString inputText() const;
    QString inputUrl() const;
    // The split between the table and the chain, kept by the window between sessions. A state
    // that cannot be read (damaged, another splitter's) is ignored: false, and the split stays.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // The split as a new page has it: three fifths for the table, two for the chain.
    void resetLayout();
    // Rows in the table that no CSV or JSON Lines export has written since they came.
    bool hasUnexportedRows() const;

    // Edit → Preferences (proxy, extra authorities, client certificates per host pattern, HTTP
    // version, timeouts): each run's base request takes them where it leaves its built-in values,
    // as a console send does (effectiveOptions()). None at first.
    void setNetworkPreferences(const Core::NetworkPreferences &preferences) { m_preferences = preferences; }
    const Core::NetworkPreferences &networkPreferences() const { return m_preferences; }
    // Called once when a run would need passwords the preferences name but do not hold
    // (missingSecrets()): nothing is sent until continueStart() or abandonStart(). The window
    // answers (SecretPrompter); without an asker the run goes as it is.
    using SecretAsker = std::function<void(const QList<Core::SecretNeed> &needs)>;
    void setSecretAsker(SecretAsker asker) { m_asker = std::move(asker); }
    bool isWaitingForSecrets() const { return m_waitingInput != nullptr; }
    // Starts the waiting run with `answered`'s secrets (for this run, its re-runs and re-fetches).
    bool continueStart(const QList<Core::SecretNeed> &answered);
    // Drops the waiting run; `why` is shown in the page.
    void abandonStart(const QString &why);

    // False, with the reason shown in the page, when there is nothing to run.
    bool start();
    void setPaused(bool paused);
    void cancel();
    // Runs again the rows with a problem, each replacing its row when it ends; false when none.
    bool rerunFailed();
    bool isRunning() const;

    // Exports of every row (CSV, JSON Lines) and of the chains kept for the rows shown (HAR);
    // false with a message in the page when the file cannot be written.
    bool exportCsv(const QString &path);
    bool exportJsonLines(const QString &path);
    bool exportHar(const QString &path, bool withCredentials = false);

    AuditRowModel *rowModel() const { return m_rows; }
    AuditFilterModel *filterModel() const { return m_filter; }
    QTableView *rowsView() const;
    ChainView *chainView() const { return m_chainView; }
    const Core::AuditSummary &summary() const { return m_summary; }
    // Sentences the page shows under the buttons (input notes, errors, export results).
    QString notesText() const;
    void focusInput();
    // The run's options (how chains are checked and sent), opened over the page by Options
    // (Alt+O) as a popup; tests and the geometry walk look at them.
    void showOptions();
    QWidget *optionsPanel() const;

    // How many chains the page keeps (AuditChainStore); set before a run. Tests make it small.
    void setChainLimits(int problemChains, int recentChains)
    {
        m_chains = AuditChainStore(problemChains, recentChains);
    }

    // Seams for tests: how the page asks for a file to open or save ("" cancels).
    void setOpenFileChooser(std::function<QString()> chooser) { m_chooseOpen = std::move(chooser); }
    void setSaveFileChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooseSave = std::move(chooser);
    }

Q_SIGNALS:
    void runFinished(const StatusScope::Core::AuditSummary &summary);
    // The selected row's chain is on screen (kept, or fetched again).
    void chainShown(qint64 index);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // auditpagelayout.cpp
    void setUpChainPane();
    void setUpTable();
    void setUpKeys();
    void keepColumnsInSight();
    void keepChainReadable();

    void setUpFilters();
    void fillShowCombo();
    void updateGuess();
    void browse();
    void askExport(int what);
    std::unique_ptr<Core::AuditInput> makeInput(QString *error);
    bool startWithPreferences(std::unique_ptr<Core::AuditInput> input);
    void begin(std::unique_ptr<Core::AuditInput> input, bool rerun);
    void onRow(const Core::AuditRow &row);
    void onChain(qint64 index, const Core::ChainResult &chain);
    void onProgress(qint64 done, qint64 total, double rowsPerSecond);
    void onFinished(const Core::AuditSummary &summary);
    void flushRows();
    void showCounts();
    void updateButtons();
    void showSelectedChain();
    void onRefetched(qint64 index, const Core::ChainResult &chain);
    void addNote(const QString &text);
    // Takes down the notes shown, as a run starts.
    void clearNotes();
    void retranslate();

    std::unique_ptr<Ui::AuditPage> m_ui;
    QNetworkAccessManager *m_manager;
    const Core::StatusCatalogue *m_catalogue;
    AuditRowModel *m_rows;
    AuditFilterModel *m_filter;
    ChainView *m_chainView;
    QLabel *m_chainLabel;
    QScrollArea *m_chainScroll;
    QLabel *m_chainSummary; // the chain view's summary line, wrapped here (setUpChainPane())
    Core::AuditRunner *m_runner;
    Core::AuditRunner *m_refetcher; // one row's chain, fetched again on demand
    std::unique_ptr<Core::AuditInput> m_input;
    std::unique_ptr<Core::AuditInput> m_refetchInput;
    qint64 m_refetchRowIndex = -1; // the row the re-fetch is for
    Core::AuditRunOptions m_runOptions; // of the last run: a re-fetch uses them too
    Core::NetworkPreferences m_preferences;
    SecretAsker m_asker;
    std::unique_ptr<Core::AuditInput> m_waitingInput; // a run waiting for the asker's answer
    AuditChainStore m_chains;
    QList<Core::AuditRow> m_pendingRows; // delivered, not yet in the table
    QList<qint64> m_rerunTargets; // in a re-run: the input index of the row each source replaces
    bool m_rerun = false;
    bool m_rowsExported = false; // no row came since the last CSV or JSON Lines export
    QTimer m_flushTimer;
    Core::AuditSummary m_summary; // of the rows in the table
    qint64 m_done = 0;
    qint64 m_total = -1;
    double m_rate = 0;
    QStringList m_notes;
    QSet<QString> m_hostsSeen; // in the host filter
    QStringList m_warningsSeen;
    std::function<QString()> m_chooseOpen;
    std::function<QString(const QString &)> m_chooseSave;
};

} // namespace StatusScope::Gui
