// SPDX-License-Identifier: MIT
// .http environments (httpfileenvironment.h) read through readHttpFile(): which file wins, what is
// said about values and files that are not used, and the sentence for an environment none defines.
#include "core/formats/httpfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_HttpFileEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environments();
};

// JetBrains' http-client.env.json (the private file winning) and REST Client's .vscode/settings.json
// in a folder above, read when an environment is named; file variables win over them.
void tst_HttpFileEnvironment::environments()
{
    QTemporaryDir workspace;
    QVERIFY(QDir(workspace.path()).mkpath(u".vscode"_s));
    QVERIFY(QDir(workspace.path()).mkpath(u"api"_s));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(workspace.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write(
        u".vscode/settings.json"_s,
        R"({"rest-client.environmentVariables": {"$shared": {"api": "v1"}, "local": {"host": "localhost"}}})"));
    QVERIFY(write(
        u"api/http-client.env.json"_s,
        R"({"dev": {"host": "h.dev", "port": 8080, "token": "public", "file": "fromenv", "nested": {"a": 1}},
                      "prod": {"host": "h.prod"}})"));
    QVERIFY(write(u"api/http-client.private.env.json"_s, R"({"dev": {"token": "private"}})"));
    QVERIFY(write(u"api/requests.http"_s,
                  "@file = fromfile\nGET http://{{host}}:{{port}}/{{api}}/{{file}}\n"
                  "Authorization: Bearer {{token}}\n\n###\nGET http://{{host}}/{{missing}}\n"));
    const QString path = workspace.filePath(u"api/requests.http"_s);

    HttpFileContext context;
    context.environmentName = u"dev"_s;
    QString error;
    const std::optional<HttpFile> dev = readHttpFile(path, &error, context);
    QVERIFY2(dev, qPrintable(error));
    QCOMPARE(dev->requests.size(), 2);
    QVERIFY2(dev->requests.at(0).isValid(), qPrintable(dev->requests.at(0).error));
    QCOMPARE(dev->requests.at(0).request.url, QUrl(u"http://h.dev:8080/v1/fromfile"_s));
    QCOMPARE(headerValue(dev->requests.at(0).request.headers, "Authorization"), "Bearer private");
    QCOMPARE(dev->requests.at(1).error,
             u"line 6: the variable “missing” is not defined in the file nor in the environment “dev”."_s);
    QCOMPARE(dev->notes,
             QStringList(workspace.filePath(u"api/http-client.env.json"_s)
                         + u": “nested” is not used: only text, numbers and true/false are."_s));

    context.environmentName = u"staging"_s;
    QVERIFY(!readHttpFile(path, &error, context));
    QCOMPARE(error, u"no environment “staging”; the environment files define: local, dev, prod."_s);

    // VS Code allows comments in settings.json; Qt's JSON does not: said, not guessed.
    QVERIFY(write(u".vscode/settings.json"_s, "{\n  // mine\n}\n"));
    context.environmentName = u"prod"_s;
    const std::optional<HttpFile> prod = readHttpFile(path, &error, context);
    QVERIFY2(prod, qPrintable(error));
    QCOMPARE(prod->requests.at(0).error,
             u"line 3: the variable “token” is not defined in the file nor in the environment “prod”."_s);
    QVERIFY2(prod->notes.value(0).startsWith(workspace.filePath(u".vscode/settings.json"_s)
                                             + u" is not read: it is not plain JSON ("_s),
             qPrintable(prod->notes.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_HttpFileEnvironment)
#include "tst_httpfileenvironment.moc"
