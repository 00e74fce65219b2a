// SPDX-License-Identifier: MIT
#include "gui/shortcutsdialog.h"

#include "gui/widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QtMath>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

// Wide enough for most lines to fit on one; narrower screens wrap them.
constexpr int PreferredChars = 64;

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    m_view->setObjectName(u"shortcutsView"_s);
    m_view->setOpenLinks(false);
    setMinimumLines(m_view, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    keepOnScreen(this);
}

void ShortcutsDialog::setShortcuts(const QList<Shortcut> &shortcuts)
{
    m_shortcuts = shortcuts;
    QString html = u"<table cellspacing=\"4\">"_s;
    for (const Shortcut &shortcut : shortcuts) {
        html += u"<tr><td style=\"white-space: nowrap\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            shortcut.keys.toHtmlEscaped(), shortcut.what.toHtmlEscaped());
    }
    html += u"</table>"_s;
    m_view->setHtml(html);

    // As large as the whole list at a comfortable width; keepOnScreen() cuts it to the screen,
    // where the list scrolls.
    const std::unique_ptr<QTextDocument> measure(m_view->document()->clone());
    measure->setTextWidth(PreferredChars * m_view->fontMetrics().averageCharWidth());
    const int frame = 2 * m_view->frameWidth();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const QSize text(qCeil(measure->idealWidth()) + frame + scrollBar,
                     qCeil(measure->size().height()) + frame);
    layout()->activate();
    resize(sizeHint() - m_view->sizeHint() + text.expandedTo(m_view->minimumSizeHint()));
}

} // namespace StatusScope::Gui
