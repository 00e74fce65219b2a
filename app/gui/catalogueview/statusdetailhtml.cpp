// SPDX-License-Identifier: MIT
#include "gui/catalogueview/statusdetailhtml.h"

#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statusclass.h"
#include "core/i18n/translations.h"
#include "gui/widgets/classcolors.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

// Gives the free functions below a translation context of their own.
struct StatusDetail
{
    Q_DECLARE_TR_FUNCTIONS(StatusDetail)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// `suffixHtml` ends the last paragraph (the "(English)" mark of an untranslated text).
QString paragraphs(const QString &text, const QString &suffixHtml = {})
{
    static const QRegularExpression paragraphBreak(u"\\n\\s*\\n"_s);
    QStringList html;
    for (const QString &paragraph : text.split(paragraphBreak, Qt::SkipEmptyParts))
        html.append(u"<p>"_s + esc(paragraph.simplified()));
    if (!html.isEmpty())
        html.last() += suffixHtml;
    return html.join(u"</p>"_s) + (html.isEmpty() ? QString() : u"</p>"_s);
}

// The mark after a text shown in English because its translation is missing or stale.
QString englishMark(bool fallback)
{
    return fallback ? u" <span class=\"muted\">"_s + esc(StatusDetail::tr("(English)")) + u"</span>"_s
                    : QString();
}

QString badge(const StatusEntry &entry, const QString &sizeCss)
{
    const QColor fill = classColor(classOfCode(entry.code));
    return u"<span style=\"background-color:%1; color:%2; font-weight:bold; %3\">&nbsp;%4&nbsp;</span>"_s.arg(
        fill.name(), textColorOn(fill).name(), sizeCss, esc(entry.codeText));
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label),
                                                                                        valueHtml);
}

QString ianaText(const StatusEntry &entry)
{
    if (!entry.iana)
        return esc(StatusDetail::tr("Not registered"));
    static const QHash<QString, const char *> statuses{
        {u"permanent"_s, QT_TRANSLATE_NOOP("StatusDetail", "registered")},
        {u"temporary"_s, QT_TRANSLATE_NOOP("StatusDetail", "temporary registration")},
        {u"reserved"_s, QT_TRANSLATE_NOOP("StatusDetail", "reserved")},
        {u"obsoleted"_s, QT_TRANSLATE_NOOP("StatusDetail", "obsoleted")},
    };
    return esc(StatusDetail::tr("%1, as “%2”")
                   .arg(QCoreApplication::translate("StatusDetail",
                                                    statuses.value(entry.iana->status, "registered")),
                        entry.iana->reason));
}

// Where the entry's facts can be checked, and what is said about the code without any source
// (kept apart, so that a reader never mistakes it for a checked fact).
QString sourcesHtml(const StatusEntry &entry)
{
    QString html;
    if (!entry.folklore.isEmpty())
        html += u"<p><i>"_s
            + esc(StatusDetail::tr("Widely repeated, no primary source: %1").arg(entry.folklore))
            + u"</i></p>"_s;
    QStringList links;
    for (const SpecRef &source : entry.sources) {
        // A vendor page already linked under "Specification" is not repeated.
        if (!entry.specRefs.contains(source))
            links.append(u"<li><a href=\"%1\">%2</a></li>"_s.arg(
                esc(QUrl(source.url).toString(QUrl::FullyEncoded)), esc(source.title)));
    }
    if (!links.isEmpty())
        html += u"<h3>"_s + esc(StatusDetail::tr("Sources")) + u"</h3><ul>"_s + links.join(QString())
            + u"</ul>"_s;
    return html;
}

QString page(const QPalette &palette, const QString &body)
{
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString link = palette.color(QPalette::Link).name();
    return u"<html><head><style>"
           "h1 { margin-bottom: 2px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
           ".muted { color: %1; } a { color: %2; } p { margin-top: 4px; margin-bottom: 6px; }"
           "</style></head><body>%3</body></html>"_s.arg(muted, link, body);
}

