// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/networkoptions.h"

#include <QNetworkCookie>
#include <QObject>

#include <optional>

namespace Ui {
class RequestComposer;
}

namespace StatusScope::Gui {

class PinTableModel;

// The network part of the composer's Options tab: the proxy override, the pinned addresses, the
// HTTP version and the credentials of one request, read into Core::NetworkOptions and checked as
// they are typed. "Use Preferences" leaves a field at its default, so the preferences the session
// merges apply. What an imported curl command set that the tab has no field for (trust, client
// certificate, --noproxy) is kept, named, and can be dropped.
class NetworkOptionsEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkOptionsEditor)

public:
    // The form is the composer's and outlives this editor (a child of the composer).
    explicit NetworkOptionsEditor(Ui::RequestComposer *ui, QObject *parent = nullptr);

    // The options as typed, secrets included; nothing, with the first problem as a sentence.
    std::optional<Core::NetworkOptions> options(QString *error) const;
    void setOptions(const Core::NetworkOptions &network);
    // The same for options read back from the history, a saved request or the settings, which
    // never hold a secret: a user or a Bearer scheme without its password or token means one was
    // typed and not stored, and missingSecret() says so until it is typed again.
    void setStoredOptions(const Core::NetworkOptions &network);
    // The sentence for a secret that was not stored and not typed again since; nothing when none
    // is missing. Sending is refused with it, rather than sent without the credentials.
    std::optional<QString> missingSecret() const;
    // Cookies of an imported command's -b FILE that the request's own URL is not sent (another
    // host, path, or https only; moveImportedCookiesToRows() put the others in the Cookie row):
    // sent where the chain reaches them, named on the tab by name and domain, dropped with the
    // rest. Filling the options again keeps them; the composer sets them with each request.
    void setCarriedCookies(const QList<QNetworkCookie> &cookies);
    const QList<QNetworkCookie> &carriedCookies() const { return m_carriedCookies; }
    // Sets again, in the current language, the texts set in code.
    void retranslate();

    // The same options without the passwords, the token and the passphrase: what may be kept.
    static Core::NetworkOptions withoutSecrets(Core::NetworkOptions network);

Q_SIGNALS:
    void changed();

private:
    void setUpPins();
    void setItemTexts();
    void updateFields();
    void showCarried();

    Ui::RequestComposer *m_ui;
    PinTableModel *m_pins;
    Core::NetworkOptions m_carried; // only its tls and proxy.noProxy are used
    QList<QNetworkCookie> m_carriedCookies; // secrets: never shown with their values
    // (restore) Secrets of stored options still to be typed again; an edit of the field ends it,
    // even one that leaves it empty (a password may be empty on purpose).
    bool m_retypeAuthSecret = false;
    bool m_retypeProxyPassword = false;
};

} // namespace StatusScope::Gui
