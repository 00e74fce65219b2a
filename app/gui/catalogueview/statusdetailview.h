// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QTextBrowser>

namespace StatusScope::Gui {

// The detail pane of the catalogue: one entry as readable text. It never opens links itself;
// it tells its owner which entry or web page the user asked for, so tests can see the request
// and the owner decides how to open it.
class StatusDetailView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDetailView)

public:
    explicit StatusDetailView(QWidget *parent = nullptr);

    void setCatalogue(const Core::StatusCatalogue *catalogue);
    void showEntry(qsizetype entryIndex); // -1 shows the empty state
    // How often each code was met in the console; not owned, may be null.
    void setMetCounts(const QHash<int, int> *counts);
    void refresh() { render(); }
    qsizetype entryIndex() const { return m_entryIndex; }

    // A splitter or a small window never presses the page below a readable line (the heading
    // would wrap a letter per line).
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void codeLinkActivated(int code);
    void entryLinkActivated(qsizetype entryIndex);
    void externalLinkActivated(const QUrl &url);
    void tryLiveActivated(int code);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int ReadableChars = 28; // average characters of the view's font, per line

    void onAnchorClicked(const QUrl &url);
    void render();

    const Core::StatusCatalogue *m_catalogue = nullptr;
    qsizetype m_entryIndex = -1;
    const QHash<int, int> *m_metCounts = nullptr;
    QString m_shownHtml; // what the document holds, so the same page is not parsed and laid out again
};

} // namespace StatusScope::Gui
