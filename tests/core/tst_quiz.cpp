// SPDX-License-Identifier: MIT
// Generated quiz questions: one right answer among four different choices, filters respected,
// the same seed giving the same round.
#include "core/catalogue/statusclass.h"
#include "core/quiz/quiz.h"
#include "core/quiz/quizprogress.h"
#include "core/quiz/scenarios.h"
#include "core/settings/settings.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace StatusScope::Core;
using namespace Qt::Literals::StringLiterals;

class tst_Quiz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyQuestionHasOneRightAnswer();
    void kindsAlternate();
    void scenariosAreSoundAndAsked();
    void classFilterKeepsDistractorsInTheClass();
    void originAndMetCodesFilter();
    void sameSeedSameRound();
    void nothingMatchesGivesNoQuestions();
    void progressIsKeptAndRanked();

private:
    StatusCatalogue m_catalogue;
};

void tst_Quiz::initTestCase()
{
    m_catalogue = *StatusCatalogue::fromFile(StatusCatalogue::builtinPath(), nullptr);
}

void tst_Quiz::everyQuestionHasOneRightAnswer()
{
    const QList<QuizQuestion> quiz = makeQuiz(m_catalogue, {}, 30, 7);
    QCOMPARE(quiz.size(), 30);
    QSet<int> codes;
    for (const QuizQuestion &question : quiz) {
        QVERIFY(!codes.contains(question.code)); // never the same code twice in a round
        codes.insert(question.code);
        QCOMPARE(question.choices.size(), QuizChoiceCount);
        QCOMPARE(QSet<QString>(question.choices.cbegin(), question.choices.cend()).size(), QuizChoiceCount);
        const StatusEntry &entry = m_catalogue.entries().at(question.entryIndex);
        QCOMPARE(entry.code, question.code);
        const QString right
            = question.kind == QuestionKind::MeaningOfCode ? entry.summary : QString::number(entry.code);
        QCOMPARE(question.choices.at(question.answer), right);
        QCOMPARE(question.choices.count(right), 1);
        QVERIFY(question.explanation.startsWith(QString::number(entry.code) + u' ' + entry.reason));
    }
}

void tst_Quiz::kindsAlternate()
{
    const QList<QuizQuestion> quiz = makeQuiz(m_catalogue, {}, 4, 1);
    QCOMPARE(quiz.at(0).kind, QuestionKind::MeaningOfCode);
    QVERIFY(quiz.at(0).prompt.startsWith(u"What does %1 mean?"_s.arg(quiz.at(0).code)));
    QCOMPARE(quiz.at(1).kind, QuestionKind::CodeForMeaning);
    QVERIFY(quiz.at(1).prompt.startsWith(u"Which status code means"_s));
}

void tst_Quiz::scenariosAreSoundAndAsked()
{
    // Our data: every code catalogued, four different choices, an explanation.
    const QList<Scenario> scenarios = quizScenarios();
    QVERIFY(scenarios.size() >= 10);
    for (const Scenario &scenario : scenarios) {
        QVERIFY2(m_catalogue.contains(scenario.answer), qPrintable(scenario.situation));
        QSet<int> codes{scenario.answer};
        for (int code : scenario.confusers) {
            QVERIFY2(m_catalogue.contains(code), qPrintable(u"%1 in: "_s.arg(code) + scenario.situation));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), 4);
        QVERIFY(!scenario.why.isEmpty());
    }
    // Every third question of a round is one.
    const QList<QuizQuestion> quiz = makeQuiz(m_catalogue, {}, 9, 21);
    QCOMPARE(quiz.size(), 9);
    for (int i : {2, 5, 8}) {
        const QuizQuestion &question = quiz.at(i);
        QCOMPARE(question.kind, QuestionKind::Scenario);
        QCOMPARE(question.choices.at(question.answer), QString::number(question.code));
        QVERIFY(question.explanation.startsWith(QString::number(question.code)));
    }
    // A filter keeps only the scenarios whose answer passes it.
    QuizFilter server;
    server.statusClass = StatusClass::ServerError;
    for (const QuizQuestion &question : makeQuiz(m_catalogue, server, 20, 2))
        QCOMPARE(classOfCode(question.code), StatusClass::ServerError);
}

