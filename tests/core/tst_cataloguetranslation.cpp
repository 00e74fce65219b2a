// SPDX-License-Identifier: MIT
// The catalogue's texts in German, French and Spanish (resources/data/catalogue.LANG.json): the file
// format and its mistakes, the per-field fallback to English when a translation is missing or was
// made from an older English text, and the shipped files themselves: every text present and
// current, every number, header name and identifier of the English kept, nothing left in English
// by accident.
#include "core/catalogue/cataloguetranslation.h"
#include "core/catalogue/statusclass.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QResource>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace {

// Every resources/data/catalogue.LANG.json: "de", "es", "fr".
QStringList sourceLanguages()
{
    QStringList languages;
    const QDir data(QStringLiteral(STATUSSCOPE_SOURCE_DIR) + u"/resources/data"_s);
    for (const QString &file : data.entryList({u"catalogue.*.json"_s}, QDir::Files, QDir::Name))
        languages.append(file.section(u'.', 1, 1));
    return languages;
}

const QStringList Languages = sourceLanguages();
// Languages whose texts are still being written: their completeness check is an expected failure, and
// passes the moment the last text is in (an unexpected pass fails, so this list cannot go stale).
const QStringList Unfinished{};

QString sourceFile(const QString &language)
{
    return QStringLiteral(STATUSSCOPE_SOURCE_DIR) + u"/resources/data/catalogue."_s + language + u".json"_s;
}

const StatusCatalogue &english()
{
    static const StatusCatalogue catalogue = [] {
        CatalogueError error;
        std::optional<StatusCatalogue> read
            = StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), &error);
        if (!read)
            qFatal("the English catalogue does not load: %s", qPrintable(error.toString()));
        return *read;
    }();
    return catalogue;
}

// What must come through a translation unchanged (translations/catalogue_translations.py has the
// same patterns for translators): numbers, hyphenated capitalised names such as header fields,
// identifiers from code, acronyms.
QSet<QString> keptTokens(QString text)
{
    static const QRegularExpression thousands(u"(?<=\\d)[,.\\x{00a0}\\x{202f} ](?=\\d{3}\\b)"_s);
    static const QList<QRegularExpression> patterns{
        QRegularExpression(u"\\d+"_s),
        QRegularExpression(u"\\b[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+\\b"_s),
        QRegularExpression(u"\\b\\w*[a-z][A-Z]\\w*\\b"_s),
        QRegularExpression(u"\\b\\w+_\\w+\\b"_s),
        QRegularExpression(u"\\b[A-Z]{2,}[0-9]*\\b"_s),
    };
    text.remove(thousands);
    QSet<QString> tokens;
    for (const QRegularExpression &pattern : patterns) {
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            tokens.insert(it.next().captured());
    }
    return tokens;
}

QStringList lostTokens(const QString &english, QString translated)
{
    static const QRegularExpression thousands(u"(?<=\\d)[,.\\x{00a0}\\x{202f} ](?=\\d{3}\\b)"_s);
    const QSet<QString> have = keptTokens(translated);
    translated.remove(thousands);
    QStringList lost;
    for (const QString &token : keptTokens(english)) {
        if (!have.contains(token) && !translated.contains(token))
            lost.append(token);
    }
    lost.sort();
    return lost;
}

// A small English catalogue and its German, written here so each case shows what it depends on.
const QByteArray EnglishJson = R"({
  "format": 1,
  "classes": {"1xx": "Interim.", "2xx": "Success.", "3xx": "Redirection.", "4xx": "Client error.",
              "5xx": "Server error.", "other": "Outside."},
  "entries": [{
    "code": 429, "reason": "Too Many Requests", "origin": "standard", "origin_detail": "RFC 6585",
    "summary": "Slow down: too many requests.",
    "description": "The client sent too many requests.\n\nA Retry-After header may say when to try again.",
    "use": "Rate limits.", "misuse": "Answering 503 instead.",
    "spec_refs": [{"rfc": 6585, "section": "4"}], "since": "2012", "cacheable": false
  }]
})";

StatusEntry englishEntry()
{
    CatalogueError error;
    const std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromJson(EnglishJson, u"en.json"_s, &error);
    if (!catalogue)
        qFatal("%s", qPrintable(error.toString()));
    return catalogue->entries().first();
}

