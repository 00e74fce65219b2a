// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

namespace StatusScope::Core {

class Settings;

// The statuses the console has received, this session and earlier ones, in the order first met:
// the one list the window, the quiz ("only the codes I've met") and the settings file share.
class MetCodes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetCodes)

public:
    explicit MetCodes(QObject *parent = nullptr);

    // Adds what `settings` holds (not owned, may be null) and keeps every new code there.
    void setSettings(Settings *settings);
    // A status received; returns whether it was new.
    bool note(int code);
    const QList<int> &codes() const { return m_codes; }
    bool contains(int code) const { return m_codes.contains(code); }

Q_SIGNALS:
    void changed();

private:
    Settings *m_settings = nullptr;
    QList<int> m_codes;
};

} // namespace StatusScope::Core
