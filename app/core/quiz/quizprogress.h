// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>

class QSettings;

// What a student has answered so far, per code, kept across sessions in the settings file under
// quiz/progress/CODE as "right/asked" (readable and editable by hand).
namespace StatusScope::Core {

struct QuizScore
{
    int right = 0;
    int asked = 0;
};

class QuizProgress
{
public:
    // Reads what `settings` holds; nothing is kept when it is null. Not owned.
    explicit QuizProgress(QSettings *settings);

    void record(int code, bool right);
    QuizScore score(int code) const { return m_scores.value(code); }
    QuizScore total() const;
    int codesAsked() const { return int(m_scores.size()); }
    // Codes answered wrong at least once, the weakest first (lowest share right, then most asked).
    QList<int> codesToPractise() const;

private:
    QSettings *m_settings;
    QHash<int, QuizScore> m_scores;
};

} // namespace StatusScope::Core
