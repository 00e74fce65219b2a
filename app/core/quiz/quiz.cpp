// SPDX-License-Identifier: MIT
#include "core/quiz/quiz.h"

#include "core/catalogue/statusclass.h"
#include "core/quiz/scenarios.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {

struct QuizText
{
    Q_DECLARE_TR_FUNCTIONS(Quiz)
};

// The first meaning of every code, in catalogue order: what a question asks about.
QList<qsizetype> firstMeanings(const StatusCatalogue &catalogue)
{
    QList<qsizetype> indexes;
    QList<int> seen;
    for (qsizetype i = 0; i < catalogue.size(); ++i) {
        const int code = catalogue.entries().at(i).code;
        if (!seen.contains(code)) {
            seen.append(code);
            indexes.append(i);
        }
    }
    return indexes;
}

bool passes(const StatusEntry &entry, const QuizFilter &filter)
{
    return (!filter.statusClass || classOfCode(entry.code) == *filter.statusClass)
        && (!filter.origin || entry.origin == *filter.origin)
        && (filter.onlyCodes.isEmpty() || filter.onlyCodes.contains(entry.code));
}

template<typename T> void shuffle(QList<T> &list, QRandomGenerator &random)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
}

QString choiceText(const StatusEntry &entry, QuestionKind kind)
{
    return kind == QuestionKind::MeaningOfCode ? entry.summary : QString::number(entry.code);
}

// Our scenarios whose answer passes the filter, as questions.
QList<QuizQuestion> scenarioQuestions(const StatusCatalogue &catalogue, const QuizFilter &filter,
                                      QRandomGenerator &random)
{
    QList<QuizQuestion> questions;
    for (const Scenario &scenario : quizScenarios()) {
        const qsizetype index = catalogue.firstIndexOf(scenario.answer);
        if (index < 0 || !passes(catalogue.entries().at(index), filter))
            continue;
        const StatusEntry &entry = catalogue.entries().at(index);
        QuizQuestion question;
        question.kind = QuestionKind::Scenario;
        question.code = scenario.answer;
        question.entryIndex = index;
        question.prompt = scenario.situation;
        question.choices = {QString::number(scenario.answer)};
        for (int code : scenario.confusers)
            question.choices.append(QString::number(code));
        shuffle(question.choices, random);
        question.answer = int(question.choices.indexOf(QString::number(scenario.answer)));
        question.explanation = QuizText::tr("%1 %2: %3").arg(entry.code).arg(entry.reason, scenario.why);
        questions.append(question);
    }
    shuffle(questions, random);
    return questions;
}

// Every third place goes to a scenario while there are some; no code is asked twice.
QList<QuizQuestion> withScenarios(const StatusCatalogue &catalogue, const QuizFilter &filter,
                                  const QList<QuizQuestion> &generated, int count, QRandomGenerator &random)
{
    QList<QuizQuestion> scenarios = scenarioQuestions(catalogue, filter, random);
    QList<QuizQuestion> round;
    QList<int> asked;
    qsizetype nextGenerated = 0;
    while (round.size() < count && (nextGenerated < generated.size() || !scenarios.isEmpty())) {
        const bool scenarioTurn = round.size() % 3 == 2 || nextGenerated >= generated.size();
        const QuizQuestion question
            = scenarioTurn && !scenarios.isEmpty() ? scenarios.takeFirst() : generated.at(nextGenerated++);
        if (!asked.contains(question.code)) {
            asked.append(question.code);
            round.append(question);
        }
    }
    return round;
}

} // namespace

QList<QuizQuestion> makeQuiz(const StatusCatalogue &catalogue, const QuizFilter &filter, int count,
                             quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<qsizetype> pool = firstMeanings(catalogue);
    QList<qsizetype> asked;
    for (qsizetype index : pool) {
        if (passes(catalogue.entries().at(index), filter))
            asked.append(index);
    }
    shuffle(asked, random);
    asked.resize(std::min<qsizetype>(asked.size(), std::max(0, count)));

    QList<QuizQuestion> questions;
    for (qsizetype index : std::as_const(asked)) {
        const StatusEntry &entry = catalogue.entries().at(index);
        QuizQuestion question;
        question.kind
            = questions.size() % 2 == 0 ? QuestionKind::MeaningOfCode : QuestionKind::CodeForMeaning;
        question.code = entry.code;
        question.entryIndex = index;
        question.prompt = question.kind == QuestionKind::MeaningOfCode
            ? QuizText::tr("What does %1 mean?").arg(entry.code)
            : QuizText::tr("Which status code means: “%1”").arg(entry.summary);
        question.explanation = QuizText::tr("%1 %2: %3").arg(entry.code).arg(entry.reason, entry.summary);

        // Wrong choices: the same class first, then any class; never the same text twice.
        QList<qsizetype> sameClass;
        QList<qsizetype> otherClass;
        for (qsizetype other : pool) {
            const StatusEntry &candidate = catalogue.entries().at(other);
            if (candidate.code == entry.code)
                continue;
            (classOfCode(candidate.code) == classOfCode(entry.code) ? sameClass : otherClass).append(other);
        }
        shuffle(sameClass, random);
        shuffle(otherClass, random);
        QStringList choices{choiceText(entry, question.kind)};
        for (qsizetype other : sameClass + otherClass) {
            if (choices.size() == QuizChoiceCount)
                break;
            const QString text = choiceText(catalogue.entries().at(other), question.kind);
            if (!text.isEmpty() && !choices.contains(text))
                choices.append(text);
        }
        if (choices.size() < QuizChoiceCount)
            continue; // a catalogue too small to ask well
        const QString correct = choices.first();
        shuffle(choices, random);
        question.choices = choices;
        question.answer = int(choices.indexOf(correct));
        questions.append(question);
    }
    return withScenarios(catalogue, filter, questions, std::max(0, count), random);
}

} // namespace StatusScope::Core
