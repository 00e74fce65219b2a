// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"
#include "core/requests/requestsession.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAccessibleEvent;

namespace Ui {
class ChainView;
}

namespace StatusScope::Core {
class ChainModel;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

// The result side of the console: the redirect chain hop by hop, its summary line (announced to
// screen readers when a chain ends), the tabs of the selected hop, and the questions a chain
// raises (accept a certificate, continue over http) with the banner of the exceptions in force.
// It shows; deciding is the session's, asked through questionAnswered().
class ChainView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainView)

public:
    // The catalogue is not owned.
    explicit ChainView(const Core::StatusCatalogue *catalogue, QWidget *parent = nullptr);
    ~ChainView() override;

    // A chain for `request` is on its way: the previous one goes, every tab says it is waiting.
    void startWaiting(const Core::RequestSpec &request);
    // The chain never started (its reason is the composer's to show).
    void stopWaiting();
    void hopStarted(int index, const Core::Hop &hop, double startMs);
    void bytesReceived(int index, qint64 bytes);
    void hopFinished(int index, const Core::Hop &hop);
    // The live chain ended; `question`, when there is one, is offered beside its ending.
    void showFinishedChain(const Core::ChainResult &chain, Core::TrustQuestion question);
    // A stored or imported chain, shown as it was and quietly (the user asked for it).
    void showStoredChain(const Core::ChainResult &chain);
    // The chain on screen: the last one sent, or one picked from the history or a HAR file.
    const Core::ChainResult &shownChain() const { return m_shownChain; }
    // Says that certificate checks are off for the host and port of `url`; an empty URL: none.
    void showCertificateException(const QUrl &url);
    // What the summary line says while no chain is shown: a page that is not the console (the
    // Audit page) says how a chain gets here. Empty: the console's hint. Set it again when the
    // language changes.
    void setPlaceholderText(const QString &text);

    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    void resetLayout();

    // Seam for tests: how the view asks where to save a body.
    void setSaveFileChooser(std::function<QString()> chooser) { m_chooseSaveFile = std::move(chooser); }
    // Seam for tests: where accessibility events go (QAccessible::updateAccessibility). On a
    // platform without accessibility (offscreen) Qt drops them before any handler sees them.
    void setAccessibilityNotifier(std::function<void(QAccessibleEvent *)> notify)
    {
        m_notifyAccessibility = std::move(notify);
    }

Q_SIGNALS:
    void codeLinkActivated(int code);
    void externalLinkActivated(const QUrl &url);
    // The user said yes to the question shown with the chain.
    void questionAnswered(Core::TrustQuestion question);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { Empty, Running, Shown };

    void setUpChain();
    void setUpHopTabs();
    void fitChainColumns();
    void showHop(int row);
    // `hop` as the rows and tabs show it: a credential the request carried, echoed by the server
    // into a URL, a Location or another header (a token a redirect copied into its query), is
    // masked there as the exports mask it; the body stays as the server sent it.
    Core::Hop shownHop(const Core::Hop &hop) const;
    void showBody(const Core::Hop &hop);
    void showChainSummary();
    // The summary and stop lines of the shown chain, without touching the selection.
    void showSummaryTexts();
    void setSummaryAccessibleName(const QString &finalStatus);
    void announceChainEnd();
    void clearHopViews(const QString &note);
    void saveBody();
    void onLink(const QUrl &url);
    // Sets again, in the current language, every text set in code.
    void retranslate();

    std::unique_ptr<Ui::ChainView> m_ui;
    const Core::StatusCatalogue *m_catalogue;
    Core::ChainModel *m_chain;
    Phase m_phase = Phase::Empty;
    Core::ChainResult m_shownChain;
    Core::TrustQuestion m_question = Core::TrustQuestion::None;
    QUrl m_exceptionUrl;
    QElapsedTimer m_bytesThrottle;
    std::function<QString()> m_chooseSaveFile;
    std::function<void(QAccessibleEvent *)> m_notifyAccessibility;
    QString m_placeholder; // see setPlaceholderText()
};

} // namespace StatusScope::Gui
