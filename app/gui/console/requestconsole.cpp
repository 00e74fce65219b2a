// SPDX-License-Identifier: MIT
#include "gui/console/requestconsole.h"

#include "ui_requestconsole.h"

#include "core/catalogue/headerglossary.h"
#include "gui/console/chaindelegate.h"
#include "core/formats/bodyformat.h"
#include "core/formats/curlcommand.h"
#include "core/formats/datasize.h"
#include "core/history/historystore.h"
#include "gui/console/hopdetailhtml.h"
#include "core/requests/bodyfile.h"
#include "core/requests/chainmodel.h"
#include "core/requests/headertablemodel.h"
#include "core/requests/requestengine.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "core/requests/urlinput.h"

#include <QAccessible>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QItemEditorFactory>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShortcut>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

// "localhost:8080/x" is requested as http://localhost:8080/x, and the field then says so; only
// once the user is done with it (sending, or leaving the field), so the cursor never jumps.
void showAddedScheme(QLineEdit *edit)
{
    const UrlInput typed = readTypedUrl(edit->text());
    if (typed.isValid() && typed.schemeAdded)
        edit->setText(typed.text);
}

// Offers common header names while a name cell is edited.
class HeaderNameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor);
            line && index.column() == HeaderTableModel::NameColumn) {
            static const QStringList names{u"Accept"_s,         u"Accept-Encoding"_s, u"Accept-Language"_s,
                                           u"Authorization"_s,  u"Cache-Control"_s,   u"Content-Type"_s,
                                           u"Cookie"_s,         u"If-Match"_s,        u"If-Modified-Since"_s,
                                           u"If-None-Match"_s,  u"Origin"_s,          u"Range"_s,
                                           u"Referer"_s,        u"User-Agent"_s,      u"X-Request-Id"_s,
                                           u"X-Forwarded-For"_s};
            auto *completer = new QCompleter(names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        return editor;
    }
};

QString errorStyle()
{
    return u"color: #b0251d;"_s;
}

} // namespace

RequestConsole::RequestConsole(QNetworkAccessManager *manager, const StatusCatalogue *catalogue,
                               QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestConsole>())
    , m_manager(manager)
    , m_catalogue(catalogue)
    , m_engine(new RequestEngine(manager, catalogue, this))
    , m_chain(new ChainModel(this))
    , m_headers(new HeaderTableModel(this))
{
    m_ui->setupUi(this);
    m_chooseOpenFile = [this] { return QFileDialog::getOpenFileName(this, tr("Send a file as the body")); };
    m_chooseSaveFile = [this] { return QFileDialog::getSaveFileName(this, tr("Save the response body")); };
    m_notifyAccessibility = [](QAccessibleEvent *event) { QAccessible::updateAccessibility(event); };
    setUpComposer();
    setUpResultViews();

    connect(m_engine, &RequestEngine::hopStarted, this, &RequestConsole::onHopStarted);
    connect(m_engine, &RequestEngine::hopFinished, this, &RequestConsole::onHopFinished);
    connect(m_engine, &RequestEngine::bytesReceived, this, &RequestConsole::onBytes);
    connect(m_engine, &RequestEngine::finished, this, &RequestConsole::onChainFinished);

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

void RequestConsole::setUpComposer()
{
    for (const char *method : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        m_ui->methodCombo->addItem(QString::fromLatin1(method));
    for (const QString &type : {QString(), u"application/json"_s, u"application/x-www-form-urlencoded"_s,
                                u"text/plain; charset=utf-8"_s, u"application/xml"_s})
        m_ui->contentTypeCombo->addItem(QString(), type);
    setContentTypeNames();

    m_ui->headersView->setModel(m_headers);
    m_ui->headersView->setItemDelegate(new HeaderNameDelegate(m_ui->headersView));
    m_ui->headersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->headersView->horizontalHeader()->resizeSection(HeaderTableModel::NameColumn, 220);
    m_ui->headersView->verticalHeader()->hide();
    m_headers->addRow({true, u"Accept"_s, u"*/*"_s});

    m_ui->inputErrorLabel->setStyleSheet(errorStyle());
    m_ui->inputErrorLabel->hide();
    m_ui->certificateBanner->setStyleSheet(u"background-color: #fff4d6; color: #5c3d00; padding: 4px;"_s);
    m_ui->certificateBanner->hide();
    m_ui->importNoticeLabel->hide();
    m_ui->undoImportButton->hide();
    const auto endImportNotice = [this] {
        m_ui->importNoticeLabel->hide();
        m_ui->undoImportButton->hide();
    };
    connect(m_ui->undoImportButton, &QPushButton::clicked, this, [this, endImportNotice] {
        m_ui->followCheck->setChecked(true);
        endImportNotice();
        m_ui->urlEdit->setFocus(); // the button goes away: keep the keyboard where the work is
    });
    // Changing the option by hand answers the notice too.
    connect(m_ui->followCheck, &QCheckBox::toggled, this, endImportNotice);
    m_ui->clearBodyFileButton->hide();
    m_ui->bodyNoteLabel->setStyleSheet(u"color: #8a5500;"_s);

    connect(m_ui->urlEdit, &QLineEdit::returnPressed, this, &RequestConsole::send);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RequestConsole::revalidate);
    connect(m_ui->methodCombo, &QComboBox::currentTextChanged, this, &RequestConsole::revalidate);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &RequestConsole::revalidate);
    connect(m_headers, &HeaderTableModel::validityChanged, this, &RequestConsole::revalidate);
    // A valid header can still make the request wrong (a Content-Length the body does not have).
    connect(m_headers, &QAbstractItemModel::dataChanged, this, &RequestConsole::revalidate);
    connect(m_headers, &QAbstractItemModel::rowsInserted, this, &RequestConsole::revalidate);
    connect(m_headers, &QAbstractItemModel::rowsRemoved, this, &RequestConsole::revalidate);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestConsole::send);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestConsole::cancel);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_headers->addRow();
        const QModelIndex index = m_headers->index(row, HeaderTableModel::NameColumn);
        m_ui->headersView->setCurrentIndex(index);
        m_ui->headersView->edit(index);
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this,
            [this] { m_headers->removeRowAt(m_ui->headersView->currentIndex().row()); });
    connect(m_ui->bodyFileButton, &QPushButton::clicked, this, &RequestConsole::chooseBodyFile);
    connect(m_ui->clearBodyFileButton, &QPushButton::clicked, this, [this] {
        m_bodyFile.clear();
        m_ui->bodyEdit->setEnabled(true);
        m_ui->clearBodyFileButton->hide();
        revalidate();
    });
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RequestConsole::updateBanner);
    m_ui->urlEdit->installEventFilter(this);
}

