// SPDX-License-Identifier: MIT
// AuditPage's filters and the texts it sets in code (combo boxes, the Pause/Resume button, the
// export menu, the chain pane's placeholder), set again when the language changes.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "gui/auditview/auditfiltermodel.h"
#include "gui/console/chainview.h"

#include <QMenu>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

void AuditPage::setUpFilters()
{
    connect(m_ui->showCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString shown = m_ui->showCombo->currentData().toString();
        m_filter->setOnlyProblems(shown == u"*"_s);
        m_filter->setProblemId(shown == u"*"_s ? QString() : shown);
    });
    connect(m_ui->hostCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setHost(m_ui->hostCombo->currentData().toString()); });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusClass(m_ui->statusCombo->currentData().toInt()); });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setSearchText);
}

void AuditPage::fillShowCombo()
{
    const QString current = m_ui->showCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->showCombo);
    m_ui->showCombo->clear();
    m_ui->showCombo->addItem(tr("All rows"), QString());
    m_ui->showCombo->addItem(tr("With a problem"), u"*"_s);
    m_ui->showCombo->insertSeparator(2);
    for (const QString &id : Core::auditProblemIds())
        m_ui->showCombo->addItem(id, id);
    for (const QString &id : std::as_const(m_warningsSeen))
        m_ui->showCombo->addItem(tr("%1 (warning)").arg(id), id);
    m_ui->showCombo->setCurrentIndex(std::max(0, m_ui->showCombo->findData(current)));
}

void AuditPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        keepColumnsInSight(); // the headers' words changed width
        keepChainReadable();
        updateGuess();
    }
}

void AuditPage::retranslate()
{
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    refill(m_ui->kindCombo,
           {{tr("Guess from the content"), int(Core::AuditInputKind::Guess)},
            {tr("URL list"), int(Core::AuditInputKind::List)},
            {tr("Redirect map (CSV or TSV)"), int(Core::AuditInputKind::Map)},
            {tr("Sitemap"), int(Core::AuditInputKind::Sitemap)}});
    refill(m_ui->statusCombo,
           {{tr("Any"), AuditFilterModel::AnyStatus},
            {tr("2xx"), 2},
            {tr("3xx"), 3},
            {tr("4xx"), 4},
            {tr("5xx"), 5},
            {tr("1xx"), 1},
            {tr("No response"), AuditFilterModel::NoResponse}});
    if (m_ui->hostCombo->count() == 0)
        m_ui->hostCombo->addItem(QString(), QString());
    m_ui->hostCombo->setItemText(0, tr("All hosts"));
    fillShowCombo();
    m_ui->pauseButton->setText(m_ui->pauseButton->isChecked() ? tr("Re&sume") : tr("Pau&se"));
    m_chainView->setPlaceholderText(tr("Select a row to see its chain hop by hop."));
    const QList<QAction *> exports = m_ui->exportButton->menu()->actions();
    exports.at(0)->setText(tr("&CSV…"));
    exports.at(1)->setText(tr("&JSON Lines…"));
    exports.at(2)->setText(tr("&HAR (credentials masked)…"));
    exports.at(3)->setText(tr("HAR with c&redentials…"));
}

} // namespace StatusScope::Gui
