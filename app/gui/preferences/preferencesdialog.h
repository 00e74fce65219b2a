// SPDX-License-Identifier: MIT
#pragma once

#include "core/settings/networkpreferences.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class PreferencesDialog;
}

namespace StatusScope::Gui {

class Preferences;

// Edit → Preferences: the proxy, the extra authorities and client certificates, the HTTP version
// and timeouts every console request starts from. It edits a copy: OK and Apply check it and hand
// it to Preferences (settings and keychain), Cancel leaves what was saved as it was. A value that
// cannot be used is refused with a sentence under the pages, and nothing typed is lost.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `preferences` is not owned and must outlive the dialog.
    explicit PreferencesDialog(Preferences *preferences, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the buttons do after their file dialogs (tests call them with paths). False, with the
    // sentence shown, when a file cannot be used; nothing is added then.
    bool addAuthorityFiles(const QStringList &paths);
    // Adds the client certificate typed in the form under the list.
    bool addClientCertificate();
    // Checks and saves what the pages hold; false, with the sentence shown, when something is wrong.
    bool apply();
    // The sentence shown about the last refusal; empty when there is none.
    QString problem() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitKeyHint(); // (fit) the key field's hint, whole at any width
    void load(const Core::NetworkPreferences &preferences);
    std::optional<Core::NetworkPreferences> collect();
    std::optional<Core::ProxySetting> collectProxy();
    // Shows `sentence` (worded again on a language switch) and puts the focus on `field`.
    void refuse(std::function<QString()> sentence, QWidget *field);
    void clearProblem();
    void showAuthorities();
    void showClientCertificates();
    void updateProxyFields();
    void updateKeychainNote();
    void chooseAuthorityFiles();
    void chooseClientFile(bool key);
    void removeSelected(bool clients);

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Preferences *m_preferences;
    std::function<QString()> m_problem;
    QStringList m_authorities;
    QList<Core::ClientCertificateRule> m_clientCertificates;
    // What was loaded, so values the pages do not show (a typed --http2) survive an OK.
    Core::NetworkPreferences m_loaded;
};

} // namespace StatusScope::Gui