void RequestConsole::setUpResultViews()
{
    m_ui->chainView->setModel(m_chain);
    m_ui->chainView->setItemDelegate(new ChainDelegate(m_ui->chainView));
    QHeaderView *header = m_ui->chainView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ChainModel::UrlColumn, QHeaderView::Stretch);
    header->resizeSection(ChainModel::IndexColumn, 36);
    header->resizeSection(ChainModel::MethodColumn, 70);
    header->resizeSection(ChainModel::StatusColumn, 64);
    header->resizeSection(ChainModel::ReasonColumn, 170);
    header->resizeSection(ChainModel::TimingColumn, 240);
    header->resizeSection(ChainModel::WarningsColumn, 70);
    connect(m_ui->chainView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHop(current.row()); });
    // A status badge opens its catalogue entry (double-click, or Enter on the row).
    connect(m_ui->chainView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant status
            = index.sibling(index.row(), ChainModel::StatusColumn).data(ChainModel::StatusRole);
        if (status.isValid())
            Q_EMIT codeLinkActivated(status.toInt());
    });

    m_ui->verticalSplitter->setSizes({150, 220, 390});
    m_ui->verticalSplitter->setStretchFactor(2, 1);
    m_ui->busyBar->hide();
    m_ui->stopLabel->hide();
    m_ui->stopActionButton->hide();
    m_ui->saveBodyButton->hide();
    m_ui->summaryLabel->setText(tr("Type a URL and press Enter to send it."));
    setSummaryAccessibleName(QString());
    for (QTextBrowser *view : {m_ui->meaningView, m_ui->requestView, m_ui->timingView, m_ui->tlsView}) {
        view->setOpenLinks(false);
        connect(view, &QTextBrowser::anchorClicked, this, &RequestConsole::onLink);
    }
    m_ui->bodyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->responseHeadersView->header()->resizeSection(0, 220);
    connect(m_ui->stopActionButton, &QPushButton::clicked, this, &RequestConsole::onStopAction);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &RequestConsole::saveBody);
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this, [this] { copyHeaders(true); });
    connect(m_ui->copyAllHeadersButton, &QPushButton::clicked, this, [this] { copyHeaders(false); });
}

