// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>

namespace StatusScope::Core {

class Settings;

// The statuses the console has received, this session and earlier ones, in the order first met,
// and how often each was met this session: the one record the catalogue ("met 3 times"), the quiz
// ("only the codes I've met") and the settings file share.
class MetCodes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetCodes)

public:
    explicit MetCodes(QObject *parent = nullptr);

    // Adds what `settings` holds (not owned, may be null) and keeps every new code there.
    void setSettings(Settings *settings);
    // A status received; returns whether it was new to the list.
    bool note(int code);
    // How often `code` was received since the program started (earlier sessions are not counted).
    int sessionCount(int code) const { return m_sessionCounts.value(code); }
    const QList<int> &codes() const { return m_codes; }
    bool contains(int code) const { return m_codes.contains(code); }

Q_SIGNALS:
    void changed(); // the list grew
    void met(int code); // every status received, new or not

private:
    Settings *m_settings = nullptr;
    QList<int> m_codes;
    QHash<int, int> m_sessionCounts;
};

} // namespace StatusScope::Core
