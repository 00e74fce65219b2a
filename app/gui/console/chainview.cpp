// SPDX-License-Identifier: MIT
#include "gui/console/chainview.h"

#include "ui_chainview.h"

#include "core/formats/bodyformat.h"
#include "core/formats/datasize.h"
#include "core/requests/chainmasking.h"
#include "core/requests/chainmodel.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"
#include "gui/console/chaindelegate.h"
#include "gui/console/consolestyle.h"
#include "gui/console/hopdetailhtml.h"
#include "gui/console/responseheaderlist.h"
#include "gui/widgets/elidingheader.h"
#include "gui/widgets/screenfit.h"

#include <QAccessible>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

ChainView::ChainView(const StatusCatalogue *catalogue, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChainView>())
    , m_catalogue(catalogue)
    , m_chain(new ChainModel(this))
{
    m_ui->setupUi(this);
    m_chooseSaveFile = [this] { return QFileDialog::getSaveFileName(this, tr("Save the response body")); };
    m_notifyAccessibility = [](QAccessibleEvent *event) { QAccessible::updateAccessibility(event); };
    m_ui->certificateBanner->setStyleSheet(u"background-color: #fff4d6; color: #5c3d00; padding: 4px;"_s);
    m_ui->certificateBanner->hide();
    setUpChain();
    setUpHopTabs();
    resetLayout();
    retranslate();
}

ChainView::~ChainView() = default;

void ChainView::setUpChain()
{
    m_ui->chainView->setModel(m_chain);
    m_ui->chainView->setItemDelegate(new ChainDelegate(m_ui->chainView));
    QHeaderView *header = m_ui->chainView->header();
    header->setStretchLastSection(false);
    // fitChainColumns() sizes the short columns (ResizeToContents would keep a cut header's whole
    // width) and shares out the rest; the URL takes what is left.
    for (int column : {ChainModel::IndexColumn, ChainModel::MethodColumn, ChainModel::StatusColumn,
                       ChainModel::WarningsColumn})
        header->setSectionResizeMode(column, QHeaderView::Fixed);
    header->setSectionResizeMode(ChainModel::UrlColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(3 * m_ui->chainView->fontMetrics().averageCharWidth()); // "h…"
    elideHeaderTexts(header);
    m_ui->chainView->viewport()->installEventFilter(this);
    connect(m_chain, &QAbstractItemModel::rowsInserted, this, &ChainView::fitChainColumns);
    connect(m_chain, &QAbstractItemModel::dataChanged, this, &ChainView::fitChainColumns);
    connect(m_chain, &QAbstractItemModel::modelReset, this, &ChainView::fitChainColumns);
    connect(m_chain, &QAbstractItemModel::headerDataChanged, this, &ChainView::fitChainColumns);
    connect(m_ui->chainView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHop(current.row()); });
    // A status badge opens its catalogue entry (double-click, or Enter on the row).
    connect(m_ui->chainView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant status
            = index.sibling(index.row(), ChainModel::StatusColumn).data(ChainModel::StatusRole);
        if (status.isValid())
            Q_EMIT codeLinkActivated(status.toInt());
    });
    // The chain's rows stay in sight on a small screen: the header and two rows, whatever the
    // sentences above them need.
    setMinimumLines(m_ui->chainView, 2);
    m_ui->busyBar->hide();
    m_ui->stopLabel->hide();
    m_ui->stopActionButton->hide();
    connect(m_ui->stopActionButton, &QPushButton::clicked, this, [this] {
        if (m_question != TrustQuestion::None)
            Q_EMIT questionAnswered(m_question);
    });
}

