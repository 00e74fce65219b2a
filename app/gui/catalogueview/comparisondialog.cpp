// SPDX-License-Identifier: MIT
#include "gui/catalogueview/comparisondialog.h"

#include "core/catalogue/comparison.h"
#include "core/catalogue/statusclass.h"
#include "gui/widgets/classcolors.h"
#include "gui/widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

namespace {

QString codesText(const QList<int> &codes)
{
    QStringList words;
    for (int code : codes)
        words.append(QString::number(code));
    return words.join(u' ');
}

} // namespace

ComparisonDialog::ComparisonDialog(const Core::StatusCatalogue *catalogue, QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_presets(new QComboBox(this))
    , m_codes(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_presetsLabel(new QLabel(this))
    , m_codesLabel(new QLabel(this))
{
    m_presets->setObjectName(u"comparisonPresets"_s);
    m_codes->setObjectName(u"comparisonCodes"_s);
    m_error->setObjectName(u"comparisonError"_s);
    m_table->setObjectName(u"comparisonTable"_s);

    m_presets->addItem(QString()); // "choose…", named by retranslate()
    for (const QList<int> &codes : Core::classicComparisons())
        m_presets->addItem(codesText(codes), QVariant::fromValue(codes));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::PlaceholderText);
    m_error->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    // Columns share the width; the text wraps inside them and each row is as tall as its longest
    // cell, so nothing is cut and no column is left half empty.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * MinimumColumnChars);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    auto *form = new QFormLayout;
    form->addRow(m_presetsLabel, m_presets);
    form->addRow(m_codesLabel, m_codes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter in the codes field compares; it must not reach Close as the dialog's default button.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // The size follows the codes shown (see fitRows()), within the screen.
    keepOnScreen(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        const QList<int> codes = m_presets->itemData(index).value<QList<int>>();
        if (codes.isEmpty())
            return;
        m_codes->setText(codesText(codes));
        compare(codes);
    });
    connect(m_codes, &QLineEdit::returnPressed, this, &ComparisonDialog::compareTyped);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionDoubleClicked, this, [this](int section) {
        if (section >= 0 && section < m_shown.size())
            Q_EMIT codeChosen(m_shown.at(section));
    });
    retranslate();
}

void ComparisonDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void ComparisonDialog::retranslate()
{
    setWindowTitle(tr("Compare Codes"));
    m_presets->setItemText(0, tr("Choose a classic confusion…"));
    m_presets->setAccessibleName(tr("Ready-made comparisons"));
    m_presets->setAccessibleDescription(tr("Sets of codes that are often confused, such as 401 and 403."));
    m_codes->setPlaceholderText(tr("2 to 5 codes, such as 404 410"));
    m_codes->setAccessibleName(tr("Codes to compare"));
    m_codes->setAccessibleDescription(tr("Type 2 to 5 status codes separated by spaces, then press Enter."));
    m_presetsLabel->setText(tr("&Ready-made:"));
    m_presetsLabel->setBuddy(m_presets);
    m_codesLabel->setText(tr("&Codes:"));
    m_codesLabel->setBuddy(m_codes);
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setAccessibleDescription(
        tr("One column per code, one row per property; rows where the codes differ are marked with ≠."));
    // The row names and the refusal are sentences of the comparison: asked for again, so they
    // come in the new language. What was typed stays as it is.
    const bool refused = !m_error->isHidden();
    const QList<int> failed = m_failedCodes;
    if (!m_shown.isEmpty())
        compare(m_shown);
    if (refused && failed.isEmpty())
        compareTyped();
    else if (refused)
        compare(failed);
}

QSize ComparisonDialog::sizeHint() const
{
    // Wide enough for a readable paragraph per code; the height comes once the rows are measured.
    const int columns = qMax(2, m_table->columnCount());
    const int width = m_table->verticalHeader()->sizeHint().width()
        + columns * fontMetrics().averageCharWidth() * PreferredColumnChars + 2 * m_table->frameWidth()
        + m_table->verticalScrollBar()->sizeHint().width() + layout()->contentsMargins().left()
        + layout()->contentsMargins().right();
    return {width, QDialog::sizeHint().height()};
}

