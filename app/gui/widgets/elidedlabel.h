// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace StatusScope::Gui {

// A one-line label that never asks for the width of its text: what does not fit ends in "…", the
// whole text is its tooltip, and elisionChanged() lets a button beside it offer the rest. For a
// notice that must not add lines to a window at its smallest size.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
    Q_PROPERTY(QString fullText READ fullText WRITE setFullText)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString fullText() const { return m_fullText; }
    void setFullText(const QString &text);
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void elisionChanged(bool elided);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
    bool m_elided = false;
};

} // namespace StatusScope::Gui
