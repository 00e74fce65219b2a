// SPDX-License-Identifier: MIT
#include "gui/catalogueview/entryhistory.h"

namespace StatusScope::Gui {

void EntryHistory::visit(qsizetype entry, Choice choice)
{
    if (current() == entry) {
        // Chosen again after the page picked it: now a place of its own.
        if (choice == Choice::Chosen)
            m_entries[m_position].choice = Choice::Chosen;
        return;
    }
    m_entries.resize(m_position + 1);
    if (choice == Choice::Automatic && m_position >= 0
        && m_entries.at(m_position).choice == Choice::Automatic) {
        m_entries.removeLast();
        --m_position;
        if (current() == entry) // back where the search started
            return;
    }
    m_entries.append({entry, choice});
    if (m_entries.size() > Limit)
        m_entries.removeFirst();
    m_position = m_entries.size() - 1;
}

void EntryHistory::clear()
{
    m_entries.clear();
    m_position = -1;
}

std::optional<qsizetype> EntryHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_entries.at(--m_position).entry;
}

std::optional<qsizetype> EntryHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_entries.at(++m_position).entry;
}

std::optional<qsizetype> EntryHistory::current() const
{
    if (m_position < 0)
        return std::nullopt;
    return m_entries.at(m_position).entry;
}

} // namespace StatusScope::Gui
