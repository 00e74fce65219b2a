// SPDX-License-Identifier: MIT
// constants.json: the shipped tables read and merge, and every mistake a hand edit can make stops
// the load with the table, code and field named (the build runs this check).
#include "core/catalogue/codeconstants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_CodeConstants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedTablesMerge();
    void namesAreThoseOfTheirVersion();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void unknownCodeIsRefusedAndNothingMerged();
    void reasonTableReadsAsCode();

private:
    const StatusEntry &entry(const StatusCatalogue &catalogue, int code) const
    {
        return catalogue.entries().at(catalogue.firstIndexOf(code));
    }
    static QJsonObject goodTable();
    StatusCatalogue m_catalogue; // catalogue.json alone, without constants
};

QJsonObject tst_CodeConstants::goodTable()
{
    return QJsonObject{{u"id"_s, u"go"_s},
                       {u"language"_s, u"Go"_s},
                       {u"name"_s, u"Go net/http"_s},
                       {u"source"_s, u"https://github.com/golang/go/blob/master/src/net/http/status.go"_s},
                       {u"constants"_s, QJsonObject{{u"418"_s, u"http.StatusTeapot"_s}}}};
}

void tst_CodeConstants::initTestCase()
{
    CatalogueError error;
    auto catalogue = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), &error);
    QVERIFY2(catalogue, qPrintable(error.toString()));
    m_catalogue = std::move(*catalogue);
}

void tst_CodeConstants::shippedTablesMerge()
{
    CatalogueError error;
    const auto tables = CodeConstants::fromFile(CodeConstants::builtinPath(), &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    QVERIFY(tables->size() >= 10);
    for (const ConstantTable &table : *tables)
        QCOMPARE(table.source.scheme(), u"https"_s);
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY2(CodeConstants::merge(catalogue, *tables, u"constants.json"_s, &error), qPrintable(error.toString()));
    // One name per table for a code every framework knows, on its first (standard) meaning only.
    QCOMPARE(entry(catalogue, 404).constants.size(), tables->size());
    for (const StatusEntry &meaning : catalogue.entriesForCode(499))
        QVERIFY(meaning.constants.isEmpty()); // no framework names nginx's or AWS's 499
}

void tst_CodeConstants::namesAreThoseOfTheirVersion()
{
    CatalogueError error;
    const auto tables = CodeConstants::fromFile(CodeConstants::builtinPath(), &error);
    QVERIFY(tables);
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY(CodeConstants::merge(catalogue, *tables, u"constants.json"_s, &error));
    const auto named = [&](int code, const QString &framework) -> CodeConstant {
        for (const CodeConstant &constant : entry(catalogue, code).constants) {
            if (constant.framework.startsWith(framework))
                return constant;
        }
        return {};
    };
    // Python 3.13 and Rack 3.1 follow RFC 9110's new name, keeping the old one.
    QCOMPARE(named(422, u"Python 3.13"_s).name, u"HTTPStatus.UNPROCESSABLE_CONTENT"_s);
    QCOMPARE(named(422, u"Python 3.13"_s).alsoNames, QStringList{u"HTTPStatus.UNPROCESSABLE_ENTITY"_s});
    QCOMPARE(named(422, u"Rack"_s).name, u":unprocessable_content"_s);
    QCOMPARE(named(413, u"Rack"_s).name, u":content_too_large"_s);
    QCOMPARE(named(422, u"Go"_s).name, u"http.StatusUnprocessableEntity"_s);
    QCOMPARE(named(418, u"Go"_s).name, u"http.StatusTeapot"_s);
    QCOMPARE(named(422, u"Django"_s).name, u"status.HTTP_422_UNPROCESSABLE_ENTITY"_s);
    QCOMPARE(named(404, u"Jakarta"_s).name, u"HttpServletResponse.SC_NOT_FOUND"_s);
    QCOMPARE(named(308, u"Symfony"_s).name, u"Response::HTTP_PERMANENTLY_REDIRECT"_s);
    QCOMPARE(named(418, u"Rust"_s).name, u"StatusCode::IM_A_TEAPOT"_s);
    QVERIFY(named(418, u".NET"_s).name.isEmpty()); // .NET's enum has no teapot
}

void tst_CodeConstants::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const auto document = [](const QJsonObject &table) {
        return QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{table}}}).toJson();
    };
    const auto with = [](QString key, QJsonValue value) {
        QJsonObject table = goodTable();
        table.insert(key, value);
        return table;
    };
    QTest::newRow("not JSON") << "{\"format\": 1,"_ba << QString() << u"not valid JSON"_s;
    QTest::newRow("other format") << QJsonDocument(QJsonObject{{u"format"_s, 2}, {u"tables"_s, QJsonArray{}}}).toJson()
                                  << u"format"_s << u"must be 1"_s;
    QTest::newRow("no tables") << QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{}}}).toJson()
                               << u"tables"_s << u"non-empty array"_s;
    QTest::newRow("unknown field") << document(with(u"url"_s, u"x"_s)) << u"tables[0].url"_s
                                   << u"not a known field"_s;
    QTest::newRow("no source") << document(with(u"source"_s, u""_s)) << u"tables[go].source"_s
                               << u"non-empty string"_s;
    QTest::newRow("source not https") << document(with(u"source"_s, u"http://example.com/status.go"_s))
                                      << u"tables[go].source"_s << u"https URL"_s;
    QTest::newRow("code not a number")
        << document(with(u"constants"_s, QJsonObject{{u"4o4"_s, u"http.StatusNotFound"_s}}))
        << u"tables[go].constants.4o4"_s << u"three-digit status code"_s;
    QTest::newRow("sentence for a name")
        << document(with(u"constants"_s, QJsonObject{{u"404"_s, u"Not Found"_s}}))
        << u"tables[go].constants.404"_s << u"not a name as code writes it"_s;
    QTest::newRow("empty alias list") << document(with(u"constants"_s, QJsonObject{{u"404"_s, QJsonArray{}}}))
                                      << u"tables[go].constants.404"_s << u"current one first"_s;
    QTest::newRow("name used twice")
        << document(with(u"constants"_s, QJsonObject{{u"404"_s, u"http.StatusX"_s}, {u"410"_s, u"http.StatusX"_s}}))
        << u"tables[go].constants.410"_s << u"another code of this table"_s;
    QTest::newRow("reason table without expression") << document(with(u"kind"_s, u"reason"_s))
                                                     << u"tables[go].expression"_s << u"non-empty string"_s;
    QTest::newRow("unknown kind") << document(with(u"kind"_s, u"enum"_s)) << u"tables[go].kind"_s
                                  << u"\"constant\""_s;
    QJsonObject first = goodTable();
    QTest::newRow("same id twice")
        << QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{first, first}}}).toJson()
        << u"tables[go].id"_s << u"earlier table"_s;
}

