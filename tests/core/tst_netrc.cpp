// SPDX-License-Identifier: MIT
// .netrc as curl reads it (-n, --netrc-file): the entry for a host, the default, quoting, macros;
// and the curl importer giving the login to each URL of a command.
#include "core/formats/curlcommand.h"
#include "core/formats/netrc.h"

#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_Netrc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryForAHost_data();
    void entryForAHost();
    void importedForEachUrl();
    void homeFileOrNetrcVariable();
};

namespace {

const QString Sample = uR"(# a comment line
machine other.example login x password y

macdef init
cd /pub
login mallory password fromamacro

machine API.example.com
  login alice
  password "s3cr et\"x"   # the rest of the line is a comment
machine two.example login carol password c1 machine three.example login dave password d1
default login anon password guest
)"_s;

} // namespace

void tst_Netrc::entryForAHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::newRow("its machine, any case") << u"api.example.com"_s << u"alice"_s << u"s3cr et\"x"_s;
    QTest::newRow("first machine") << u"other.example"_s << u"x"_s << u"y"_s;
    QTest::newRow("several on one line") << u"three.example"_s << u"dave"_s << u"d1"_s;
    QTest::newRow("no machine: the default") << u"unknown.example"_s << u"anon"_s << u"guest"_s;
}

void tst_Netrc::entryForAHost()
{
    QFETCH(QString, host);
    QFETCH(QString, login);
    QFETCH(QString, password);
    const std::optional<NetrcLogin> found = netrcLogin(Sample, host);
    QVERIFY(found);
    QCOMPARE(found->login, login);
    QCOMPARE(found->password, password);
    // Without a default, a host with no machine has no login.
    QCOMPARE(netrcLogin(u"machine a.example login a password b\n"_s, u"b.example"_s).has_value(), false);
}

void tst_Netrc::importedForEachUrl()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"netrc"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Sample.toUtf8());
    file.close();
    QString error;
    const auto imported = parseCurlCommands(
        u"curl --netrc-file '%1' https://api.example.com/v1 https://two.example/"_s.arg(path), &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 2);
    const AuthSetting &first = imported->at(0).request.options.network.auth;
    QCOMPARE(first.scheme, AuthSetting::Scheme::Basic);
    QCOMPARE(first.user, u"alice"_s);
    QCOMPARE(first.password, u"s3cr et\"x"_s);
    QCOMPARE(imported->at(1).request.options.network.auth.user, u"carol"_s);

    // -u USER takes only that user's password; -u USER:PASS and a bearer token win over the file.
    const auto other
        = parseCurlCommand(u"curl --netrc-file '%1' -u bob https://api.example.com/"_s.arg(path), &error);
    QVERIFY2(other, qPrintable(error));
    QCOMPARE(other->request.options.network.auth.user, u"bob"_s);
    QVERIFY(other->request.options.network.auth.password.isEmpty());
    const auto same = parseCurlCommand(
        u"curl --netrc-file '%1' -u alice --digest https://api.example.com/"_s.arg(path), &error);
    QVERIFY2(same, qPrintable(error));
    QCOMPARE(same->request.options.network.auth.password, u"s3cr et\"x"_s);
    QCOMPARE(same->request.options.network.auth.scheme, AuthSetting::Scheme::Digest);
    const auto typed
        = parseCurlCommand(u"curl --netrc-file '%1' -u bob:pw https://api.example.com/"_s.arg(path), &error);
    QVERIFY2(typed, qPrintable(error));
    QCOMPARE(typed->request.options.network.auth.password, u"pw"_s);
    const auto bearer = parseCurlCommand(
        u"curl --netrc-file '%1' --oauth2-bearer t0k https://api.example.com/"_s.arg(path), &error);
    QVERIFY2(bearer, qPrintable(error));
    QCOMPARE(bearer->request.options.network.auth.scheme, AuthSetting::Scheme::Bearer);
    QVERIFY(bearer->request.options.network.auth.user.isEmpty());
}

// -n reads $NETRC when it names a file (curl 8.16), else .netrc in the home folder, else _netrc.
void tst_Netrc::homeFileOrNetrcVariable()
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldNetrc = qgetenv("NETRC");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (oldNetrc.isNull())
            qunsetenv("NETRC");
        else
            qputenv("NETRC", oldNetrc);
    });
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("NETRC");
    const auto write = [](const QString &path, const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    const auto userFor = [](const QString &command) {
        QString error;
        const auto imported = parseCurlCommand(command, &error);
        return imported ? imported->request.options.network.auth.user : u"(refused: "_s + error + u')';
    };
    const QString command = u"curl -n https://api.example.com/"_s;

    QCOMPARE(userFor(command), QString()); // no file: curl goes on without
    QVERIFY(write(home.filePath(u"_netrc"_s), "machine api.example.com login windows password w\n"));
    QCOMPARE(userFor(command), u"windows"_s);
    QVERIFY(write(home.filePath(u".netrc"_s), "machine api.example.com login dotted password d\n"));
    QCOMPARE(userFor(command), u"dotted"_s); // .netrc first
    const QString named = home.filePath(u"elsewhere"_s);
    QVERIFY(write(named, "machine api.example.com login named password n\n"));
    qputenv("NETRC", QFile::encodeName(named));
    QCOMPARE(userFor(command), u"named"_s);
    QCOMPARE(userFor(u"curl --netrc-optional https://api.example.com/"_s), u"named"_s);
}

QTEST_GUILESS_MAIN(tst_Netrc)
#include "tst_netrc.moc"
