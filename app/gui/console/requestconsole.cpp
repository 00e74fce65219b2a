// SPDX-License-Identifier: MIT
#include "gui/console/requestconsole.h"

#include "gui/console/chainview.h"
#include "gui/console/requestcomposer.h"

#include <QDataStream>
#include <QIODevice>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace StatusScope::Gui {

using namespace Core;

namespace {

// Marks a layout state of this console (the composer and chain split, then the chain's own); a
// state saved before the console was split, or from elsewhere, gives the default layout.
constexpr quint32 LayoutMarker = 0x53534332; // "SSC2"

} // namespace

RequestConsole::RequestConsole(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                               QWidget *parent)
    : QWidget(parent)
    , m_session(new RequestSession(manager, catalogue, this))
    , m_composer(new RequestComposer(this))
    , m_chainView(new ChainView(catalogue, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_composer);
    m_splitter->addWidget(m_chainView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6); // as the catalogue: a small screen needs the room
    layout->addWidget(m_splitter);
    resetLayout();

    connect(m_composer, &RequestComposer::sendRequested, this, &RequestConsole::send);
    connect(m_composer, &RequestComposer::cancelRequested, this, &RequestConsole::cancel);
    connect(m_composer, &RequestComposer::urlChanged, this, &RequestConsole::updateBanner);
    connect(m_composer, &RequestComposer::insecureImported, m_session, &RequestSession::trustCertificate);
    connect(m_composer, &RequestComposer::severalCurlPasted, this, &RequestConsole::severalCurlPasted);
    connect(m_chainView, &ChainView::codeLinkActivated, this, &RequestConsole::codeLinkActivated);
    connect(m_chainView, &ChainView::externalLinkActivated, this, &RequestConsole::externalLinkActivated);
    connect(m_chainView, &ChainView::questionAnswered, this, &RequestConsole::onQuestionAnswered);
    connectSession();

    // The shortcuts reach from anywhere in the console: a chain is cancelled from the tabs too.
    auto *sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &RequestConsole::send);
    auto *sendShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendShortcutEnter->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcutEnter, &QShortcut::activated, this, &RequestConsole::send);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &RequestConsole::cancel);
}

RequestConsole::~RequestConsole() = default;

void RequestConsole::connectSession()
{
    connect(m_session, &RequestSession::chainStarting, this, [this](const RequestSpec &request) {
        m_chainView->startWaiting(request);
        m_composer->setRunning(true);
    });
    connect(m_session, &RequestSession::hopStarted, this, [this](int index) {
        m_chainView->hopStarted(index, m_session->currentHop(), m_session->chainElapsedMs());
    });
    connect(m_session, &RequestSession::bytesReceived, m_chainView, &ChainView::bytesReceived);
    connect(m_session, &RequestSession::hopFinished, this, [this](int index) {
        const Hop &hop = m_session->result().hops.at(index);
        m_chainView->hopFinished(index, hop);
        if (hop.status)
            Q_EMIT codeMet(*hop.status);
    });
    connect(m_session, &RequestSession::finished, this, &RequestConsole::onChainFinished);
    connect(m_session, &RequestSession::historyChanged, this, &RequestConsole::historyChanged);
    connect(m_session, &RequestSession::trustChanged, this, &RequestConsole::updateBanner);
    // A request dropped while its password was asked for: the sentence says nothing was sent.
    connect(m_session, &RequestSession::sendAbandoned, m_composer, &RequestComposer::showInputError);
    connect(m_session, &RequestSession::sendAbandoned, m_composer, [this] { m_composer->setRunning(false); });
}

void RequestConsole::setHistory(HistoryStore *store)
{
    m_session->setHistory(store);
}

void RequestConsole::resetLayout()
{
    m_splitter->setSizes({185, 610}); // as before the split: the request line above tabs of 150
    m_splitter->setStretchFactor(0, 1); // a smaller screen takes from both, in proportion
    m_splitter->setStretchFactor(1, 1);
    m_chainView->resetLayout();
}

QByteArray RequestConsole::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << LayoutMarker << m_splitter->saveState() << m_chainView->saveLayout();
    return state;
}

