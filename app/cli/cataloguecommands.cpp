// SPDX-License-Identifier: MIT
#include "cli/cataloguecommands.h"

#include "cli/commandline.h"
#include "cli/numbers.h"
#include "cli/textlayout.h"
#include "core/catalogue/cataloguesearch.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/entryjson.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/catalogue/statusclass.h"
#include "core/catalogue/warncodes.h"
#include "core/i18n/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Cli {

namespace {

// Gives the free functions below a translation context of their own.
struct CatalogueCommands
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueCommands)
};

QString yesNo(bool value)
{
    return value ? CatalogueCommands::tr("yes") : CatalogueCommands::tr("no");
}

// The entry with every text escaped for the terminal (textlayout.h: displayText).
StatusEntry displayed(StatusEntry entry)
{
    for (QString *text : {&entry.codeText, &entry.reason, &entry.originDetail, &entry.summary,
                          &entry.description, &entry.since})
        *text = displayText(*text);
    for (QStringList *list : {&entry.aliases, &entry.headers}) {
        for (QString &text : *list)
            text = displayText(text);
    }
    if (entry.iana) {
        entry.iana->reason = displayText(entry.iana->reason);
        entry.iana->status = displayText(entry.iana->status);
    }
    for (SpecRef &ref : entry.specRefs)
        ref.title = displayText(ref.title);
    for (SpecRef &source : entry.sources)
        source.title = displayText(source.title);
    entry.folklore = displayText(entry.folklore);
    return entry;
}

QString relatedText(const StatusCatalogue &catalogue, const QList<int> &codes)
{
    QStringList parts;
    for (int code : codes) {
        const QList<StatusEntry> entries = catalogue.entriesForCode(code);
        parts.append(entries.isEmpty()
                         ? QString::number(code)
                         : displayText(entries.first().codeText + u' ' + entries.first().reason));
    }
    return parts.join(u", "_s);
}

// "In code": each framework's name for the code, one line per framework and one more for the
// older names it keeps, so the lines stay short (the language and sources are in --json). A name
// too long to share a line with its framework (Symfony's 71-letter deprecated 425) goes under it.
void writeConstants(QTextStream &out, const StatusEntry &entry, const QString &indent, int width)
{
    if (entry.constants.isEmpty())
        return;
    QList<QStringList> rows;
    for (const CodeConstant &constant : entry.constants) {
        rows.append({constant.framework,
                     constant.reason.isEmpty() ? constant.name
                                               : constant.name + u" → \""_s + constant.reason + u'"'});
        for (const QString &alias : constant.alsoNames)
            rows.append({QString(), CatalogueCommands::tr("also %1").arg(alias)});
    }
    out << '\n' << indent << CatalogueCommands::tr("In code:") << '\n';
    const QStringList lines = formatTable(rows).split(u'\n', Qt::SkipEmptyParts);
    const bool fits = std::all_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return indent.size() + 2 + line.size() <= width;
    });
    if (fits) {
        for (const QString &line : lines)
            out << indent << "  " << line << '\n';
        return;
    }
    for (const QStringList &row : std::as_const(rows)) {
        if (!row.first().isEmpty())
            out << indent << "  " << row.first() << '\n';
        out << indent << "    " << row.last() << '\n';
    }
}

void writeEntry(QTextStream &out, const StatusCatalogue &catalogue, const StatusEntry &given,
                const CatalogueTranslation &translation)
{
    QList<EntryText> fallbacks;
    const StatusEntry entry = displayed(translation.localized(given, &fallbacks));
    const int width = terminalWidth();
    const QString indent = u"    "_s;
    const StatusClass statusClass = classOfCode(entry.code);
    // The reason phrase as servers send it, then what it means in the reader's language.
    const QString gloss = displayText(translation.reasonGloss(given));
    out << entry.codeText << ' ' << entry.reason << (gloss.isEmpty() ? QString() : u" — "_s + gloss)
        << (entry.deprecated ? CatalogueCommands::tr(" (deprecated)") : QString()) << '\n';
    out << indent << classKey(statusClass) << ' ' << className(statusClass) << " · "
        << originName(entry.origin) << " · " << entry.originDetail << '\n';
    out << wrapText(entry.summary, width, indent) << "\n\n";
    out << wrapText(entry.description, width, indent) << "\n\n";

    QList<QStringList> facts;
    if (entry.iana)
        facts.append({CatalogueCommands::tr("IANA registry:"),
                      CatalogueCommands::tr("\"%1\" (%2)").arg(entry.iana->reason, entry.iana->status)});
    else
        facts.append({CatalogueCommands::tr("IANA registry:"), CatalogueCommands::tr("not registered")});
    if (!entry.aliases.isEmpty())
        facts.append({CatalogueCommands::tr("Also called:"), entry.aliases.join(u", "_s)});
    facts.append({CatalogueCommands::tr("Since:"), entry.since});
    if (!entry.headers.isEmpty())
        facts.append({CatalogueCommands::tr("Headers:"), entry.headers.join(u", "_s)});
    facts.append({CatalogueCommands::tr("Cacheable by default:"), yesNo(entry.cacheable)});
    if (entry.redirect)
        facts.append({CatalogueCommands::tr("Redirect:"), redirectDescription(*entry.redirect)});
    for (const SpecRef &ref : entry.specRefs)
        facts.append({CatalogueCommands::tr("Reference:"), ref.title + u"  "_s + ref.url});
    for (const SpecRef &source : entry.sources) {
        if (!entry.specRefs.contains(source)) // already printed as a reference
            facts.append({CatalogueCommands::tr("Source:"), source.title + u"  "_s + source.url});
    }
    if (!entry.related.isEmpty())
        facts.append({CatalogueCommands::tr("Related:"), relatedText(catalogue, entry.related)});
    for (const QString &line : formatTable(facts).split(u'\n', Qt::SkipEmptyParts))
        out << indent << line << '\n';
    writeConstants(out, entry, indent, width);
    // Told apart from the facts above: nothing checkable backs it.
    if (!entry.folklore.isEmpty())
        out << '\n'
            << wrapText(CatalogueCommands::tr("Widely repeated, no primary source: %1").arg(entry.folklore),
                        width, indent)
            << '\n';
    if (!fallbacks.isEmpty())
        out << wrapText(
            CatalogueCommands::tr("Some of these texts are not translated yet and are shown in English."),
            width, indent)
            << '\n';
}

