// SPDX-License-Identifier: MIT
#include "gui/appcontroller.h"

#include "core/formats/curlcommand.h"
#include "core/formats/har.h"
#include "core/formats/harimporttask.h"
#include "core/history/historystore.h"
#include "core/i18n/translations.h"
#include "core/playground/playgroundroutes.h"
#include "core/playground/playgroundserver.h"
#include "core/quiz/metcodes.h"
#include "core/requests/chainmasking.h"
#include "core/requests/secrets.h"
#include "core/settings/settings.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace StatusScope::Gui {

AppController::AppController(const Core::StatusCatalogue &catalogue, Core::HistoryStore *history,
                             QObject *parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_history(history)
    , m_metCodes(new Core::MetCodes(this))
    , m_harImport(new Core::HarImportTask(m_catalogue, this))
{
    connect(m_harImport, &Core::HarImportTask::finished, this, &AppController::onHarImportFinished);
    if (history) {
        // A failed write is said at once, wherever the user is.
        connect(history, &Core::HistoryStore::writeFailed, this,
                [this] { say([history = m_history] { return history->writeProblem(); }, 15000); });
    }
}

AppController::~AppController() = default;

void AppController::say(Sentence sentence, int timeoutMs)
{
    Q_EMIT message(sentence, timeoutMs);
}

void AppController::setSettings(Core::Settings *settings)
{
    m_settings = settings;
    m_metCodes->setSettings(settings);
    m_quizProgress = Core::QuizProgress(settings);
    if (!settings)
        return;
    if (m_history) {
        Core::RecordOptions options = m_history->recordOptions();
        options.secrets = settings->historySecrets();
        m_history->setRecordOptions(options);
    }
    if (const QString code = settings->language(); !code.isEmpty())
        setLanguage(code);
}

void AppController::noteCodeMet(int code)
{
    m_metCodes->note(code);
}

QString AppController::language() const
{
    return m_settings ? m_settings->language() : m_language;
}

void AppController::setLanguage(const QString &code)
{
    Core::installTranslations(*QCoreApplication::instance(), code.isEmpty() ? QLocale() : QLocale(code));
    m_language = code;
    if (m_settings)
        m_settings->setLanguage(code);
    Q_EMIT languageChanged(code);
}

void AppController::historyOpened()
{
    if (m_history && !m_history->notice().isEmpty())
        say([history = m_history] { return history->notice(); }, 15000);
}

bool AppController::openHar(const QString &path)
{
    return m_harImport->start(path);
}

void AppController::onHarImportFinished()
{
    const QString fileName = QFileInfo(m_harImport->path()).fileName();
    if (m_harImport->wasCancelled()) {
        say([fileName] { return tr("Opening %1 was cancelled; nothing changed.").arg(fileName); }, 15000);
        Q_EMIT harFailed();
        return;
    }
    const std::optional<Core::HarImport> &imported = m_harImport->result();
    if (!imported) {
        say(
            [fileName, error = m_harImport->errorString()] {
                return tr("%1 cannot be opened: %2").arg(fileName, error);
            },
            15000);
        Q_EMIT harFailed();
        return;
    }
    if (imported->chains.isEmpty()) {
        say([fileName] { return tr("%1 holds no requests.").arg(fileName); }, 15000);
        Q_EMIT harFailed();
        return;
    }
    const int chains = int(imported->chains.size());
    const QStringList skipped = imported->skipped;
    say(
        [fileName, chains, skipped] {
            QString text = tr("%1: %n chain(s)", nullptr, chains).arg(fileName);
            if (!skipped.isEmpty())
                text += tr("; %n entry(ies) skipped: %1", nullptr, int(skipped.size()))
                            .arg(skipped.join(u' '));
            return text;
        },
        15000);
    Q_EMIT harOpened(fileName, *imported);
}

bool AppController::exportHar(const QString &path, const Core::ChainResult &chain, bool withCredentials)
{
    if (chain.hops.isEmpty()) {
        say([] { return tr("There is no chain to export yet: send a request first."); }, 10000);
        return false;
    }
    QSaveFile file(path);
    const QByteArray json
        = QJsonDocument(Core::chainsToHar({chain}, withCredentials)).toJson(QJsonDocument::Indented);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit();
    if (!ok)
        say([path, error = file.errorString()] { return tr("Could not save %1: %2").arg(path, error); },
            10000);
    else if (withCredentials)
        say([path] { return tr("Saved the chain to %1, credentials included.").arg(path); }, 10000);
    else
        say([path] { return tr("Saved the chain to %1 (credentials masked).").arg(path); }, 10000);
    return ok;
}

bool AppController::saveRequest(const QString &folder, const QString &name,
                                const std::optional<Core::RequestSpec> &request, const QString &whyNot)
{
    if (!request) {
        say([whyNot] { return tr("The request cannot be saved: %1").arg(whyNot); }, 10000);
        return false;
    }
    if (!m_history) {
        say([] { return tr("History is off, so requests cannot be saved."); }, 10000);
        return false;
    }
    if (m_history->saveRequest(folder, name, *request) == 0) {
        const QString lastError = m_history->lastError();
        say(
            [history = m_history, lastError] {
                const QString why = !history->writeProblem().isEmpty() ? history->writeProblem()
                    : !history->notice().isEmpty()                     ? history->notice()
                                                                       : lastError;
                return tr("The request could not be saved: %1").arg(why);
            },
            10000);
        return false;
    }
    Q_EMIT requestSaved();
    say([name] { return tr("Saved “%1”.").arg(name); }, 5000);
    return true;
}

// (http16) .http files and saved folders.
std::optional<Core::HttpFileImport> AppController::openHttpFile(const QString &path,
                                                                const QString &environment)
{
    const QString fileName = QFileInfo(path).fileName();
    QString error;
    std::optional<Core::HttpFileImport> imported = m_history
        ? Core::importHttpFile(*m_history, path, &error, environment)
        : (error = tr("history is off, so nothing can be saved."), std::nullopt);
    if (!imported) {
        say([fileName, error] { return tr("%1 cannot be opened: %2").arg(fileName, error); }, 15000);
        return std::nullopt;
    }
    if (imported->saved > 0)
        Q_EMIT requestSaved();
    say(
        [fileName, folder = imported->folder, saved = imported->saved,
         refused = int(imported->refused.size())] {
            QString text
                = tr("%1: %n request(s) saved in the folder “%2”", nullptr, saved).arg(fileName, folder);
            if (refused > 0)
                text += tr("; %n refused", nullptr, refused);
            text.append(QLatin1Char('.'));
            return text;
        },
        15000);
    return imported;
}

std::optional<Core::HttpFolderExport> AppController::exportHttpFolder(const QString &folder,
                                                                      const QString &path)
{
    QString error;
    const std::optional<Core::HttpFolderExport> exported = m_history
        ? Core::exportSavedFolder(*m_history, folder, path, &error)
        : (error = tr("history is off, so there is no saved folder."), std::nullopt);
    if (!exported) {
        say([error] { return tr("The folder could not be exported: %1").arg(error); }, 15000);
        return std::nullopt;
    }
    say(
        [folder, path, exported = *exported] {
            QString text
                = tr("Saved %n request(s) of “%1” to %2", nullptr, exported.written).arg(folder, path);
            if (!exported.refused.isEmpty())
                text += tr("; left out: %1").arg(exported.refused.join(QStringLiteral("; ")));
            if (!exported.notWritten.isEmpty())
                text += QStringLiteral("; ") + exported.notWritten.join(QStringLiteral("; "));
            if (exported.maskedCredentials)
                text += tr("; masked credentials (••••) must be typed again");
            text.append(QLatin1Char('.'));
            return text;
        },
        15000);
    return exported;
}

bool AppController::copyRequestAsCurl(const std::optional<Core::RequestSpec> &request, const QString &whyNot,
                                      bool withCredentials)
{
    if (!request) {
        say([whyNot] { return tr("Nothing to copy: %1").arg(whyNot); }, 10000);
        return false;
    }
    const bool hasCredentials = Core::carriesCredentials(*request);
    const QString command = Core::toCurlCommand(withCredentials ? *request : Core::maskedRequest(*request));
    QGuiApplication::clipboard()->setText(command);
    // Never silent about what the command holds: masked dots would fail where it is pasted, and
    // real credentials on a clipboard are worth knowing about.
    if (!hasCredentials)
        say([] { return tr("Copied the request as a curl command."); }, 15000);
    else if (!withCredentials)
        say(
            [] {
                return tr("Copied the request as a curl command with its credentials masked (••••). Edit → "
                          "Copy Request as curl with Credentials copies them as typed.");
            },
            15000);
    else if (command.contains(QString::fromUtf8(Core::credentialMask())))
        say(
            [] {
                return tr("Copied the request as a curl command; it holds masked credentials (••••) from the "
                          "history, which must be typed again.");
            },
            15000);
    else
        say(
            [] {
                return tr("Copied the request as a curl command, credentials included: anyone who sees the "
                          "clipboard can use them.");
            },
            15000);
    return true;
}

bool AppController::setPlaygroundRunning(bool running)
{
    if (!m_playground)
        m_playground = new Core::PlaygroundServer(&m_catalogue, this);
    bool ok = true;
    if (!running) {
        m_playground->stop();
    } else if (!m_playground->start()) {
        say([error
             = m_playground->errorString()] { return tr("The playground could not start: %1").arg(error); },
            0);
        ok = false;
    }
    Q_EMIT playgroundChanged();
    return ok;
}

bool AppController::isPlaygroundRunning() const
{
    return m_playground && m_playground->isRunning();
}

std::optional<Core::RequestSpec> AppController::tryLiveRequest(int code, const Core::RequestOptions &options)
{
    if (!isPlaygroundRunning() && !setPlaygroundRunning(true))
        return std::nullopt;
    Core::RequestSpec request;
    request.url = m_playground->url().resolved(QUrl(QString::fromLatin1(Core::playgroundPathFor(code))));
    request.options = options;
    // The playground is on this machine: no proxy (the console's or the preferences') can reach
    // it, and the console's pins and credentials belong to the request it was composed for.
    request.options.network = {};
    request.options.network.proxy.mode = Core::ProxySetting::Mode::None;
    if (code >= 300 && code <= 399) {
        request.method = "POST";
        request.body = "lesson=redirects";
        request.hasBody = true;
        request.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    } else {
        request.method = "GET";
    }
    return request;
}

} // namespace StatusScope::Gui
