// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <optional>

namespace StatusScope::Gui {

// The entries visited in the catalogue page, for Back and Forward as in a browser: visiting an
// entry drops whatever lay ahead; going back and forward moves through the list without changing
// it. An entry the page picked by itself (the first row after each keystroke of a search) takes
// the place of the one it picked before, so typing a search is one step back, not one per letter.
class EntryHistory
{
public:
    static constexpr qsizetype Limit = 200; // the oldest visits are dropped beyond this

    enum class Choice { Chosen, Automatic };
    void visit(qsizetype entry, Choice choice = Choice::Chosen);
    void clear();

    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    // The entry gone back or forward to, or nothing at either end.
    std::optional<qsizetype> back();
    std::optional<qsizetype> forward();
    std::optional<qsizetype> current() const;

    qsizetype size() const { return m_entries.size(); }

private:
    struct Visit
    {
        qsizetype entry = -1;
        Choice choice = Choice::Chosen;
    };
    QList<Visit> m_entries;
    qsizetype m_position = -1;
};

} // namespace StatusScope::Gui
