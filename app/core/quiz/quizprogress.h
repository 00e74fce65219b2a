// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

namespace StatusScope::Core {

class Settings;

struct QuizScore
{
    int right = 0;
    int asked = 0;
};

// What a student has answered so far, per code, kept across sessions in the settings
// (Settings::quizScores()).
class QuizProgress
{
public:
    // Reads what `settings` holds; nothing is kept when it is null. Not owned.
    explicit QuizProgress(Settings *settings);

    void record(int code, bool right);
    QuizScore score(int code) const { return m_scores.value(code); }
    QuizScore total() const;
    int codesAsked() const { return int(m_scores.size()); }
    // Codes answered wrong at least once, the weakest first (lowest share right, then most asked).
    QList<int> codesToPractise() const;

private:
    Settings *m_settings;
    QHash<int, QuizScore> m_scores;
};

} // namespace StatusScope::Core
