// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"
#include "core/quiz/metcodes.h"

#include <QPointer>

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
    // The codes met in the console (their counts this session); not owned, may be null.
    void setMetCodes(const Core::MetCodes *met);
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
    QPointer<const Core::MetCodes> m_met;
    QString m_shownHtml; // what the document holds, so the same page is not parsed and laid out again
};

} // namespace StatusScope::Gui