void ChainView::fitChainColumns()
{
    // Every column in sight without a scroll bar over the rows, however narrow the view (the Audit
    // page's chain pane at 800×600 is about 240 px): the short columns (#, method, status, checks)
    // as wide as their headers and cells, or, where that would leave the URL too little, as wide
    // as their cells, their headers ending in "…" (whole in the tool tip, elideHeaderTexts()).
    // The reason and the time bar take a share of what is left and the URL (elided in its middle,
    // whole in its tool tip) the rest. A cut reason shows whole in its tool tip (ChainDelegate).
    QTreeView *view = m_ui->chainView;
    const auto *items = static_cast<const QAbstractItemView *>(view);
    QHeaderView *header = view->header();
    const int width = view->viewport()->width();
    const int character = view->fontMetrics().averageCharWidth();
    const int least = header->minimumSectionSize();
    std::array<int, ChainModel::ColumnCount> cells{};
    std::array<int, ChainModel::ColumnCount> whole{};
    for (int column = 0; column < ChainModel::ColumnCount; ++column) {
        cells.at(column) = std::max(items->sizeHintForColumn(column), least);
        whole.at(column) = std::max(cells.at(column), header->sectionSizeHint(column));
    }
    constexpr std::array Short{ChainModel::IndexColumn, ChainModel::MethodColumn, ChainModel::StatusColumn,
                               ChainModel::WarningsColumn};
    const auto sum = [&Short](const std::array<int, ChainModel::ColumnCount> &sizes) {
        int total = 0;
        for (int column : Short)
            total += sizes.at(column);
        return total;
    };
    // Room for the URL's host and the first letters of the reason and the time, before a header
    // of a short column is cut.
    const int others
        = 12 * character + std::min(whole.at(ChainModel::ReasonColumn), 8 * character) + 8 * character;
    const auto &shorts = width - sum(whole) >= others ? whole : cells;
    for (int column : Short)
        header->resizeSection(column, shorts.at(column));
    const int rest = width - sum(shorts);
    int reason = std::min(whole.at(ChainModel::ReasonColumn), std::max(rest / 4, 8 * character));
    int timing = std::clamp(rest * 3 / 10, 12 * character, 240);
    bool timed = true;
    if (rest - reason - timing < 12 * character) {
        // Too narrow for that: the URL and the reason share what there is, the URL the most, and
        // the time column keeps room for its numbers whole ("12.5 ms"; ChainDelegate leaves out
        // the bar). Where even that would leave the URL less than a few letters, the time goes
        // (the hop's Times tab and the summary line say it).
        int times = least;
        for (int row = 0; row < m_chain->rowCount(); ++row)
            times = std::max(times,
                             view->fontMetrics().horizontalAdvance(
                                 m_chain->index(row, ChainModel::TimingColumn).data().toString())
                                 + 8);
        reason = std::min(whole.at(ChainModel::ReasonColumn), std::max(rest * 3 / 10, least));
        timing = times;
        timed = rest - reason - timing >= 8 * character;
    }
    header->resizeSection(ChainModel::ReasonColumn, reason);
    header->setSectionHidden(ChainModel::TimingColumn, !timed);
    if (timed)
        header->resizeSection(ChainModel::TimingColumn, timing);
}

bool ChainView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->chainView->viewport() && event->type() == QEvent::Resize)
        fitChainColumns();
    return QWidget::eventFilter(watched, event);
}

void ChainView::setUpHopTabs()
{
    m_ui->saveBodyButton->hide();
    for (QTextBrowser *view : {m_ui->meaningView, m_ui->requestView, m_ui->timingView, m_ui->tlsView}) {
        view->setOpenLinks(false);
        connect(view, &QTextBrowser::anchorClicked, this, &ChainView::onLink);
    }
    // The meaning is prose with a large heading: break it between words only, as the catalogue
    // does. The other views hold URLs and header values, which may break anywhere.
    m_ui->meaningView->setWordWrapMode(QTextOption::WordWrap);
    m_ui->bodyText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The tabs ask for a few lines rather than their views' defaults, so the chain above keeps
    // its room on a small screen; the views scroll.
    setMinimumLines(m_ui->responseHeadersView, 1);
    setMinimumLines(m_ui->bodyText, 2);
    setMinimumLines(m_ui->bodyImageArea, 2);
    m_ui->bodyStack->setMinimumHeight(m_ui->bodyText->minimumHeight()); // a hidden page's own is not asked
    for (QTextBrowser *view : {m_ui->meaningView, m_ui->requestView, m_ui->timingView, m_ui->tlsView})
        setMinimumLines(view, 3);
    m_ui->responseHeadersView->header()->resizeSection(0, 220);
    connect(m_ui->saveBodyButton, &QPushButton::clicked, this, &ChainView::saveBody);
    // As shown: credentials stay masked on the clipboard too.
    connect(m_ui->copyHeaderButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(responseHeadersText(m_ui->responseHeadersView, true));
    });
    connect(m_ui->copyAllHeadersButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(responseHeadersText(m_ui->responseHeadersView, false));
    });
}

QByteArray ChainView::saveLayout() const
{
    return m_ui->chainSplitter->saveState();
}

bool ChainView::restoreLayout(const QByteArray &state)
{
    return m_ui->chainSplitter->restoreState(state);
}

void ChainView::resetLayout()
{
    m_ui->chainSplitter->setSizes({220, 390});
    // Both panes give and take in proportion to their size: on a small screen the hop's tabs were
    // cut to their minimum while the chain list kept empty rows.
    m_ui->chainSplitter->setStretchFactor(0, 1);
    m_ui->chainSplitter->setStretchFactor(1, 1);
}

void ChainView::startWaiting(const RequestSpec &request)
{
    m_phase = Phase::Running;
    m_question = TrustQuestion::None;
    m_shownChain = ChainResult{};
    m_shownChain.request = request;
    m_chain->clear();
    m_ui->stopLabel->hide();
    m_ui->stopActionButton->hide();
    clearHopViews(tr("Waiting for the response…"));
    m_ui->busyBar->show();
    setSummaryAccessibleName(QString()); // the previous chain's status is not this one's
    m_ui->summaryLabel->setText(tr("Sending…"));
    m_bytesThrottle.start();
}

