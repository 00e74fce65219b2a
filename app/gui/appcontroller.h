// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"
#include "core/formats/harimport.h"
#include "core/formats/httpfilesaved.h"
#include "core/quiz/quizprogress.h"
#include "core/requests/requestspec.h"

#include <QObject>

#include <functional>
#include <optional>

namespace StatusScope::Core {
class HarImportTask;
class HistoryStore;
class MetCodes;
class PlaygroundServer;
class Settings;
} // namespace StatusScope::Core

namespace StatusScope::Gui {

// What the application does, apart from how the window shows it: HAR import and export, saved
// requests, copying a request as curl, the playground and "try it live", the codes met and the
// quiz's counts, the language. It asks nothing and shows nothing: it reports through message()
// and its other signals, so a test drives it without a window.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // A sentence for the status bar, worded when it is called: shown again in another language
    // when the language changes while it is on screen.
    using Sentence = std::function<QString()>;

    // The catalogue is copied; the history store is not owned and may be null or off.
    explicit AppController(const Core::StatusCatalogue &catalogue, Core::HistoryStore *history = nullptr,
                           QObject *parent = nullptr);
    ~AppController() override;

    const Core::StatusCatalogue &catalogue() const { return m_catalogue; }
    Core::HistoryStore *history() const { return m_history; }

    // Not owned, may be null. Reads the codes met, the quiz's counts, the history's credentials
    // policy and the language now (switching to it), and keeps every change there.
    void setSettings(Core::Settings *settings);
    Core::Settings *settings() const { return m_settings; }

    // The one list of codes met, which the quiz and the settings share.
    Core::MetCodes *metCodes() const { return m_metCodes; }
    void noteCodeMet(int code);
    Core::QuizProgress *quizProgress() { return &m_quizProgress; }

    // The interface language ("" follows the system): installed at once and remembered.
    QString language() const;
    void setLanguage(const QString &code);

    // The history store given at construction has been opened: say so if it is off or was damaged.
    void historyOpened();

    // Starts importing on another thread; false while another import runs. harOpened() or a
    // message follows.
    bool openHar(const QString &path);
    Core::HarImportTask *harImport() const { return m_harImport; }
    bool exportHar(const QString &path, const Core::ChainResult &chain, bool withCredentials = false);

    // `request` is the composed request, or nothing with `whyNot` (the console's sentence).
    bool saveRequest(const QString &folder, const QString &name,
                     const std::optional<Core::RequestSpec> &request, const QString &whyNot = {});
    // (http16) File → Open .http File: the file's requests saved in a folder of their own; the
    // message says how many and how many were refused, the result lists them. `environment` names
    // the environment file's environment to read, if any. Nothing (and a message) when the file
    // cannot be read or history is off.
    std::optional<Core::HttpFileImport> openHttpFile(const QString &path, const QString &environment = {});
    // (http16) A saved folder written to `path` as a .http file; the message says what was left out.
    std::optional<Core::HttpFolderExport> exportHttpFolder(const QString &folder, const QString &path);
    // Credentials are masked (and the message says so) unless `withCredentials`.
    bool copyRequestAsCurl(const std::optional<Core::RequestSpec> &request, const QString &whyNot = {},
                           bool withCredentials = false);

    // The teaching server on 127.0.0.1. False (with a message) when it cannot listen.
    bool setPlaygroundRunning(bool running);
    Core::PlaygroundServer *playground() const { return m_playground; }
    bool isPlaygroundRunning() const;
    // "Try it live": the request to the playground that produces `code` (started if need be),
    // with the console's `options`. A redirect is tried with a POST, so what it does to the
    // method shows. Nothing when the playground cannot start.
    std::optional<Core::RequestSpec> tryLiveRequest(int code, const Core::RequestOptions &options);

Q_SIGNALS:
    void message(const StatusScope::Gui::AppController::Sentence &sentence, int timeoutMs);
    void harOpened(const QString &fileName, const StatusScope::Core::HarImport &imported);
    void harFailed(); // cancelled, unreadable or empty: the message says which
    void requestSaved();
    void playgroundChanged();
    void languageChanged(const QString &code);

private:
    void say(Sentence sentence, int timeoutMs);
    void onHarImportFinished();

    Core::StatusCatalogue m_catalogue; // the playground and the HAR import read it while they run
    Core::HistoryStore *m_history;
    Core::Settings *m_settings = nullptr;
    Core::MetCodes *m_metCodes;
    Core::QuizProgress m_quizProgress{nullptr};
    Core::HarImportTask *m_harImport;
    Core::PlaygroundServer *m_playground = nullptr;
    QString m_language; // when there are no settings to keep it
};

} // namespace StatusScope::Gui
