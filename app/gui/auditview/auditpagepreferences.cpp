// SPDX-License-Identifier: MIT
// The Audit page's network side: Edit → Preferences merged into the run's base request, and the
// passwords they name asked for once, before anything is sent, as the console does. Also what the
// window keeps of the page between sessions: its run options, its input and its split.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditinput.h"
#include "gui/auditview/auditrowmodel.h"

#include <QSplitter>

#include <algorithm>

namespace StatusScope::Gui {

void AuditPage::setRunOptions(const Core::AuditRunOptions &options)
{
    // The fields' own ranges clamp a value from a settings file edited by hand.
    m_ui->headCheck->setChecked(options.base.method == "HEAD");
    m_ui->ignoreQueryCheck->setChecked(options.check.match.ignoreQuery);
    m_ui->ignoreSlashCheck->setChecked(options.check.match.ignoreTrailingSlash);
    m_ui->maxChainSpin->setValue(options.check.maxChain);
    m_ui->parallelSpin->setValue(options.parallel);
    m_ui->perHostSpin->setValue(options.perHost);
    m_ui->rateSpin->setValue(options.ratePerHost);
}

QByteArray AuditPage::saveLayout() const
{
    return m_ui->splitter->saveState();
}

bool AuditPage::restoreLayout(const QByteArray &state)
{
    QSplitter *splitter = m_ui->splitter;
    // A saved state carries its orientation and whether panes may collapse; both stay the page's
    // (the orientation follows the page's height, resizeEvent()), only the sizes are taken.
    const Qt::Orientation orientation = splitter->orientation();
    const bool restored = !state.isEmpty() && splitter->restoreState(state);
    splitter->setOrientation(orientation);
    splitter->setChildrenCollapsible(false);
    return restored;
}

void AuditPage::resetLayout()
{
    const QList<int> sizes = m_ui->splitter->sizes();
    const int total = std::max(5, sizes.value(0) + sizes.value(1));
    m_ui->splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
}

Core::AuditInputKind AuditPage::inputKind() const
{
    return Core::AuditInputKind(m_ui->kindCombo->currentData().toInt());
}

AuditPage::InputTab AuditPage::inputTab() const
{
    QWidget *tab = m_ui->inputTabs->currentWidget();
    return tab == m_ui->pasteTab ? InputTab::Paste : tab == m_ui->urlTab ? InputTab::Url : InputTab::File;
}

void AuditPage::setInputTab(InputTab tab)
{
    m_ui->inputTabs->setCurrentWidget(tab == InputTab::Paste     ? m_ui->pasteTab
                                          : tab == InputTab::Url ? m_ui->urlTab
                                                                 : m_ui->fileTab);
}

QString AuditPage::inputFile() const
{
    return m_ui->filePathEdit->text();
}

QString AuditPage::inputText() const
{
    return m_ui->pasteEdit->toPlainText();
}

QString AuditPage::inputUrl() const
{
    return m_ui->urlEdit->text();
}

bool AuditPage::hasUnexportedRows() const
{
    // Rows delivered but not yet in the table came after any export.
    return !m_pendingRows.isEmpty() || (!m_rowsExported && m_rows->rowCount() > 0);
}

bool AuditPage::startWithPreferences(std::unique_ptr<Core::AuditInput> input)
{
    m_runOptions = runOptions();
    m_waitingInput.reset();
    if (m_asker) {
        const QList<Core::SecretNeed> needs = Core::missingSecrets(m_preferences, m_runOptions.base);
        if (!needs.isEmpty()) {
            // Run without it, every source would meet the proxy's 407 (or fail to open the key).
            m_waitingInput = std::move(input);
            m_ui->progressLabel->setText(tr("Waiting for a password…"));
            m_asker(needs);
            return true;
        }
    }
    m_runOptions.base.options = Core::effectiveOptions(m_preferences, m_runOptions.base.options);
    begin(std::move(input), false);
    return true;
}

bool AuditPage::continueStart(const QList<Core::SecretNeed> &answered)
{
    if (!m_waitingInput || isRunning())
        return false;
    // The answers stay in the run's options only: re-runs and re-fetches of this run use them,
    // the next run asks again unless the user had them remembered.
    m_runOptions.base.options
        = Core::effectiveOptions(Core::withSecrets(m_preferences, answered), m_runOptions.base.options);
    begin(std::exchange(m_waitingInput, {}), false);
    return true;
}

void AuditPage::abandonStart(const QString &why)
{
    if (!m_waitingInput)
        return;
    m_waitingInput.reset();
    m_ui->progressLabel->clear();
    addNote(why);
    updateButtons();
}

} // namespace StatusScope::Gui