// The language of the catalogue's texts: --lang, which also sets the language of every other
// sentence, else the interface's, which follows the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
std::optional<QString> chooseLanguage(const QCommandLineParser &parser, QTextStream &err,
                                      const QString &command)
{
    if (!parser.isSet(u"lang"_s))
        return installedLanguage();
    const QString wanted = parser.value(u"lang"_s);
    const QString code = CatalogueTranslation::languageCode(wanted);
    const QStringList languages = CatalogueTranslation::builtinLanguages();
    if (!languages.contains(code)) {
        err << CatalogueCommands::tr("statusscope %1: \"%2\" is not a catalogue language; use one of %3.")
                   .arg(command, wanted, languages.join(u", "_s))
            << Qt::endl;
        return std::nullopt;
    }
    if (QCoreApplication *app = QCoreApplication::instance())
        installTranslations(*app, QLocale(code));
    return code;
}

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption(
        {u"lang"_s,
         CatalogueCommands::tr("Texts in LANG (en, de, fr or es) instead of the environment's language."),
         u"LANG"_s});
}

// Up to four digits: "404", "000", or "４１８" from an input method.
std::optional<int> parseCode(const QString &text)
{
    const std::optional<qint64> code = parseWholeNumber(text);
    if (!code || text.toUcs4().size() > 4)
        return std::nullopt;
    return int(*code);
}

} // namespace

std::optional<StatusCatalogue> loadCatalogue(const QCommandLineParser &parser, QTextStream &err)
{
    const QString path = parser.value(u"catalogue"_s);
    CatalogueError error;
    std::optional<StatusCatalogue> catalogue
        = path.isEmpty() ? StatusCatalogue::builtin(&error) : StatusCatalogue::fromFile(path, &error);
    if (!catalogue)
        err << CatalogueCommands::tr("statusscope: the catalogue could not be loaded: %1")
                   .arg(error.toString())
            << Qt::endl;
    return catalogue;
}

void configureExplain(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, CatalogueCommands::tr("Print JSON instead of text.")});
    addLanguageOption(parser);
    parser.addPositionalArgument(u"CODE"_s,
                                 CatalogueCommands::tr("The status code, for example 404 or 000."));
}

int runExplain(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << CatalogueCommands::tr(
            "statusscope explain: give exactly one status code, for example \"statusscope explain 404\".")
            << Qt::endl;
        return ExitUsage;
    }
    const std::optional<int> code = parseCode(positional.first());
    if (!code) {
        err << CatalogueCommands::tr(
                   "statusscope explain: \"%1\" is not a status code; a status code is a number such as 404.")
                   .arg(positional.first())
            << Qt::endl;
        return ExitUsage;
    }
    const std::optional<QString> language = chooseLanguage(parser, err, u"explain"_s);
    if (!language)
        return ExitUsage;
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(*language);
    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    const QList<StatusEntry> entries = catalogue->entriesForCode(*code);
    const StatusClass statusClass = classOfCode(*code);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const StatusEntry &entry : entries)
            array.append(entryToJson(entry));
        QJsonObject document{
            {u"code"_s, *code},
            {u"class"_s, classKey(statusClass)},
            {u"class_name"_s, className(statusClass)},
            {u"class_description"_s, catalogue->classDescription(statusClass)},
            {u"catalogued"_s, !entries.isEmpty()},
            {u"entries"_s, array},
        };
        // 110, 214…: not a status code at all, but the obsolete Warning header's.
        if (const std::optional<WarnCode> warn = warnCode(*code); warn && entries.isEmpty())
            document.insert(u"warning_header_code"_s,
                            QJsonObject{{u"name"_s, warn->name}, {u"spec"_s, warn->spec}});
        out << jsonForTerminal(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return entries.isEmpty() ? ExitNotFound : ExitSuccess;
    }

    if (entries.isEmpty()) {
        out << CatalogueCommands::tr("%1 is not in the catalogue.").arg(*code) << '\n';
        if (const std::optional<QString> note = warnCodeNote(*code))
            out << wrapText(*note, terminalWidth(), QString()) << '\n';
        out << wrapText(CatalogueCommands::tr("By its number it belongs to %1 (%2): %3")
                            .arg(classKey(statusClass), className(statusClass),
                                 translation.classDescription(*catalogue, statusClass).text),
                        terminalWidth(), QString())
            << '\n';
        return ExitNotFound;
    }
    if (entries.size() > 1)
        out << CatalogueCommands::tr("%1 has %n meanings.", nullptr, int(entries.size())).arg(*code)
            << "\n\n";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out << '\n';
        writeEntry(out, *catalogue, entries.at(i), translation);
    }
    return ExitSuccess;
}

