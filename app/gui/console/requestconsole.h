// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QAccessibleEvent;
class QNetworkAccessManager;

namespace Ui {
class RequestConsole;
}

namespace StatusScope::Core {
class ChainModel;
class HistoryStore;
class HeaderTableModel;
class RequestEngine;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

// The request console: compose a request, send it, and walk its redirect chain hop by hop with
// what each response means. Network work runs in the engine, asynchronously; the console only
// reflects it, so the window keeps painting and Cancel works at once.
class RequestConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestConsole)

public:
    // Neither the manager nor the catalogue is owned.
    RequestConsole(QNetworkAccessManager *manager, const Core::StatusCatalogue *catalogue,
                   QWidget *parent = nullptr);
    ~RequestConsole() override;

    // Where finished chains are remembered; not owned, may be null or off.
    void setHistory(Core::HistoryStore *store) { m_history = store; }
    // Shows a stored or imported chain as it was, and fills the composer with its request.
    void showStoredChain(const Core::ChainResult &chain);
    // Fills the composer (method, URL, headers, body, options) without sending.
    void applyRequest(const Core::RequestSpec &request);
    // The options tab (follow, limits, timeout, downgrades), which outlive any one request.
    Core::RequestOptions options() const;
    void setOptions(const Core::RequestOptions &options);
    // The request as composed now, or nothing with the reason.
    std::optional<Core::RequestSpec> currentRequest(QString *error) const { return composedRequest(error); }
    // Fills the composer from a curl command line; false (reason shown in place) when it is not one.
    bool importCurl(const QString &command);

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state); // empty: the default layout

    void setUrl(const QString &url);
    void setMethod(const QString &method);
    void focusUrl();
    // Sends what is composed; false (with the reason shown in place) when it cannot be sent.
    bool send();
    // Sends `request` as it is and leaves the composer as the user left it: "Try it live" sends a
    // lesson's own request this way, so none of its headers stay behind in the user's request.
    bool sendRequest(const Core::RequestSpec &request);
    void cancel();
    bool isRunning() const;
    const Core::ChainResult &result() const;
    // The chain on screen: the last one sent, or one picked from the history or a HAR file.
    const Core::ChainResult &shownChain() const { return m_shownChain; }
    QSet<QString> trustedHosts() const { return m_trustedHosts; }

    // Seams for tests: how the console asks for a file to read or to write.
    void setOpenFileChooser(std::function<QString()> chooser) { m_chooseOpenFile = std::move(chooser); }
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
    void codeMet(int code);
    void chainFinished();
    void historyChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpComposer();
    void setUpResultViews();
    // While typing, a body file is only checked (size, kind), not read: reading it at every keystroke
    // would stall the window on a large file.
    enum class BodyFileUse { Read, CheckOnly };
    std::optional<Core::RequestSpec> composedRequest(QString *error,
                                                     BodyFileUse use = BodyFileUse::Read) const;
    void showInputError(const QString &message);
    void revalidate();
    void onHopStarted(int index);
    void onHopFinished(int index);
    void onBytes(int index, qint64 bytes);
    void onChainFinished();
    void onStopAction();
    void showHop(int row);
    void showBody(const Core::Hop &hop);
    void showChainSummary(const Core::ChainResult &chain);
    // The summary and stop lines of `chain`, without touching the selection.
    void showSummaryTexts(const Core::ChainResult &chain);
    // Sets again, in the current language, every text set in code (the form's own retranslateUi()
    // does the rest).
    void retranslate();
    void setContentTypeNames();
    void clearHopViews(const QString &note);
    void setSummaryAccessibleName(const QString &finalStatus);
    void announceChainEnd();
    void saveBody();
    void copyHeaders(bool selectedOnly);
    void updateBanner();
    void onLink(const QUrl &url);
    void chooseBodyFile();

    std::unique_ptr<Ui::RequestConsole> m_ui;
    QNetworkAccessManager *m_manager;
    const Core::StatusCatalogue *m_catalogue;
    Core::RequestEngine *m_engine;
    Core::ChainModel *m_chain;
    Core::HeaderTableModel *m_headers;
    Core::HistoryStore *m_history = nullptr;
    QString m_bodyFile;
    QSet<QString> m_trustedHosts; // hosts whose invalid certificate the user accepted, this session
    Core::RequestSpec m_lastRequest;
    Core::ChainResult m_shownChain;
    QElapsedTimer m_bytesThrottle;
    std::function<QString()> m_chooseOpenFile;
    std::function<QString()> m_chooseSaveFile;
    std::function<void(QAccessibleEvent *)> m_notifyAccessibility;
};

} // namespace StatusScope::Gui
