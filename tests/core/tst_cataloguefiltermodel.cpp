// SPDX-License-Identifier: MIT
// CatalogueModel and its filter proxy: model contract, typed filters, sorting.
#include "core/catalogue/cataloguefiltermodel.h"
#include "core/catalogue/cataloguemodel.h"
#include "core/catalogue/statusclass.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CatalogueFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelExposesEveryEntry();
    void classFilter_data();
    void classFilter();
    void originFilter();
    void combinedFilters();
    void searchText();
    void clearFilters();
    void sortsByCodeThenFileOrder();
    void sortsByReason();
    void resetKeepsTesterHappy();
    void typingMatchesAFreshSearch();
    void sortsByCodeWhateverTheFileOrder();

private:
    int countWhere(const std::function<bool(const StatusEntry &)> &predicate) const;
    QStringList visibleCodes() const;

    CatalogueModel *m_model = nullptr;
    CatalogueFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void tst_CatalogueFilterModel::init()
{
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    QVERIFY(catalogue);
    m_model = new CatalogueModel(*catalogue, this);
    m_proxy = new CatalogueFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(CatalogueModel::CodeColumn);
    m_modelTester
        = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester
        = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void tst_CatalogueFilterModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
}

int tst_CatalogueFilterModel::countWhere(const std::function<bool(const StatusEntry &)> &predicate) const
{
    const QList<StatusEntry> &entries = m_model->catalogue().entries();
    return int(std::count_if(entries.cbegin(), entries.cend(), predicate));
}

QStringList tst_CatalogueFilterModel::visibleCodes() const
{
    QStringList codes;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        codes.append(m_proxy->index(row, CatalogueModel::CodeColumn).data().toString());
    return codes;
}

void tst_CatalogueFilterModel::modelExposesEveryEntry()
{
    QCOMPARE(m_model->rowCount(), int(m_model->catalogue().size()));
    QCOMPARE(m_model->columnCount(), int(CatalogueModel::ColumnCount));
    const qsizetype row = m_model->catalogue().firstIndexOf(418);
    const QModelIndex code = m_model->index(int(row), CatalogueModel::CodeColumn);
    QCOMPARE(code.data().toString(), u"418"_s);
    QCOMPARE(code.data(CatalogueModel::CodeRole).toInt(), 418);
    QCOMPARE(code.data(CatalogueModel::ClassRole).toInt(), int(StatusClass::ClientError));
    QCOMPARE(m_model->index(int(row), CatalogueModel::ReasonColumn).data().toString(), u"I'm a teapot"_s);
    QVERIFY(m_model->index(int(row), CatalogueModel::OriginColumn).data().toString().contains(u"RFC 2324"_s));
    QVERIFY(code.data(CatalogueModel::SearchTextRole).toString().contains(u"teapot"_s));
    QCOMPARE(m_model->headerData(CatalogueModel::ReasonColumn, Qt::Horizontal).toString(), u"Reason"_s);
    QVERIFY(!m_model->entryAt(QModelIndex()));
}

void tst_CatalogueFilterModel::classFilter_data()
{
    QTest::addColumn<StatusClass>("statusClass");
    for (StatusClass statusClass : allClasses())
        QTest::newRow(qPrintable(classKey(statusClass))) << statusClass;
}

void tst_CatalogueFilterModel::classFilter()
{
    QFETCH(StatusClass, statusClass);
    QSignalSpy changed(m_proxy, &CatalogueFilterModel::filterChanged);
    m_proxy->setClassFilter(statusClass);
    QCOMPARE(changed.size(), 1);
    const int expected = countWhere([&](const StatusEntry &e) { return classOfCode(e.code) == statusClass; });
    QVERIFY(expected > 0);
    QCOMPARE(m_proxy->rowCount(), expected);
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QCOMPARE(m_proxy->index(row, 0).data(CatalogueModel::ClassRole).toInt(), int(statusClass));
    m_proxy->setClassFilter(statusClass); // same value: no refilter
    QCOMPARE(changed.size(), 1);
}

void tst_CatalogueFilterModel::originFilter()
{
    m_proxy->setOriginFilter(OriginKind::WebDav);
    const int expected = countWhere([](const StatusEntry &e) { return e.origin == OriginKind::WebDav; });
    QCOMPARE(m_proxy->rowCount(), expected);
    QVERIFY(visibleCodes().contains(u"207"_s));
    QVERIFY(!visibleCodes().contains(u"404"_s));
}

void tst_CatalogueFilterModel::combinedFilters()
{
    m_proxy->setClassFilter(StatusClass::ServerError);
    m_proxy->setOriginFilter(OriginKind::Vendor);
    m_proxy->setSearchText(u"cloudflare"_s);
    const QStringList codes = visibleCodes();
    QCOMPARE(codes,
             (QStringList{u"520"_s, u"521"_s, u"522"_s, u"523"_s, u"524"_s, u"525"_s, u"526"_s, u"527"_s,
                          u"530"_s}));
    QVERIFY(m_proxy->isFiltering());
}

