// SPDX-License-Identifier: MIT
// Location values read the way browsers read them (the WHATWG URL rules), where QUrl alone differs.
#include "core/requests/locationresolver.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

class tst_LocationResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolves_data();
    void resolves();
    void invalid_data();
    void invalid();
    void credentialsAreRemovedAndMasked();
    void sameOrigin_data();
    void sameOrigin();
};

void tst_LocationResolver::resolves_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("normalized");

    // Base: http://127.0.0.1:29080/a/b/c?q=1 with current fragment "frag".
    QTest::newRow("absolute path") << "/x"_ba << u"http://127.0.0.1:29080/x#frag"_s << false;
    QTest::newRow("dot-dot") << "../d"_ba << u"http://127.0.0.1:29080/a/d#frag"_s << false;
    QTest::newRow("dot") << "./e"_ba << u"http://127.0.0.1:29080/a/b/e#frag"_s << false;
    QTest::newRow("query only") << "?y=2"_ba << u"http://127.0.0.1:29080/a/b/c?y=2#frag"_s << false;
    QTest::newRow("own fragment") << "/x#new"_ba << u"http://127.0.0.1:29080/x#new"_s << false;
    QTest::newRow("network path") << "//example.org:81/p"_ba << u"http://example.org:81/p#frag"_s << false;
    QTest::newRow("absolute https") << "https://example.org/"_ba << u"https://example.org/#frag"_s << false;
    QTest::newRow("valid utf-8 escaped")
        << "/caf%C3%A9"_ba << u"http://127.0.0.1:29080/caf%C3%A9#frag"_s << false;
    QTest::newRow("leading and trailing space")
        << "  /x \x01"_ba << u"http://127.0.0.1:29080/x#frag"_s << true;
    QTest::newRow("newline inside") << "/x\ny"_ba << u"http://127.0.0.1:29080/xy#frag"_s << true;
    QTest::newRow("slash backslash host") << "/\\evil.example/"_ba << u"http://evil.example/#frag"_s << true;
    QTest::newRow("two backslashes") << "\\\\evil.example/x"_ba << u"http://evil.example/x#frag"_s << true;
    QTest::newRow("three slashes") << "///x"_ba << u"http://x/#frag"_s << true;
    QTest::newRow("http:path") << "http:x"_ba << u"http://127.0.0.1:29080/a/b/x#frag"_s << true;
    QTest::newRow("https:host") << "https:example.org/p"_ba << u"https://example.org/p#frag"_s << true;
    QTest::newRow("raw utf-8") << "/caf\xc3\xa9"_ba << u"http://127.0.0.1:29080/caf%C3%A9#frag"_s << true;
    QTest::newRow("raw 0xFF") << "/x\xff"_ba << u"http://127.0.0.1:29080/x%FF#frag"_s << true;
    // A terminal escape or a NUL inside is encoded and said (before, QUrl encoded them silently).
    QTest::newRow("escape inside") << "/a\x1b[31mred"_ba << u"http://127.0.0.1:29080/a%1B[31mred#frag"_s
                                   << true;
    QTest::newRow("NUL inside") << QByteArray("/a\0b", 4) << u"http://127.0.0.1:29080/a%00b#frag"_s << true;
    QTest::newRow("DEL inside") << "/a\x7f"_ba << u"http://127.0.0.1:29080/a%7F#frag"_s << true;
    QTest::newRow("backslash in query kept")
        << "/p?a=\\b"_ba << u"http://127.0.0.1:29080/p?a=%5Cb#frag"_s << false;
    QTest::newRow("other scheme kept as is") << "ftp://h/x"_ba << u"ftp://h/x#frag"_s << false;
}

void tst_LocationResolver::resolves()
{
    QFETCH(QByteArray, location);
    QFETCH(QString, expected);
    QFETCH(bool, normalized);
    const QUrl base(u"http://127.0.0.1:29080/a/b/c?q=1"_s);
    const ResolvedLocation resolved = resolveLocation(location, base, u"frag"_s);
    QVERIFY(resolved.valid);
    QCOMPARE(resolved.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(!resolved.changes.isEmpty(), normalized);
}

void tst_LocationResolver::invalid_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only spaces") << "   "_ba;
    QTest::newRow("no host") << "http://"_ba;
    QTest::newRow("bad port") << "http://host:99999/"_ba;
}

void tst_LocationResolver::invalid()
{
    QFETCH(QByteArray, location);
    QVERIFY(!resolveLocation(location, QUrl(u"http://127.0.0.1/"_s), QString()).valid);
}

void tst_LocationResolver::credentialsAreRemovedAndMasked()
{
    const ResolvedLocation resolved
        = resolveLocation("http://admin:hunter2@example.org/x"_ba, QUrl(u"http://127.0.0.1/"_s), QString());
    QVERIFY(resolved.valid);
    QVERIFY(resolved.hadCredentials);
    QCOMPARE(resolved.url.toString(), u"http://example.org/x"_s);
    QVERIFY(!resolved.maskedValue.contains(u"hunter2"_s));
    QVERIFY(resolved.maskedValue.contains(u"admin:"_s));

    // Shapes a textual guess misses; the password is masked as the URL rules read it.
    // A user name is not a secret, even one that reads like a password: only the password goes.
    const ResolvedLocation userOnly = resolveLocation("http:hunter2@host\xff:pw\x1f@@127.0.0.1/x"_ba,
                                                      QUrl(u"https://example.com/"_s), QString());
    QVERIFY(userOnly.valid && userOnly.hadCredentials); // found by fuzz_location: "hunter2" is the user
    QVERIFY2(userOnly.maskedValue.startsWith(u"http:hunter2@host"_s), qPrintable(userOnly.maskedValue));
    QVERIFY2(!userOnly.maskedValue.contains(u"pw"_s), qPrintable(userOnly.maskedValue));
    QCOMPARE(userOnly.url.toString(), u"http://127.0.0.1/x"_s);

    for (const QByteArray &raw :
         {"http:\\\\admin:hunter2@example.org/x"_ba, "http://admin:hunter2@b:c@example.org/x"_ba,
          "http://user:hunter2@1ser:hunter2@170?y#z"_ba, // found by fuzz_location
          "http://admin:hunter2\xff@example.org/x"_ba, // not UTF-8: found by fuzz_location too
          "HTTP://admin:hunter2%41@example.org/x"_ba}) {
        const ResolvedLocation odd = resolveLocation(raw, QUrl(u"http://127.0.0.1/"_s), QString());
        QVERIFY2(odd.valid && odd.hadCredentials, raw.constData());
        QVERIFY2(!odd.maskedValue.contains(u"hunter2"_s), qPrintable(odd.maskedValue));
        QVERIFY(odd.url.userInfo().isEmpty());
    }
}

void tst_LocationResolver::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same") << u"http://h/a"_s << u"http://h/b?x"_s << true;
    QTest::newRow("default port explicit") << u"http://h/"_s << u"http://h:80/"_s << true;
    QTest::newRow("host case") << u"http://H/"_s << u"http://h/"_s << true;
    QTest::newRow("other port") << u"http://h:8080/"_s << u"http://h/"_s << false;
    QTest::newRow("other scheme") << u"http://h/"_s << u"https://h/"_s << false;
    QTest::newRow("other host") << u"http://h/"_s << u"http://g/"_s << false;
    QTest::newRow("https default") << u"https://h:443/"_s << u"https://h/"_s << true;
}

void tst_LocationResolver::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(isSameOrigin(QUrl(a), QUrl(b)), same);
}

QTEST_GUILESS_MAIN(tst_LocationResolver)
#include "tst_locationresolver.moc"