void RequestConsole::restoreLayout(const QByteArray &state)
{
    quint32 marker = 0;
    QByteArray outer;
    QByteArray inner;
    QDataStream in(state);
    in >> marker >> outer >> inner;
    const bool ours = !state.isEmpty() && in.status() == QDataStream::Ok && marker == LayoutMarker;
    if (!ours || !m_splitter->restoreState(outer) || !m_chainView->restoreLayout(inner))
        resetLayout();
}

void RequestConsole::showStoredChain(const ChainResult &chain)
{
    if (m_session->isRunning())
        m_session->cancel();
    m_composer->applyRequest(chain.request);
    m_chainView->showStoredChain(chain);
    m_composer->setRunning(false);
}

void RequestConsole::applyRequest(const RequestSpec &request)
{
    m_composer->applyRequest(request);
}

RequestOptions RequestConsole::options() const
{
    return m_composer->options();
}

void RequestConsole::setOptions(const RequestOptions &options)
{
    m_composer->setOptions(options);
}

std::optional<RequestSpec> RequestConsole::requestToKeep(QString *error) const
{
    return m_composer->requestToKeep(error);
}

std::optional<RequestSpec> RequestConsole::currentRequest(QString *error) const
{
    std::optional<RequestSpec> request = m_composer->request(error);
    if (request)
        request = m_session->withSessionTrust(*request);
    return request;
}

bool RequestConsole::importCurl(const QString &command)
{
    return m_composer->importCurl(command);
}

void RequestConsole::applyCurlImport(const Core::CurlImport &imported)
{
    m_composer->applyCurlImport(imported);
}

void RequestConsole::setUrl(const QString &url)
{
    m_composer->setUrl(url);
}

void RequestConsole::setMethod(const QString &method)
{
    m_composer->setMethod(method);
}

void RequestConsole::focusUrl()
{
    m_composer->focusUrl();
}

bool RequestConsole::send()
{
    QString error;
    const std::optional<RequestSpec> request = currentRequest(&error);
    if (!request) {
        m_composer->showInputError(error);
        return false;
    }
    m_composer->showAddedScheme();
    return sendRequest(*request);
}

bool RequestConsole::sendRequest(const RequestSpec &request)
{
    m_composer->showInputError(QString());
    if (m_session->send(request)) {
        // Waiting for a password (the keychain, then the user): Cancel drops the request.
        if (m_session->isWaitingForSecrets())
            m_composer->setRunning(true);
        return true;
    }
    m_composer->showInputError(m_session->result().error ? m_session->result().error->message : QString());
    m_chainView->stopWaiting();
    m_composer->setRunning(false);
    return false;
}

void RequestConsole::cancel()
{
    m_session->cancel();
}

bool RequestConsole::isRunning() const
{
    return m_session->isRunning();
}

const ChainResult &RequestConsole::result() const
{
    return m_session->result();
}

const ChainResult &RequestConsole::shownChain() const
{
    return m_chainView->shownChain();
}

QSet<QString> RequestConsole::trustedHosts() const
{
    return m_session->trustedHosts();
}

void RequestConsole::setOpenFileChooser(std::function<QString()> chooser)
{
    m_composer->setOpenFileChooser(std::move(chooser));
}

void RequestConsole::setSaveFileChooser(std::function<QString()> chooser)
{
    m_chainView->setSaveFileChooser(std::move(chooser));
}

void RequestConsole::setAccessibilityNotifier(std::function<void(QAccessibleEvent *)> notify)
{
    m_chainView->setAccessibilityNotifier(std::move(notify));
}

void RequestConsole::onChainFinished()
{
    m_chainView->showFinishedChain(m_session->result(), m_session->question());
    m_composer->setRunning(false);
    Q_EMIT chainFinished();
}

void RequestConsole::onQuestionAnswered(TrustQuestion question)
{
    // The request that ended goes again, whatever the composer holds by now.
    const bool started = question == TrustQuestion::AcceptCertificate ? m_session->acceptCertificate()
                                                                      : m_session->continueOverHttp();
    // Refused by the engine after the views were reset for it (the question is gone then).
    if (!started && m_session->question() == TrustQuestion::None) {
        m_composer->showInputError(m_session->result().error ? m_session->result().error->message
                                                             : QString());
        m_chainView->stopWaiting();
        m_composer->setRunning(false);
    }
}

void RequestConsole::updateBanner()
{
    const QUrl url = m_composer->typedUrl();
    m_chainView->showCertificateException(m_session->isCertificateTrusted(url) ? url : QUrl());
}

} // namespace StatusScope::Gui