void tst_CatalogueFilterModel::searchText()
{
    m_proxy->setSearchText(u"teapot"_s);
    QCOMPARE(visibleCodes(), QStringList{u"418"_s});
    m_proxy->setSearchText(u"50"_s);
    for (const QString &code : visibleCodes())
        QVERIFY(code.startsWith(u"50"_s));
    m_proxy->setSearchText(u"xylophone zebra"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
}

void tst_CatalogueFilterModel::clearFilters()
{
    m_proxy->setSearchText(u"gone"_s);
    m_proxy->setClassFilter(StatusClass::ClientError);
    QSignalSpy changed(m_proxy, &CatalogueFilterModel::filterChanged);
    m_proxy->clearFilters();
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(m_proxy->searchText(), QString());
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
}

void tst_CatalogueFilterModel::sortsByCodeThenFileOrder()
{
    int previous = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int code = m_proxy->index(row, 0).data(CatalogueModel::CodeRole).toInt();
        QVERIFY(code >= previous);
        previous = code;
    }
    // The standard meaning of a shared number comes first.
    m_proxy->setSearchText(u"451"_s);
    QCOMPARE(m_proxy->index(0, CatalogueModel::ReasonColumn).data().toString(),
             u"Unavailable For Legal Reasons"_s);
    m_proxy->sort(CatalogueModel::CodeColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, CatalogueModel::ReasonColumn).data().toString(), u"Redirect"_s);
}

void tst_CatalogueFilterModel::sortsByReason()
{
    m_proxy->sort(CatalogueModel::ReasonColumn);
    QString previous;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString reason
            = m_proxy->index(row, CatalogueModel::ReasonColumn).data().toString().toCaseFolded();
        QVERIFY2(previous <= reason, qPrintable(previous + u" > "_s + reason));
        previous = reason;
    }
}

void tst_CatalogueFilterModel::resetKeepsTesterHappy()
{
    m_proxy->setSearchText(u"4"_s);
    m_model->setCatalogue(StatusCatalogue());
    QCOMPARE(m_proxy->rowCount(), 0);
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
    m_model->setCatalogue(*catalogue);
    QVERIFY(m_proxy->rowCount() > 0);
}

void tst_CatalogueFilterModel::typingMatchesAFreshSearch()
{
    // Each keystroke only re-checks what the previous one matched when it narrows the search;
    // whatever the path, the rows are those a fresh search for the same text finds.
    const QStringList keystrokes{
        u"g"_s,       u"ga"_s,    u"gat"_s,  u"gateway"_s, u"gateway "_s, u"gateway t"_s, u"gateway ti"_s,
        u"gateway"_s, u"gate"_s,  u"g"_s,    QString(),    u"5"_s,        u"5x"_s,        u"5xx"_s,
        u"5xx g"_s,   u"5xx"_s,   u"5"_s,    u"50"_s,      u"504"_s,      u"50"_s,        u"4"_s,
        u"4 not"_s,   u"4 nox"_s, u"4 no"_s, u"NGINX"_s,   u"nginx 49"_s, u"nginx 4"_s,   u"Ä"_s,
    };
    for (const QString &text : keystrokes) {
        m_proxy->setSearchText(text);
        CatalogueFilterModel fresh;
        fresh.setSourceModel(m_model);
        fresh.sort(CatalogueModel::CodeColumn);
        fresh.setSearchText(text);
        QCOMPARE(m_proxy->rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            QCOMPARE(m_proxy->index(row, 0).data(CatalogueModel::EntryIndexRole),
                     fresh.index(row, 0).data(CatalogueModel::EntryIndexRole));
        }
    }
}

void tst_CatalogueFilterModel::sortsByCodeWhateverTheFileOrder()
{
    // The shipped file is in code order, and the proxy then keeps it as it is; a file in another
    // order is still shown by code.
    QFile file(StatusCatalogue::builtinPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray reversed;
    for (const QJsonValue &entry : root.value(u"entries"_s).toArray())
        reversed.prepend(entry);
    root.insert(u"entries"_s, reversed);
    auto backwards = StatusCatalogue::fromJson(QJsonDocument(root).toJson(), u"reversed.json"_s, nullptr);
    QVERIFY(backwards);
    m_model->setCatalogue(*backwards);
    QCOMPARE(m_proxy->rowCount(), m_model->rowCount());
    QCOMPARE(visibleCodes().first(), u"000"_s);
    int previous = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const int code = m_proxy->index(row, 0).data(CatalogueModel::CodeRole).toInt();
        QVERIFY(code >= previous);
        previous = code;
    }
    m_proxy->setSearchText(u"5xx"_s);
    QCOMPARE(m_proxy->index(0, 0).data(CatalogueModel::CodeRole).toInt(), 500);
}

QTEST_GUILESS_MAIN(tst_CatalogueFilterModel)
#include "tst_cataloguefiltermodel.moc"