void tst_CodeConstants::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    CatalogueError error;
    QVERIFY(!CodeConstants::parse(json, u"constants.json"_s, &error));
    QCOMPARE(error.file, u"constants.json"_s);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.toString().contains(u"constants.json"_s), qPrintable(error.toString()));
}

void tst_CodeConstants::unknownCodeIsRefusedAndNothingMerged()
{
    QJsonObject table = goodTable();
    table.insert(u"constants"_s, QJsonObject{{u"418"_s, u"http.StatusTeapot"_s}, {u"777"_s, u"http.StatusLucky"_s}});
    CatalogueError error;
    const auto tables = CodeConstants::parse(
        QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{table}}}).toJson(), u"c.json"_s, &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY(!CodeConstants::merge(catalogue, *tables, u"c.json"_s, &error));
    QCOMPARE(error.code, 777);
    QCOMPARE(error.field, u"tables[go].constants.777"_s);
    QVERIFY(error.message.contains(u"not in the catalogue"_s));
    QVERIFY(entry(catalogue, 418).constants.isEmpty()); // all or nothing
}

void tst_CodeConstants::reasonTableReadsAsCode()
{
    const QJsonObject table{{u"id"_s, u"node"_s},
                            {u"language"_s, u"JavaScript"_s},
                            {u"name"_s, u"Node.js http.STATUS_CODES"_s},
                            {u"source"_s, u"https://github.com/nodejs/node/blob/main/lib/_http_server.js"_s},
                            {u"kind"_s, u"reason"_s},
                            {u"expression"_s, u"http.STATUS_CODES[%1]"_s},
                            {u"constants"_s, QJsonObject{{u"422"_s, u"Unprocessable Entity"_s}}}};
    CatalogueError error;
    const auto tables = CodeConstants::parse(
        QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{table}}}).toJson(), u"c.json"_s, &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY(CodeConstants::merge(catalogue, *tables, u"c.json"_s, &error));
    const CodeConstant constant = entry(catalogue, 422).constants.first();
    QCOMPARE(constant.name, u"http.STATUS_CODES[422]"_s);
    QCOMPARE(constant.reason, u"Unprocessable Entity"_s);
    QCOMPARE(constant.language, u"JavaScript"_s);
}

QTEST_GUILESS_MAIN(tst_CodeConstants)
#include "tst_codeconstants.moc"
