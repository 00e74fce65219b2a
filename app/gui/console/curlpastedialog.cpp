// SPDX-License-Identifier: MIT
#include "gui/console/curlpastedialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

QString describe(const Core::RequestSpec &request)
{
    return QString::fromLatin1(request.method) + u' '
        + request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

CurlPasteDialog::CurlPasteDialog(const QList<Core::CurlImport> &imports, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Several curl requests"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The pasted text holds %n curl requests. Open the checked one in the console "
                                "(the other checked ones are saved), or save them all.",
                                nullptr, int(imports.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Pasted requests"));
    for (qsizetype i = 0; i < imports.size(); ++i) {
        const Core::CurlImport &import = imports.at(i);
        auto *item = new QListWidgetItem(describe(import.request), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(i == 0 ? Qt::Checked : Qt::Unchecked);
        // What curl would have done that this request does not: said before it is opened.
        if (!import.ignored.isEmpty())
            item->setToolTip(tr("Not applied:\n%1").arg(import.ignored.join(u'\n')));
    }
    layout->addWidget(m_list, 1);
    // What curl would do that the highlighted request does not, where the keyboard reaches it too.
    auto *notApplied = new QLabel(this);
    notApplied->setWordWrap(true);
    notApplied->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(notApplied);
    connect(m_list, &QListWidget::currentRowChanged, notApplied, [notApplied, imports](int row) {
        const QStringList ignored
            = row >= 0 && row < imports.size() ? imports.at(row).ignored : QStringList();
        notApplied->setText(ignored.isEmpty()
                                ? tr("Request %1: every option applies.").arg(row + 1)
                                : tr("Request %1, not applied: %2").arg(row + 1).arg(ignored.join(u"; "_s)));
    });
    m_list->setCurrentRow(0);

    auto *form = new QFormLayout;
    m_folder = new QLineEdit(defaultFolder(QDateTime::currentDateTime()), this);
    auto *folderLabel = new QLabel(tr("Save in &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, m_folder);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open selected"), QDialogButtonBox::AcceptRole);
    QPushButton *saveAll = buttons->addButton(tr("&Save all"), QDialogButtonBox::ActionRole);
    m_open->setDefault(true);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_action = CurlPasteChoice::Action::OpenChecked;
        accept();
    });
    connect(saveAll, &QPushButton::clicked, this, [this] {
        m_action = CurlPasteChoice::Action::SaveAll;
        accept();
    });
    connect(m_list, &QListWidget::itemChanged, this, &CurlPasteDialog::updateOpenButton);
    // Enter on a row opens that row, whatever else is checked.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(m_list->item(row) == item ? Qt::Checked : Qt::Unchecked);
        m_action = CurlPasteChoice::Action::OpenChecked;
        accept();
    });
    m_list->setFocus();
    resize(560, 360);
}

void CurlPasteDialog::updateOpenButton()
{
    bool any = false;
    for (int row = 0; row < m_list->count() && !any; ++row)
        any = m_list->item(row)->checkState() == Qt::Checked;
    m_open->setEnabled(any);
}

CurlPasteChoice CurlPasteDialog::choice() const
{
    CurlPasteChoice choice;
    choice.action = m_action;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            choice.checked.append(row);
    }
    choice.folder = m_folder->text().trimmed();
    if (choice.folder.isEmpty())
        choice.folder = defaultFolder(QDateTime::currentDateTime());
    return choice;
}

QString CurlPasteDialog::defaultFolder(const QDateTime &when)
{
    return tr("curl paste %1").arg(when.toString(u"yyyy-MM-dd HH:mm"_s));
}

QString pastedRequestName(qsizetype index, const Core::RequestSpec &request)
{
    return u"%1. %2"_s.arg(index + 1).arg(describe(request));
}

QString carryOutCurlPaste(
    const CurlPasteChoice &choice, const QList<Core::CurlImport> &imports,
    const std::function<void(const Core::CurlImport &)> &open,
    const std::function<bool(const QString &, const QString &, const Core::RequestSpec &)> &save)
{
    QList<qsizetype> toSave;
    qsizetype opened = -1;
    if (choice.action == CurlPasteChoice::Action::SaveAll) {
        for (qsizetype i = 0; i < imports.size(); ++i)
            toSave.append(i);
    } else {
        for (const qsizetype index : choice.checked) {
            if (index < 0 || index >= imports.size())
                continue;
            if (opened < 0)
                opened = index;
            else
                toSave.append(index);
        }
    }
    if (opened >= 0)
        open(imports.at(opened));
    for (const qsizetype index : std::as_const(toSave)) {
        if (!save(choice.folder, pastedRequestName(index, imports.at(index).request),
                  imports.at(index).request))
            return {};
    }
    if (opened < 0)
        return CurlPasteDialog::tr("Saved %n pasted requests in “%1”.", nullptr, int(toSave.size()))
            .arg(choice.folder);
    if (toSave.isEmpty())
        return CurlPasteDialog::tr("Opened request %1 of the paste.").arg(opened + 1);
    return CurlPasteDialog::tr("Opened request %1 of the paste; saved %n more in “%2”.", nullptr,
                               int(toSave.size()))
        .arg(opened + 1)
        .arg(choice.folder);
}

} // namespace StatusScope::Gui
