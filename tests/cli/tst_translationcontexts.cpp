// SPDX-License-Identifier: MIT
// The sentences several files say under one translation context, each context defined once
// (cli/checkcommandtext.h: "CheckCommand"; core/audit/auditinputtext.h: "AuditInput"), come out
// translated where they are said. A file that drifted to a context of its own would speak English
// in a German session, its translations lost.
#include "cli/authflags.h"
#include "cli/numbers.h"
#include "cli/proxyflags.h"
#include "cli/tlsflags.h"
#include "core/audit/auditinput.h"
#include "core/i18n/translations.h"

#include <QCommandLineParser>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope;

class tst_TranslationContexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void flagGroupsSpeakTheLanguage_data();
    void flagGroupsSpeakTheLanguage();
    void numberErrorsSpeakTheLanguage();
    void sitemapSentencesSpeakTheLanguage();

private:
    static void useLanguage(const QString &code);
};

void tst_TranslationContexts::useLanguage(const QString &code)
{
    QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(code)));
    QCOMPARE(Core::installedLanguage(), code);
}

void tst_TranslationContexts::cleanup()
{
    useLanguage(u"en"_s);
}

using AddOptions = std::function<void(QCommandLineParser &)>;
Q_DECLARE_METATYPE(AddOptions)

void tst_TranslationContexts::flagGroupsSpeakTheLanguage_data()
{
    QTest::addColumn<AddOptions>("add");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("german");
    QTest::newRow("tls") << AddOptions(&Cli::addTlsOptions) << u"Trust the certificate authorities in FILE"_s
                         << u"Den Zertifizierungsstellen in FILE"_s;
    QTest::newRow("proxy") << AddOptions(&Cli::addProxyOptions) << u"The proxy's user name and password"_s
                           << u"Benutzername und Passwort des Proxys"_s;
    QTest::newRow("auth") << AddOptions(&Cli::addAuthOptions)
                          << u"Credentials for the server of the URL given"_s
                          << u"Zugangsdaten für den Server der angegebenen URL"_s;
}

// Each of check's flag groups describes its options in German in a German session.
void tst_TranslationContexts::flagGroupsSpeakTheLanguage()
{
    QFETCH(AddOptions, add);
    QFETCH(QString, english);
    QFETCH(QString, german);
    const auto help = [&add](const QString &language) {
        useLanguage(language);
        QCommandLineParser parser;
        add(parser);
        return parser.helpText().simplified(); // unwrapped
    };
    const QString inEnglish = help(u"en"_s);
    QVERIFY2(inEnglish.contains(english), qPrintable(inEnglish));
    const QString inGerman = help(u"de"_s);
    QVERIFY2(inGerman.contains(german), qPrintable(inGerman));
    QVERIFY2(!inGerman.contains(english), qPrintable(inGerman));
}

void tst_TranslationContexts::numberErrorsSpeakTheLanguage()
{
    useLanguage(u"de"_s);
    QCommandLineParser parser;
    parser.addOption({u"max-redirs"_s, QString(), u"N"_s});
    QVERIFY(parser.parse({u"statusscope"_s, u"--max-redirs"_s, u"x"_s}));
    QString error;
    QVERIFY(!Cli::wholeNumber(parser, u"max-redirs"_s, 0, &error));
    QVERIFY2(error.contains(u"ganze Zahl"_s), qPrintable(error));
}

// StreamAuditInput (a pasted sitemap) says what it refused in German.
void tst_TranslationContexts::sitemapSentencesSpeakTheLanguage()
{
    useLanguage(u"de"_s);
    std::unique_ptr<Core::AuditInput> input = Core::AuditInput::fromText(
        u"<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>example.org/page</loc></url></urlset>"_s,
        Core::AuditInputKind::Sitemap);
    input->start();
    std::optional<Core::AuditSource> source;
    const auto taken = [&] {
        if (!source)
            source = input->take();
        return source || input->atEnd();
    };
    QTRY_VERIFY(taken());
    QVERIFY2(source, qPrintable(input->errorString() + u" | "_s + input->notes().join(u" | "_s)));
    QVERIFY(!source->isValid());
    QVERIFY2(source->invalid.contains(u"vollständige http- oder https-URL"_s), qPrintable(source->invalid));
    QVERIFY2(source->invalid.contains(u"example.org/page"_s), qPrintable(source->invalid));
}

QTEST_GUILESS_MAIN(tst_TranslationContexts)
#include "tst_translationcontexts.moc"
