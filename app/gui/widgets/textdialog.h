// SPDX-License-Identifier: MIT
#pragma once

class QString;
class QWidget;

namespace StatusScope::Gui {

// Shows `text` in a modal dialog (named `objectName`) where it scrolls and can be selected and
// copied, sized to the text and kept on the screen. For lists a label or a message box cannot
// hold: a QMessageBox grows with its text, past any screen once it has a few dozen lines.
void showTextDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &text);

} // namespace StatusScope::Gui
