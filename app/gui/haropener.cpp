// SPDX-License-Identifier: MIT
#include "gui/haropener.h"

#include "core/formats/harimporttask.h"
#include "gui/widgets/screenfit.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace StatusScope::Gui {

HarOpener::HarOpener(Core::HarImportTask *task, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_task(task)
{
}

HarOpener::~HarOpener() = default;

void HarOpener::follow(const QString &path)
{
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
        connect(m_task, &Core::HarImportTask::finished, m_dialog, &QProgressDialog::reset); // hides it
        keepOnScreen(m_dialog);
    }
    // A long file name is shortened in its middle (its start and its extension stay): the dialog
    // keeps to a small screen and its sentence is never cut at the edge.
    const QFontMetrics metrics = m_dialog->fontMetrics();
    const QString name
        = metrics.elidedText(QFileInfo(path).fileName(), Qt::ElideMiddle, 40 * metrics.averageCharWidth());
    m_dialog->setLabelText(tr("Opening %1…").arg(name));
    m_dialog->setValue(0);
}

} // namespace StatusScope::Gui
