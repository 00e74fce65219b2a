// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSocketNotifier;

namespace StatusScope::Cli {

// Turns Ctrl+C (SIGINT) into a Qt signal while an audit runs, so the run can stop its chains and
// still print the summary of what finished and close its output file. A second Ctrl+C ends the
// process at once, as the default action would. The handler only writes a byte to a pipe (all a
// signal handler may safely do); the event loop reads it. The default action comes back when the
// object is destroyed.
class AuditInterrupt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditInterrupt)

public:
    explicit AuditInterrupt(QObject *parent = nullptr);
    ~AuditInterrupt() override;

    bool wasInterrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace StatusScope::Cli
