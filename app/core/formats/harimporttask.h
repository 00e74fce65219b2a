// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/harimport.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace StatusScope::Core {

// Imports a HAR file on a thread of its own, so the thread that starts it (the window's) keeps
// painting and answering. Progress and the end arrive as signals in the starting thread; cancel()
// stops the import soon, and a cancelled import delivers nothing. One import at a time.
class HarImportTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HarImportTask)

public:
    // The catalogue is not owned and must outlive the task (the destructor waits for the thread).
    explicit HarImportTask(const StatusCatalogue &catalogue, QObject *parent = nullptr);
    ~HarImportTask() override;

    // False when an import is already running.
    bool start(const QString &path);
    void cancel();
    bool isRunning() const;

    // After finished(): the chains, or nothing with errorString() (cancelled() when cancelled).
    const std::optional<HarImport> &result() const { return m_result; }
    QString errorString() const { return m_error; }
    bool wasCancelled() const { return m_cancelled; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void progressChanged(int permille);
    void finished();

private:
    void deliver();

    const StatusCatalogue &m_catalogue;
    QThread *m_thread = nullptr;
    std::shared_ptr<HarImportControl> m_control;
    std::optional<HarImport> m_result;
    QString m_error;
    QString m_path;
    bool m_cancelled = false;
};

} // namespace StatusScope::Core
