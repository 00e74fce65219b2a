// SPDX-License-Identifier: MIT
// constants.json: the shipped tables read and merge, and every mistake a hand edit can make stops
// the load with the table, code and field named (the build runs this check).
#include "core/catalogue/codeconstants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
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
    void meaningPicksTheEntry();
    void shippedConstantsOfOtherMeanings();
    void badMeaningsAreRefused_data();
    void badMeaningsAreRefused();

private:
    const StatusEntry &entry(const StatusCatalogue &catalogue, int code) const
    {
        return catalogue.entries().at(catalogue.firstIndexOf(code));
    }
    static QJsonObject goodTable();
    static QJsonObject springTable(const QJsonObject &constants);
    // The names each meaning of `code` has from the framework whose table name starts so, by reason.
    static QMap<QString, QStringList> namesByMeaning(const StatusCatalogue &catalogue, int code,
                                                     const QString &framework);
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

QJsonObject tst_CodeConstants::springTable(const QJsonObject &constants)
{
    return QJsonObject{{u"id"_s, u"spring"_s},
                       {u"language"_s, u"Java"_s},
                       {u"name"_s, u"Spring 6.2 HttpStatus"_s},
                       {u"source"_s,
                        u"https://github.com/spring-projects/spring-framework/blob/6.2.x/spring-web/src/"
                        u"main/java/org/springframework/http/HttpStatus.java"_s},
                       {u"constants"_s, constants}};
}

QMap<QString, QStringList> tst_CodeConstants::namesByMeaning(const StatusCatalogue &catalogue, int code,
                                                             const QString &framework)
{
    QMap<QString, QStringList> names;
    for (const StatusEntry &meaning : catalogue.entriesForCode(code)) {
        for (const CodeConstant &constant : meaning.constants) {
            if (constant.framework.startsWith(framework))
                names[meaning.reason] += QStringList{constant.name} + constant.alsoNames;
        }
    }
    return names;
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
    QVERIFY2(CodeConstants::merge(catalogue, *tables, u"constants.json"_s, &error),
             qPrintable(error.toString()));
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
    QTest::newRow("other format")
        << QJsonDocument(QJsonObject{{u"format"_s, 2}, {u"tables"_s, QJsonArray{}}}).toJson() << u"format"_s
        << u"must be 1"_s;
    QTest::newRow("no tables")
        << QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{}}}).toJson() << u"tables"_s
        << u"non-empty array"_s;
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
    QTest::newRow("name used twice") << document(
        with(u"constants"_s, QJsonObject{{u"404"_s, u"http.StatusX"_s}, {u"410"_s, u"http.StatusX"_s}}))
                                     << u"tables[go].constants.410"_s << u"another code of this table"_s;
    QTest::newRow("reason table without expression")
        << document(with(u"kind"_s, u"reason"_s)) << u"tables[go].expression"_s << u"non-empty string"_s;
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
    table.insert(u"constants"_s,
                 QJsonObject{{u"418"_s, u"http.StatusTeapot"_s}, {u"777"_s, u"http.StatusLucky"_s}});
    CatalogueError error;
    const auto tables = CodeConstants::parse(
        QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{table}}}).toJson(), u"c.json"_s,
        &error);
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
        QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{table}}}).toJson(), u"c.json"_s,
        &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY(CodeConstants::merge(catalogue, *tables, u"c.json"_s, &error));
    const CodeConstant constant = entry(catalogue, 422).constants.first();
    QCOMPARE(constant.name, u"http.STATUS_CODES[422]"_s);
    QCOMPARE(constant.reason, u"Unprocessable Entity"_s);
    QCOMPARE(constant.language, u"JavaScript"_s);
}

