// SPDX-License-Identifier: MIT
// AuditPage's input and files: what the input fields hold, choosing the input file, guessing its
// kind, making the run's input, and the exports.
#include "gui/auditview/auditpage.h"

#include "ui_auditpage.h"

#include "core/audit/auditinput.h"
#include "gui/auditview/auditexport.h"
#include "gui/auditview/auditfiltermodel.h"
#include "gui/auditview/auditrowmodel.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

// The first bytes read from a file to guess its kind.
constexpr qint64 GuessBytes = 4096;

} // namespace

void AuditPage::setInputFile(const QString &path)
{
    m_ui->inputTabs->setCurrentWidget(m_ui->fileTab);
    m_ui->filePathEdit->setText(path);
}

void AuditPage::setInputText(const QString &text)
{
    m_ui->inputTabs->setCurrentWidget(m_ui->pasteTab);
    m_ui->pasteEdit->setPlainText(text);
}

void AuditPage::setInputUrl(const QString &url)
{
    m_ui->inputTabs->setCurrentWidget(m_ui->urlTab);
    m_ui->urlEdit->setText(url);
}

void AuditPage::setInputKind(Core::AuditInputKind kind)
{
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(int(kind))));
}

void AuditPage::focusInput()
{
    m_ui->inputTabs->currentWidget()->setFocus(Qt::OtherFocusReason);
    if (m_ui->inputTabs->currentWidget() == m_ui->fileTab)
        m_ui->filePathEdit->setFocus(Qt::OtherFocusReason);
    else if (m_ui->inputTabs->currentWidget() == m_ui->pasteTab)
        m_ui->pasteEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->urlEdit->setFocus(Qt::OtherFocusReason);
}

std::unique_ptr<Core::AuditInput> AuditPage::makeInput(QString *error)
{
    const auto kind = Core::AuditInputKind(m_ui->kindCombo->currentData().toInt());
    QWidget *tab = m_ui->inputTabs->currentWidget();
    if (tab == m_ui->fileTab) {
        const QString path = m_ui->filePathEdit->text().trimmed();
        if (path.isEmpty()) {
            *error = tr("Choose a file to audit first.");
            return nullptr;
        }
        return Core::AuditInput::fromFile(path, kind, {}, m_manager);
    }
    if (tab == m_ui->pasteTab) {
        const QString text = m_ui->pasteEdit->toPlainText();
        if (text.trimmed().isEmpty()) {
            *error = tr("Paste a list of URLs or a redirect map first.");
            return nullptr;
        }
        return Core::AuditInput::fromText(text, kind, {}, m_manager);
    }
    const QUrl url = QUrl::fromUserInput(m_ui->urlEdit->text().trimmed());
    if (m_ui->urlEdit->text().trimmed().isEmpty() || !url.isValid()) {
        *error = tr("Type the address of a sitemap first.");
        return nullptr;
    }
    return Core::AuditInput::fromUrl(url, kind, m_manager);
}

void AuditPage::updateGuess()
{
    m_ui->guessLabel->show();
    const auto kind = Core::AuditInputKind(m_ui->kindCombo->currentData().toInt());
    if (kind != Core::AuditInputKind::Guess) {
        m_ui->guessLabel->setText(tr("Read as chosen."));
        return;
    }
    QByteArray head;
    QWidget *tab = m_ui->inputTabs->currentWidget();
    if (tab == m_ui->urlTab) {
        m_ui->guessLabel->setText(tr("The kind is guessed from what the URL sends."));
        return;
    }
    if (tab == m_ui->fileTab) {
        const QString path = m_ui->filePathEdit->text().trimmed();
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_ui->guessLabel->setText(tr("The kind is guessed from the file’s first lines."));
            return;
        }
        head = file.read(GuessBytes);
    } else {
        head = m_ui->pasteEdit->toPlainText().left(int(GuessBytes)).toUtf8();
    }
    if (head.trimmed().isEmpty()) {
        m_ui->guessLabel->setText(tr("The kind is guessed from the first lines."));
        return;
    }
    QString why;
    Core::guessAuditInputKind(head, &why);
    m_ui->guessLabel->setText(why);
}

void AuditPage::browse()
{
    const QString path = m_chooseOpen
        ? m_chooseOpen()
        : QFileDialog::getOpenFileName(
            this, tr("Open a list, a redirect map or a sitemap"), QString(),
            tr("Lists, maps and sitemaps (*.txt *.csv *.tsv *.xml *.gz);;All files (*)"));
    if (!path.isEmpty())
        setInputFile(path);
}

void AuditPage::askExport(int what)
{
    static const QStringList suggested{u"audit.csv"_s, u"audit.jsonl"_s, u"audit.har"_s, u"audit.har"_s};
    const bool withCredentials = what == 3;
    if (withCredentials && !m_chooseSave
        && QMessageBox::question(
               this, tr("Export with credentials"),
               tr("The file will hold Authorization headers and cookies in clear text. Anyone who gets "
                  "the file can use them. Export anyway?"))
            != QMessageBox::Yes)
        return;
    const QString path = m_chooseSave
        ? m_chooseSave(suggested.at(what))
        : QFileDialog::getSaveFileName(this, tr("Export the audit"), suggested.at(what));
    if (path.isEmpty())
        return;
    if (what == 0)
        exportCsv(path);
    else if (what == 1)
        exportJsonLines(path);
    else
        exportHar(path, withCredentials);
}

bool AuditPage::exportCsv(const QString &path)
{
    flushRows();
    QString error;
    if (!writeAuditCsv(path, m_rows->rows(), &error, Core::AuditMasking(m_runOptions.base))) {
        addNote(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    m_rowsExported = true;
    addNote(tr("Saved %n rows to %1 (CSV).", nullptr, m_rows->rowCount()).arg(path));
    return true;
}

bool AuditPage::exportJsonLines(const QString &path)
{
    flushRows();
    QString error;
    if (!writeAuditJsonLines(path, m_rows->rows(), m_summary, &error,
                             Core::AuditMasking(m_runOptions.base))) {
        addNote(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    m_rowsExported = true;
    addNote(tr("Saved %n rows and the summary to %1 (JSON Lines).", nullptr, m_rows->rowCount()).arg(path));
    return true;
}

bool AuditPage::exportHar(const QString &path, bool withCredentials)
{
    flushRows();
    // The rows shown (filter and order as on screen) whose chain the page kept.
    QList<Core::ChainResult> chains;
    int missing = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const Core::AuditRow &auditRow = m_rows->row(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (const Core::ChainResult *chain = m_chains.find(auditRow.index))
            chains.append(*chain);
        else if (!auditRow.chain.isEmpty())
            ++missing;
    }
    if (chains.isEmpty()) {
        addNote(tr("No chain of the rows shown is kept: select a row to fetch its chain, or show the rows "
                   "with a problem."));
        return false;
    }
    QString error;
    if (!writeAuditHar(path, chains, withCredentials, &error)) {
        addNote(tr("Could not save %1: %2").arg(path, error));
        return false;
    }
    QString text = withCredentials
        ? tr("Saved %n chains to %1, credentials included.", nullptr, int(chains.size())).arg(path)
        : tr("Saved %n chains to %1 (credentials masked).", nullptr, int(chains.size())).arg(path);
    if (missing > 0)
        text += u' '
            + tr("%n rows shown were left out: the page keeps only the chains of rows with a problem and of "
                 "the "
                 "last rows.",
                 nullptr, missing);
    addNote(text);
    return true;
}

} // namespace StatusScope::Gui
