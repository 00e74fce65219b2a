// SPDX-License-Identifier: MIT
#include "gui/httpfileactions.h"

#include "core/formats/httpfileenvironment.h"
#include "gui/appcontroller.h"
#include "gui/widgets/textdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

HttpFileActions::HttpFileActions(AppController *controller, QMenu *menu, QAction *after, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
    , m_open(new QAction(this))
    , m_export(new QAction(this))
{
    m_open->setObjectName(u"openHttpAction"_s);
    m_export->setObjectName(u"exportHttpAction"_s);
    const QList<QAction *> actions = menu->actions();
    QAction *before = after ? actions.value(actions.indexOf(after) + 1) : nullptr;
    menu->insertAction(before, m_open);
    menu->insertAction(before, m_export);
    connect(m_open, &QAction::triggered, this, &HttpFileActions::open);
    connect(m_export, &QAction::triggered, this, [this] { exportFolder(); });
    connect(controller, &AppController::languageChanged, this, &HttpFileActions::retranslate);
    retranslate();

    m_askOpenPath = [this] {
        return QFileDialog::getOpenFileName(m_window, tr("Open .http File"), m_lastFolder,
                                            tr(".http files (*.http *.rest);;All files (*)"));
    };
    m_askFolder = [this](const QStringList &folders) {
        bool ok = false;
        const QString folder = QInputDialog::getItem(m_window, tr("Export Saved Folder as .http"),
                                                     tr("Saved folder:"), folders, 0, false, &ok);
        return ok ? folder : QString();
    };
    m_askEnvironment = [this](const QStringList &names) -> std::optional<QString> {
        bool ok = false;
        const QString none = tr("No environment");
        const QString chosen
            = QInputDialog::getItem(m_window, tr("Open .http File"),
                                    tr("The file's folder defines environments. Read variables "
                                       "from:"),
                                    QStringList{none} + names, 0, false, &ok);
        if (!ok)
            return std::nullopt;
        return chosen == none ? QString() : chosen;
    };
    m_askSavePath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export Saved Folder as .http"), suggested,
                                            tr(".http files (*.http);;All files (*)"));
    };
    m_showSummary = [this](const QString &title, const QString &text) {
        // Not a QMessageBox: a file refusing forty requests made one taller than any screen.
        showTextDialog(m_window, u"httpSummaryDialog"_s, title, text);
    };
}

void HttpFileActions::retranslate()
{
    m_open->setText(tr("Open .&http File…"));
    m_open->setStatusTip(tr("Save the requests of a VS Code REST Client or JetBrains HTTP Client file in a "
                            "saved folder of their own."));
    // Alt+V: F is German's for Open HAR (HAR ö&ffnen), and the menu's other letters are taken in
    // some language (tst_mnemonics).
    m_export->setText(tr("Export Sa&ved Folder as .http…"));
    m_export->setStatusTip(tr("Write the requests of a saved folder as a .http file."));
}

void HttpFileActions::open()
{
    const QString path = m_askOpenPath();
    if (!path.isEmpty())
        openPath(path);
}

void HttpFileActions::openPath(const QString &path)
{
    m_lastFolder = QFileInfo(path).absolutePath();
    // JetBrains keeps {{host}} and the like in environment files: offered when there are some.
    QStringList environmentNotes;
    QString environment;
    if (const QStringList names = Core::httpEnvironmentNames(m_lastFolder, &environmentNotes);
        !names.isEmpty()) {
        const std::optional<QString> chosen = m_askEnvironment(names);
        if (!chosen)
            return;
        environment = *chosen;
    }
    const std::optional<Core::HttpFileImport> imported = m_controller->openHttpFile(path, environment);
    // The status bar said how many; the rest is worth a window only when there is a rest.
    if (imported
        && (!imported->refused.isEmpty() || !imported->notApplied.isEmpty() || imported->credentialsMasked))
        m_showSummary(tr("Opened %1").arg(imported->fileName), summaryText(*imported));
}

void HttpFileActions::exportFolder(const QString &given)
{
    QString folder = given;
    if (folder.isEmpty()) {
        const QStringList folders
            = m_controller->history() ? Core::savedFolders(*m_controller->history()) : QStringList();
        if (folders.isEmpty()) {
            m_showSummary(tr("Export Saved Folder as .http"),
                          tr("There is no saved folder yet. File → Open .http File… makes one from a file; "
                             "saved requests are put in folders when they are saved."));
            return;
        }
        folder = m_askFolder(folders);
        if (folder.isEmpty())
            return;
    }
    // A folder name may hold characters a file name cannot: those become "_".
    QString fileName = folder;
    fileName.replace(QRegularExpression(u"[/\\\\:*?\"<>|]"_s), u"_"_s);
    const QString start = m_lastFolder.isEmpty() ? QDir::homePath() : m_lastFolder;
    const QString path = m_askSavePath(QDir(start).filePath(fileName + u".http"_s));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    m_controller->exportHttpFolder(folder, path);
}

QString HttpFileActions::summaryText(const Core::HttpFileImport &imported)
{
    QString text = imported.environment.isEmpty()
        ? tr("%n request(s) of %1 saved in the folder “%2”.", nullptr, imported.saved)
              .arg(imported.fileName, imported.folder)
        : tr("%n request(s) of %1 saved in the folder “%2”, with the variables of environment “%3”.", nullptr,
             imported.saved)
              .arg(imported.fileName, imported.folder, imported.environment);
    if (!imported.refused.isEmpty()) {
        text += u"\n\n"_s + tr("Not saved (%n):", nullptr, int(imported.refused.size()));
        for (const QString &line : imported.refused)
            text += u"\n• "_s + line;
    }
    if (!imported.notApplied.isEmpty()) {
        text += u"\n\n"_s + tr("Not applied:");
        for (const QString &line : imported.notApplied)
            text += u"\n• "_s + line;
    }
    if (imported.credentialsMasked)
        text += u"\n\n"_s
            + tr("Credentials were saved masked (••••), as “Credentials in history” in the History panel "
                 "asks: type them again before sending.");
    return text;
}

} // namespace StatusScope::Gui