void ChainView::stopWaiting()
{
    m_phase = Phase::Empty;
    m_ui->busyBar->hide();
    clearHopViews(QString());
    retranslate();
}

Hop ChainView::shownHop(const Hop &hop) const
{
    ChainResult one;
    one.request = m_shownChain.request;
    one.hops = {hop};
    Hop masked = maskedChain(one).hops.constFirst();
    Hop shown = hop;
    shown.url = masked.url;
    shown.location = masked.location;
    shown.locationRaw = masked.locationRaw;
    shown.requestHeaders = masked.requestHeaders;
    shown.responseHeaders = masked.responseHeaders;
    return shown;
}

void ChainView::hopStarted(int index, const Hop &hop, double startMs)
{
    m_chain->hopStarted(index, hop.method, shownHop(hop).url, startMs);
    m_ui->summaryLabel->setText(tr("Hop %1: waiting for %2…").arg(index + 1).arg(displayHost(hop.url)));
}

void ChainView::bytesReceived(int index, qint64 bytes)
{
    if (m_bytesThrottle.elapsed() < 100)
        return;
    m_bytesThrottle.restart();
    m_ui->summaryLabel->setText(tr("Hop %1: %2 received…").arg(index + 1).arg(readableSize(bytes)));
}

void ChainView::hopFinished(int index, const Hop &hop)
{
    m_chain->hopFinished(shownHop(hop));
    // The tabs fill as soon as a hop of the new chain has arrived, the latest one, until the user
    // picks a row.
    if (!m_ui->chainView->currentIndex().isValid())
        showHop(index);
}

void ChainView::showFinishedChain(const ChainResult &chain, TrustQuestion question)
{
    m_chain->setChainDuration(chain.totalMs);
    m_ui->busyBar->hide();
    m_phase = Phase::Shown;
    m_shownChain = chain;
    m_question = question;
    showChainSummary();
    announceChainEnd();
}

void ChainView::showStoredChain(const ChainResult &chain)
{
    QList<double> starts;
    for (const Hop &hop : chain.hops)
        starts.append(hop.startMs);
    // A stored or imported chain may name URLs with a password (a HAR file keeps what it was
    // given): the rows show it masked; the chain itself stays whole for an export that asks.
    m_shownChain = chain;
    ChainResult shown = chain;
    for (Hop &hop : shown.hops)
        hop = shownHop(hop);
    m_chain->setChain(shown, starts);
    m_phase = Phase::Shown;
    m_question = TrustQuestion::None;
    m_ui->busyBar->hide();
    showChainSummary();
}

