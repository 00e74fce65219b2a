// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"
#include "core/quiz/metcodes.h"
#include "core/quiz/quiz.h"
#include "core/quiz/quizprogress.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace StatusScope::Gui {

// Tools → Quiz: rounds of generated questions, played with the keyboard (1–4 pick a choice, Enter
// checks, then moves on). No timer: a round waits for the reader. Right and asked counts per code
// are kept in the settings, when there are any.
class QuizDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizDialog)

public:
    static constexpr int RoundLength = 10;

    // The catalogue is not owned.
    explicit QuizDialog(const Core::StatusCatalogue *catalogue, QWidget *parent = nullptr);

    // Where the answers are counted and kept (not owned; null counts for this dialog only).
    void setProgress(Core::QuizProgress *progress);
    // The codes met, for "only the codes I've met" (not owned, may be null); followed as they grow.
    void setMetCodes(const Core::MetCodes *codes);
    // Starts a round with the chosen filters; false (reason shown) when no question can be asked.
    bool startRound(quint32 seed);
    const QList<Core::QuizQuestion> &round() const { return m_round; }
    int score() const { return m_right; }

Q_SIGNALS:
    void codeChosen(int code); // "Open in catalogue" after an answer

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate(); // every text set here, again in the language now installed
    void relabelRound();
    void showQuestion(); // a new question: choices cleared, then showTexts()
    void showTexts(); // the texts of the state shown (question, answer, round over)
    static QString pickFirstText();
    void checkOrNext();
    void markChoices(int chosen, int answer);
    void showRecord();
    void showMetCodes();

    const Core::StatusCatalogue *m_catalogue;
    Core::QuizProgress m_unkeptScores{nullptr};
    Core::QuizProgress *m_scores = &m_unkeptScores;
    QComboBox *m_classCombo;
    QComboBox *m_originCombo;
    QCheckBox *m_metOnly;
    QCheckBox *m_weakOnly;
    QLabel *m_record;
    QLabel *m_progress;
    QLabel *m_prompt;
    QButtonGroup *m_choices;
    QLabel *m_feedback;
    QPushButton *m_actionButton; // Check, then Next
    QPushButton *m_openButton;
    QPushButton *m_newRoundButton;
    QPointer<const Core::MetCodes> m_met;
    QList<Core::QuizQuestion> m_round;
    Core::QuizFilter m_filter; // with m_seed: what made m_round, to word it again
    quint32 m_seed = 0;
    int m_chosen = -1; // the choice picked, once m_answered
    int m_current = -1;
    int m_right = 0;
    bool m_answered = false;
};

} // namespace StatusScope::Gui
