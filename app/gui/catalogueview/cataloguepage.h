// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"
#include "gui/catalogueview/entryhistory.h"

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class CataloguePage;
}

namespace StatusScope::Core {
class CatalogueFilterModel;
class CatalogueModel;
class MetCodes;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

// The catalogue browser: a searchable, filterable list of every entry and a detail pane that
// follows the selection, with Back and Forward through the entries visited (Alt+Left and
// Alt+Right or the platform's keys, the mouse's back and forward buttons, two tool buttons).
class CataloguePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CataloguePage)

public:
    explicit CataloguePage(const Core::StatusCatalogue &catalogue, QWidget *parent = nullptr);
    ~CataloguePage() override;

    void focusSearch();
    // Selects the first meaning of `code`, clearing filters that hide it. False if not catalogued.
    bool showCode(int code);
    bool showEntry(qsizetype entryIndex);
    // Index into the catalogue's entries of the selected entry, or -1.
    qsizetype currentEntryIndex() const;
    int visibleCount() const;
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state); // empty: the default layout
    // The codes the console met (not owned, may be null): an entry says how often, this session.
    void setMetCodes(const Core::MetCodes *met);

    // Back and Forward through the visited entries; false at either end.
    bool goBack();
    bool goForward();
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    // Back and Forward as actions, for the window's list of shortcuts (their status tips say what they do).
    QList<QAction *> historyActions() const { return {m_backAction, m_forwardAction}; }

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);
    void tryLiveRequested(int code); // "Try it live" on an entry
    void linkHovered(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void populateFilters();
    void onCurrentChanged();
    void showCurrentInDetail();
    void onFilterChanged();
    void onClassChosen(int comboIndex);
    void onOriginChosen(int comboIndex);
    void clearFilters();
    void updateCountAndEmptyState();
    void ensureSelection();
    void setUpHistory();
    void updateHistoryTexts();
    void updateHistoryActions();
    bool goTo(std::optional<qsizetype> entry);
    bool handleHistoryButton(const QMouseEvent *event);

    std::unique_ptr<Ui::CataloguePage> m_ui;
    Core::CatalogueModel *m_model;
    Core::CatalogueFilterModel *m_proxy;
    bool m_detailAfterFirstPaint = false; // set while the constructor selects the first row
    EntryHistory m_history;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    bool m_movingInHistory = false; // a selection made by Back or Forward is not a new visit
    bool m_automaticSelection = false; // one the page made after a search replaces the last such
};

} // namespace StatusScope::Gui