QByteArray field(const QString &key, const QString &text, const QString &english, bool same = false)
{
    return u"\"%1\": {\"text\": \"%2\", \"from\": \"%3\"%4}"_s
        .arg(key, text, CatalogueTranslation::sourceHash(english), same ? u", \"same\": true"_s : QString())
        .toUtf8();
}

} // namespace

class tst_CatalogueTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceHashIsTheFirst12HexOfSha256();
    void badFilesAreRefusedWithTheFieldNamed_data();
    void badFilesAreRefusedWithTheFieldNamed();
    void compiledFormReadsBackTheSame();
    void builtinTranslationIsReadInPlace();
    void eachFieldFallsBackToEnglishOnItsOwn();
    void glossIsShownOnlyWhenCurrent();
    void classDescriptionsFallBackToo();
    void englishNeedsNoTranslation();
    void languageCodes();
    void buildStepRefusesABadFile();

    void builtinMatchesTheSourceFile_data();
    void builtinMatchesTheSourceFile();
    void everyTextPresentAndCurrent_data();
    void everyTextPresentAndCurrent();
    void numbersHeadersAndIdentifiersKept_data();
    void numbersHeadersAndIdentifiersKept();
    void noEnglishLeftByAccident_data();
    void noEnglishLeftByAccident();
    void noOrphans_data();
    void noOrphans();
};

void tst_CatalogueTranslation::sourceHashIsTheFirst12HexOfSha256()
{
    // As `printf abc | sha256sum | cut -c1-12` gives it (translations/catalogue_translations.py too).
    QCOMPARE(CatalogueTranslation::sourceHash(u"abc"_s), u"ba7816bf8f01"_s);
    // Space around a text is not part of it: the catalogue trims what it reads.
    QCOMPARE(CatalogueTranslation::sourceHash(u" abc\n"_s), u"ba7816bf8f01"_s);
    QCOMPARE(CatalogueTranslation::sourceHash(u"Größe"_s).size(), 12);
}

void tst_CatalogueTranslation::badFilesAreRefusedWithTheFieldNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    const QByteArray head = R"({"format": 1, "language": "de", "entries": [)";
    QTest::newRow("not JSON") << QByteArray("{") << QString() << u"not valid JSON"_s;
    QTest::newRow("format") << QByteArray(R"({"format": 2, "language": "de", "entries": []})") << u"format"_s
                            << u"format version"_s;
    QTest::newRow("language") << QByteArray(R"({"format": 1, "language": "German", "entries": []})")
                              << u"language"_s << u"two-letter"_s;
    QTest::newRow("unknown top key") << QByteArray(
        R"({"format": 1, "language": "de", "entries": [], "x": 1})")
                                     << u"x"_s << u"not a known field"_s;
    QTest::newRow("unknown class") << QByteArray(R"({"format": 1, "language": "de", "entries": [],
        "classes": {"6xx": {"text": "x", "from": "0123456789ab"}}})")
                                   << u"classes.6xx"_s << u"not a status class"_s;
    QTest::newRow("code and reason only")
        << head + R"({"entry": "418 I'm a teapot"}]})" << u"entry"_s << u"CODE REASON · ORIGIN"_s;
    QTest::newRow("no entry") << head + R"({"summary": {"text": "x", "from": "0123456789ab"}}]})"
                              << u"entry"_s << u"CODE REASON · ORIGIN"_s;
    QTest::newRow("unknown field") << head + R"({"entry": "418 I'm a teapot · RFC 2324",
        "summmary": {"text": "x", "from": "0123456789ab"}}]})"
                                   << u"summmary"_s << u"not a known field"_s;
    QTest::newRow("plain string") << head + R"({"entry": "418 I'm a teapot · RFC 2324", "summary": "x"}]})"
                                  << u"summary"_s << u"must be an object"_s;
    QTest::newRow("no from") << head + R"({"entry": "418 I'm a teapot · RFC 2324",
        "summary": {"text": "x"}}]})"
                             << u"summary.from"_s << u"--stamp"_s;
    QTest::newRow("bad from") << head + R"({"entry": "418 I'm a teapot · RFC 2324",
        "summary": {"text": "x", "from": "XYZ"}}]})"
                              << u"summary.from"_s << u"hex digits"_s;
    QTest::newRow("empty text") << head + R"({"entry": "418 I'm a teapot · RFC 2324",
        "summary": {"text": " ", "from": "0123456789ab"}}]})"
                                << u"summary.text"_s << u"non-empty"_s;
    QTest::newRow("two-line summary") << head + R"({"entry": "418 I'm a teapot · RFC 2324",
        "summary": {"text": "a\nb", "from": "0123456789ab"}}]})"
                                      << u"summary"_s << u"single line"_s;
    QTest::newRow("listed twice") << head + R"({"entry": "418 I'm a teapot · RFC 2324"},
        {"entry": "418 I'm a teapot · RFC 2324"}]})"
                                  << u"entry"_s << u"listed twice"_s;
}