QByteArray RequestConsole::saveLayout() const
{
    return m_ui->verticalSplitter->saveState();
}

void RequestConsole::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !m_ui->verticalSplitter->restoreState(state))
        m_ui->verticalSplitter->setSizes({150, 220, 390});
}

void RequestConsole::setUrl(const QString &url)
{
    m_ui->urlEdit->setText(url);
}

void RequestConsole::setMethod(const QString &method)
{
    m_ui->methodCombo->setCurrentText(method);
}

void RequestConsole::focusUrl()
{
    m_ui->urlEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->urlEdit->selectAll();
}

bool RequestConsole::isRunning() const
{
    return m_engine->isRunning();
}

const ChainResult &RequestConsole::result() const
{
    return m_engine->result();
}

std::optional<RequestSpec> RequestConsole::composedRequest(QString *error, BodyFileUse use) const
{
    RequestSpec spec;
    spec.method = m_ui->methodCombo->currentText().trimmed().toUtf8();
    const UrlInput typed = readTypedUrl(m_ui->urlEdit->text());
    spec.url = typed.url;
    if (auto problem = validateMethod(spec.method)) {
        *error = *problem;
        return std::nullopt;
    }
    if (!typed.isValid()) {
        *error = typed.error;
        return std::nullopt;
    }
    if (auto problem = m_headers->firstError()) {
        *error = *problem;
        return std::nullopt;
    }
    spec.headers = m_headers->enabledHeaders();
    spec.secretHeaders = m_headers->secretNames();
    if (!m_bodyFile.isEmpty()) {
        if (auto problem = checkBodyFileForWindow(m_bodyFile, BodyFileLimit)) {
            *error = *problem;
            return std::nullopt;
        }
        if (use == BodyFileUse::Read) {
            std::optional<QByteArray> body = readBodyFile(m_bodyFile, BodyFileLimit, error);
            if (!body)
                return std::nullopt;
            spec.body = std::move(*body);
        }
        spec.hasBody = true;
    } else if (!m_ui->bodyEdit->toPlainText().isEmpty()) {
        spec.body = m_ui->bodyEdit->toPlainText().toUtf8();
        spec.hasBody = true;
    }
    const QString contentType = m_ui->contentTypeCombo->currentData().toString();
    if (spec.hasBody && !contentType.isEmpty() && !hasHeader(spec.headers, "Content-Type"))
        spec.headers.append({QByteArrayLiteral("Content-Type"), contentType.toUtf8()});
    spec.options = options();
    spec.options.acceptInvalidCertificates
        = m_trustedHosts.contains(RequestEngine::certificateExceptionKey(spec.url));
    // A typed Content-Length or Transfer-Encoding that would misframe the body is marked as it is
    // typed, like a header with a line break (the body of an unread file is checked at sending).
    if (use == BodyFileUse::Read || m_bodyFile.isEmpty()) {
        if (auto problem = validateRequest(spec)) {
            *error = *problem;
            return std::nullopt;
        }
    }
    return spec;
}

void RequestConsole::showInputError(const QString &message)
{
    m_ui->inputErrorLabel->setText(message);
    m_ui->inputErrorLabel->setVisible(!message.isEmpty());
}

void RequestConsole::revalidate()
{
    // Mark problems as they are typed; an empty URL is not yet a mistake.
    QString error;
    if (!m_ui->urlEdit->text().trimmed().isEmpty())
        composedRequest(&error, BodyFileUse::CheckOnly);
    else if (auto problem = m_headers->firstError())
        error = *problem;
    showInputError(error);
    // The field is marked for its own mistakes only, not for a header's.
    const bool urlWrong
        = !m_ui->urlEdit->text().trimmed().isEmpty() && !readTypedUrl(m_ui->urlEdit->text()).isValid();
    m_ui->urlEdit->setStyleSheet(urlWrong ? u"border: 1px solid #b0251d;"_s : QString());

    const QString method = m_ui->methodCombo->currentText().trimmed().toUpper();
    const bool hasBody = !m_bodyFile.isEmpty() || !m_ui->bodyEdit->toPlainText().isEmpty();
    m_ui->bodyNoteLabel->setText(
        hasBody && (method == u"GET"_s || method == u"HEAD"_s)
            ? tr("A body on %1 is unusual; many servers ignore or refuse it.").arg(method)
            : QString());
}

