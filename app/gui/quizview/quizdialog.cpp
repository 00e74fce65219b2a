// SPDX-License-Identifier: MIT
#include "gui/quizview/quizdialog.h"

#include "core/catalogue/statusclass.h"
#include "core/quiz/metcodes.h"
#include "gui/widgets/filtercombos.h"
#include "gui/widgets/screenfit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using namespace StatusScope::Core;

namespace StatusScope::Gui {

namespace {

// `text` as plain words: its single & dropped, a doubled one (a literal &) kept.
QString withoutMnemonic(const QString &text)
{
    QString plain;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" keeps one, "&x" keeps the x
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace

QString QuizDialog::pickFirstText()
{
    return tr("Pick an answer first (keys 1 to 4).");
}

QuizDialog::QuizDialog(const StatusCatalogue *catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_classCombo(new QComboBox(this))
    , m_originCombo(new QComboBox(this))
    , m_metOnly(new QCheckBox(this))
    , m_weakOnly(new QCheckBox(this))
    , m_record(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_choices(new QButtonGroup(this))
    , m_feedback(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_openButton(new QPushButton(this))
    , m_newRoundButton(new QPushButton(this))
{
    m_classCombo->setObjectName(u"quizClass"_s);
    m_originCombo->setObjectName(u"quizOrigin"_s);
    m_metOnly->setObjectName(u"quizMetOnly"_s);
    m_weakOnly->setObjectName(u"quizWeakOnly"_s);
    m_record->setObjectName(u"quizRecord"_s);
    m_record->setWordWrap(true);
    m_prompt->setObjectName(u"quizPrompt"_s);
    m_feedback->setObjectName(u"quizFeedback"_s);
    m_progress->setObjectName(u"quizProgress"_s);
    m_actionButton->setObjectName(u"quizAction"_s);

    m_metOnly->setEnabled(false);
    m_weakOnly->setEnabled(false);
    auto *newRound = m_newRoundButton;

    m_prompt->setWordWrap(true);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.2);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_classCombo);
    filters->addWidget(m_originCombo);
    filters->addStretch();
    filters->addWidget(newRound);
    auto *narrow = new QHBoxLayout;
    narrow->addWidget(m_metOnly);
    narrow->addWidget(m_weakOnly);
    narrow->addStretch();
    auto *choices = new QVBoxLayout;
    for (int i = 0; i < QuizChoiceCount; ++i) {
        auto *choice = new QRadioButton(this);
        choice->setObjectName(u"quizChoice%1"_s.arg(i + 1));
        choices->addWidget(choice);
        m_choices->addButton(choice, i);
    }
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openButton);
    actions->addStretch();
    actions->addWidget(m_actionButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false); // Enter belongs to Check / Next
    }
    m_actionButton->setDefault(true);
    newRound->setAutoDefault(false);
    m_openButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(narrow);
    layout->addWidget(m_record);
    layout->addWidget(m_progress);
    layout->addWidget(m_prompt);
    layout->addLayout(choices);
    layout->addWidget(m_feedback);
    layout->addLayout(actions);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(640, 420);
    keepOnScreen(this); // 640×420 is more than half of a small screen at scale 2

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newRound, &QPushButton::clicked, this,
            [this] { startRound(QRandomGenerator::global()->generate()); });
    connect(m_actionButton, &QPushButton::clicked, this, &QuizDialog::checkOrNext);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && m_current < m_round.size())
            Q_EMIT codeChosen(m_round.at(m_current).code);
    });
    retranslate(); // every text, then the (empty) question and the record
}

void QuizDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void QuizDialog::retranslate()
{
    setWindowTitle(tr("Quiz"));
    m_metOnly->setText(tr("Only codes I &met in the console"));
    m_weakOnly->setText(tr("Only codes I got &wrong before"));
    m_metOnly->setAccessibleDescription(
        tr("Ask only about the status codes the request console has received."));
    m_weakOnly->setAccessibleDescription(
        tr("Ask only about codes you answered wrong in earlier rounds, the weakest first."));
    const int classIndex = std::max(0, m_classCombo->currentIndex());
    const int originIndex = std::max(0, m_originCombo->currentIndex());
    fillClassCombo(m_classCombo, tr("All classes"));
    fillOriginCombo(m_originCombo, tr("All origins"));
    m_classCombo->setCurrentIndex(classIndex);
    m_originCombo->setCurrentIndex(originIndex);
    m_classCombo->setAccessibleName(tr("Quiz class"));
    m_classCombo->setAccessibleDescription(tr("Ask only about codes of this class."));
    m_originCombo->setAccessibleName(tr("Quiz origin"));
    m_originCombo->setAccessibleDescription(tr("Ask only about codes of this origin."));
    m_openButton->setText(tr("&Open in catalogue"));
    m_newRoundButton->setText(tr("&New round"));
    relabelRound();
    showRecord();
    showTexts();
}

