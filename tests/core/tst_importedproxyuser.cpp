// SPDX-License-Identifier: MIT
// curl's --proxy-user (-U) with a user alone: curl would ask for the password, `check --proxy-user
// alice` refuses it with a sentence, and an imported curl command leaves it out with the reason
// instead of setting the user with an empty password the proxy would refuse (cert15).
#include "core/formats/curlcommand.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_ImportedProxyUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userAloneIsListedNotApplied_data();
    void userAloneIsListedNotApplied();
    void theLastOneGivenCounts();
};

void tst_ImportedProxyUser::userAloneIsListedNotApplied_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--proxy-user") << u"--proxy-user"_s;
    QTest::newRow("-U") << u"-U"_s;
}

void tst_ImportedProxyUser::userAloneIsListedNotApplied()
{
    QFETCH(QString, option);
    QString error;
    const std::optional<CurlImport> imported = parseCurlCommand(
        u"curl -x http://proxy.example:3128 %1 alice https://h.example/"_s.arg(option), &error);
    QVERIFY2(imported, qPrintable(error));
    const ProxySetting &proxy = imported->request.options.network.proxy;
    QCOMPARE(proxy.mode, ProxySetting::Mode::Manual); // the rest of the command is applied
    QCOMPARE(proxy.url, QUrl(u"http://proxy.example:3128"_s));
    QVERIFY(proxy.user.isEmpty());
    QVERIFY(proxy.password.isEmpty());
    QCOMPARE(imported->ignored.size(), 1);
    const QString note = imported->ignored.first();
    QVERIFY2(note.startsWith(option + u" alice: no password after a colon"_s), qPrintable(note));
    QVERIFY2(note.contains(u"USER:PASSWORD"_s), qPrintable(note));
}

void tst_ImportedProxyUser::theLastOneGivenCounts()
{
    QString error;
    std::optional<CurlImport> imported = parseCurlCommand(
        u"curl -x http://p.example:3128 --proxy-user alice --proxy-user alice:s3cret https://h.example/"_s,
        &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY2(imported->ignored.isEmpty(), qPrintable(imported->ignored.join(u", "_s)));
    QCOMPARE(imported->request.options.network.proxy.user, u"alice"_s);
    QCOMPARE(imported->request.options.network.proxy.password, u"s3cret"_s);

    // An empty password is written as one (USER:), and applied.
    imported = parseCurlCommand(u"curl -x http://p.example:3128 -U alice: https://h.example/"_s, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(imported->ignored.isEmpty());
    QCOMPARE(imported->request.options.network.proxy.user, u"alice"_s);

    imported = parseCurlCommand(
        u"curl -x http://p.example:3128 --proxy-user alice:s3cret --proxy-user bob https://h.example/"_s,
        &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->ignored.size(), 1);
    QVERIFY(imported->request.options.network.proxy.user.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ImportedProxyUser)
#include "tst_importedproxyuser.moc"
