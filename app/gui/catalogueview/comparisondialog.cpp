// SPDX-License-Identifier: MIT
#include "gui/catalogueview/comparisondialog.h"

#include "core/catalogue/comparison.h"
#include "core/catalogue/statusclass.h"
#include "gui/widgets/classcolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

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
    resize(1000, 700);

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

void ComparisonDialog::fitRows()
{
    // Row heights follow the wrapped text, which depends on the column widths the layout gives:
    // measure once the widths are known.
    QTimer::singleShot(0, m_table, [table = m_table] { table->resizeRowsToContents(); });
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
    for (int row = 0; row < comparison->rows.size(); ++row) {
        const Core::ComparisonRow &line = comparison->rows.at(row);
        // Marked by a sign as well as by weight, so it does not rest on how the font renders.
        auto *label = new QTableWidgetItem(line.differs ? u"≠ "_s + line.label : line.label);
        QFont font = label->font();
        font.setBold(line.differs);
        label->setFont(font);
        m_table->setVerticalHeaderItem(row, label);
        for (int column = 0; column < line.cells.size(); ++column) {
            // Paragraphs of different lengths side by side read from a common top line.
            auto *cell = new QTableWidgetItem(line.cells.at(column));
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_table->setItem(row, column, cell);
        }
    }
    fitRows();
    return true;
}

} // namespace StatusScope::Gui
