// SPDX-License-Identifier: MIT
#include "gui/catalogueview/statusdetailview.h"

#include "gui/catalogueview/statusdetailhtml.h"

#include <QEvent>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

StatusDetailView::StatusDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(12);
    // Lines break between words only: in a narrow pane the large heading ("Permanent Redirect")
    // would otherwise be cut inside a word; a word wider than the pane scrolls instead.
    setWordWrapMode(QTextOption::WordWrap);
    connect(this, &QTextBrowser::anchorClicked, this, &StatusDetailView::onAnchorClicked);
    render();
}

void StatusDetailView::setCatalogue(const Core::StatusCatalogue *catalogue)
{
    m_catalogue = catalogue;
    m_entryIndex = -1;
    render();
}

void StatusDetailView::showEntry(qsizetype entryIndex)
{
    m_entryIndex = entryIndex;
    render();
}

void StatusDetailView::setMetCodes(const Core::MetCodes *met)
{
    if (m_met)
        disconnect(m_met, nullptr, this, nullptr);
    m_met = met;
    if (met) {
        connect(met, &Core::MetCodes::met, this, [this](int code) {
            if (m_catalogue && m_entryIndex >= 0 && m_catalogue->entries().at(m_entryIndex).code == code)
                render();
        });
    }
    render();
}

void StatusDetailView::render()
{
    QString html = !m_catalogue || m_entryIndex < 0
        ? emptyDetailHtml(palette())
        : statusDetailHtml(*m_catalogue, m_entryIndex, palette(),
                           m_met ? m_met->sessionCount(m_catalogue->entries().at(m_entryIndex).code) : 0);
    if (html == m_shownHtml)
        return; // setting up the page and meeting a code elsewhere often change nothing shown here
    m_shownHtml = std::move(html);
    setHtml(m_shownHtml);
}

QSize StatusDetailView::minimumSizeHint() const
{
    // The page's own margins may eat into the line: the width counts the text, frame and scroll bar.
    const int line = ReadableChars * fontMetrics().averageCharWidth();
    const int width = line + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    return {width, QTextBrowser::minimumSizeHint().height()};
}

void StatusDetailView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // Colours are baked into the HTML: re-render when the theme or language changes.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        render();
}

void StatusDetailView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == u"statusscope"_s) {
        const QStringList parts = url.path().split(u'/');
        bool ok = false;
        const int value = parts.value(1).toInt(&ok);
        if (!ok || parts.size() != 2)
            return;
        if (parts.first() == u"code"_s)
            Q_EMIT codeLinkActivated(value);
        else if (parts.first() == u"entry"_s)
            Q_EMIT entryLinkActivated(value);
        else if (parts.first() == u"try"_s)
            Q_EMIT tryLiveActivated(value);
        return;
    }
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        Q_EMIT externalLinkActivated(url);
}

} // namespace StatusScope::Gui