void tst_CatalogueTranslation::badFilesAreRefusedWithTheFieldNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, message);
    CatalogueError error;
    QVERIFY(!CatalogueTranslation::fromJson(json, u"catalogue.de.json"_s, &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(u"catalogue.de.json"_s));
}

void tst_CatalogueTranslation::compiledFormReadsBackTheSame()
{
    const StatusEntry entry = englishEntry();
    const QByteArray json = R"({"format": 1, "language": "de", "classes": {)"
        + field(u"4xx"_s, u"Clientfehler."_s, u"Client error."_s)
        + R"(}, "entries": [{"entry": "429 Too Many Requests · RFC 6585", )"
        + field(u"summary"_s, u"Langsamer: zu viele Anfragen."_s, entry.summary) + u", "_s.toUtf8()
        + field(u"origin_detail"_s, u"RFC 6585"_s, entry.originDetail, true) + "}]}";
    CatalogueError error;
    const std::optional<CatalogueTranslation> translation
        = CatalogueTranslation::fromJson(json, u"de.json"_s, &error);
    QVERIFY2(translation, qPrintable(error.toString()));
    const std::optional<CatalogueTranslation> readBack
        = CatalogueTranslation::fromCompiled(translation->compiled());
    QVERIFY(readBack);
    QCOMPARE(*readBack, *translation);
    QCOMPARE(readBack->translated(u"429 Too Many Requests · RFC 6585"_s, EntryText::OriginDetail)->same,
             true);
    QVERIFY(!CatalogueTranslation::fromCompiled(translation->compiled().chopped(3)));
    QVERIFY(!CatalogueTranslation::fromCompiled(QByteArray("SSCC")));
}

void tst_CatalogueTranslation::builtinTranslationIsReadInPlace()
{
    // Each built-in translation's texts point into its uncompressed resource, not into copies.
    for (const QString &language : {u"de"_s, u"fr"_s, u"es"_s}) {
        const QResource resource(u":/data/catalogue."_s + language + u".compiled"_s);
        QVERIFY(resource.isValid());
        QCOMPARE(resource.compressionAlgorithm(), QResource::NoCompression);
        const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
        QCOMPARE(translation.language(), language);
        int texts = 0;
        for (const QString &key : translation.entryKeys()) {
            const TranslatedText *summary = translation.translated(key, EntryText::Summary);
            if (!summary || summary->text.isEmpty())
                continue;
            const auto *at = reinterpret_cast<const uchar *>(summary->text.constData());
            QVERIFY2(at >= resource.data() && at < resource.data() + resource.size(), qPrintable(key));
            ++texts;
        }
        QVERIFY(texts > 100);
    }
}