void QuizDialog::relabelRound()
{
    if (m_round.isEmpty())
        return;
    // The same seed and filter ask the same questions, now worded in the language installed.
    // Compared all the same, so a round can never turn into another one under the reader.
    const QList<QuizQuestion> again = makeQuiz(*m_catalogue, m_filter, RoundLength, m_seed);
    if (again.size() != m_round.size())
        return;
    for (qsizetype i = 0; i < again.size(); ++i) {
        const QuizQuestion &was = m_round.at(i);
        const QuizQuestion &now = again.at(i);
        if (now.code != was.code || now.kind != was.kind || now.answer != was.answer
            || now.choices.size() != was.choices.size())
            return;
    }
    m_round = again;
}

void QuizDialog::setProgress(QuizProgress *progress)
{
    m_scores = progress ? progress : &m_unkeptScores;
    showRecord();
}

void QuizDialog::showRecord()
{
    const QuizScore total = m_scores->total();
    const QList<int> weak = m_scores->codesToPractise();
    m_weakOnly->setEnabled(!weak.isEmpty());
    if (weak.isEmpty())
        m_weakOnly->setChecked(false);
    if (total.asked == 0) {
        m_record->setText(tr("Your answers are counted per code and kept for the next time."));
        return;
    }
    QString text = tr("So far: %1 of %2 answers right, over %n code(s).", nullptr, m_scores->codesAsked())
                       .arg(total.right)
                       .arg(total.asked);
    if (!weak.isEmpty()) {
        QStringList codes;
        for (int code : weak.mid(0, 8))
            codes.append(QString::number(code));
        text += u' ' + tr("Worth another look: %1.").arg(QLocale().createSeparatedList(codes));
    }
    m_record->setText(text);
}

void QuizDialog::setMetCodes(const MetCodes *codes)
{
    if (m_met)
        disconnect(m_met, nullptr, this, nullptr);
    m_met = codes;
    if (codes) // a code met while the quiz is open counts at once
        connect(codes, &MetCodes::changed, this, &QuizDialog::showMetCodes);
    showMetCodes();
}

void QuizDialog::showMetCodes()
{
    const bool any = m_met && !m_met->codes().isEmpty();
    m_metOnly->setEnabled(any);
    if (!any)
        m_metOnly->setChecked(false);
}

bool QuizDialog::startRound(quint32 seed)
{
    QuizFilter filter;
    if (const int value = m_classCombo->currentData().toInt(); value >= 0)
        filter.statusClass = StatusClass(value);
    if (const int value = m_originCombo->currentData().toInt(); value >= 0)
        filter.origin = OriginKind(value);
    const QList<int> met = m_met ? m_met->codes() : QList<int>();
    if (m_metOnly->isChecked())
        filter.onlyCodes = met;
    if (m_weakOnly->isChecked()) {
        QList<int> weak = m_scores->codesToPractise();
        if (m_metOnly->isChecked())
            weak.removeIf([&met](int code) { return !met.contains(code); });
        // Both boxes with nothing in common: a code list no entry matches, so the round says so.
        filter.onlyCodes = weak.isEmpty() ? QList<int>{-1} : weak;
    }
    m_filter = filter;
    m_seed = seed;
    m_round = makeQuiz(*m_catalogue, filter, RoundLength, seed);
    m_current = 0;
    m_right = 0;
    m_answered = false;
    showQuestion();
    return !m_round.isEmpty();
}

void QuizDialog::showQuestion()
{
    const bool active = m_current >= 0 && m_current < m_round.size();
    for (QAbstractButton *choice : m_choices->buttons())
        choice->setVisible(active);
    m_feedback->clear();
    if (active) {
        m_choices->setExclusive(false);
        for (QAbstractButton *choice : m_choices->buttons()) {
            choice->setChecked(false);
            choice->setEnabled(true);
            choice->setFocusPolicy(Qt::StrongFocus);
            choice->setFont(font());
        }
        m_choices->setExclusive(true);
    }
    showTexts();
    if (active)
        m_choices->button(0)->setFocus();
}