bool RequestConsole::send()
{
    QString error;
    std::optional<RequestSpec> spec = composedRequest(&error);
    if (!spec) {
        showInputError(error);
        return false;
    }
    showAddedScheme(m_ui->urlEdit);
    return sendRequest(*spec);
}

bool RequestConsole::sendRequest(const RequestSpec &request)
{
    showInputError(QString());
    // A send while a chain runs replaces it without asking. The old chain is ended first: its last
    // signals (a cancelled hop, its summary and stop line) must land before the window is reset,
    // not over the new chain's "waiting".
    if (m_engine->isRunning())
        m_engine->cancel();
    m_lastRequest = request;
    m_shownChain = ChainResult{};
    m_shownChain.request = request;
    m_chain->clear();
    m_ui->stopLabel->hide();
    m_ui->stopActionButton->hide();
    clearHopViews(tr("Waiting for the response…"));
    m_ui->busyBar->show();
    m_ui->cancelButton->setEnabled(true);
    setSummaryAccessibleName(QString()); // the previous chain's status is not this one's
    m_ui->summaryLabel->setText(tr("Sending…"));
    m_bytesThrottle.start();
    if (!m_engine->start(request)) {
        showInputError(m_engine->result().error ? m_engine->result().error->message : QString());
        m_ui->busyBar->hide();
        m_ui->cancelButton->setEnabled(false);
        return false;
    }
    updateBanner();
    return true;
}

void RequestConsole::cancel()
{
    m_engine->cancel();
}

void RequestConsole::onHopStarted(int index)
{
    const Hop &hop = m_engine->currentHop();
    m_chain->hopStarted(index, hop.method, hop.url, m_engine->chainElapsedMs());
    m_ui->summaryLabel->setText(tr("Hop %1: waiting for %2…").arg(index + 1).arg(displayHost(hop.url)));
}

void RequestConsole::onBytes(int index, qint64 bytes)
{
    if (m_bytesThrottle.elapsed() < 100)
        return;
    m_bytesThrottle.restart();
    m_ui->summaryLabel->setText(tr("Hop %1: %2 received…").arg(index + 1).arg(readableSize(bytes)));
}

void RequestConsole::onHopFinished(int index)
{
    const Hop &hop = m_engine->result().hops.at(index);
    m_chain->hopFinished(hop);
    // The tabs fill as soon as a hop of the new chain has arrived, the latest one, until the user
    // picks a row.
    if (!m_ui->chainView->currentIndex().isValid())
        showHop(index);
    if (hop.status)
        Q_EMIT codeMet(*hop.status);
}

void RequestConsole::onChainFinished()
{
    const ChainResult &chain = m_engine->result();
    m_chain->setChainDuration(chain.totalMs);
    m_ui->busyBar->hide();
    m_ui->cancelButton->setEnabled(false);
    m_shownChain = chain;
    showChainSummary(chain);
    announceChainEnd();
    if (m_history && m_history->addChain(chain) > 0)
        Q_EMIT historyChanged();
    Q_EMIT chainFinished();
}

void RequestConsole::setContentTypeNames()
{
    const QStringList names{tr("None"), tr("JSON"), tr("Form"), tr("Text"), tr("XML")};
    for (int i = 0; i < names.size() && i < m_ui->contentTypeCombo->count(); ++i)
        m_ui->contentTypeCombo->setItemText(i, names.at(i));
}

void RequestConsole::showChainSummary(const ChainResult &chain)
{
    showSummaryTexts(chain);
    if (m_chain->rowCount() > 0) {
        // Selecting the final hop shows it; if it was already current, show it here (once).
        const QModelIndex last = m_chain->index(m_chain->rowCount() - 1, 0);
        const bool alreadyCurrent = m_ui->chainView->currentIndex().row() == last.row();
        m_ui->chainView->setCurrentIndex(last);
        if (alreadyCurrent)
            showHop(last.row());
    } else {
        clearHopViews(QString()); // nothing was answered: no "waiting" left behind
    }
}

