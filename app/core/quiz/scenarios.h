// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// Scenario questions written by us: a situation, the code that fits it, and the codes people
// reach for instead. Used by makeQuiz next to the generated questions.
namespace StatusScope::Core {

struct Scenario
{
    QString situation; // translated
    int answer = 0;
    QList<int> confusers; // three plausible wrong codes
    QString why; // translated: why the answer fits and the others do not
};

QList<Scenario> quizScenarios();

} // namespace StatusScope::Core
