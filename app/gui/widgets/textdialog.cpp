// SPDX-License-Identifier: MIT
#include "gui/widgets/textdialog.h"

#include "gui/widgets/screenfit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace StatusScope::Gui {

void showTextDialog(QWidget *parent, const QString &objectName, const QString &title, const QString &text)
{
    QDialog box(parent);
    box.setObjectName(objectName);
    box.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&box);
    auto *view = new QPlainTextEdit(text, &box);
    view->setReadOnly(true);
    view->setAccessibleName(title);
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &box);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &box, &QDialog::accept);
    layout->addWidget(buttons);
    // 72 characters wide, and as tall as the text wraps there (a note of 150 characters is three
    // lines), between 8 and 30 lines; the screen may make it smaller still.
    constexpr int Columns = 72;
    int lines = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        lines += std::max<int>(1, int((line.size() + Columns - 9) / (Columns - 8)));
    const QFontMetrics metrics = view->fontMetrics();
    box.resize(metrics.averageCharWidth() * Columns, metrics.lineSpacing() * std::clamp(lines + 4, 8, 30));
    keepOnScreen(&box);
    box.exec();
}

} // namespace StatusScope::Gui
