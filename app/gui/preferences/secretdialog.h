// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/secretneeds.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace StatusScope::Gui {

// Asks for one password Edit → Preferences names but does not hold (the proxy's, or a client
// certificate's), just before a console request that needs it goes. Window-modal and opened with
// open(), never exec(): the event loop keeps running, so a test answers it like a user.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    SecretDialog(const Core::SecretNeed &need, QWidget *parent = nullptr);
    ~SecretDialog() override;

    const Core::SecretNeed &need() const { return m_need; }
    QString secret() const;
    bool remember() const; // "Remember for this session"

protected:
    void changeEvent(QEvent *event) override;

private:
    void tryAnswer();
    void retranslate();

    Core::SecretNeed m_need;
    QLabel *m_question;
    QLabel *m_secretLabel;
    QLineEdit *m_secretEdit;
    QCheckBox *m_remember;
    QLabel *m_problem; // why the answer was not taken (a certificate's wrong password)
    QDialogButtonBox *m_buttons;
};

} // namespace StatusScope::Gui