void tst_CodeConstants::meaningPicksTheEntry()
{
    // A constant naming a meaning by its reason goes to that entry, not to the code's first one;
    // a list may hold the first meaning's names and another meaning's object side by side.
    const QJsonObject constants{
        {u"419"_s,
         QJsonObject{{u"name"_s, u"HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE"_s},
                     {u"meaning"_s, u"Insufficient Space On Resource"_s}}},
        {u"425"_s,
         QJsonArray{u"HttpStatus.TOO_EARLY"_s,
                    QJsonObject{{u"name"_s, QJsonArray{u"HttpStatus.UNORDERED"_s, u"HttpStatus.OLD"_s}},
                                {u"meaning"_s, u"Unordered Collection"_s}}}},
        {u"422"_s, u"HttpStatus.UNPROCESSABLE_ENTITY"_s}};
    CatalogueError error;
    const auto tables = CodeConstants::parse(
        QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{springTable(constants)}}})
            .toJson(),
        u"c.json"_s, &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY2(CodeConstants::merge(catalogue, *tables, u"c.json"_s, &error), qPrintable(error.toString()));

    const auto spring419 = namesByMeaning(catalogue, 419, u"Spring"_s);
    QCOMPARE(spring419.keys(),
             QStringList{u"Insufficient Space On Resource"_s}); // not Laravel's Page Expired
    QCOMPARE(spring419.value(u"Insufficient Space On Resource"_s),
             QStringList{u"HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE"_s});
    const auto spring425 = namesByMeaning(catalogue, 425, u"Spring"_s);
    QCOMPARE(spring425.value(u"Too Early"_s), QStringList{u"HttpStatus.TOO_EARLY"_s});
    QCOMPARE(spring425.value(u"Unordered Collection"_s),
             (QStringList{u"HttpStatus.UNORDERED"_s, u"HttpStatus.OLD"_s}));
    QCOMPARE(namesByMeaning(catalogue, 422, u"Spring"_s).value(u"Unprocessable Content"_s),
             QStringList{u"HttpStatus.UNPROCESSABLE_ENTITY"_s});
}

void tst_CodeConstants::shippedConstantsOfOtherMeanings()
{
    // Spring's deprecated WebDAV draft constants and Symfony's deprecated 425 sit on the catalogue's
    // own entries for those meanings, as HttpStatus.java and Response.php define them.
    CatalogueError error;
    const auto tables = CodeConstants::fromFile(CodeConstants::builtinPath(), &error);
    QVERIFY2(tables, qPrintable(error.toString()));
    StatusCatalogue catalogue = m_catalogue;
    QVERIFY2(CodeConstants::merge(catalogue, *tables, u"constants.json"_s, &error),
             qPrintable(error.toString()));

    QCOMPARE(namesByMeaning(catalogue, 419, u"Spring"_s),
             (QMap<QString, QStringList>{
                 {u"Insufficient Space On Resource"_s, {u"HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE"_s}}}));
    QCOMPARE(namesByMeaning(catalogue, 420, u"Spring"_s),
             (QMap<QString, QStringList>{{u"Method Failure"_s, {u"HttpStatus.METHOD_FAILURE"_s}}}));
    QCOMPARE(namesByMeaning(catalogue, 421, u"Spring"_s),
             (QMap<QString, QStringList>{{u"Destination Locked"_s, {u"HttpStatus.DESTINATION_LOCKED"_s}}}));
    QCOMPARE(namesByMeaning(catalogue, 425, u"Symfony"_s),
             (QMap<QString, QStringList>{
                 {u"Too Early"_s, {u"Response::HTTP_TOO_EARLY"_s}},
                 {u"Unordered Collection"_s,
                  {u"Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL"_s}}}));
    // No framework names Laravel's 419 or Twitter's 420.
    for (const StatusEntry &meaning : catalogue.entriesForCode(419)) {
        if (meaning.reason == u"Page Expired"_s)
            QVERIFY(meaning.constants.isEmpty());
    }
    for (const StatusEntry &meaning : catalogue.entriesForCode(420)) {
        if (meaning.reason == u"Enhance Your Calm"_s)
            QVERIFY(meaning.constants.isEmpty());
    }
}

