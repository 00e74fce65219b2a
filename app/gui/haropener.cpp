// SPDX-License-Identifier: MIT
#include "gui/haropener.h"

#include "core/formats/harimporttask.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace StatusScope::Gui {

HarOpener::HarOpener(const Core::StatusCatalogue &catalogue, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_task(new Core::HarImportTask(catalogue, this))
{
    connect(m_task, &Core::HarImportTask::finished, this, &HarOpener::onFinished);
}

HarOpener::~HarOpener() = default;

bool HarOpener::open(const QString &path)
{
    if (!m_task->start(path))
        return false;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("harProgress"));
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setRange(0, 1000);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        // Only an import that takes a while shows the dialog: a small file opens without a flash.
        m_dialog->setMinimumDuration(400);
        connect(m_dialog, &QProgressDialog::canceled, m_task, &Core::HarImportTask::cancel);
        connect(m_task, &Core::HarImportTask::progressChanged, m_dialog, &QProgressDialog::setValue);
    }
    m_dialog->setLabelText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_dialog->setValue(0);
    return true;
}

void HarOpener::cancel()
{
    m_task->cancel();
}

bool HarOpener::isRunning() const
{
    return m_task->isRunning();
}

void HarOpener::onFinished()
{
    if (m_dialog)
        m_dialog->reset(); // hides it
    const QString fileName = QFileInfo(m_task->path()).fileName();
    if (m_task->wasCancelled()) {
        Q_EMIT failed(tr("Opening %1 was cancelled; nothing changed.").arg(fileName));
        return;
    }
    const std::optional<Core::HarImport> &imported = m_task->result();
    if (!imported) {
        Q_EMIT failed(tr("%1 cannot be opened: %2").arg(fileName, m_task->errorString()));
        return;
    }
    if (imported->chains.isEmpty()) {
        Q_EMIT failed(tr("%1 holds no requests.").arg(fileName));
        return;
    }
    Q_EMIT opened(fileName, *imported);
}

} // namespace StatusScope::Gui
