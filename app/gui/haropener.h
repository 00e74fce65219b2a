// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QProgressDialog;
class QWidget;

namespace StatusScope::Core {
class HarImportTask;
}

namespace StatusScope::Gui {

// File → Open HAR, on screen: a progress dialog over the window, with Cancel (and Esc), while the
// controller's import runs on another thread. The window keeps painting and answering meanwhile;
// what the import found, or why it did not, the controller says.
class HarOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarOpener)

public:
    // The task is not owned and must outlive the opener; `window` is the dialog's parent.
    HarOpener(Core::HarImportTask *task, QWidget *window);
    ~HarOpener() override;

    // The import of `path` has started: show how far it is.
    void follow(const QString &path);
    QProgressDialog *progressDialog() const { return m_dialog; }

private:
    QWidget *m_window;
    Core::HarImportTask *m_task;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace StatusScope::Gui
