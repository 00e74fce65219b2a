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
    // The console met `code`; its entry says so for the rest of the session.
    void noteCodeMet(int code);
    int metCount(int code) const { return m_met.value(code); }
    QList<int> metCodes() const { return m_met.keys(); }

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
    QHash<int, int> m_met;
    bool m_detailAfterFirstPaint = false; // set while the constructor selects the first row
};

} // namespace StatusScope::Gui
