// SPDX-License-Identifier: MIT
#include "core/quiz/quizprogress.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Core {

namespace {
const QString Group = u"quiz/progress"_s;
}

QuizProgress::QuizProgress(QSettings *settings)
    : m_settings(settings)
{
    if (!settings)
        return;
    settings->beginGroup(Group);
    const QStringList keys = settings->childKeys();
    for (const QString &key : keys) {
        // A hand-edited or damaged line is skipped, not trusted: "3/2" or "x/1" counts for nothing.
        bool codeOk = false;
        const int code = key.toInt(&codeOk);
        const QStringList counts = settings->value(key).toString().split(u'/');
        bool rightOk = false;
        bool askedOk = false;
        const QuizScore score{counts.value(0).toInt(&rightOk), counts.value(1).toInt(&askedOk)};
        if (codeOk && rightOk && askedOk && counts.size() == 2 && score.right >= 0 && score.asked > 0
            && score.right <= score.asked)
            m_scores.insert(code, score);
    }
    settings->endGroup();
}

void QuizProgress::record(int code, bool right)
{
    QuizScore &score = m_scores[code];
    score.right += right ? 1 : 0;
    ++score.asked;
    if (m_settings)
        m_settings->setValue(Group + u'/' + QString::number(code),
                             u"%1/%2"_s.arg(score.right).arg(score.asked));
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