void tst_CatalogueTranslation::eachFieldFallsBackToEnglishOnItsOwn()
{
    const StatusEntry entry = englishEntry();
    // summary current, description made from an older English text, use and misuse not written.
    const QByteArray json
        = R"({"format": 1, "language": "de", "entries": [{"entry": "429 Too Many Requests · RFC 6585", )"
        + field(u"summary"_s, u"Langsamer: zu viele Anfragen."_s, entry.summary) + ", "
        + field(u"description"_s, u"Der Client hat zu viele Anfragen gesendet."_s,
                u"The client sent too many requests."_s)
        + "}]}";
    CatalogueError error;
    const std::optional<CatalogueTranslation> german
        = CatalogueTranslation::fromJson(json, u"de.json"_s, &error);
    QVERIFY2(german, qPrintable(error.toString()));

    QCOMPARE(german->state(entry, EntryText::Summary), TranslationState::Current);
    QCOMPARE(german->state(entry, EntryText::Description), TranslationState::Stale);
    QCOMPARE(german->state(entry, EntryText::Use), TranslationState::Missing);
    QCOMPARE(german->state(entry, EntryText::Folklore), TranslationState::NotNeeded);

    const LocalizedText summary = german->text(entry, EntryText::Summary);
    QCOMPARE(summary.text, u"Langsamer: zu viele Anfragen."_s);
    QVERIFY(!summary.fallback);
    // The stale German would now say less than the English: the English is shown, marked.
    const LocalizedText description = german->text(entry, EntryText::Description);
    QCOMPARE(description.text, entry.description);
    QVERIFY(description.fallback);

    QList<EntryText> fallbacks;
    const StatusEntry shown = german->localized(entry, &fallbacks);
    QCOMPARE(shown.summary, u"Langsamer: zu viele Anfragen."_s);
    QCOMPARE(shown.description, entry.description);
    QCOMPARE(shown.use, entry.use);
    QCOMPARE(shown.reason, u"Too Many Requests"_s); // as sent on the wire
    QCOMPARE(fallbacks,
             (QList<EntryText>{EntryText::Description, EntryText::Use, EntryText::Misuse,
                               EntryText::OriginDetail, EntryText::Since}));
}

void tst_CatalogueTranslation::glossIsShownOnlyWhenCurrent()
{
    const StatusEntry entry = englishEntry();
    const auto withGloss = [](const QString &madeFrom) {
        const QByteArray json
            = R"({"format": 1, "language": "fr", "entries": [{"entry": "429 Too Many Requests · RFC 6585", )"
            + field(u"reason_gloss"_s, u"Trop de requêtes"_s, madeFrom) + "}]}";
        return CatalogueTranslation::fromJson(json, u"fr.json"_s, nullptr).value();
    };
    QCOMPARE(withGloss(u"Too Many Requests"_s).reasonGloss(entry), u"Trop de requêtes"_s);
    // A renamed reason phrase: the old gloss would translate something else.
    QCOMPARE(withGloss(u"Too Many Request"_s).reasonGloss(entry), QString());
}

void tst_CatalogueTranslation::classDescriptionsFallBackToo()
{
    CatalogueError error;
    const std::optional<StatusCatalogue> catalogue
        = StatusCatalogue::fromJson(EnglishJson, u"en.json"_s, &error);
    QVERIFY(catalogue);
    const QByteArray json = R"({"format": 1, "language": "es", "classes": {)"
        + field(u"4xx"_s, u"Error del cliente."_s, u"Client error."_s) + ", "
        + field(u"5xx"_s, u"Error del servidor."_s, u"A server error, as it once read."_s)
        + R"(}, "entries": []})";
    const std::optional<CatalogueTranslation> spanish
        = CatalogueTranslation::fromJson(json, u"es.json"_s, &error);
    QVERIFY2(spanish, qPrintable(error.toString()));
    const LocalizedText client = spanish->classDescription(*catalogue, StatusClass::ClientError);
    QCOMPARE(client.text, u"Error del cliente."_s);
    QVERIFY(!client.fallback);
    const LocalizedText server = spanish->classDescription(*catalogue, StatusClass::ServerError);
    QCOMPARE(server.text, u"Server error."_s);
    QVERIFY(server.fallback);
    QVERIFY(spanish->classDescription(*catalogue, StatusClass::Success).fallback);
}

void tst_CatalogueTranslation::englishNeedsNoTranslation()
{
    const StatusEntry entry = englishEntry();
    const CatalogueTranslation &english = CatalogueTranslation::builtin(u"en_GB"_s);
    QVERIFY(english.isEnglish());
    QList<EntryText> fallbacks;
    QCOMPARE(english.localized(entry, &fallbacks), entry);
    QVERIFY(fallbacks.isEmpty());
    QCOMPARE(english.reasonGloss(entry), QString());
    // A language without a catalogue translation reads the English, unmarked: there is nothing to mark it
    // against.
    QVERIFY(CatalogueTranslation::builtin(u"it"_s).isEnglish());
}

