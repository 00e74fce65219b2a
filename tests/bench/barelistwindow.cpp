// SPDX-License-Identifier: MIT
// The second reference for the start-up figures: what the catalogue page shows, written with Qt
// Widgets alone and the most direct way (everything filled before the window is shown). A main
// window with a menu and a status bar around a search field, two filter boxes, a sorted three-column
// list of every catalogue entry and a rich-text detail pane of the first one, built as the app's is:
// a badge heading, a summary, a facts table, the description, specification and related links.
// Usage: barelistwindow CATALOGUE.json   (the output of `statusscope codes --json`)
#include "gui/firstpaint.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

QString esc(const QJsonValue &value)
{
    return value.toString().toHtmlEscaped();
}

QString paragraphs(const QJsonValue &value)
{
    QString html;
    for (const QString &paragraph : value.toString().split(u"\n\n"_s, Qt::SkipEmptyParts))
        html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString detailHtml(const QJsonObject &entry, const QPalette &palette)
{
    QString html = u"<h1><span style=\"background-color:#6b7280; color:#ffffff; font-weight:bold; "
                   "font-size:large;\">&nbsp;%1&nbsp;</span> %2</h1><p><b>%3</b></p>"_s.arg(
                       esc(entry[u"code_text"]), esc(entry[u"reason"]), esc(entry[u"summary"]));
    const auto row = [](const QString &label, const QString &value) {
        return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(label, value);
    };
    html += u"<table cellspacing=\"2\">"_s + row(u"Class"_s, esc(entry[u"class"]))
        + row(u"Origin"_s, esc(entry[u"origin_detail"]))
        + row(u"IANA registry"_s, entry[u"iana"].isNull() ? u"Not registered"_s : u"registered"_s)
        + row(u"Since"_s, esc(entry[u"since"]))
        + row(u"Cacheable by default"_s, u"No: only with explicit caching headers."_s) + u"</table>"_s;
    html += paragraphs(entry[u"description"]);
    html += u"<h3>Typical use</h3>"_s + paragraphs(entry[u"use"]);
    QStringList links;
    for (const QJsonValue &code : entry[u"related"].toArray())
        links.append(u"<a href=\"statusscope:code/%1\">%1</a>"_s.arg(code.toInt()));
    html += u"<h3>Related codes</h3><p>"_s + links.join(u" · "_s) + u"</p>"_s;
    return u"<html><head><style>h1 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
           ".muted { color: %1; } a { color: %2; } p { margin-top: 4px; margin-bottom: 6px; }"
           "</style></head><body>%3</body></html>"_s.arg(palette.color(QPalette::PlaceholderText).name(),
                                                         palette.color(QPalette::Link).name(), html);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QFile file(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    const QJsonArray entries
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
    if (entries.isEmpty()) {
        std::fprintf(stderr, "usage: barelistwindow CATALOGUE.json (statusscope codes --json)\n");
        return 2;
    }

    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s, &app, &QApplication::quit);
    auto *splitter = new QSplitter(&window);
    auto *browse = new QWidget(splitter);
    auto *layout = new QVBoxLayout(browse);
    layout->addWidget(new QLineEdit(browse));
    auto *filters = new QHBoxLayout;
    for (const QString &first : {u"All classes"_s, u"All origins"_s}) {
        auto *combo = new QComboBox(browse);
        combo->addItem(first);
        filters->addWidget(combo);
    }
    filters->addWidget(new QLabel(u"%1 codes"_s.arg(entries.size()), browse));
    layout->addLayout(filters);

    auto *model = new QStandardItemModel(0, 3, &window);
    model->setHorizontalHeaderLabels({u"Code"_s, u"Reason"_s, u"Origin"_s});
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        auto *code = new QStandardItem(entry[u"code_text"].toString());
        code->setData(entry[u"code"].toInt(), Qt::UserRole);
        code->setToolTip(entry[u"class"].toString());
        model->appendRow({code, new QStandardItem(entry[u"reason"].toString()),
                          new QStandardItem(entry[u"origin_detail"].toString())});
    }
    model->setSortRole(Qt::UserRole);
    auto *view = new QTreeView(browse);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setAlternatingRowColors(true);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->sortByColumn(0, Qt::AscendingOrder);
    view->header()->setStretchLastSection(true);
    view->setColumnWidth(1, 260);
    view->setCurrentIndex(model->index(0, 0));
    layout->addWidget(view);

    auto *detail = new QTextBrowser(splitter);
    detail->document()->setDocumentMargin(12);
    detail->setHtml(detailHtml(entries.first().toObject(), detail->palette()));
    splitter->setSizes({440, 560});

    window.setCentralWidget(splitter);
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(1100, 720);
    StatusScope::Gui::exitAfterFirstPaintIfAsked(&window);
    window.show();
    return app.exec();
}
