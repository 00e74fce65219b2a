// SPDX-License-Identifier: MIT
// The Audit page's network side: Edit → Preferences merged into the run's base request, and the
// passwords they name asked for once, before anything is sent, as the console does.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditinput.h"

namespace StatusScope::Gui {

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