void ChainView::showChainSummary()
{
    showSummaryTexts();
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

void ChainView::showSummaryTexts()
{
    const ChainResult &chain = m_shownChain;
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

    const QString sentence = chain.stop ? chain.stop->message
        : chain.error                   ? chain.error->message
                                        : QString();
    QString action;
    QString actionDetail; // the button stays short on a small screen; this names exactly what it does
    if (m_question == TrustQuestion::ContinueOverHttp) {
        action = tr("Continue over http");
    } else if (m_question == TrustQuestion::AcceptCertificate && !chain.hops.isEmpty()) {
        action = tr("Accept this certificate");
        actionDetail = tr("Accept the certificate of %1 until StatusScope closes; other hosts and ports "
                          "are still checked.")
                           .arg(displayHostAndPort(chain.hops.last().url));
    }
    m_ui->stopLabel->setText(sentence);
    m_ui->stopLabel->setStyleSheet(chain.outcome == ChainOutcome::Complete ? QString()
                                                                           : ConsoleStyle::errorText());
    m_ui->stopLabel->setVisible(!sentence.isEmpty());
    m_ui->stopActionButton->setText(action);
    m_ui->stopActionButton->setToolTip(actionDetail);
    m_ui->stopActionButton->setAccessibleDescription(actionDetail);
    m_ui->stopActionButton->setVisible(!action.isEmpty());
}

void ChainView::setSummaryAccessibleName(const QString &finalStatus)
{
    // While a chain runs the summary line changes several times a second; a screen reader hears
    // only what it is. The final status becomes part of its name when the chain ends.
    m_ui->summaryLabel->setAccessibleName(finalStatus.isEmpty() ? tr("Chain summary")
                                                                : tr("Chain summary: %1").arg(finalStatus));
}

void ChainView::announceChainEnd()
{
    // The name change alone is not spoken for a label without focus; the alert is, and its object
    // names the final status (showSummaryTexts).
    QAccessibleEvent alert(m_ui->summaryLabel, QAccessible::Alert);
    m_notifyAccessibility(&alert);
}

void ChainView::showCertificateException(const QUrl &url)
{
    m_exceptionUrl = url;
    m_ui->certificateBanner->setText(
        url.isEmpty()
            ? QString()
            : tr("Certificate checks are off for %1 until StatusScope closes; other hosts and ports "
                 "are still checked.")
                  .arg(displayHostAndPort(url)));
    m_ui->certificateBanner->setVisible(!url.isEmpty());
}

void ChainView::clearHopViews(const QString &note)
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

void ChainView::showHop(int row)
{
    const Hop *hop = m_chain->hopAt(row);
    if (!hop || m_chain->data(m_chain->index(row, 0), ChainModel::RunningRole).toBool())
        return;
    const Hop *previous = row > 0 ? m_chain->hopAt(row - 1) : nullptr;
    // The hop whose challenge this one answered: a hop is the row of its index.
    const Hop *answered = hop->auth.answeredHop >= 0 ? m_chain->hopAt(hop->auth.answeredHop) : nullptr;
    m_ui->meaningView->setHtml(hopMeaningHtml(*hop, *m_catalogue, palette()));
    m_ui->requestView->setHtml(
        hopRequestHtml(*hop, previous, false, palette(), m_shownChain.request.secretHeaders, answered));
    m_ui->timingView->setHtml(hopTimingHtml(*hop, palette()));
    m_ui->tlsView->setHtml(hopTlsHtml(*hop, palette()));
    fillResponseHeaders(m_ui->responseHeadersView, *hop);
    showBody(*hop);
}

void ChainView::showBody(const Hop &hop)
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
    m_ui->saveBodyButton->setVisible(hop.bodyBytes > 0);
    if (kind == BodyKind::Image) {
        const QImage image = QImage::fromData(hop.bodyPreview);
        if (!image.isNull()) {
            m_ui->bodyInfoLabel->setText(facts.join(u" · "_s));
            m_ui->bodyImage->setPixmap(QPixmap::fromImage(image));
            m_ui->bodyStack->setCurrentWidget(m_ui->bodyImageArea);
            return;
        }
    }
    // Long single lines are slow to lay out: the view shows at most 64 KiB; Save has the rest.
    // JSON and XML are shown whole once laid out in lines; one that does not parse (a minified
    // document cut at the preview's end, or not what its type says) is one long line again.
    constexpr qsizetype ShownBytes = 64 * 1024;
    const bool structured = kind == BodyKind::Json || kind == BodyKind::Xml;
    QString text = formatBody(structured ? hop.bodyPreview : hop.bodyPreview.left(ShownBytes), kind);
    const qsizetype firstBreak = text.indexOf(u'\n');
    const bool oneLongLine
        = structured && text.size() > ShownBytes && (firstBreak < 0 || firstBreak > ShownBytes);
    if (oneLongLine)
        text.truncate(ShownBytes);
    if ((hop.bodyPreview.size() > ShownBytes && !structured) || oneLongLine)
        facts.append(tr("%1 shown").arg(readableSize(ShownBytes)));
    m_ui->bodyInfoLabel->setText(facts.join(u" · "_s));
    m_ui->bodyText->setPlainText(text);
    m_ui->bodyStack->setCurrentWidget(m_ui->bodyText);
}

void ChainView::saveBody()
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

void ChainView::onLink(const QUrl &url)
{
    if (url.scheme() == u"statusscope"_s && url.path().startsWith(u"code/"_s)) {
        Q_EMIT codeLinkActivated(url.path().mid(5).toInt());
        return;
    }
    if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        Q_EMIT externalLinkActivated(url);
}

void ChainView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (m_phase == Phase::Empty)
        retranslate();
}

void ChainView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void ChainView::retranslate()
{
    m_chain->retranslate();
    // The sentences of a chain (its checks, stop and error) were written in the language of the
    // moment and are kept as they were, like a log; what the view says about them is redone.
    switch (m_phase) {
    case Phase::Empty:
        m_ui->summaryLabel->setText(m_placeholder.isEmpty() ? tr("Type a URL and press Enter to send it.")
                                                            : m_placeholder);
        setSummaryAccessibleName(QString());
        break;
    case Phase::Running:
        m_ui->summaryLabel->setText(tr("Sending…")); // the next hop's progress rewrites it
        setSummaryAccessibleName(QString());
        break;
    case Phase::Shown:
        showSummaryTexts();
        break;
    }
    const QModelIndex current = m_ui->chainView->currentIndex();
    if (current.isValid())
        showHop(current.row());
    else if (m_phase == Phase::Running)
        clearHopViews(tr("Waiting for the response…"));
    showCertificateException(m_exceptionUrl);
}

} // namespace StatusScope::Gui
