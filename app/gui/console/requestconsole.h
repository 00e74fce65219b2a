// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"

#include "core/requests/hop.h"
#include "core/requests/requestsession.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAccessibleEvent;
class QNetworkAccessManager;
class QSplitter;

namespace StatusScope::Core {
class HistoryStore;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

class ChainView;
class RequestComposer;

// The request console: compose a request, send it, and walk its redirect chain hop by hop with
// what each response means. It puts the composer and the chain view together and wires them to a
// session, which runs the engine asynchronously (the window keeps painting and Cancel works at
// once), keeps the trust the user granted and writes the history.
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
    void setHistory(Core::HistoryStore *store);
    // Shows a stored or imported chain as it was, and fills the composer with its request.
    void showStoredChain(const Core::ChainResult &chain);
    // Fills the composer (method, URL, headers, body, options) without sending.
    void applyRequest(const Core::RequestSpec &request);
    // The options tab (follow, limits, timeout, downgrades), which outlive any one request.
    Core::RequestOptions options() const;
    void setOptions(const Core::RequestOptions &options);
    // The request as composed now, with this session's certificate exception, or nothing with
    // the reason.
    std::optional<Core::RequestSpec> currentRequest(QString *error) const;
    // What the settings keep of the composed request (RequestComposer::requestToKeep()).
    std::optional<Core::RequestSpec> requestToKeep(QString *error) const;
    // Fills the composer from a curl command line; false (reason shown in place) when it is not one.
    bool importCurl(const QString &command);
    // Fills the composer from one request of a curl paste (severalCurlPasted()).
    void applyCurlImport(const Core::CurlImport &imported);

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
    const Core::ChainResult &shownChain() const;
    QSet<QString> trustedHosts() const;
    Core::RequestSession *session() const { return m_session; }

    // Seams for tests: how the console asks for a file to read or to write.
    void setOpenFileChooser(std::function<QString()> chooser);
    void setSaveFileChooser(std::function<QString()> chooser);
    // Seam for tests: where accessibility events go (QAccessible::updateAccessibility).
    void setAccessibilityNotifier(std::function<void(QAccessibleEvent *)> notify);

Q_SIGNALS:
    void codeLinkActivated(int code);
    void externalLinkActivated(const QUrl &url);
    void codeMet(int code);
    void chainFinished();
    void historyChanged();
    // A curl paste held several requests: the window asks which to open (CurlPasteDialog).
    void severalCurlPasted(const QList<Core::CurlImport> &imports);

private:
    void connectSession();
    void onChainFinished();
    void onQuestionAnswered(Core::TrustQuestion question);
    void updateBanner();
    void resetLayout();

    Core::RequestSession *m_session;
    RequestComposer *m_composer;
    ChainView *m_chainView;
    QSplitter *m_splitter;
};

} // namespace StatusScope::Gui
