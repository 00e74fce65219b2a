// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/harimport.h"

#include <QObject>

class QProgressDialog;
class QWidget;

namespace StatusScope::Core {
class HarImportTask;
}

namespace StatusScope::Gui {

// File → Open HAR: imports on another thread while a progress dialog over the window shows how far
// it is, with Cancel (and Esc). The window keeps painting and answering meanwhile; a cancelled or
// failed import changes nothing.
class HarOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarOpener)

public:
    // The catalogue is not owned and must outlive the opener; `window` is the dialog's parent.
    HarOpener(const Core::StatusCatalogue &catalogue, QWidget *window);
    ~HarOpener() override;

    // Starts importing; false (and nothing happens) while another import runs.
    bool open(const QString &path);
    void cancel();
    bool isRunning() const;
    Core::HarImportTask *task() const { return m_task; }
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    void opened(const QString &fileName, const Core::HarImport &imported);
    // A sentence for the status bar: why the file was not opened, or that it was cancelled.
    void failed(const QString &message);

private:
    void onFinished();

    QWidget *m_window;
    Core::HarImportTask *m_task;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace StatusScope::Gui
