// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <initializer_list>
#include <utility>

namespace StatusScope::Test {

// Environment variables as they were before a test changed them, put back when it ends (an unset
// one and an empty one alike end unset).
class EnvironmentKept
{
public:
    explicit EnvironmentKept(std::initializer_list<const char *> names)
    {
        for (const char *name : names)
            m_saved.append({name, qgetenv(name)});
    }
    ~EnvironmentKept()
    {
        for (const auto &[name, value] : std::as_const(m_saved))
            value.isEmpty() ? qunsetenv(name) : qputenv(name, value);
    }
    Q_DISABLE_COPY_MOVE(EnvironmentKept)

    // Unsets every variable kept, for a test that starts from none of them.
    void unsetAll() const
    {
        for (const auto &saved : m_saved)
            qunsetenv(saved.first);
    }

private:
    QList<std::pair<const char *, QByteArray>> m_saved;
};

} // namespace StatusScope::Test
