// SPDX-License-Identifier: MIT
// MainWindow's dialogs: the questions its commands ask before handing the answer on (a path, a
// name, a command, a code, whether a close may lose an audit), and the two it only shows (the
// shortcuts, About).
#include "gui/mainwindow.h"

#include "core/statusscope_version.h"
#include "gui/catalogueview/cataloguepage.h"
#include "gui/console/requestconsole.h"
#include "gui/preferences/preferencesdialog.h"
#include "gui/shortcutsdialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

void MainWindow::askOpenHar()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a HAR file"), QString(),
                                                      tr("HAR files (*.har *.json)"));
    if (!path.isEmpty())
        openHar(path);
}

void MainWindow::askExportHar(bool withCredentials)
{
    if (withCredentials
        && QMessageBox::question(
               this, tr("Export with credentials"),
               tr("The file will hold Authorization headers and cookies in clear text. Anyone who gets "
                  "the file can use them. Export anyway?"))
            != QMessageBox::Yes)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chain as HAR"), u"chain.har"_s,
                                                      tr("HAR files (*.har)"));
    if (!path.isEmpty())
        exportHar(path, withCredentials);
}

void MainWindow::askSaveRequest()
{
    bool ok = false;
    const QString text
        = QInputDialog::getText(this, tr("Save request"), tr("Name (use Folder/Name to put it in a folder):"),
                                QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const qsizetype slash = text.lastIndexOf(u'/');
    saveRequest(slash < 0 ? QString() : text.left(slash), text.mid(slash + 1));
}

void MainWindow::askImportCurl()
{
    bool ok = false;
    const QString command = QInputDialog::getMultiLineText(
        this, tr("Import a curl command"), tr("Paste the command (as copied from a browser or a terminal):"),
        QString(), &ok);
    if (ok && !command.trimmed().isEmpty()) {
        showConsole();
        requestConsole()->importCurl(command);
    }
}

void MainWindow::askGoToCode()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to code"), tr("Status code:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        goToCode(text);
}

bool MainWindow::askClose(CloseRisk risk)
{
    if (m_closeQuestion)
        return m_closeQuestion(risk);
    QMessageBox box(QMessageBox::Warning, tr("Quit StatusScope"), QString(), QMessageBox::NoButton, this);
    box.setObjectName(u"closeQuestion"_s);
    QPushButton *go = nullptr;
    if (risk == CloseRisk::AuditRunning) {
        box.setText(tr("An audit is still running."));
        box.setInformativeText(tr("Quitting stops it, and its rows are lost unless you export them first."));
        go = box.addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
    } else {
        box.setText(tr("The audit’s rows have not been exported."));
        box.setInformativeText(
            tr("Quitting discards them. Cancel, then Export on the Audit page, to keep them."));
        go = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    }
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == go;
}

void MainWindow::showShortcuts()
{
    // The menus' shortcuts are read from their actions, so the list cannot drift from them; the keys
    // that belong to a widget rather than to a menu command follow.
    QList<ShortcutsDialog::Shortcut> shortcuts;
    for (const QAction *menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (const QAction *action : menu->menu()->actions()) {
            if (action->isSeparator() || action->menu() || action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &sequence : action->shortcuts())
                keys.append(sequence.toString(QKeySequence::NativeText));
            QString what = action->text();
            what.remove(QRegularExpression(u"&(?!&)"_s)).replace(u"&&"_s, u"&"_s);
            if (what.endsWith(u'…'))
                what.chop(1);
            shortcuts.append({keys.join(u", "_s), what});
        }
    }
    shortcuts += {
        {u"Enter, Ctrl+Enter"_s, tr("Send the request")},
        {u"Esc"_s, tr("Cancel the running request; in the catalogue search, clear it")},
        {u"Ctrl+V"_s, tr("In the URL field: paste a URL or a whole curl command")},
        {u"Ctrl+Enter"_s, tr("On the Audit page: start the audit")},
        {u"Esc"_s, tr("On the Audit page: cancel the run (the rows that finished stay)")},
        {u"Up, Down, Enter"_s,
         tr("Move through the catalogue results from the search field, then into the list")},
    };
    // The catalogue page's Back and Forward, read from their actions like the menus'.
    for (const QAction *action : cataloguePage()->historyActions()) {
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        shortcuts.append({keys.join(u", "_s), action->statusTip()});
    }
    ShortcutsDialog dialog(this);
    dialog.setObjectName(u"shortcutsDialog"_s);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    dialog.setShortcuts(shortcuts);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About StatusScope"),
                       tr("<h3>StatusScope %1</h3>"
                          "<p>An offline catalogue of HTTP status codes: the registered ones, the historic "
                          "ones and those of vendors, each explained.</p>"
                          "<p>Released under the MIT licence.</p>")
                           .arg(QStringLiteral(STATUSSCOPE_VERSION)));
}

} // namespace StatusScope::Gui
