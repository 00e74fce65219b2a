// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statuscatalogue.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace StatusScope::Gui {

// View → Compare Codes: 2 to 5 codes side by side, one column each; the rows where they differ are
// marked, since those are what a class should look at. Ready-made sets cover the classic confusions.
class ComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDialog)

public:
    // The catalogue is not owned.
    explicit ComparisonDialog(const Core::StatusCatalogue *catalogue, QWidget *parent = nullptr);

    // Shows these codes; false (reason shown in the dialog) when they cannot be compared.
    bool compare(const QList<int> &codes);

    QSize sizeHint() const override;

Q_SIGNALS:
    void codeChosen(int code); // a column header was activated: open the code in the catalogue

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate(); // every text set here, again in the language now installed
    void compareTyped();
    void fitRows();

    // Columns narrower than this wrap a word per line; wider than the preferred width, lines get
    // long to read (in average characters of the dialog's font).
    static constexpr int MinimumColumnChars = 14;
    static constexpr int PreferredColumnChars = 34;

    const Core::StatusCatalogue *m_catalogue;
    QComboBox *m_presets;
    QLineEdit *m_codes;
    QLabel *m_error;
    QTableWidget *m_table;
    QLabel *m_presetsLabel;
    QLabel *m_codesLabel;
    QList<int> m_shown;
    // The codes compare() refused last, while its sentence is shown (empty: the typed text was).
    QList<int> m_failedCodes;
    bool m_sized = false; // given its preferred size at the first show
    bool m_fitHeight = false; // the next row measurement sets the dialog's height
};

} // namespace StatusScope::Gui
