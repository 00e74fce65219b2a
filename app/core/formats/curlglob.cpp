// SPDX-License-Identifier: MIT
#include "core/formats/curlglob.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct CurlText
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)
};

// "[1-3]" → 1 2 3, "[08-10]" → 08 09 10, "[a-c]" → a b c, "[0-8:4]" → 0 4 8.
std::optional<QStringList> rangeItems(const QString &range)
{
    QString body = range;
    int step = 1;
    if (const qsizetype colon = body.indexOf(u':'); colon >= 0) {
        bool ok = false;
        step = body.mid(colon + 1).toInt(&ok);
        if (!ok || step < 1)
            return std::nullopt;
        body.truncate(colon);
    }
    const qsizetype dash = body.indexOf(u'-', 1);
    if (dash < 0)
        return std::nullopt;
    const QString from = body.left(dash);
    const QString to = body.mid(dash + 1);
    QStringList items;
    if (from.size() == 1 && to.size() == 1 && from.at(0).isLetter() && to.at(0).isLetter()) {
        for (char16_t c = from.at(0).unicode(); c <= to.at(0).unicode() && items.size() <= CurlGlobLimit;
             c += step)
            items.append(QString(QChar(c)));
        return items.isEmpty() ? std::nullopt : std::optional(items);
    }
    bool fromOk = false;
    bool toOk = false;
    const qlonglong first = from.toLongLong(&fromOk);
    const qlonglong last = to.toLongLong(&toOk);
    if (!fromOk || !toOk || first > last || from.startsWith(u'-'))
        return std::nullopt;
    // A leading zero pads every number to the first one's width, as curl does.
    const int width = from.startsWith(u'0') ? int(from.size()) : 0;
    for (qlonglong n = first; n <= last && items.size() <= CurlGlobLimit; n += step)
        items.append(u"%1"_s.arg(n, width, 10, QChar(u'0')));
    return items;
}

} // namespace

std::optional<CurlGlob> expandCurlGlob(const QString &url, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto literal = [&](const QString &problem) { return std::optional(CurlGlob{{url}, problem}); };
    // The URL as fixed text and patterns, each a list of choices.
    QList<QStringList> pieces;
    QString text;
    // The host part ends at the first '/' after "://"; brackets there are an IPv6 address.
    const qsizetype schemeEnd = url.indexOf(u"://"_s);
    const qsizetype hostStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
    qsizetype hostEnd = url.indexOf(u'/', hostStart);
    if (hostEnd < 0)
        hostEnd = url.size();
    for (qsizetype i = 0; i < url.size(); ++i) {
        const QChar c = url.at(i);
        if (c == u'\\' && i + 1 < url.size()
            && (url.at(i + 1) == u'[' || url.at(i + 1) == u'{' || url.at(i + 1) == u']'
                || url.at(i + 1) == u'}')) {
            text += url.at(++i);
            continue;
        }
        if (c == u'{') {
            const qsizetype close = url.indexOf(u'}', i);
            if (close < 0)
                return literal(CurlText::tr("a “{” that is not closed"));
            pieces.append({text});
            text.clear();
            pieces.append(url.mid(i + 1, close - i - 1).split(u','));
            i = close;
            continue;
        }
        if (c == u'[') {
            const qsizetype close = url.indexOf(u']', i);
            if (close < 0)
                return literal(CurlText::tr("a “[” that is not closed"));
            const QString inside = url.mid(i + 1, close - i - 1);
            if (i >= hostStart && i < hostEnd && inside.contains(u':')) {
                text += url.mid(i, close - i + 1); // [::1]
                i = close;
                continue;
            }
            const std::optional<QStringList> items = rangeItems(inside);
            if (!items)
                return literal(CurlText::tr("“[%1]”, which is not a range").arg(inside));
            pieces.append({text});
            text.clear();
            pieces.append(*items);
            i = close;
            continue;
        }
        text += c;
    }
    pieces.append({text});
    QStringList urls{QString()};
    for (const QStringList &choices : std::as_const(pieces)) {
        if (qlonglong(urls.size()) * choices.size() > CurlGlobLimit)
            return fail(CurlText::tr("The URL's patterns give more than %1 URLs.").arg(CurlGlobLimit));
        QStringList next;
        for (const QString &start : std::as_const(urls)) {
            for (const QString &choice : choices)
                next.append(start + choice);
        }
        urls = next;
    }
    return CurlGlob{urls, {}};
}

} // namespace StatusScope::Core