void tst_CatalogueTranslation::languageCodes()
{
    QCOMPARE(CatalogueTranslation::languageCode(u"de_DE"_s), u"de"_s);
    QCOMPARE(CatalogueTranslation::languageCode(u"fr-CA"_s), u"fr"_s);
    QCOMPARE(CatalogueTranslation::languageCode(u"ES"_s), u"es"_s);
    QCOMPARE(CatalogueTranslation::languageCode(u"de_DE.UTF-8"_s), u"de"_s);
    // Every translation file is compiled in (a new one needs its line in app/core/CMakeLists.txt).
    QCOMPARE(Languages, (QStringList{u"de"_s, u"es"_s, u"fr"_s}));
    QCOMPARE(CatalogueTranslation::builtinLanguages(), QStringList{u"en"_s} + Languages);
}

void tst_CatalogueTranslation::buildStepRefusesABadFile()
{
    // What the build prints when a translator's file has a mistake: the file, entry and field, and
    // what to do; nothing is written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(u"catalogue.de.json"_s);
    const QString output = dir.filePath(u"catalogue.de.compiled"_s);
    // Runs the build step on `json`: its exit code and what it printed.
    const auto compile = [&](const QByteArray &json, const QString &language) -> std::pair<int, QString> {
        QFile file(source);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
            return {-1, file.errorString()};
        file.close();
        QProcess tool;
        tool.start(QStringLiteral(STATUSSCOPE_COMPILE_TRANSLATION), {language, source, output});
        if (!tool.waitForFinished(30000))
            return {-1, u"did not finish"_s};
        return {tool.exitCode(), QString::fromUtf8(tool.readAllStandardError())};
    };

    const auto [unstampedExit, unstampedErr] = compile(R"({"format": 1, "language": "de", "entries": [
        {"entry": "418 I'm a teapot · RFC 2324", "summary": {"text": "Eine Teekanne."}}]})",
                                                       u"de"_s);
    QCOMPARE(unstampedExit, 1);
    QVERIFY2(unstampedErr.contains(source
                                   + u": entry 0 (code 418), field \"summary.from\": is missing: run "
                                     "\"./dev catalogue-translations --stamp LANG\""_s),
             qPrintable(unstampedErr));
    QVERIFY(!QFile::exists(output));

    // The file of one language given as another's.
    const auto [otherExit, otherErr] = compile(R"({"format": 1, "language": "fr", "entries": []})", u"de"_s);
    QCOMPARE(otherExit, 1);
    QVERIFY2(otherErr.contains(u"\"language\" is \"fr\" but the file is the catalogue's de translation"_s),
             qPrintable(otherErr));
    QVERIFY(!QFile::exists(output));

    QCOMPARE(compile(R"({"format": 1, "language": "de", "entries": []})", u"de"_s).first, 0);
    QVERIFY(QFile::exists(output));
}

void tst_CatalogueTranslation::builtinMatchesTheSourceFile_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void tst_CatalogueTranslation::builtinMatchesTheSourceFile()
{
    QFETCH(QString, language);
    CatalogueError error;
    const std::optional<CatalogueTranslation> source
        = CatalogueTranslation::fromFile(sourceFile(language), &error);
    QVERIFY2(source, qPrintable(error.toString()));
    QCOMPARE(source->language(), language);
    QCOMPARE(CatalogueTranslation::builtin(language), *source);
}

void tst_CatalogueTranslation::everyTextPresentAndCurrent_data()
{
    builtinMatchesTheSourceFile_data();
}

