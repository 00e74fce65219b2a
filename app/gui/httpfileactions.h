// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/httpfilesaved.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace StatusScope::Gui {

class AppController;

// File → Open .http File… and File → Export Saved Folder as .http…, with their questions: the
// paths and the folder are asked here, the controller does the work, and an import that refused
// requests or left something out says what in a summary, so nothing of the file goes unmentioned.
class HttpFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFileActions)

public:
    // The two actions are put in `menu` after `after` (at the end when null); `window` parents the dialogs.
    HttpFileActions(AppController *controller, QMenu *menu, QAction *after, QWidget *window);

    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }

    // Asks for a file and imports it; the summary follows when something was refused or not applied.
    void open();
    void openPath(const QString &path);
    // Asks for the folder when `folder` is empty (the first one, or the one shown, offered), then for
    // the file to write.
    void exportFolder(const QString &folder = {});

    // The summary of an import: how many were saved where, each refused request with its reason,
    // what was not applied. Worded in the language installed now.
    static QString summaryText(const Core::HttpFileImport &imported);

    // Seams for tests: the questions asked and the summary shown.
    void setAskOpenPath(std::function<QString()> ask) { m_askOpenPath = std::move(ask); }
    // Asked when environment files are next to the file: the one to read, or "" for none; nothing
    // when the question was cancelled.
    void setAskEnvironment(std::function<std::optional<QString>(const QStringList &names)> ask)
    {
        m_askEnvironment = std::move(ask);
    }
    void setAskFolder(std::function<QString(const QStringList &folders)> ask)
    {
        m_askFolder = std::move(ask);
    }
    void setAskSavePath(std::function<QString(const QString &suggested)> ask)
    {
        m_askSavePath = std::move(ask);
    }
    void setShowSummary(std::function<void(const QString &title, const QString &text)> show)
    {
        m_showSummary = std::move(show);
    }

private:
    void retranslate();

    AppController *m_controller;
    QWidget *m_window;
    QAction *m_open;
    QAction *m_export;
    QString m_lastFolder; // where the last file was opened or written: the dialogs start there
    std::function<QString()> m_askOpenPath;
    std::function<QString(const QStringList &)> m_askFolder;
    std::function<std::optional<QString>(const QStringList &)> m_askEnvironment;
    std::function<QString(const QString &)> m_askSavePath;
    std::function<void(const QString &, const QString &)> m_showSummary;
};

} // namespace StatusScope::Gui