void tst_Quiz::classFilterKeepsDistractorsInTheClass()
{
    QuizFilter filter;
    filter.statusClass = StatusClass::ClientError;
    const QList<QuizQuestion> quiz = makeQuiz(m_catalogue, filter, 100, 3);
    QVERIFY(quiz.size() > 20);
    for (const QuizQuestion &question : quiz) {
        QCOMPARE(classOfCode(question.code), StatusClass::ClientError);
        if (question.kind == QuestionKind::CodeForMeaning) {
            for (const QString &choice : question.choices) // 4xx has plenty: no giveaway 2xx
                QCOMPARE(classOfCode(choice.toInt()), StatusClass::ClientError);
        }
    }
}

void tst_Quiz::originAndMetCodesFilter()
{
    QuizFilter vendor;
    vendor.origin = OriginKind::Vendor;
    for (const QuizQuestion &question : makeQuiz(m_catalogue, vendor, 50, 5))
        QCOMPARE(m_catalogue.entries().at(question.entryIndex).origin, OriginKind::Vendor);

    QuizFilter met;
    met.onlyCodes = {404, 301, 503};
    const QList<QuizQuestion> quiz = makeQuiz(m_catalogue, met, 10, 9);
    QCOMPARE(quiz.size(), 3); // one question per code met, however many were asked for
    QSet<int> asked;
    for (const QuizQuestion &question : quiz)
        asked.insert(question.code);
    QCOMPARE(asked, QSet<int>({404, 301, 503}));
}

void tst_Quiz::sameSeedSameRound()
{
    const QList<QuizQuestion> first = makeQuiz(m_catalogue, {}, 10, 42);
    const QList<QuizQuestion> again = makeQuiz(m_catalogue, {}, 10, 42);
    const QList<QuizQuestion> other = makeQuiz(m_catalogue, {}, 10, 43);
    QCOMPARE(first.size(), again.size());
    bool differs = false;
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(first.at(i).code, again.at(i).code);
        QCOMPARE(first.at(i).choices, again.at(i).choices);
        differs = differs || first.at(i).code != other.at(i).code;
    }
    QVERIFY(differs);
}

void tst_Quiz::nothingMatchesGivesNoQuestions()
{
    QuizFilter filter;
    filter.onlyCodes = {432}; // not catalogued
    QVERIFY(makeQuiz(m_catalogue, filter, 5, 1).isEmpty());
    QVERIFY(makeQuiz(m_catalogue, {}, 0, 1).isEmpty());
    QVERIFY(makeQuiz(m_catalogue, {}, -3, 1).isEmpty());
}

void tst_Quiz::progressIsKeptAndRanked()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        // What a hand edit or an older version may leave: each damaged line is ignored.
        settings.setValue(u"quiz/progress/999"_s, u"3/2"_s);
        settings.setValue(u"quiz/progress/998"_s, u"x/1"_s);
        settings.setValue(u"quiz/progress/997"_s, u"1"_s);
        settings.setValue(u"quiz/progress/teapot"_s, u"1/1"_s);
        Settings kept(&settings);
        QuizProgress progress(&kept);
        QCOMPARE(progress.codesAsked(), 0);
        progress.record(404, true);
        progress.record(404, false); // 1/2
        progress.record(418, false); // 0/1
        progress.record(503, false);
        progress.record(503, false); // 0/2: as weak as 418 and asked more, so first
        progress.record(200, true); // 1/1: nothing to practise
        QCOMPARE(progress.codesToPractise(), QList<int>({503, 418, 404}));
        QCOMPARE(progress.total().right, 2);
        QCOMPARE(progress.total().asked, 6);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(settings.value(u"quiz/progress/404"_s).toString(), u"1/2"_s);
    Settings kept(&settings);
    const QuizProgress reread(&kept);
    QCOMPARE(reread.codesAsked(), 4);
    QCOMPARE(reread.score(503).asked, 2);
    QCOMPARE(reread.codesToPractise(), QList<int>({503, 418, 404}));
    const QuizProgress nowhere(nullptr); // no settings: counts nothing, keeps nothing
    QCOMPARE(nowhere.total().asked, 0);
}

QTEST_GUILESS_MAIN(tst_Quiz)
#include "tst_quiz.moc"
