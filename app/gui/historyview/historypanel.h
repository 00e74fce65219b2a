// SPDX-License-Identifier: MIT
#pragma once

#include "core/history/historystore.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace StatusScope::Core {
class Settings;
}

namespace StatusScope::Gui {

class HarChainList;

// The console's memory on screen: past chains (newest first, searchable), saved requests by
// folder, and the chains of an opened HAR file. Picking an entry hands the chain or request to
// the console; nothing here sends anything by itself.
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    // The store is not owned and may be off (HistoryStore::State::Disabled).
    explicit HistoryPanel(Core::HistoryStore *store, QWidget *parent = nullptr);

    void refresh();
    // (http16) The folder of the saved request or folder selected; empty when none is.
    QString currentSavedFolder() const;
    // Where the credentials policy is remembered (not owned, may be null): shown and given to the
    // store now.
    void setSettings(Core::Settings *settings);
    // Shows a HAR file's chains in a tab named by the file, replacing those of the last one. The
    // chains are kept once, by the list's model: pass them moved where the caller is done with them.
    void showHarChains(const QString &fileName, QList<Core::ChainResult> chains);

    // Seams for tests: the questions the panel asks.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setAskName(std::function<QString(const QString &title, const QString &current)> ask)
    {
        m_askName = std::move(ask);
    }

Q_SIGNALS:
    void chainChosen(const Core::ChainResult &chain);
    void rerunRequested(const Core::RequestSpec &request);
    void requestChosen(const Core::RequestSpec &request);
    // (http16) The saved list's "Export Folder as .http…" (its context menu) on the folder shown.
    void exportFolderRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // every text set here, again in the language now installed
    void refreshHistory();
    void refreshSaved();
    void onHistoryCurrent(QTreeWidgetItem *item);
    void rerun();
    void removeSelected();
    void clearAll();
    void openSaved();
    void renameSaved();
    void removeSaved();
    void applySecretPolicy(int index);
    void showBanner();
    void retryStore();

    Core::HistoryStore *m_store;
    QTabWidget *m_tabs;
    QWidget *m_banner; // why history is off, read-only, or could not be written
    QLabel *m_notice;
    QPushButton *m_retry;
    QPushButton *m_rerunButton;
    QPushButton *m_deleteButton;
    QPushButton *m_clearButton;
    QPushButton *m_openButton;
    QPushButton *m_renameButton;
    QPushButton *m_removeButton;
    QLabel *m_secretsLabel;
    QList<QPushButton *> m_writeButtons; // off while history is read-only
    QLabel *m_historyHint; // what to do when the list is empty
    QLabel *m_savedHint;
    QAction *m_exportFolder; // (http16)
    QLineEdit *m_search;
    QTreeWidget *m_history;
    QTreeWidget *m_saved;
    HarChainList *m_har; // a tab of its own once a HAR file is opened
    QComboBox *m_secrets;
    Core::Settings *m_settings = nullptr;
    std::function<bool(const QString &)> m_confirm;
    std::function<QString(const QString &, const QString &)> m_askName;
};

} // namespace StatusScope::Gui