// "In code": the constant each framework names the code with, the framework linking to the file
// the name was taken from. A table of reason phrases shows how code reads the phrase, and the phrase.
QString inCodeSection(const StatusEntry &entry)
{
    if (entry.constants.isEmpty())
        return {};
    QString rows;
    for (const CodeConstant &constant : entry.constants) {
        QString name = u"<code>"_s + esc(constant.name) + u"</code>"_s;
        if (!constant.reason.isEmpty())
            name += u" → “"_s + esc(constant.reason) + u"”"_s;
        if (!constant.alsoNames.isEmpty()) {
            QStringList also;
            for (const QString &alias : constant.alsoNames)
                also.append(u"<code>"_s + esc(alias) + u"</code>"_s);
            name += u"<br><span class=\"muted\">"_s + esc(StatusDetail::tr("also %1")).arg(also.join(u", "_s))
                + u"</span>"_s;
        }
        rows += u"<tr><td style=\"padding-right:12px\">%1</td><td style=\"padding-right:12px\">%2</td>"
                "<td><a href=\"%3\">%4</a></td></tr>"_s.arg(
                    esc(constant.language), name, esc(QUrl(constant.source).toString(QUrl::FullyEncoded)),
                    esc(constant.framework));
    }
    return u"<h3>"_s + esc(StatusDetail::tr("In code")) + u"</h3><table cellspacing=\"2\">"_s + rows
        + u"</table>"_s;
}

} // namespace

QUrl codeLink(int code)
{
    return QUrl(u"statusscope:code/"_s + QString::number(code));
}

QUrl tryLiveLink(int code)
{
    return QUrl(u"statusscope:try/"_s + QString::number(code));
}

QUrl entryLink(qsizetype entryIndex)
{
    return QUrl(u"statusscope:entry/"_s + QString::number(entryIndex));
}

QString emptyDetailHtml(const QPalette &palette)
{
    return page(palette,
                u"<p class=\"muted\">"_s
                    + esc(StatusDetail::tr("Select a status code to read what it means.")) + u"</p>"_s);
}