void QuizDialog::showTexts()
{
    const bool active = m_current >= 0 && m_current < m_round.size();
    m_openButton->setVisible(active && m_answered);
    m_actionButton->setVisible(!m_round.isEmpty());
    if (!active) {
        if (m_round.isEmpty() && m_current >= 0)
            m_prompt->setText(tr("No code matches these filters. Choose others and start a new round."));
        else if (m_round.isEmpty())
            m_prompt->setText(tr("Choose a class or origin if you like, then start a new round."));
        else
            m_prompt->setText(tr("Round over: %1 of %2 right.").arg(m_right).arg(m_round.size()));
        m_progress->clear();
        // Without its mnemonic: the New round button beside it answers Alt+N, and two buttons on
        // one key would only move the focus between them. Enter still starts a round from here.
        m_actionButton->setText(withoutMnemonic(tr("&New round")));
        return;
    }
    const QuizQuestion &question = m_round.at(m_current);
    m_progress->setText(
        tr("Question %1 of %2 · %3 right so far").arg(m_current + 1).arg(m_round.size()).arg(m_right));
    m_prompt->setText(question.prompt);
    if (m_answered) {
        markChoices(m_chosen, question.answer);
        // Said in words, not only by colour.
        m_feedback->setText((m_chosen == question.answer
                                 ? tr("Right.")
                                 : tr("Not quite: the answer is %1.").arg(question.answer + 1))
                            + u' ' + question.explanation);
        m_actionButton->setText(m_current + 1 < m_round.size() ? tr("Ne&xt") : tr("&Finish"));
        return;
    }
    for (int i = 0; i < QuizChoiceCount; ++i) {
        // &1 … &4: Alt+digit; the digit alone works too (keyPressEvent).
        m_choices->button(i)->setText(u"&%1  "_s.arg(i + 1)
                                      + QString(question.choices.value(i)).replace(u'&', u"&&"_s));
    }
    if (!m_feedback->text().isEmpty()) // the only sentence before an answer
        m_feedback->setText(pickFirstText());
    m_actionButton->setText(tr("&Check"));
}

void QuizDialog::keyPressEvent(QKeyEvent *event)
{
    const int digit = event->key() - Qt::Key_1;
    if (event->modifiers() == Qt::NoModifier && digit >= 0 && digit < QuizChoiceCount && !m_answered
        && m_current >= 0 && m_current < m_round.size()) {
        m_choices->button(digit)->setChecked(true);
        m_choices->button(digit)->setFocus();
        return;
    }
    QDialog::keyPressEvent(event);
}

void QuizDialog::checkOrNext()
{
    if (m_current < 0 || m_current >= m_round.size()) {
        startRound(QRandomGenerator::global()->generate());
        return;
    }
    if (m_answered) {
        ++m_current;
        m_answered = false;
        showQuestion();
        return;
    }
    const int chosen = m_choices->checkedId();
    if (chosen < 0) {
        m_feedback->setText(pickFirstText());
        return;
    }
    const QuizQuestion &question = m_round.at(m_current);
    const bool right = chosen == question.answer;
    m_right += right ? 1 : 0;
    m_answered = true;
    m_chosen = chosen;
    m_scores->record(question.code, right);
    showRecord();
    showTexts();
    m_actionButton->setFocus();
}

void QuizDialog::markChoices(int chosen, int answer)
{
    // The right answer and a wrong pick stay readable and carry a sign; the others are greyed.
    // The signs are text, so they reach a screen reader and do not rest on colour.
    for (int i = 0; i < QuizChoiceCount; ++i) {
        QAbstractButton *choice = m_choices->button(i);
        // The digit stays: the feedback names the answer by it.
        const QString text = u"%1  "_s.arg(i + 1) + m_round.at(m_current).choices.value(i);
        QFont font = choice->font();
        font.setBold(i == answer);
        choice->setFont(font);
        const QString sign = i == answer ? u"✓ "_s : i == chosen ? u"✗ "_s : QString();
        choice->setText(QString(sign + text).replace(u'&', u"&&"_s));
        choice->setEnabled(i == answer || i == chosen);
        choice->setFocusPolicy(Qt::NoFocus); // the keyboard moves on with Enter, nothing to change
    }
}

} // namespace StatusScope::Gui
