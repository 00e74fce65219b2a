// SPDX-License-Identifier: MIT
#include "core/quiz/quizprogress.h"

#include "core/settings/settings.h"

#include <algorithm>

namespace StatusScope::Core {

QuizProgress::QuizProgress(Settings *settings)
    : m_settings(settings)
{
    if (settings)
        m_scores = settings->quizScores();
}

void QuizProgress::record(int code, bool right)
{
    QuizScore &score = m_scores[code];
    score.right += right ? 1 : 0;
    ++score.asked;
    if (m_settings)
        m_settings->setQuizScore(code, score);
}

QuizScore QuizProgress::total() const
{
    QuizScore sum;
    for (const QuizScore &score : m_scores) {
        sum.right += score.right;
        sum.asked += score.asked;
    }
    return sum;
}

QList<int> QuizProgress::codesToPractise() const
{
    QList<int> codes;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it->right < it->asked)
            codes.append(it.key());
    }
    std::sort(codes.begin(), codes.end(), [this](int a, int b) {
        const QuizScore sa = m_scores.value(a);
        const QuizScore sb = m_scores.value(b);
        // sa.right / sa.asked < sb.right / sb.asked, without division.
        const qint64 left = qint64(sa.right) * sb.asked;
        const qint64 right = qint64(sb.right) * sa.asked;
        if (left != right)
            return left < right;
        if (sa.asked != sb.asked)
            return sa.asked > sb.asked;
        return a < b;
    });
    return codes;
}

} // namespace StatusScope::Core
