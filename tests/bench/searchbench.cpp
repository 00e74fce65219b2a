// SPDX-License-Identifier: MIT
// Catalogue search, one keystroke at a time, as the search field drives it: the filter model is
// given each prefix of a query and re-filters. Over the real catalogue and over 10,000 synthetic
// entries made from it, both with the frameworks' constants merged in as the build does. Words,
// codes, constants and misspelt words (each misspelt prefix makes every entry's names be checked
// for near matches). And the real catalogue shown in German, whose texts are searched as well as
// the English ones. A report for ./dev bench, never a test.
#include "core/catalogue/cataloguefiltermodel.h"
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/codeconstants.h"
#include "core/catalogue/statuscatalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <tuple>

using namespace StatusScope::Core;

namespace {

// The frameworks' names merged in, as the build does for the program's catalogue. The synthetic
// entries' reasons are shuffled across codes, so the few constants that name another meaning of
// their code by its reason (Spring's 419-421) would find no entry there: those are left out of it.
bool withConstants(StatusCatalogue &catalogue, bool onlyFirstMeanings = false)
{
    CatalogueError error;
    auto tables = CodeConstants::fromFile(CodeConstants::builtinPath(), &error);
    if (tables && onlyFirstMeanings) {
        for (ConstantTable &table : *tables)
            table.constants.removeIf(
                [](const TableConstant &constant) { return !constant.meaning.isEmpty(); });
    }
    if (tables && CodeConstants::merge(catalogue, *tables, QStringLiteral("constants.json"), &error))
        return true;
    std::fprintf(stderr, "constants refused: %s\n", qPrintable(error.toString()));
    return false;
}

// Copies of the real entries until there are `count`: every code from 0 to 999 about ten times, in
// code order as the shipped file is, each copy from its own made-up vendor (the loader refuses the
// same code twice from one origin).
std::optional<StatusCatalogue> synthetic(int count)
{
    QFile file(StatusCatalogue::builtinPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray real = root.value(QStringLiteral("entries")).toArray();
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        QJsonObject entry = real.at(i % real.size()).toObject();
        const int code = int(qint64(i) * 1000 / count);
        entry.insert(QStringLiteral("code"), code);
        entry.remove(QStringLiteral("code_text"));
        entry.remove(QStringLiteral("related"));
        entry.remove(QStringLiteral("iana"));
        if (code / 100 != 3)
            entry.remove(QStringLiteral("redirect"));
        entry.insert(QStringLiteral("origin"), QStringLiteral("vendor"));
        entry.insert(QStringLiteral("origin_detail"), QStringLiteral("Synthetic vendor %1").arg(i));
        entries.append(entry);
    }
    root.insert(QStringLiteral("entries"), entries);
    CatalogueError error;
    auto catalogue
        = StatusCatalogue::fromJson(QJsonDocument(root).toJson(), QStringLiteral("synthetic"), &error);
    if (!catalogue)
        std::fprintf(stderr, "synthetic catalogue refused: %s\n", qPrintable(error.toString()));
    else if (!withConstants(*catalogue, true))
        return std::nullopt;
    return catalogue;
}

struct Timing
{
    double medianMs = 0;
    double p95Ms = 0;
    double maxMs = 0; // on a shared machine, mostly a measure of the neighbours
    int keystrokes = 0;
};

const QStringList englishQueries{QStringLiteral("gateway timeout"),
                                 QStringLiteral("too many requests"),
                                 QStringLiteral("nginx"),
                                 QStringLiteral("5xx"),
                                 QStringLiteral("404"),
                                 QStringLiteral("retry-after"),
                                 QStringLiteral("UNPROCESSABLE_ENTITY"),
                                 QStringLiteral("StatusTeapot"),
                                 QStringLiteral("tiemout"),
                                 QStringLiteral("unauthorised"),
                                 QStringLiteral("not fund")};

// What a German user types with the catalogue shown in German: its words (with and without the
// umlaut, one misspelt) as well as the English ones.
const QStringList germanQueries = englishQueries
    + QStringList{QStringLiteral("Zeitüberschreitung"), QStringLiteral("zeitueberschreitung"),
                  QStringLiteral("nicht gefunden"), QStringLiteral("weiterleitung"),
                  QStringLiteral("teekane")};

Timing typeQueries(const StatusCatalogue &catalogue, const QStringList &queries,
                   const CatalogueTranslation *translation = nullptr)
{
    CatalogueModel model(catalogue);
    model.setTranslation(translation); // the search looks through its texts too
    CatalogueFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(CatalogueModel::CodeColumn); // as the page shows it
    QList<double> times;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries) {
            for (qsizetype n = 1; n <= query.size(); ++n) {
                QElapsedTimer clock;
                clock.start();
                filter.setSearchText(query.left(n));
                volatile int rows = filter.rowCount();
                (void)rows;
                times.append(double(clock.nsecsElapsed()) / 1e6);
            }
            filter.setSearchText(QString());
        }
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(times.size() * 95 / 100), times.last(), int(times.size())};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    auto real = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    const auto big = synthetic(10000);
    if (!real || !withConstants(*real) || !big)
        return 1;
    const Timing small = typeQueries(*real, englishQueries);
    const Timing large = typeQueries(*big, englishQueries);
    const Timing german
        = typeQueries(*real, germanQueries, &CatalogueTranslation::builtin(QStringLiteral("de")));
    std::printf("| catalogue search, per keystroke | entries | median | 95th percentile | slowest |\n"
                "|---|---|---|---|---|\n");
    for (const auto &[name, size, timing] :
         {std::tuple{"the real catalogue", real->size(), small},
          std::tuple{"synthetic entries", big->size(), large},
          std::tuple{"the real catalogue, in German", real->size(), german}}) {
        std::printf("| %s | %lld | %.3f ms | %.3f ms | %.3f ms |\n", name, static_cast<long long>(size),
                    timing.medianMs, timing.p95Ms, timing.maxMs);
    }
    std::printf("(%d keystrokes each: 11 queries (words, codes, constants, misspellings) typed 5 times, "
                "every prefix re-filtered and ranked; in German %d keystrokes: 5 German queries more, "
                "searched in the English and German texts)\n",
                small.keystrokes, german.keystrokes);
    return 0;
}
