// SPDX-License-Identifier: MIT
#include "gui/console/responseheaderlist.h"

#include "core/catalogue/headerglossary.h"
#include "core/requests/safetext.h"
#include "core/requests/secrets.h"

#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

void fillResponseHeaders(QTreeWidget *view, const Hop &hop)
{
    view->clear();
    for (const HeaderPair &header : hop.responseHeaders) {
        // Qt joins repeated fields (Set-Cookie with newlines); show each value on its own row.
        for (const QByteArray &value : header.second.split('\n')) {
            // A Location may name a password too; it is masked like a credential field.
            const QByteArray shown = header.first.compare("Location", Qt::CaseInsensitive) == 0
                ? maskUrlPasswordIn(value)
                : maskHeaderValue(header.first, value);
            auto *item = new QTreeWidgetItem(
                view, {escapeBytesForDisplay(header.first), escapeBytesForDisplay(shown)});
            item->setData(1, Qt::UserRole, QString::fromUtf8(value));
            const HeaderNote note = headerNote(header.first);
            if (!note.text.isEmpty()) {
                // Known fields explain themselves in a tooltip, with the spec that defines them.
                item->setToolTip(0, note.text + u" ("_s + note.spec + u')');
                item->setToolTip(1, note.text);
                QFont underlined = item->font(0);
                underlined.setUnderline(true);
                item->setFont(0, underlined);
            }
        }
    }
}

QString responseHeadersText(const QTreeWidget *view, bool selectedOnly)
{
    QStringList lines;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view->topLevelItem(i);
        if (!selectedOnly || item->isSelected())
            lines.append(item->text(0) + u": "_s + item->text(1)); // as shown: credentials stay masked
    }
    return lines.join(u'\n');
}

} // namespace StatusScope::Gui
