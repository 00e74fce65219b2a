// SPDX-License-Identifier: MIT
#include "core/quiz/metcodes.h"

#include "core/settings/settings.h"

namespace StatusScope::Core {

MetCodes::MetCodes(QObject *parent)
    : QObject(parent)
{
}

void MetCodes::setSettings(Settings *settings)
{
    m_settings = settings;
    if (!settings)
        return;
    const qsizetype before = m_codes.size();
    for (int code : settings->metCodes()) {
        if (!m_codes.contains(code))
            m_codes.append(code);
    }
    if (m_codes.size() != before)
        Q_EMIT changed();
}

bool MetCodes::note(int code)
{
    if (code < 0 || code > 999)
        return false;
    ++m_sessionCounts[code];
    Q_EMIT met(code);
    if (m_codes.contains(code))
        return false;
    m_codes.append(code);
    // Kept for "quiz me on the codes I've met" in later sessions: numbers only, nothing about where.
    if (m_settings)
        m_settings->setMetCodes(m_codes);
    Q_EMIT changed();
    return true;
}

} // namespace StatusScope::Core