void RequestConsole::showSummaryTexts(const ChainResult &chain)
{
    QString finalStatus = tr("no response");
    for (auto it = chain.hops.crbegin(); it != chain.hops.crend(); ++it) {
        if (it->status) {
            finalStatus = QString::number(*it->status) + u' '
                + (it->reason.isEmpty() && !it->meanings.isEmpty() ? it->meanings.first().reason
                                                                   : it->reason);
            break;
        }
    }
    const QString outcome = chain.outcome == ChainOutcome::Complete ? tr("complete")
        : chain.outcome == ChainOutcome::Stopped                    ? tr("stopped")
                                                                    : tr("failed");
    m_ui->summaryLabel->setText(tr("%n hop(s) · %1 ms · final %2 · %3", nullptr, int(chain.hops.size()))
                                    .arg(chain.totalMs, 0, 'f', 1)
                                    .arg(finalStatus, outcome));
    setSummaryAccessibleName(m_ui->summaryLabel->text());

    QString sentence;
    QString action;
    QString actionDetail; // the button stays short on a small screen; this names exactly what it does
    if (chain.stop) {
        sentence = chain.stop->message;
        if (chain.stop->reason == StopReason::HttpsDowngrade && &chain == &m_engine->result())
            action = tr("Continue over http");
    } else if (chain.error) {
        sentence = chain.error->message;
        if (chain.error->kind == ErrorKind::Tls && !chain.hops.isEmpty() && &chain == &m_engine->result()
            && RequestEngine::certificateExceptionKey(chain.hops.last().url)
                == RequestEngine::certificateExceptionKey(m_lastRequest.url)) {
            action = tr("Accept this certificate");
            actionDetail = tr("Accept the certificate of %1 until StatusScope closes; other hosts and ports "
                              "are still checked.")
                               .arg(displayHostAndPort(chain.hops.last().url));
        }
    }
    m_ui->stopLabel->setText(sentence);
    m_ui->stopLabel->setStyleSheet(chain.outcome == ChainOutcome::Complete ? QString() : errorStyle());
    m_ui->stopLabel->setVisible(!sentence.isEmpty());
    m_ui->stopActionButton->setText(action);
    m_ui->stopActionButton->setToolTip(actionDetail);
    m_ui->stopActionButton->setAccessibleDescription(actionDetail);
    m_ui->stopActionButton->setVisible(!action.isEmpty());
}

void RequestConsole::setSummaryAccessibleName(const QString &finalStatus)
{
    // While a chain runs the summary line changes several times a second; a screen reader hears
    // only what it is. The final status becomes part of its name when the chain ends.
    m_ui->summaryLabel->setAccessibleName(finalStatus.isEmpty() ? tr("Chain summary")
                                                                : tr("Chain summary: %1").arg(finalStatus));
}

void RequestConsole::announceChainEnd()
{
    // The name change alone is not spoken for a label without focus; the alert is, and its object
    // names the final status (showChainSummary).
    QAccessibleEvent alert(m_ui->summaryLabel, QAccessible::Alert);
    m_notifyAccessibility(&alert);
}

void RequestConsole::clearHopViews(const QString &note)
{
    // Until a hop of the new chain arrives, its tabs say so rather than show the previous answer,
    // which could be read as this one's.
    for (QTextBrowser *view : {m_ui->meaningView, m_ui->requestView, m_ui->timingView, m_ui->tlsView})
        view->setPlainText(note);
    m_ui->responseHeadersView->clear();
    m_ui->bodyInfoLabel->setText(note);
    m_ui->bodyText->clear();
    m_ui->bodyImage->clear();
    m_ui->bodyStack->setCurrentWidget(m_ui->bodyText);
    m_ui->saveBodyButton->hide();
}

void RequestConsole::showStoredChain(const ChainResult &chain)
{
    if (m_engine->isRunning())
        m_engine->cancel();
    applyRequest(chain.request);
    QList<double> starts;
    for (const Hop &hop : chain.hops)
        starts.append(hop.startMs);
    // A stored or imported chain may name URLs with a password (a HAR file keeps what it was
    // given): the rows show it masked; the chain itself stays whole for an export that asks.
    ChainResult shown = chain;
    for (Hop &hop : shown.hops)
        hop.url = maskUrlPassword(hop.url);
    m_chain->setChain(shown, starts);
    m_shownChain = chain;
    m_ui->busyBar->hide();
    m_ui->cancelButton->setEnabled(false);
    showChainSummary(chain);
}

