// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Quiz questions generated from the catalogue (issue 7). GUI-free and deterministic for a given
// seed, so a round can be replayed and tested.
namespace StatusScope::Core {

enum class QuestionKind {
    MeaningOfCode, // "What does 410 mean?" — choose among one-line meanings
    CodeForMeaning, // "Which code means: …?" — choose among codes
    Scenario // one of our situations (scenarios.h) — choose among codes
};

struct QuizQuestion
{
    QuestionKind kind = QuestionKind::MeaningOfCode;
    int code = 0;
    qsizetype entryIndex = -1; // the entry asked about, for "open in catalogue"
    QString prompt;
    QStringList choices; // always QuizChoiceCount, all different
    int answer = 0; // index into choices
    QString explanation; // "410 Gone: …", shown after answering
};

struct QuizFilter
{
    std::optional<StatusClass> statusClass;
    std::optional<OriginKind> origin;
    QList<int> onlyCodes; // e.g. the codes met in the console; empty: no restriction
};

inline constexpr int QuizChoiceCount = 4;

// Up to `count` questions, each about a different code that passes the filter (its first
// meaning), alternating the two generated kinds, with every third question a scenario when one
// fits the filter. Wrong choices come from the same class when it has enough
// codes, so 4xx questions are not answered by spotting the only 4xx. Empty when nothing matches.
QList<QuizQuestion> makeQuiz(const StatusCatalogue &catalogue, const QuizFilter &filter, int count,
                             quint32 seed);

} // namespace StatusScope::Core
