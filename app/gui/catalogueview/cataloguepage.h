// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QWidget>

#include <memory>

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
// follows the selection.
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

Q_SIGNALS:
    void externalLinkRequested(const QUrl &url);
    void tryLiveRequested(int code); // "Try it live" on an entry
    void linkHovered(const QString &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

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

    std::unique_ptr<Ui::CataloguePage> m_ui;
    Core::CatalogueModel *m_model;
    Core::CatalogueFilterModel *m_proxy;
    bool m_detailAfterFirstPaint = false; // set while the constructor selects the first row
};

} // namespace StatusScope::Gui
