// SPDX-License-Identifier: MIT
// Alt+letter reaches one control at a time: no two texts shown together in one window take the
// same mnemonic, in any of the translations.
#include "tsfile.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

namespace {

// Texts shown together, by their .ts context and source. The Designer forms have the context of
// their class name without namespace; the code has the namespaced one.
struct Part
{
    const char *context;
    QList<const char *> sources;
};

const QHash<QString, Part> &parts()
{
    static const QHash<QString, Part> table{
        {u"menu bar"_s, {"MainWindow", {"&File", "&Edit", "&View", "&Tools", "&Help"}}},
        {u"File menu"_s,
         {"MainWindow",
          {"&Save Request…", "&Open HAR…", "&Export Chain as HAR…", "Export Chain as HAR with C&redentials…",
           "Import &curl Command…", "&Quit"}}},
        {u"Edit menu"_s,
         {"MainWindow",
          {"&Find in Catalogue", "Edit &URL", "&Copy Request as curl",
           "Copy Request as curl with C&redentials", "&Preferences…"}}},
        // File → Open .http File… and Export Saved Folder as .http…, put in the File menu by code.
        {u"File menu (.http)"_s,
         {"StatusScope::Gui::HttpFileActions", {"Open .&http File…", "Export Sa&ved Folder as .http…"}}},
        {u"View menu"_s,
         {"MainWindow",
          {"&Catalogue", "Request C&onsole", "&Audit Redirects", "&History", "&Go to Code…",
           "Co&mpare Codes…", "&Reset Layout"}}},
        {u"View menu (code)"_s, {"StatusScope::Gui::MainWindow", {"&Language"}}},
        {u"Tools menu"_s, {"MainWindow", {"&Playground", "&Quiz…"}}},
        {u"Help menu"_s, {"MainWindow", {"&Keyboard Shortcuts", "&About StatusScope", "About &Qt"}}},
        {u"catalogue page"_s, {"CataloguePage", {"&Clear search and filters"}}},
        // The compose tabs' titles are always there; a tab's own controls only while it is in front.
        // The console is two forms: the composer (RequestComposer) above the chain view (ChainView).
        {u"console"_s, {"RequestComposer", {"&Send", "Heade&rs", "&Body", "&Options"}}},
        {u"console: Headers tab"_s, {"RequestComposer", {"&Add header", "Re&move header"}}},
        {u"console: Body tab"_s, {"RequestComposer", {"&Content type:", "From fi&le…"}}},
        {u"console: Options tab"_s,
         {"RequestComposer",
          {"Follo&w redirects", "Ma&ximum redirects:", "Timeout without data:", "Maximum body per hop:",
           "Whole chain limit:", "Low-speed limit:", "Allow https → http down&grades",
           "Pinned &addresses:", "Authenti&cation:"}}},
        {u"console: response headers tab"_s, {"ChainView", {"Copy selected", "Copy all"}}},
        {u"history banner"_s, {"StatusScope::Gui::HistoryPanel", {"Tr&y again"}}},
        {u"history: History tab"_s,
         {"StatusScope::Gui::HistoryPanel",
          {"Re-r&un", "&Delete", "Clear all…", "Credentials &in history:"}}},
        {u"history: Saved tab"_s, {"StatusScope::Gui::HistoryPanel", {"O&pen", "Re&name…", "&Delete"}}},
        // The round-over text of the action button has no mnemonic: New round beside it has Alt+N.
        {u"quiz"_s,
         {"StatusScope::Gui::QuizDialog",
          {"Only codes I &met in the console", "Only codes I got &wrong before", "&Open in catalogue",
           "&New round"}}},
        {u"quiz: Check"_s, {"StatusScope::Gui::QuizDialog", {"&Check"}}},
        {u"quiz: Next"_s, {"StatusScope::Gui::QuizDialog", {"Ne&xt"}}},
        {u"quiz: Finish"_s, {"StatusScope::Gui::QuizDialog", {"&Finish"}}},
        {u"comparison"_s, {"StatusScope::Gui::ComparisonDialog", {"&Ready-made:", "&Codes:"}}},
        // Edit → Preferences: the page titles are always there, one page's controls at a time.
        {u"preferences"_s, {"PreferencesDialog", {"&Network", "Cer&tificates", "&Defaults"}}},
        {u"preferences: Network"_s,
         {"PreferencesDialog",
          {"&System proxy settings", "No pro&xy", "&Manual proxy:", "T&ype:", "&Host:", "&Port:", "&User:",
           "Pass&word:", "Bypass the proxy &for:"}}},
        {u"preferences: Certificates"_s,
         {"PreferencesDialog",
          {"Add CA &files…", "&Remove", "Host &pattern:", "&Certificate file:", "&Key file:", "Pass&word:",
           "&Add client certificate", "Re&move"}}},
        {u"preferences: Defaults"_s,
         {"PreferencesDialog", {"&HTTP version:", "&Inactivity timeout:", "&Whole chain limit:"}}},
        // View → Audit Redirects: the page's form, its input tabs and its buttons. Start and
        // Pause/Resume take turns in one place and share Alt+S; Browse… is on the File tab only.
        // The options (Alt+O) open over the page, a window of their own.
        {u"audit page"_s,
         {"AuditPage",
          {"Fi&le", "Paste &map or list", "Sitem&ap URL", "&Kind:", "&Options", "&Cancel", "&Re-run failed",
           "E&xport", "Sho&w:"}}},
        {u"audit: File tab"_s, {"AuditPage", {"&Browse…"}}},
        {u"audit options"_s,
         {"AuditPage",
          {"Ignore &query", "I&gnore trailing slash", "HEAD requests onl&y",
           "Chains at &once:", "&At most per host:", "Max &chain:"}}},
        {u"audit: Start"_s, {"AuditPage", {"&Start"}}},
        {u"audit: Pause"_s, {"AuditPage", {"Pau&se"}}},
        {u"audit: Pause (code)"_s, {"StatusScope::Gui::AuditPage", {"Pau&se"}}},
        {u"audit: Resume"_s, {"StatusScope::Gui::AuditPage", {"Re&sume"}}},
        {u"audit export menu"_s,
         {"StatusScope::Gui::AuditPage",
          {"&CSV…", "&JSON Lines…", "&HAR (credentials masked)…", "HAR with c&redentials…"}}},
        // Several curl requests in one paste: which to open, or all saved in a folder.
        {u"curl paste"_s,
         {"StatusScope::Gui::CurlPasteDialog", {"Save in &folder:", "&Open selected", "&Save all"}}},
        // The password asked for once per session when no keychain has it.
        {u"password question"_s,
         {"StatusScope::Gui::SecretDialog", {"&Password:", "&Remember for this session"}}},
    };
    return table;
}

// A window, as the parts it always shows and the choices of what else (one of each list).
struct Window
{
    QString name;
    QStringList always;
    QList<QStringList> oneOf; // an empty name: nothing more
};

const QList<Window> &windows()
{
    static const QList<Window> list{
        {u"main window with the catalogue"_s,
         {u"menu bar"_s, u"catalogue page"_s, u"history banner"_s},
         {{u"history: History tab"_s, u"history: Saved tab"_s}}},
        {u"main window with the console"_s,
         {u"menu bar"_s, u"console"_s, u"history banner"_s},
         {{u"console: Headers tab"_s, u"console: Body tab"_s, u"console: Options tab"_s},
          {u"console: response headers tab"_s, QString()},
          {u"history: History tab"_s, u"history: Saved tab"_s}}},
        // The history dock stays beside the Audit page.
        {u"main window with the audit page"_s,
         {u"menu bar"_s, u"audit page"_s, u"history banner"_s},
         {{u"audit: Start"_s, u"audit: Pause"_s, u"audit: Pause (code)"_s, u"audit: Resume"_s},
          {u"audit: File tab"_s, QString()},
          {u"history: History tab"_s, u"history: Saved tab"_s}}},
        {u"Audit export menu"_s, {u"audit export menu"_s}, {}},
        {u"Audit options"_s, {u"audit options"_s}, {}},
        {u"File menu"_s, {u"File menu"_s, u"File menu (.http)"_s}, {}},
        {u"Edit menu"_s, {u"Edit menu"_s}, {}},
        {u"View menu"_s, {u"View menu"_s, u"View menu (code)"_s}, {}},
        {u"Tools menu"_s, {u"Tools menu"_s}, {}},
        {u"Help menu"_s, {u"Help menu"_s}, {}},
        {u"Quiz"_s, {u"quiz"_s}, {{u"quiz: Check"_s, u"quiz: Next"_s, u"quiz: Finish"_s}}},
        {u"Compare Codes"_s, {u"comparison"_s}, {}},
        {u"Preferences"_s,
         {u"preferences"_s},
         {{u"preferences: Network"_s, u"preferences: Certificates"_s, u"preferences: Defaults"_s}}},
        {u"Password question"_s, {u"password question"_s}, {}},
        {u"Several curl requests"_s, {u"curl paste"_s}, {}},
    };
    return list;
}

// Every combination of one part from each list of choices.
QList<QStringList> combinations(const Window &window)
{
    QList<QStringList> result{window.always};
    for (const QStringList &choices : window.oneOf) {
        QList<QStringList> next;
        for (const QStringList &partial : std::as_const(result)) {
            for (const QString &choice : choices)
                next.append(choice.isEmpty() ? partial : partial + QStringList{choice});
        }
        result = next;
    }
    return result;
}

// The key Alt goes with: the character after the first single "&" ("&&" is a literal &).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toUpper();
        ++i;
    }
    return {};
}

