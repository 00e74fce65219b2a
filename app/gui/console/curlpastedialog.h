// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace StatusScope::Gui {

// What the user chose for several pasted curl requests.
struct CurlPasteChoice
{
    enum class Action { OpenChecked, SaveAll };
    Action action = Action::OpenChecked;
    QList<qsizetype> checked; // indexes into the pasted requests, in order
    QString folder; // where saved requests go
};

// Asked when a paste holds several curl requests (several commands, several URLs, --next): a list
// of them (method and URL) with check boxes, to open the checked ones or keep them all as saved
// requests in a folder named after the paste. Keyboard: the list has the focus, Space checks,
// Enter opens, Alt+S saves all.
class CurlPasteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlPasteDialog)

public:
    explicit CurlPasteDialog(const QList<Core::CurlImport> &imports, QWidget *parent = nullptr);

    CurlPasteChoice choice() const;
    // The folder name offered: "curl paste" and the time of the paste.
    static QString defaultFolder(const QDateTime &when);

private:
    void updateOpenButton();

    QListWidget *m_list = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_open = nullptr;
    CurlPasteChoice::Action m_action = CurlPasteChoice::Action::OpenChecked;
};

// Carries out a choice: the first checked request is opened with `open`, the other checked ones
// (or, for Save all, every one) saved with `save` (folder, name, request; false stops, the saver
// having said why). Returns the sentence for the status bar, empty after a failed save.
QString carryOutCurlPaste(
    const CurlPasteChoice &choice, const QList<Core::CurlImport> &imports,
    const std::function<void(const Core::CurlImport &)> &open,
    const std::function<bool(const QString &, const QString &, const Core::RequestSpec &)> &save);

// The name a pasted request is saved under: its place in the paste, method and URL (no user info).
QString pastedRequestName(qsizetype index, const Core::RequestSpec &request);

} // namespace StatusScope::Gui