void configureCodes(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, CatalogueCommands::tr("Print JSON instead of text.")});
    parser.addOption({u"class"_s,
                      CatalogueCommands::tr("Only codes of CLASS: 1xx, 2xx, 3xx, 4xx, 5xx or other."),
                      u"CLASS"_s});
    parser.addOption(
        {u"origin"_s,
         CatalogueCommands::tr(
             "Only codes of ORIGIN: standard, webdav, experimental, historical, vendor or unofficial."),
         u"ORIGIN"_s});
    parser.addOption({u"search"_s,
                      CatalogueCommands::tr("Only codes matching TEXT, in English or in the catalogue's "
                                            "language (--lang), as in the window's search field."),
                      u"TEXT"_s});
    addLanguageOption(parser);
}

int runCodes(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.positionalArguments().isEmpty()) {
        err << CatalogueCommands::tr("statusscope codes: unexpected argument \"%1\"; filters are given with "
                                     "--class, --origin and --search.")
                   .arg(parser.positionalArguments().first())
            << Qt::endl;
        return ExitUsage;
    }
    std::optional<StatusClass> classFilter;
    if (parser.isSet(u"class"_s)) {
        classFilter = classFromKey(parser.value(u"class"_s));
        if (!classFilter) {
            err << CatalogueCommands::tr(
                       "statusscope codes: \"%1\" is not a class; use 1xx, 2xx, 3xx, 4xx, 5xx or other.")
                       .arg(parser.value(u"class"_s))
                << Qt::endl;
            return ExitUsage;
        }
    }
    std::optional<OriginKind> originFilter;
    if (parser.isSet(u"origin"_s)) {
        originFilter = originFromKey(parser.value(u"origin"_s));
        if (!originFilter) {
            err << CatalogueCommands::tr("statusscope codes: \"%1\" is not an origin; use one of %2.")
                       .arg(parser.value(u"origin"_s), originKeys().join(u", "_s))
                << Qt::endl;
            return ExitUsage;
        }
    }
    const std::optional<QString> language = chooseLanguage(parser, err, u"codes"_s);
    if (!language)
        return ExitUsage;
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(*language);
    const std::optional<StatusCatalogue> catalogue = loadCatalogue(parser, err);
    if (!catalogue)
        return ExitDataError;

    const CatalogueSearch search(parser.value(u"search"_s));
    QList<std::pair<CatalogueSearch::Rank, StatusEntry>> ranked;
    for (const StatusEntry &entry : catalogue->entries()) {
        if ((!classFilter || classOfCode(entry.code) == *classFilter)
            && (!originFilter || entry.origin == *originFilter)) {
            // In the chosen language's texts too, as the window searches them.
            const CatalogueSearch::Rank rank
                = search.rank(entry, CatalogueSearch::haystackFor(entry, &translation));
            if (rank != CatalogueSearch::NoMatch)
                ranked.append({rank, entry});
        }
    }
    // Best matches first, as in the window; the catalogue's order within a rank.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<StatusEntry> selected;
    for (auto &[rank, entry] : ranked)
        selected.append(std::move(entry));

    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const StatusEntry &entry : std::as_const(selected))
            array.append(entryToJson(entry));
        out << jsonForTerminal(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (selected.isEmpty()) {
        err << CatalogueCommands::tr("No catalogue entry matches these filters.") << Qt::endl;
        return ExitNotFound;
    }
    QList<QStringList> rows{{CatalogueCommands::tr("CODE"), CatalogueCommands::tr("REASON"),
                             CatalogueCommands::tr("CLASS"), CatalogueCommands::tr("ORIGIN")}};
    for (const StatusEntry &entry : std::as_const(selected))
        rows.append({displayText(entry.codeText), displayText(entry.reason),
                     classKey(classOfCode(entry.code)),
                     originKey(entry.origin) + u" ("_s
                         + displayText(translation.text(entry, EntryText::OriginDetail).text) + u')'});
    out << formatTable(rows);
    return ExitSuccess;
}

} // namespace StatusScope::Cli
