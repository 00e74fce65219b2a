// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace StatusScope::Gui {

// A label whose wrapped text always gets the lines it needs. A layout sizes a wrapping QLabel by
// its one-line minimum when the label sits in a splitter pane or a row beside a button, so a long
// sentence on a narrow window was cut to its first lines; this label's minimum height is the
// height of its text at the width it has now.
class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace StatusScope::Gui
