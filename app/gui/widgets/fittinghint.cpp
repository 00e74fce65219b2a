// SPDX-License-Identifier: MIT
#include "gui/widgets/fittinghint.h"

#include <QEvent>
#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

#include <utility>

namespace StatusScope::Gui {

namespace {

// QLineEdit's own gap between the contents' edge and the text (its horizontalMargin).
constexpr int TextGap = 2;
constexpr char HintsProperty[] = "statusscope_fittingHints";
constexpr auto FitterName = "statusscope_hintFitter";

// Watches one line edit; a child of it, so it goes with it.
class HintFitter final : public QObject
{
public:
    explicit HintFitter(QLineEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
        setObjectName(QString::fromLatin1(FitterName));
        edit->installEventFilter(this);
    }

    void fit()
    {
        const QStringList hints = m_edit->property(HintsProperty).toStringList();
        if (hints.isEmpty())
            return;
        const int room = placeholderRoom(m_edit);
        QString chosen = hints.last();
        for (const QString &hint : hints) {
            if (m_edit->fontMetrics().horizontalAdvance(hint) <= room) {
                chosen = hint;
                break;
            }
        }
        if (m_edit->placeholderText() != chosen)
            m_edit->setPlaceholderText(chosen);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Measured once the field has handled the event itself: before that, its clear button
        // still stands where the old width put it, and the room found was the old width's (a
        // German hint 269 px long was kept in a field that had 252 px left for it).
        if (watched == m_edit
            && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange
                || event->type() == QEvent::StyleChange)
            && !std::exchange(m_fitQueued, true)) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fitQueued = false;
                    fit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    QLineEdit *m_edit;
    bool m_fitQueued = false;
};

} // namespace

int placeholderRoom(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth
        = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    const int start = contents.left() + margins.left() + TextGap;
    int end = contents.right() - margins.right() - TextGap;
    // The clear button (and any other action) sits at the right edge of the contents.
    for (const QWidget *side : edit->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (side->inherits("QLineEditIconButton") || side->inherits("QToolButton"))
            end = std::min(end, side->x());
    }
    return end - start;
}

void setFittingPlaceholder(QLineEdit *edit, const QStringList &hints)
{
    edit->setProperty(HintsProperty, hints);
    // No Q_OBJECT (nothing to signal), so found by name rather than by type.
    auto *fitter = static_cast<HintFitter *>(
        edit->findChild<QObject *>(QString::fromLatin1(FitterName), Qt::FindDirectChildrenOnly));
    if (!fitter)
        fitter = new HintFitter(edit);
    fitter->fit();
}

} // namespace StatusScope::Gui