QString statusDetailHtml(const StatusCatalogue &catalogue, qsizetype entryIndex, const QPalette &palette,
                         int metCount, const CatalogueTranslation *translation)
{
    if (entryIndex < 0 || entryIndex >= catalogue.size())
        return emptyDetailHtml(palette);
    // The entry's texts in the reader's language, each falling back to the English on its own.
    const CatalogueTranslation &language
        = translation ? *translation : CatalogueTranslation::builtin(installedLanguage());
    QList<EntryText> fallbacks;
    const StatusEntry &english = catalogue.entries().at(entryIndex);
    const StatusEntry entry = language.localized(english, &fallbacks);
    const auto mark = [&fallbacks](EntryText text) { return englishMark(fallbacks.contains(text)); };
    const QString gloss = language.reasonGloss(english);
    const StatusClass statusClass = classOfCode(entry.code);

    QString html = u"<h1>%1 %2%3</h1>"_s.arg(
        badge(entry, u"font-size:large;"_s), esc(entry.reason),
        gloss.isEmpty() ? QString()
                        : u" <span class=\"muted\" style=\"font-size:medium; font-weight:normal\">—&nbsp;"_s
                + esc(gloss) + u"</span>"_s); // the reason as sent, its meaning in the reader's language
    if (entry.deprecated)
        html += u"<p class=\"muted\"><i>"_s + esc(StatusDetail::tr("Deprecated: do not use it in new work."))
            + u"</i></p>"_s;
    html += u"<p><b>"_s + esc(entry.summary) + u"</b>"_s + mark(EntryText::Summary) + u"</p>"_s;
    if (entry.code >= 100 && entry.code <= 599)
        html += u"<p><a href=\""_s + tryLiveLink(entry.code).toString() + u"\">"_s
            + esc(StatusDetail::tr("Try it live")) + u"</a> <span class=\"muted\">"_s
            + esc(StatusDetail::tr("— the built-in playground answers a real %1 in the console.")
                      .arg(entry.code))
            + u"</span></p>"_s;
    if (metCount > 0)
        html += u"<p class=\"muted\">"_s
            + esc(StatusDetail::tr("Met %n time(s) in the request console this session.", nullptr, metCount))
            + u"</p>"_s;

    html += u"<table cellspacing=\"2\">"_s;
    html += row(StatusDetail::tr("Class"), esc(classLabel(statusClass)));
    html += row(StatusDetail::tr("Origin"),
                esc(u"%1 — %2"_s.arg(originName(entry.origin), entry.originDetail))
                    + mark(EntryText::OriginDetail));
    html += row(StatusDetail::tr("IANA registry"), ianaText(entry));
    html += row(StatusDetail::tr("Since"), esc(entry.since) + mark(EntryText::Since));
    if (!entry.aliases.isEmpty())
        html += row(StatusDetail::tr("Also called"), esc(entry.aliases.join(u", "_s)));
    html += row(StatusDetail::tr("Cacheable by default"),
                esc(entry.cacheable
                        ? StatusDetail::tr("Yes: caches may store it without explicit freshness headers.")
                        : StatusDetail::tr("No: only with explicit caching headers.")));
    if (entry.redirect)
        html += row(StatusDetail::tr("Redirect"), esc(redirectDescription(*entry.redirect)));
    if (!entry.headers.isEmpty())
        html += row(StatusDetail::tr("Headers"),
                    u"<code>"_s + esc(entry.headers.join(u", "_s)) + u"</code>"_s);
    html += u"</table>"_s;

    html += paragraphs(entry.description, mark(EntryText::Description));
    if (!entry.use.isEmpty())
        html += u"<h3>"_s + esc(StatusDetail::tr("Typical use")) + u"</h3>"_s
            + paragraphs(entry.use, mark(EntryText::Use));
    if (!entry.misuse.isEmpty())
        html += u"<h3>"_s + esc(StatusDetail::tr("Common misuse")) + u"</h3>"_s
            + paragraphs(entry.misuse, mark(EntryText::Misuse));

    if (!entry.specRefs.isEmpty()) {
        QStringList links;
        for (const SpecRef &ref : entry.specRefs)
            links.append(u"<a href=\"%1\">%2</a>"_s.arg(esc(QUrl(ref.url).toString(QUrl::FullyEncoded)),
                                                        esc(ref.title)));
        html += u"<h3>"_s + esc(StatusDetail::tr("Specification")) + u"</h3><p>"_s + links.join(u" · "_s)
            + u"</p>"_s;
    }
    html += sourcesHtml(entry);

    html += inCodeSection(entry);

    if (!entry.related.isEmpty()) {
        QStringList links;
        for (int code : entry.related) {
            const qsizetype index = catalogue.firstIndexOf(code);
            if (index < 0)
                continue;
            const StatusEntry &related = catalogue.entries().at(index);
            links.append(u"<a href=\"%1\">%2 %3</a>"_s.arg(codeLink(code).toString(), esc(related.codeText),
                                                           esc(related.reason)));
        }
        html += u"<h3>"_s + esc(StatusDetail::tr("Related codes")) + u"</h3><p>"_s + links.join(u" · "_s)
            + u"</p>"_s;
    }

    QStringList others;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const StatusEntry &other = catalogue.entries().at(i);
        if (i != entryIndex && other.code == entry.code)
            others.append(u"<a href=\"%1\">%2 %3</a> <span class=\"muted\">(%4)</span>"_s.arg(
                entryLink(i).toString(), esc(other.codeText), esc(other.reason),
                esc(language.text(other, EntryText::OriginDetail).text)));
    }
    if (!others.isEmpty())
        html += u"<h3>"_s + esc(StatusDetail::tr("Other meanings of this number")) + u"</h3><p>"_s
            + others.join(u"<br>"_s) + u"</p>"_s;

    html += u"<h3>"_s + esc(StatusDetail::tr("The %1 class").arg(classKey(statusClass))) + u"</h3>"_s + [&] {
        const LocalizedText description = language.classDescription(catalogue, statusClass);
        return paragraphs(description.text, englishMark(description.fallback));
    }();
    return page(palette, html);
}

} // namespace StatusScope::Gui
