// SPDX-License-Identifier: MIT
// Chooses between the command line and the window. The command line links Qt Core and Network only,
// so `statusscope explain 418` starts without loading Qt Gui and Widgets; the window lives in a
// module (libstatusscope-window.so) that is loaded only when there is no subcommand.
// Built with STATUSSCOPE_ONE_EXECUTABLE (tests/bench only), the window is linked in instead: the
// reference ./dev bench measures the module against.
#include "cli/commandline.h"
#include "core/i18n/translations.h"
#include "core/statusscope_version.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>

#ifdef STATUSSCOPE_ONE_EXECUTABLE
extern "C" int statusscope_window_main(int *argc, char **argv);
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("StatusScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("StatusScope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("statusscope.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSSCOPE_VERSION));
}

int runAsCommandLine(int &argc, char **argv)
{
    QCoreApplication app(argc, argv);
    StatusScope::Core::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = StatusScope::Cli::runCommandLine(app.arguments(), out, err);
    return StatusScope::Cli::finishOutput(status, out, err);
}

// A command's work is done when it returns: its files are closed and its output flushed. What an
// ordinary exit would add is taking the process apart (every library's destructors, touching
// pages nothing has touched yet), which the kernel does at once when the process just ends: about
// 0.3 ms of a 9 ms `check` (./dev bench). Under AddressSanitizer the ordinary exit stays, so that
// its leak check still runs.
#if defined(__SANITIZE_ADDRESS__)
#define STATUSSCOPE_ORDINARY_EXIT 1 // GCC
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STATUSSCOPE_ORDINARY_EXIT 1 // Clang
#endif
#endif

int endCommandLine(int status)
{
#ifndef STATUSSCOPE_ORDINARY_EXIT
    std::fflush(nullptr);
    ::_exit(status);
#endif
    return status;
}

#ifndef STATUSSCOPE_ONE_EXECUTABLE
// The module is found through this binary's run path: its folder in the build tree, lib/statusscope
// once installed. dlopen() uses the run path of its caller, and a sanitizer runtime that intercepts
// dlopen() becomes the caller: then the installed place is tried by its path, next to this binary.
void *openWindowModule(QString *error)
{
    if (void *module = dlopen(STATUSSCOPE_WINDOW_MODULE, RTLD_LAZY | RTLD_LOCAL))
        return module;
    *error = QString::fromLocal8Bit(dlerror());
    const QString installed = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath()
        + QStringLiteral("/" STATUSSCOPE_WINDOW_MODULE_FROM_BINARY "/" STATUSSCOPE_WINDOW_MODULE);
    return dlopen(QFile::encodeName(installed).constData(), RTLD_LAZY | RTLD_LOCAL);
}
#endif

// Without any of these, QApplication would abort (exit 134) after printing Qt's own advice; a
// sentence of ours and exit 3 is kinder to a script or an ssh session.
bool displayNamed(const QStringList &arguments)
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QStringLiteral("-platform"))
        || arguments.contains(QStringLiteral("--platform"));
}

int cannotOpenWindow(int &argc, char **argv, const char *sentence, const QString &reason = {})
{
    QCoreApplication app(argc, argv);
    StatusScope::Core::installTranslations(app);
    QString text = QCoreApplication::translate("main", sentence);
    if (text.contains(QStringLiteral("%1")))
        text = text.arg(reason);
    QTextStream(stderr) << text;
    return StatusScope::Cli::ExitDataError;
}

int runAsWindow(int &argc, char **argv, const QStringList &arguments)
{
    if (!displayNamed(arguments))
        return cannotOpenWindow(
            argc, argv,
            QT_TRANSLATE_NOOP("main",
                              "StatusScope cannot open its window: there is no display "
                              "(DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).\n"
                              "The command line works without one: statusscope --help\n"));
#ifdef STATUSSCOPE_ONE_EXECUTABLE
    return statusscope_window_main(&argc, argv);
#else
    using WindowMain = int (*)(int *, char **);
    QString reason;
    void *module = openWindowModule(&reason);
    auto windowMain
        = module ? reinterpret_cast<WindowMain>(dlsym(module, "statusscope_window_main")) : nullptr;
    if (windowMain)
        return windowMain(&argc, argv);
    if (module)
        reason = QString::fromLocal8Bit(dlerror());
    return cannotOpenWindow(argc, argv,
                            QT_TRANSLATE_NOOP("main",
                                              "StatusScope cannot open its window: %1\n"
                                              "The installation is incomplete. The command line "
                                              "still works: statusscope --help\n"),
                            reason);
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    describeApplication();
    if (StatusScope::Cli::isCommandLineInvocation(arguments))
        return endCommandLine(runAsCommandLine(argc, argv));
    return runAsWindow(argc, argv, arguments);
}