void tst_CatalogueTranslation::everyTextPresentAndCurrent()
{
    QFETCH(QString, language);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    QStringList open;
    for (const StatusEntry &entry : english().entries()) {
        for (EntryText text : allEntryTexts()) {
            const TranslationState state = translation.state(entry, text);
            if (state == TranslationState::Missing || state == TranslationState::Stale)
                open.append(
                    u"%1 / %2: %3"_s.arg(CatalogueTranslation::entryKey(entry), entryTextKey(text),
                                         state == TranslationState::Missing ? u"missing"_s : u"stale"_s));
        }
    }
    for (StatusClass statusClass : allClasses()) {
        const TranslationState state = translation.classState(english(), statusClass);
        if (state != TranslationState::Current)
            open.append(u"classes / %1: %2"_s.arg(
                classKey(statusClass), state == TranslationState::Missing ? u"missing"_s : u"stale"_s));
    }
    if (Unfinished.contains(language))
        QEXPECT_FAIL("", "still being translated (issue 17)", Abort);
    QVERIFY2(
        open.isEmpty(),
        qPrintable(
            u"%1 texts open (./dev catalogue-translations %2 lists them):\n"_s.arg(open.size()).arg(language)
            + open.mid(0, 20).join(u'\n')));
}

void tst_CatalogueTranslation::numbersHeadersAndIdentifiersKept_data()
{
    builtinMatchesTheSourceFile_data();
}

void tst_CatalogueTranslation::numbersHeadersAndIdentifiersKept()
{
    QFETCH(QString, language);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    QStringList lost;
    for (const StatusEntry &entry : english().entries()) {
        for (EntryText text : allEntryTexts()) {
            if (text == EntryText::ReasonGloss || translation.state(entry, text) != TranslationState::Current)
                continue;
            const QString english = englishText(entry, text);
            const QStringList missing = lostTokens(
                english, translation.translated(CatalogueTranslation::entryKey(entry), text)->text);
            if (!missing.isEmpty())
                lost.append(u"%1 / %2: %3"_s.arg(CatalogueTranslation::entryKey(entry), entryTextKey(text),
                                                 missing.join(u", "_s)));
        }
    }
    for (StatusClass statusClass : allClasses()) {
        if (const TranslatedText *text = translation.translatedClass(statusClass)) {
            const QStringList missing = lostTokens(english().classDescription(statusClass), text->text);
            if (!missing.isEmpty())
                lost.append(u"classes / %1: %2"_s.arg(classKey(statusClass), missing.join(u", "_s)));
        }
    }
    QVERIFY2(lost.isEmpty(), qPrintable(lost.join(u'\n')));
}

void tst_CatalogueTranslation::noEnglishLeftByAccident_data()
{
    builtinMatchesTheSourceFile_data();
}

void tst_CatalogueTranslation::noEnglishLeftByAccident()
{
    QFETCH(QString, language);
    const CatalogueTranslation &translation = CatalogueTranslation::builtin(language);
    QStringList identical;
    for (const StatusEntry &entry : english().entries()) {
        for (EntryText text : allEntryTexts()) {
            const TranslatedText *translated
                = translation.translated(CatalogueTranslation::entryKey(entry), text);
            if (translated && !translated->same && translated->text == englishText(entry, text).trimmed())
                identical.append(CatalogueTranslation::entryKey(entry) + u" / "_s + entryTextKey(text));
        }
    }
    for (StatusClass statusClass : allClasses()) {
        const TranslatedText *translated = translation.translatedClass(statusClass);
        if (translated && !translated->same && translated->text == english().classDescription(statusClass))
            identical.append(u"classes / "_s + classKey(statusClass));
    }
    QVERIFY2(identical.isEmpty(),
             qPrintable(u"the same as the English without \"same\": true:\n"_s + identical.join(u'\n')));
}

void tst_CatalogueTranslation::noOrphans_data()
{
    builtinMatchesTheSourceFile_data();
}

void tst_CatalogueTranslation::noOrphans()
{
    // A translated entry whose code and reason no longer name an English entry is never shown:
    // after a renamed reason phrase, its texts must move to the new name.
    QFETCH(QString, language);
    QSet<QString> keys;
    for (const StatusEntry &entry : english().entries())
        keys.insert(CatalogueTranslation::entryKey(entry));
    QStringList orphans;
    for (const QString &key : CatalogueTranslation::builtin(language).entryKeys()) {
        if (!keys.contains(key))
            orphans.append(key);
    }
    orphans.sort();
    QVERIFY2(orphans.isEmpty(), qPrintable(orphans.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_CatalogueTranslation)
#include "tst_cataloguetranslation.moc"