void ComparisonDialog::showEvent(QShowEvent *event)
{
    if (!m_sized) {
        m_sized = true;
        resize(sizeHint());
        m_fitHeight = true;
    }
    QDialog::showEvent(event);
    fitRows();
}

void ComparisonDialog::fitRows()
{
    // Row heights follow the wrapped text, which depends on the column widths the layout gives:
    // measure once the widths are known. A new comparison then sets the dialog's height to its
    // rows, so a short one leaves no empty half and a long one scrolls inside the screen.
    QTimer::singleShot(0, this, [this] {
        if (m_fitHeight && isVisible()) {
            // A new comparison: as wide as its columns want, within the screen, before the rows
            // are measured at those widths.
            resize(sizeHint().width(), height());
            fitToScreen(this);
            layout()->activate();
        }
        m_table->horizontalHeader()->resizeSections(QHeaderView::Stretch); // the widths, now
        m_table->resizeRowsToContents();
        if (!m_fitHeight || !isVisible())
            return;
        m_fitHeight = false;
        int rows = 0;
        for (int row = 0; row < m_table->rowCount(); ++row)
            rows += m_table->rowHeight(row);
        const int table = rows + m_table->horizontalHeader()->height() + 2 * m_table->frameWidth()
            + (m_table->horizontalScrollBar()->isVisible() ? m_table->horizontalScrollBar()->height() : 0);
        resize(width(), height() - m_table->height() + table);
        fitToScreen(this);
    });
}

void ComparisonDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitRows();
}

void ComparisonDialog::compareTyped()
{
    QString error;
    const std::optional<QList<int>> codes = Core::parseCodeList(m_codes->text(), &error);
    if (!codes) {
        m_failedCodes.clear();
        m_error->setText(error);
        m_error->show();
        return;
    }
    compare(*codes);
}

bool ComparisonDialog::compare(const QList<int> &codes)
{
    QString error;
    const std::optional<Core::Comparison> comparison = Core::compareCodes(*m_catalogue, codes, &error);
    if (!comparison) {
        m_failedCodes = codes;
        m_error->setText(error); // what was shown stays, so nothing is lost
        m_error->show();
        return false;
    }
    m_failedCodes.clear();
    m_error->hide();
    m_shown = comparison->codes;
    if (m_codes->text().isEmpty())
        m_codes->setText(codesText(m_shown));
    m_table->clear();
    m_table->setColumnCount(int(m_shown.size()));
    m_table->setRowCount(int(comparison->rows.size()));
    for (int column = 0; column < m_shown.size(); ++column) {
        auto *header = new QTableWidgetItem(QString::number(m_shown.at(column)));
        header->setIcon(classSwatch(Core::classOfCode(m_shown.at(column))));
        m_table->setHorizontalHeaderItem(column, header);
    }
    int labelWidth = 0;
    for (int row = 0; row < comparison->rows.size(); ++row) {
        const Core::ComparisonRow &line = comparison->rows.at(row);
        // Marked by a sign as well as by weight, so it does not rest on how the font renders.
        auto *label = new QTableWidgetItem(line.differs ? u"≠ "_s + line.label : line.label);
        QFont font = m_table->verticalHeader()->font();
        font.setBold(line.differs);
        label->setFont(font);
        labelWidth = qMax(labelWidth, QFontMetrics(font).horizontalAdvance(label->text()));
        m_table->setVerticalHeaderItem(row, label);
        for (int column = 0; column < line.cells.size(); ++column) {
            // Paragraphs of different lengths side by side read from a common top line.
            auto *cell = new QTableWidgetItem(line.cells.at(column));
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_table->setItem(row, column, cell);
        }
    }
    // The header keeps the width it measured for earlier rows; the bold names need their own.
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_table->verticalHeader());
    m_table->verticalHeader()->setMinimumWidth(labelWidth + padding + fontMetrics().averageCharWidth());
    m_fitHeight = true;
    fitRows();
    return true;
}

} // namespace StatusScope::Gui