void RequestConsole::applyRequest(const RequestSpec &request)
{
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(request.method));
    m_ui->urlEdit->setText(request.url.toString());
    QList<HeaderTableModel::Row> rows;
    for (const HeaderPair &header : request.headers)
        rows.append({true, QString::fromLatin1(header.first), QString::fromUtf8(header.second),
                     request.secretHeaders.contains(header.first)});
    m_headers->setRows(rows);
    m_bodyFile.clear();
    m_ui->bodyEdit->setEnabled(true);
    m_ui->clearBodyFileButton->hide();
    m_ui->bodyEdit->setPlainText(request.hasBody ? QString::fromUtf8(request.body) : QString());
    m_ui->contentTypeCombo->setCurrentIndex(0); // the Content-Type, if any, is among the headers
    setOptions(request.options);
    revalidate();
}

RequestOptions RequestConsole::options() const
{
    RequestOptions options;
    options.followRedirects = m_ui->followCheck->isChecked();
    options.maxRedirects = m_ui->maxRedirectsSpin->value();
    options.inactivityTimeoutMs = int(m_ui->timeoutSpin->value() * 1000);
    options.allowDowngrade = m_ui->downgradeCheck->isChecked();
    options.bodyCap = qint64(m_ui->maxBodySpin->value()) * 1024 * 1024;
    options.deadlineMs = int(m_ui->chainLimitSpin->value() * 1000);
    options.lowSpeedBytesPerSecond = m_ui->lowSpeedSpin->value();
    options.lowSpeedWindowMs = int(m_ui->lowSpeedTimeSpin->value() * 1000);
    return options;
}

void RequestConsole::setOptions(const RequestOptions &options)
{
    m_ui->followCheck->setChecked(options.followRedirects);
    m_ui->maxRedirectsSpin->setValue(options.maxRedirects);
    m_ui->timeoutSpin->setValue(options.inactivityTimeoutMs / 1000.0);
    m_ui->maxBodySpin->setValue(int(std::max<qint64>(1, options.bodyCap / (1024 * 1024))));
    m_ui->chainLimitSpin->setValue(options.deadlineMs / 1000.0);
    m_ui->lowSpeedSpin->setValue(options.lowSpeedBytesPerSecond);
    m_ui->lowSpeedTimeSpin->setValue(options.lowSpeedWindowMs / 1000.0);
    m_ui->downgradeCheck->setChecked(options.allowDowngrade);
}

bool RequestConsole::importCurl(const QString &command)
{
    QString error;
    const std::optional<CurlImport> imported = parseCurlCommand(command, &error);
    if (!imported) {
        showInputError(error);
        return false;
    }
    const bool wasFollowing = m_ui->followCheck->isChecked();
    applyRequest(imported->request);
    // curl follows no redirect without -L, so the import turns following off: a surprise for
    // anyone who did not notice the option, so it is said, with a way back.
    const bool followingTurnedOff = wasFollowing && !imported->request.options.followRedirects;
    m_ui->importNoticeLabel->setText(
        followingTurnedOff ? tr("Follow redirects is now off, as in curl without -L.") : QString());
    m_ui->importNoticeLabel->setVisible(followingTurnedOff);
    m_ui->undoImportButton->setVisible(followingTurnedOff);
    if (imported->request.options.acceptInvalidCertificates)
        m_trustedHosts.insert(RequestEngine::certificateExceptionKey(imported->request.url));
    updateBanner();
    if (!imported->ignored.isEmpty()) {
        // Never dropped silently: say what was left out.
        m_ui->inputErrorLabel->setText(
            tr("Imported from curl; not applied: %1").arg(imported->ignored.join(u"; "_s)));
        m_ui->inputErrorLabel->show();
    }
    return true;
}

bool RequestConsole::eventFilter(QObject *watched, QEvent *event)
{
    // A curl command pasted into the URL field fills the whole request.
    if (watched == m_ui->urlEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QString text = QGuiApplication::clipboard()->text().trimmed();
        if (text.startsWith(u"curl "_s) || text.startsWith(u"curl\\"_s) || text.startsWith(u"curl\n"_s)) {
            importCurl(text);
            return true;
        }
    }
    // Leaving the field ends the typing; switching windows or opening the completer does not.
    if (watched == m_ui->urlEdit && event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            showAddedScheme(m_ui->urlEdit);
    }
    return QWidget::eventFilter(watched, event);
}