// The contexts whose texts with a mnemonic the table must hold, so a new button is not forgotten.
const QStringList &coveredContexts()
{
    static const QStringList contexts{u"MainWindow"_s,
                                      u"CataloguePage"_s,
                                      u"RequestComposer"_s,
                                      u"ChainView"_s,
                                      u"StatusScope::Gui::MainWindow"_s,
                                      u"StatusScope::Gui::CataloguePage"_s,
                                      u"StatusScope::Gui::RequestConsole"_s,
                                      u"StatusScope::Gui::RequestComposer"_s,
                                      u"StatusScope::Gui::ChainView"_s,
                                      u"StatusScope::Gui::HistoryPanel"_s,
                                      u"StatusScope::Gui::QuizDialog"_s,
                                      u"StatusScope::Gui::ComparisonDialog"_s,
                                      u"PreferencesDialog"_s,
                                      u"StatusScope::Gui::PreferencesDialog"_s,
                                      u"StatusScope::Gui::SecretDialog"_s,
                                      u"StatusScope::Gui::CurlPasteDialog"_s,
                                      u"StatusScope::Gui::HttpFileActions"_s,
                                      u"AuditPage"_s,
                                      u"StatusScope::Gui::AuditPage"_s};
    return contexts;
}

QString key(const QString &context, const QString &source)
{
    return context + u'\x1f' + source;
}