void tst_CodeConstants::badMeaningsAreRefused_data()
{
    QTest::addColumn<QJsonObject>("constants");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("whenMerged"); // the file reads, the catalogue refuses it

    const auto named = [](const QString &name, const QString &meaning) {
        return QJsonObject{{u"name"_s, name}, {u"meaning"_s, meaning}};
    };
    QTest::newRow("meaning no entry has")
        << QJsonObject{{u"419"_s, named(u"HttpStatus.INSUFFICIENT_SPACE"_s, u"Insufficient Space"_s)}}
        << u"tables[spring].constants.419.meaning"_s
        << u"\"Insufficient Space\" is not the reason of any entry of 419, whose meanings are \"Page "
           u"Expired\", "
           u"\"Insufficient Space On Resource\"; name the meaning by its entry's reason, exactly"_s
        << true;
    QTest::newRow("meaning in another case")
        << QJsonObject{{u"420"_s, named(u"HttpStatus.METHOD_FAILURE"_s, u"method failure"_s)}}
        << u"tables[spring].constants.420.meaning"_s << u"\"method failure\" is not the reason"_s << true;
    QTest::newRow("meaning of two entries")
        << QJsonObject{{u"499"_s, named(u"HttpStatus.CLIENT_CLOSED"_s, u"Client Closed Request"_s)}}
        << u"tables[spring].constants.499.meaning"_s
        << u"\"Client Closed Request\" is the reason of 2 entries of 499"_s << true;
    QTest::newRow("first meaning named twice")
        << QJsonObject{{u"425"_s,
                        QJsonArray{u"HttpStatus.TOO_EARLY"_s, named(u"HttpStatus.EARLY"_s, u"Too Early"_s)}}}
        << u"tables[spring].constants.425"_s << u"gives 425 \"Too Early\" a second set of names"_s << true;
    QTest::newRow("meaning missing")
        << QJsonObject{{u"419"_s, QJsonObject{{u"name"_s, u"HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE"_s}}}}
        << u"tables[spring].constants.419.meaning"_s << u"non-empty string"_s << false;
    QTest::newRow("unknown field beside the meaning")
        << QJsonObject{{u"419"_s,
                        QJsonObject{{u"name"_s, u"HttpStatus.X"_s},
                                    {u"meaning"_s, u"Insufficient Space On Resource"_s},
                                    {u"since"_s, u"3.0"_s}}}}
        << u"tables[spring].constants.419.since"_s << u"not a known field"_s << false;
    QTest::newRow("phrase for a name in the object")
        << QJsonObject{{u"419"_s,
                        named(u"Insufficient Space On Resource"_s, u"Insufficient Space On Resource"_s)}}
        << u"tables[spring].constants.419"_s << u"not a name as code writes it"_s << false;
    QTest::newRow("number in the list")
        << QJsonObject{{u"425"_s, QJsonArray{u"HttpStatus.TOO_EARLY"_s, 425}}}
        << u"tables[spring].constants.425"_s << u"{\"name\": …, \"meaning\": …}"_s << false;
}

void tst_CodeConstants::badMeaningsAreRefused()
{
    QFETCH(QJsonObject, constants);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(bool, whenMerged);

    QJsonObject all = constants;
    all.insert(u"418"_s, u"HttpStatus.I_AM_A_TEAPOT"_s); // fine on its own: must not be merged either
    const QByteArray json
        = QJsonDocument(QJsonObject{{u"format"_s, 1}, {u"tables"_s, QJsonArray{springTable(all)}}}).toJson();
    CatalogueError error;
    const auto tables = CodeConstants::parse(json, u"constants.json"_s, &error);
    if (whenMerged) {
        QVERIFY2(tables, qPrintable(error.toString()));
        StatusCatalogue catalogue = m_catalogue;
        QVERIFY(!CodeConstants::merge(catalogue, *tables, u"constants.json"_s, &error));
        QVERIFY(entry(catalogue, 418).constants.isEmpty()); // all or nothing
    } else {
        QVERIFY(!tables);
    }
    QCOMPARE(error.file, u"constants.json"_s);
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.toString().contains(field), qPrintable(error.toString())); // the build prints this
}

QTEST_GUILESS_MAIN(tst_CodeConstants)
#include "tst_codeconstants.moc"