void RequestConsole::onStopAction()
{
    const ChainResult &chain = m_engine->result();
    // The request that stopped is sent again, whatever the composer holds by now.
    RequestSpec again = m_lastRequest;
    if (chain.stop && chain.stop->reason == StopReason::HttpsDowngrade) {
        again.options.allowDowngrade = true; // for this send only; the option stays as it is
        sendRequest(again);
        return;
    }
    if (chain.error && chain.error->kind == ErrorKind::Tls) {
        m_trustedHosts.insert(RequestEngine::certificateExceptionKey(m_lastRequest.url));
        again.options.acceptInvalidCertificates = true;
        sendRequest(again);
    }
}

void RequestConsole::updateBanner()
{
    const QUrl url = readTypedUrl(m_ui->urlEdit->text()).url;
    const bool trusted
        = !url.host().isEmpty() && m_trustedHosts.contains(RequestEngine::certificateExceptionKey(url));
    m_ui->certificateBanner->setText(
        trusted ? tr("Certificate checks are off for %1 until StatusScope closes; other hosts and ports are "
                     "still checked.")
                      .arg(displayHostAndPort(url))
                : QString());
    m_ui->certificateBanner->setVisible(trusted);
}

void RequestConsole::showHop(int row)
{
    const Hop *hop = m_chain->hopAt(row);
    if (!hop || m_chain->data(m_chain->index(row, 0), ChainModel::RunningRole).toBool())
        return;
    const Hop *previous = row > 0 ? m_chain->hopAt(row - 1) : nullptr;
    m_ui->meaningView->setHtml(hopMeaningHtml(*hop, *m_catalogue, palette()));
    m_ui->requestView->setHtml(
        hopRequestHtml(*hop, previous, false, palette(), m_shownChain.request.secretHeaders));
    m_ui->timingView->setHtml(hopTimingHtml(*hop, palette()));
    m_ui->tlsView->setHtml(hopTlsHtml(*hop, palette()));

    m_ui->responseHeadersView->clear();
    for (const HeaderPair &header : hop->responseHeaders) {
        // Qt joins repeated fields (Set-Cookie with newlines); show each value on its own row.
        for (const QByteArray &value : header.second.split('\n')) {
            // A Location may name a password too; it is masked like a credential field.
            const QByteArray shown = header.first.compare("Location", Qt::CaseInsensitive) == 0
                ? maskUrlPasswordIn(value)
                : maskHeaderValue(header.first, value);
            auto *item
                = new QTreeWidgetItem(m_ui->responseHeadersView,
                                      {escapeBytesForDisplay(header.first), escapeBytesForDisplay(shown)});
            item->setData(1, Qt::UserRole, QString::fromUtf8(value));
            const HeaderNote note = headerNote(header.first);
            if (!note.text.isEmpty()) {
                // Known fields explain themselves in a tooltip, with the spec that defines them.
                item->setToolTip(0, note.text + u" ("_s + note.spec + u')');
                item->setToolTip(1, note.text);
                QFont underlined = item->font(0);
                underlined.setUnderline(true);
                item->setFont(0, underlined);
            }
        }
    }
    showBody(*hop);
}

void RequestConsole::showBody(const Hop &hop)
{
    const QByteArray contentType = headerValue(hop.responseHeaders, "Content-Type");
    const BodyKind kind = bodyKindOf(hop.bodyPreview, contentType);
    // Separate facts, each translated whole, shown side by side.
    QStringList facts;
    if (hop.bodyBytes == 0) {
        facts.append(tr("No body."));
    } else {
        facts.append(readableSize(hop.bodyBytes));
        facts.append(contentType.isEmpty() ? tr("no Content-Type") : escapeBytesForDisplay(contentType));
    }
    if (hop.bodyPreview.size() < hop.bodyBytes)
        facts.append(tr("showing the first %1").arg(readableSize(hop.bodyPreview.size())));
    if (hop.bodyTruncated)
        facts.append(tr("cut short"));
    const QString info = facts.join(u" · "_s);
    m_ui->bodyInfoLabel->setText(info);
    m_ui->saveBodyButton->setVisible(hop.bodyBytes > 0);
    if (kind == BodyKind::Image) {
        const QImage image = QImage::fromData(hop.bodyPreview);
        if (!image.isNull()) {
            m_ui->bodyImage->setPixmap(QPixmap::fromImage(image));
            m_ui->bodyStack->setCurrentWidget(m_ui->bodyImageArea);
            return;
        }
    }
    // Long single lines are slow to lay out: the view shows at most 64 KiB; Save has the rest.
    constexpr qsizetype ShownBytes = 64 * 1024;
    if (hop.bodyPreview.size() > ShownBytes && kind != BodyKind::Json && kind != BodyKind::Xml)
        m_ui->bodyInfoLabel->setText(m_ui->bodyInfoLabel->text() + u" · "_s
                                     + tr("%1 shown").arg(readableSize(ShownBytes)));
    const QByteArray shown = kind == BodyKind::Json || kind == BodyKind::Xml
        ? hop.bodyPreview
        : hop.bodyPreview.left(ShownBytes);
    m_ui->bodyText->setPlainText(formatBody(shown, kind));
    m_ui->bodyStack->setCurrentWidget(m_ui->bodyText);
}

