// SPDX-License-Identifier: MIT
#pragma once
// Runs the real statusscope binary as a script would: no display, English messages. The wait
// keeps this process's event loop turning, so scripted servers in the test can answer meanwhile.
#include <QProcess>
#include <QSignalSpy>

namespace StatusScope::Test {

struct CliRun
{
    int exitCode = -1; // -2: crashed or killed by a signal (Qt's abort without a display is 134)
    QByteArray out;
    QByteArray err;
};

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("100"));
    return environment;
}

inline CliRun finishCli(QProcess &process, int timeoutMs = 30000)
{
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

inline CliRun runCli(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment());
    process.start(QStringLiteral(STATUSSCOPE_BINARY), arguments);
    return finishCli(process, timeoutMs);
}

} // namespace StatusScope::Test
