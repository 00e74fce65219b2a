// SPDX-License-Identifier: MIT
#pragma once

#include "core/audit/auditrunner.h"
#include "core/audit/auditsource.h"
#include "core/quiz/quizprogress.h"
#include "core/requests/chainmasking.h"
#include "core/requests/requestspec.h"
#include "core/settings/networkpreferences.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace StatusScope::Core {

// What the Audit page's input held (Settings::auditInput()).
struct AuditInputSettings
{
    enum class Tab { File, Paste, Url };
    Tab tab = Tab::File;
    AuditInputKind kind = AuditInputKind::Guess;
    QString file;
    QString url;
    QString text; // pasted; empty when it was longer than Settings::AuditTextLimit
};

// Every key StatusScope keeps between sessions, each listed once here with its type and default,
// over a QSettings given to it (not owned; null keeps nothing and reads the defaults). The key
// names and value formats are those earlier versions wrote, so nobody's settings are lost; a value
// that cannot be read (edited by hand, damaged) reads as the default.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Page { Catalogue, Console, Audit };

    explicit Settings(QSettings *store);

    // Widget state saved by Qt (saveGeometry(), saveState(), QSplitter::saveState()): opaque bytes.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    Page page() const;
    void setPage(Page page);
    QByteArray catalogueSplitter() const;
    void setCatalogueSplitter(const QByteArray &state);
    QByteArray consoleSplitter() const;
    void setConsoleSplitter(const QByteArray &state);

    // The request the console showed last. Credentials are never written: they are typed again.
    std::optional<RequestSpec> lastRequest() const;
    void setLastRequest(const RequestSpec &request);
    std::optional<RequestOptions> requestOptions() const;
    void setRequestOptions(const RequestOptions &options);

    // The Audit page's run options, only what its fields set: the method (GET or HEAD), chains at
    // once, per host, rate, --max-chain and the two match relaxations; the rest as AuditRunOptions
    // has it. Nothing when none were saved; a value out of its range reads as the default.
    std::optional<AuditRunOptions> auditOptions() const;
    void setAuditOptions(const AuditRunOptions &options);
    // Pasted audit input longer than this (in UTF-8) is not kept: the settings file is read whole
    // at start-up and written whole at every save. A list of 10,000 URLs is about 600 KB.
    static constexpr qsizetype AuditTextLimit = 1024 * 1024;
    AuditInputSettings auditInput() const;
    void setAuditInput(const AuditInputSettings &input);
    // The split between the Audit page's table and its chain (QSplitter::saveState()).
    QByteArray auditSplitter() const;
    void setAuditSplitter(const QByteArray &state);

    // The interface language as a code ("de"); empty follows the system.
    QString language() const;
    void setLanguage(const QString &code);

    // Every status the console has received, in the order met: numbers only, nothing about where.
    QList<int> metCodes() const;
    void setMetCodes(const QList<int> &codes);

    // The quiz's right and asked counts per code.
    QHash<int, QuizScore> quizScores() const;
    void setQuizScore(int code, QuizScore score);

    // How credentials are kept in new history entries and saved requests.
    SecretStorage historySecrets() const;
    void setHistorySecrets(SecretStorage policy);

    // Edit → Preferences: proxy, extra authorities, client certificates, HTTP version, timeouts.
    // The passwords are never written (the keychain keeps them): they read back empty.
    NetworkPreferences networkPreferences() const;
    void setNetworkPreferences(const NetworkPreferences &preferences);

    // Writes what was set to disk now (atomically: QSettings writes a new file and renames it).
    void sync();

private:
    QSettings *m_store;
};

} // namespace StatusScope::Core
