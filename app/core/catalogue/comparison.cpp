// SPDX-License-Identifier: MIT
#include "core/catalogue/comparison.h"

#include "core/catalogue/statusclass.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(Comparison)
};

ComparisonRow makeRow(const QString &label, const QStringList &cells)
{
    ComparisonRow row{label, cells, false};
    for (const QString &cell : cells)
        row.differs = row.differs || cell != cells.first();
    return row;
}

} // namespace

std::optional<QList<int>> parseCodeList(const QString &text, QString *error)
{
    static const QRegularExpression separators(u"[\\s,;/·]+"_s);
    QList<int> codes;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int code = word.toInt(&ok);
        if (!ok || code < 0) {
            if (error)
                *error = ComparisonText::tr("“%1” is not a status code.").arg(word);
            return std::nullopt;
        }
        codes.append(code);
    }
    return codes;
}

std::optional<Comparison> compareCodes(const StatusCatalogue &catalogue, const QList<int> &codes,
                                       QString *error)
{
    QList<int> unique;
    for (int code : codes) {
        if (!unique.contains(code))
            unique.append(code);
    }
    if (unique.size() < ComparisonMinCodes || unique.size() > ComparisonMaxCodes) {
        if (error)
            *error = ComparisonText::tr("Compare %1 to %2 different codes.")
                         .arg(ComparisonMinCodes)
                         .arg(ComparisonMaxCodes);
        return std::nullopt;
    }
    QList<StatusEntry> entries;
    for (int code : unique) {
        const qsizetype index = catalogue.firstIndexOf(code);
        if (index < 0) {
            if (error)
                *error = ComparisonText::tr("%1 is not in the catalogue.").arg(code);
            return std::nullopt;
        }
        entries.append(catalogue.entries().at(index));
    }

    const auto column = [&entries](auto cellOf) {
        QStringList cells;
        for (const StatusEntry &entry : entries)
            cells.append(cellOf(entry));
        return cells;
    };
    Comparison comparison;
    comparison.codes = unique;
    comparison.rows = {
        makeRow(ComparisonText::tr("Reason"),
                column([](const StatusEntry &e) -> QString { return e.reason; })),
        makeRow(ComparisonText::tr("Class"),
                column([](const StatusEntry &e) -> QString { return classLabel(classOfCode(e.code)); })),
        makeRow(ComparisonText::tr("Meaning"),
                column([](const StatusEntry &e) -> QString { return e.summary; })),
        makeRow(ComparisonText::tr("Redirect"), column([](const StatusEntry &e) -> QString {
                    return e.redirect ? redirectDescription(*e.redirect)
                                      : ComparisonText::tr("Not a redirect.");
                })),
        makeRow(ComparisonText::tr("Cacheable by default"), column([](const StatusEntry &e) -> QString {
                    return e.cacheable ? ComparisonText::tr("yes") : ComparisonText::tr("no");
                })),
        makeRow(ComparisonText::tr("Headers that go with it"), column([](const StatusEntry &e) -> QString {
                    return e.headers.isEmpty() ? ComparisonText::tr("none") : e.headers.join(u", "_s);
                })),
        makeRow(ComparisonText::tr("Typical use"),
                column([](const StatusEntry &e) -> QString { return e.use.isEmpty() ? u"—"_s : e.use; })),
        makeRow(ComparisonText::tr("Common misuse"), column([](const StatusEntry &e) -> QString {
                    return e.misuse.isEmpty() ? u"—"_s : e.misuse;
                })),
        makeRow(ComparisonText::tr("Defined by"), column([](const StatusEntry &e) -> QString {
                    return e.specRefs.isEmpty() ? e.originDetail : e.specRefs.first().title;
                })),
    };
    return comparison;
}

QList<QList<int>> classicComparisons()
{
    return {
        {301, 302, 303, 307, 308}, {401, 403}, {404, 410},           {400, 422},
        {500, 502, 503, 504},      {429, 503}, {200, 201, 202, 204},
    };
}

} // namespace StatusScope::Core
