// SPDX-License-Identifier: MIT
#include "core/formats/harimporttask.h"

#include <QThread>

namespace StatusScope::Core {

HarImportTask::HarImportTask(const StatusCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
{
}

HarImportTask::~HarImportTask()
{
    if (m_thread) {
        m_control->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool HarImportTask::start(const QString &path)
{
    if (m_thread)
        return false;
    m_path = path;
    m_result.reset();
    m_error.clear();
    m_cancelled = false;
    m_control = std::make_shared<HarImportControl>();
    // Progress crosses to this thread as queued calls, only when the figure changes.
    auto lastShown = std::make_shared<std::atomic_int>(-1);
    m_control->progress = [this, lastShown](int permille) {
        if (lastShown->exchange(permille) == permille)
            return;
        QMetaObject::invokeMethod(
            this, [this, permille] { Q_EMIT progressChanged(permille); }, Qt::QueuedConnection);
    };
    const std::shared_ptr<HarImportControl> control = m_control;
    const StatusCatalogue &catalogue = m_catalogue;
    auto outcome = std::make_shared<std::pair<std::optional<HarImport>, QString>>();
    m_thread = QThread::create([path, control, outcome, &catalogue] {
        outcome->first = importHarFile(path, catalogue, &outcome->second, control.get());
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_result = std::move(outcome->first);
        m_error = outcome->second;
        deliver();
    });
    m_thread->start();
    return true;
}

void HarImportTask::cancel()
{
    if (m_thread)
        m_control->cancelled = true;
}

bool HarImportTask::isRunning() const
{
    return m_thread != nullptr;
}

void HarImportTask::deliver()
{
    m_cancelled = m_control->cancelled.load();
    if (m_cancelled)
        m_result.reset(); // it may have ended just as it was cancelled: cancelled means nothing changes
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    Q_EMIT finished();
}

} // namespace StatusScope::Core
