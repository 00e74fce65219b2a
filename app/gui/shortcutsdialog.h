// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTextBrowser;

namespace StatusScope::Gui {

// The keyboard shortcuts (F1): keys beside what they do, in a list that wraps and scrolls inside
// any screen, with a Close button that stays in sight. A message box grew with its text past a
// small screen's edge.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    // One line of the list.
    struct Shortcut
    {
        QString keys; // as the platform writes them, several joined by ", "
        QString what;
    };

    explicit ShortcutsDialog(QWidget *parent = nullptr);

    void setShortcuts(const QList<Shortcut> &shortcuts);
    const QList<Shortcut> &shortcuts() const { return m_shortcuts; }

private:
    QTextBrowser *m_view;
    QList<Shortcut> m_shortcuts;
};

} // namespace StatusScope::Gui