void RequestConsole::saveBody()
{
    const Hop *hop = m_chain->hopAt(m_ui->chainView->currentIndex().row());
    if (!hop)
        return;
    const QString path = m_chooseSaveFile();
    if (path.isEmpty())
        return;
    QFile out(path);
    bool ok = out.open(QIODevice::WriteOnly) && out.write(hop->bodyPreview) == hop->bodyPreview.size();
    if (ok && !hop->bodyFile.isEmpty()) {
        QFile rest(hop->bodyFile);
        ok = rest.open(QIODevice::ReadOnly);
        while (ok && !rest.atEnd())
            ok = out.write(rest.read(1024 * 1024)) >= 0;
    }
    ok = ok && out.flush();
    m_ui->bodyInfoLabel->setText(ok ? tr("Saved %1 to %2.").arg(readableSize(out.size()), path)
                                    : tr("Could not save to %1: %2").arg(path, out.errorString()));
}

void RequestConsole::copyHeaders(bool selectedOnly)
{
    QStringList lines;
    for (int i = 0; i < m_ui->responseHeadersView->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->responseHeadersView->topLevelItem(i);
        if (!selectedOnly || item->isSelected())
            lines.append(item->text(0) + u": "_s + item->text(1)); // as shown: credentials stay masked
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
}

void RequestConsole::chooseBodyFile()
{
    const QString path = m_chooseOpenFile();
    if (path.isEmpty())
        return;
    m_bodyFile = path;
    m_ui->bodyEdit->setEnabled(false);
    m_ui->clearBodyFileButton->show();
    m_ui->bodyNoteLabel->setText(
        tr("Sending %1 (%2).").arg(QFileInfo(path).fileName(), readableSize(QFileInfo(path).size())));
    revalidate();
}

void RequestConsole::onLink(const QUrl &url)
{
    if (url.scheme() == u"statusscope"_s && url.path().startsWith(u"code/"_s)) {
        Q_EMIT codeLinkActivated(url.path().mid(5).toInt());
        return;
    }
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        Q_EMIT externalLinkActivated(url);
}

void RequestConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RequestConsole::retranslate()
{
    m_ui->retranslateUi(this);
    setContentTypeNames();
    m_chain->retranslate();
    m_headers->retranslate();
    // The sentences of a chain (its checks, stop and error) were written in the language of the
    // moment and are kept as they were, like a log; what the window says about them is redone.
    if (m_engine->isRunning()) {
        m_ui->summaryLabel->setText(tr("Sending…")); // the next hop's progress rewrites it
        setSummaryAccessibleName(QString());
    } else if (m_shownChain.outcome == ChainOutcome::Running && m_chain->rowCount() == 0) {
        m_ui->summaryLabel->setText(tr("Type a URL and press Enter to send it."));
        setSummaryAccessibleName(QString());
    } else {
        // The live chain, when it is the one on screen, keeps its stop-line button.
        const bool live = m_engine->result().startedAt == m_shownChain.startedAt
            && m_engine->result().outcome == m_shownChain.outcome;
        showSummaryTexts(live ? m_engine->result() : m_shownChain);
    }
    const QModelIndex current = m_ui->chainView->currentIndex();
    if (current.isValid())
        showHop(current.row());
    else if (m_engine->isRunning())
        clearHopViews(tr("Waiting for the response…"));
    if (m_ui->importNoticeLabel->isVisible())
        m_ui->importNoticeLabel->setText(tr("Follow redirects is now off, as in curl without -L."));
    revalidate();
    updateBanner();
}

} // namespace StatusScope::Gui
