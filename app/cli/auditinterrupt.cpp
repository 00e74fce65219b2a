// SPDX-License-Identifier: MIT
#include "cli/auditinterrupt.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace StatusScope::Cli {

namespace {

int pipeEnds[2] = {-1, -1};
volatile sig_atomic_t received = 0;

void onSigint(int)
{
    if (received) {
        // The second Ctrl+C: whoever pressed it does not want to wait for the summary.
        struct sigaction defaults = {};
        defaults.sa_handler = SIG_DFL;
        sigaction(SIGINT, &defaults, nullptr);
        raise(SIGINT);
        return;
    }
    received = 1;
    const char byte = 'i';
    [[maybe_unused]] const ssize_t written = write(pipeEnds[1], &byte, 1);
}

} // namespace

AuditInterrupt::AuditInterrupt(QObject *parent)
    : QObject(parent)
{
    if (pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) != 0)
        return; // no pipe: Ctrl+C keeps its default action
    received = 0;
    m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &AuditInterrupt::onReadable);
    struct sigaction action = {};
    action.sa_handler = &onSigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
}

AuditInterrupt::~AuditInterrupt()
{
    if (!m_notifier)
        return;
    struct sigaction defaults = {};
    defaults.sa_handler = SIG_DFL;
    sigaction(SIGINT, &defaults, nullptr);
    delete m_notifier;
    close(pipeEnds[0]);
    close(pipeEnds[1]);
    pipeEnds[0] = pipeEnds[1] = -1;
}

void AuditInterrupt::onReadable()
{
    char byte = 0;
    while (read(pipeEnds[0], &byte, 1) > 0) { }
    if (m_interrupted)
        return;
    m_interrupted = true;
    Q_EMIT interrupted();
}

} // namespace StatusScope::Cli