// Every form and source file of the application, to find a text that the translations do not
// hold yet (they are brought up to date with the code at the end of a session): such a text is
// shown as written, in every language, until it is translated.
const QString &applicationSources()
{
    static const QString text = [] {
        QString all;
        for (const char *folder : {"/app", "/ui"}) {
            QDirIterator files(QStringLiteral(STATUSSCOPE_SOURCE_DIR) + QString::fromLatin1(folder),
                               {u"*.cpp"_s, u"*.h"_s, u"*.ui"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly))
                    all += QString::fromUtf8(file.readAll());
            }
        }
        return all;
    }();
    return text;
}

bool inTheCode(const QString &source)
{
    QString escaped = source;
    escaped.replace(u'&', u"&amp;"_s); // as a form writes it
    return applicationSources().contains(u'"' + source + u'"')
        || applicationSources().contains(u'>' + escaped + u'<');
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noTwoInOneWindow_data();
    void noTwoInOneWindow();
};

void tst_Mnemonics::noTwoInOneWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "de", "fr", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void tst_Mnemonics::noTwoInOneWindow()
{
    QFETCH(QString, language);
    const QString path
        = QStringLiteral(STATUSSCOPE_SOURCE_DIR) + u"/translations/statusscope_"_s + language + u".ts"_s;
    // What each text reads as in this language: its translation, or the source when there is none
    // (English carries only plural forms).
    QHash<QString, QString> shown;
    QStringList notInTable;
    QSet<QString> inTable;
    for (const Part &part : parts()) {
        for (const char *source : part.sources)
            inTable.insert(key(QString::fromLatin1(part.context), QString::fromUtf8(source)));
    }
    for (const Test::TsMessage &message : Test::readTs(path)) {
        const QString text = message.translations.isEmpty() ? message.source : message.translations.first();
        shown.insert(key(message.context, message.source), text);
        // A text the code no longer has is left out: the next update of the translations marks it
        // vanished.
        if (coveredContexts().contains(message.context) && !mnemonicOf(message.source).isNull()
            && !inTable.contains(key(message.context, message.source)) && inTheCode(message.source))
            notInTable.append(message.context + u": "_s + message.source);
    }
    QVERIFY2(
        notInTable.isEmpty(),
        qPrintable(u"Put these in the table of the window that shows them: "_s + notInTable.join(u" | "_s)));

    // Each clash once, however many combinations show it. The menu bar and the console's forms
    // are another helper's to change: clashes among them alone are listed apart (see below).
    QStringList collisions;
    QStringList consoleCollisions;
    for (const Window &window : windows()) {
        for (const QStringList &combination : combinations(window)) {
            QHash<QChar, QStringList> byKey;
            QHash<QString, bool> fixedElsewhere; // text -> in the menu bar or the console's forms
            for (const QString &partName : combination) {
                const Part &part = parts().value(partName);
                QVERIFY2(part.context, qPrintable(u"no part named “%1”"_s.arg(partName)));
                for (const char *source : part.sources) {
                    const QString id = key(QString::fromLatin1(part.context), QString::fromUtf8(source));
                    const QString written = QString::fromUtf8(source);
                    QVERIFY2(
                        shown.contains(id) || inTheCode(written),
                        qPrintable(u"“%1” is neither in %2 nor in the code: the table is out of date"_s.arg(
                            written, path)));
                    const QString text = shown.value(id, written);
                    const QChar letter = mnemonicOf(text);
                    if (letter.isNull())
                        continue;
                    byKey[letter].append(text);
                    fixedElsewhere[text] = partName == u"menu bar"
                        || qstrcmp(part.context, "RequestComposer") == 0
                        || qstrcmp(part.context, "ChainView") == 0;
                }
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
                if (it.value().size() < 2)
                    continue;
                QStringList texts = it.value();
                texts.sort();
                const QString line
                    = u"%1: Alt+%2 for %3"_s.arg(window.name).arg(it.key()).arg(texts.join(u", "_s));
                const bool console = std::all_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
                    return fixedElsewhere.value(text);
                });
                (console ? consoleCollisions : collisions).append(line);
            }
        }
    }
    collisions.removeDuplicates();
    consoleCollisions.removeDuplicates();
    for (const QString &collision : std::as_const(collisions))
        qWarning().noquote() << collision;
    QVERIFY2(collisions.isEmpty(), qPrintable(u"%1 collision(s), listed above"_s.arg(collisions.size())));
    if (!consoleCollisions.isEmpty())
        qInfo().noquote() << u"Left to the console's forms (its own texts and the menu bar):\n"_s
                + consoleCollisions.join(u'\n');
    QVERIFY(consoleCollisions.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"
