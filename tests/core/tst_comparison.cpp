// SPDX-License-Identifier: MIT
// Comparing codes: the rows, which of them differ, and the sentences for what cannot be compared.
#include "core/catalogue/comparison.h"

#include <QTest>

using namespace StatusScope::Core;
using namespace Qt::Literals::StringLiterals;

class tst_Comparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unauthorizedAgainstForbidden();
    void redirectsDifferInTheirMethodRule();
    void classicComparisonsAreAllValid();
    void refusals_data();
    void refusals();
    void parsesTypedLists();

private:
    const ComparisonRow *row(const Comparison &comparison, const QString &label) const;
    StatusCatalogue m_catalogue;
};

void tst_Comparison::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

const ComparisonRow *tst_Comparison::row(const Comparison &comparison, const QString &label) const
{
    for (const ComparisonRow &candidate : comparison.rows) {
        if (candidate.label == label)
            return &candidate;
    }
    return nullptr;
}

void tst_Comparison::unauthorizedAgainstForbidden()
{
    const std::optional<Comparison> comparison = compareCodes(m_catalogue, {401, 403}, nullptr);
    QVERIFY(comparison);
    QCOMPARE(comparison->codes, QList<int>({401, 403}));
    const ComparisonRow *reason = row(*comparison, u"Reason"_s);
    QVERIFY(reason);
    QCOMPARE(reason->cells, QStringList({u"Unauthorized"_s, u"Forbidden"_s}));
    QVERIFY(reason->differs);
    const ComparisonRow *statusClass = row(*comparison, u"Class"_s);
    QVERIFY(!statusClass->differs); // both 4xx Client Error
    const ComparisonRow *headers = row(*comparison, u"Headers that go with it"_s);
    QVERIFY(headers->cells.first().contains(u"WWW-Authenticate"_s));
    QVERIFY(headers->differs);
    const ComparisonRow *misuse = row(*comparison, u"Common misuse"_s);
    QVERIFY(misuse);
    QVERIFY2(misuse->cells.first().contains(u"403"_s), qPrintable(misuse->cells.first()));
    QVERIFY(misuse->differs);
}

void tst_Comparison::redirectsDifferInTheirMethodRule()
{
    const std::optional<Comparison> comparison
        = compareCodes(m_catalogue, {301, 302, 303, 307, 308}, nullptr);
    QVERIFY(comparison);
    const ComparisonRow *redirect = row(*comparison, u"Redirect"_s);
    QVERIFY(redirect->differs);
    QVERIFY(redirect->cells.at(0).startsWith(u"Permanent"_s));
    QVERIFY(redirect->cells.at(2).contains(u"GET"_s)); // 303
    QVERIFY(redirect->cells.at(4).contains(u"kept"_s)); // 308
    QCOMPARE(comparison->rows.first().cells.size(), 5);
}

void tst_Comparison::classicComparisonsAreAllValid()
{
    const QList<QList<int>> classics = classicComparisons();
    QVERIFY(classics.size() >= 7);
    for (const QList<int> &codes : classics) {
        QString error;
        const std::optional<Comparison> comparison = compareCodes(m_catalogue, codes, &error);
        QVERIFY2(comparison, qPrintable(error));
        // The confusions a teacher picks from a menu: every column says when to use the code and
        // how it is got wrong, nothing is left as a dash.
        for (const QString &label : {u"Typical use"_s, u"Common misuse"_s}) {
            const ComparisonRow *line = row(*comparison, label);
            QVERIFY(line);
            for (qsizetype i = 0; i < line->cells.size(); ++i)
                QVERIFY2(line->cells.at(i).size() > 40,
                         qPrintable(
                             u"%1 for %2: %3"_s.arg(label, QString::number(codes.at(i)), line->cells.at(i))));
        }
    }
}

void tst_Comparison::refusals_data()
{
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("one") << QList<int>{404} << u"Compare 2 to 5 different codes."_s;
    QTest::newRow("same twice") << QList<int>{404, 404} << u"Compare 2 to 5 different codes."_s;
    QTest::newRow("six") << QList<int>{200, 201, 202, 203, 204, 205} << u"Compare 2 to 5 different codes."_s;
    QTest::newRow("uncatalogued") << QList<int>{404, 432} << u"432 is not in the catalogue."_s;
}

void tst_Comparison::refusals()
{
    QFETCH(QList<int>, codes);
    QFETCH(QString, sentence);
    QString error;
    QVERIFY(!compareCodes(m_catalogue, codes, &error));
    QCOMPARE(error, sentence);
}

void tst_Comparison::parsesTypedLists()
{
    QCOMPARE(parseCodeList(u" 301, 302 ;303/307 "_s, nullptr), QList<int>({301, 302, 303, 307}));
    QString error;
    QVERIFY(!parseCodeList(u"404 gone"_s, &error));
    QCOMPARE(error, u"“gone” is not a status code."_s);
}

QTEST_GUILESS_MAIN(tst_Comparison)
#include "tst_comparison.moc"
