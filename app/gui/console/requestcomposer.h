// SPDX-License-Identifier: MIT
#pragma once

#include "core/formats/curlcommand.h"
#include "core/requests/hop.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class RequestComposer;
}

namespace StatusScope::Core {
class HeaderTableModel;
}

namespace StatusScope::Gui {

class NetworkOptionsEditor;

// The request form of the console: method, URL, headers, body and options, checked as they are
// typed, with Send and Cancel. It only composes: sending is asked for with sendRequested().
class RequestComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestComposer)

public:
    explicit RequestComposer(QWidget *parent = nullptr);
    ~RequestComposer() override;

    // The request as composed now (a body file is read), or nothing with the reason in `error`.
    // Its certificate checks are on: exceptions are the session's to add.
    std::optional<Core::RequestSpec> request(QString *error) const;
    // The request as it may be kept (the settings' last request, at quit): a body file is named,
    // not read, and a password that was not stored does not stop it, since none is kept anyway.
    std::optional<Core::RequestSpec> requestToKeep(QString *error) const;
    // Fills the form (method, URL, headers, body, options) without sending, with a request read
    // back from the history, a saved request or the settings: a password, token or proxy password
    // it needs was not stored, so it is asked for again (shown in place, and request() refuses to
    // send without it).
    void applyRequest(const Core::RequestSpec &request);
    // The options tab (follow, limits, timeout, downgrades, and the network part: proxy, pins,
    // HTTP version, credentials), which outlive any one request and may be kept in the settings:
    // without the passwords and the token, which only request() carries.
    Core::RequestOptions options() const;
    // Options kept in the settings: like applyRequest(), their secrets are asked for again.
    void setOptions(const Core::RequestOptions &options);
    // Fills the form from a curl command line; false (reason shown in place) when it is not one.
    // Pasted text with several requests is handed to severalCurlPasted() when something listens,
    // else the first is opened and the others counted.
    bool importCurl(const QString &command);
    // Fills the form from one imported curl request, saying what was not applied.
    void applyCurlImport(const Core::CurlImport &imported);

    void setUrl(const QString &url);
    void setMethod(const QString &method);
    void focusUrl();
    // The URL as typed, read as it would be sent ("localhost:8080" is http://localhost:8080).
    QUrl typedUrl() const;
    // Writes the http:// a typed URL was given into the field, once the user is done with it.
    void showAddedScheme();
    void showInputError(const QString &message);
    // While a chain runs, Cancel is on.
    void setRunning(bool running);

    // Seam for tests: how the form asks for a body file.
    void setOpenFileChooser(std::function<QString()> chooser) { m_chooseOpenFile = std::move(chooser); }

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    void urlChanged();
    // An imported curl command had -k: the user asked for no certificate checks on this URL.
    void insecureImported(const QUrl &url);
    // A paste held several curl requests: which to open is the window's question.
    void severalCurlPasted(const QList<Core::CurlImport> &imports);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // While typing, a body file is only checked (size, kind), not read: reading it at every
    // keystroke would stall the window on a large file.
    enum class BodyFileUse { Read, CheckOnly, Keep };
    std::optional<Core::RequestSpec> composedRequest(QString *error, BodyFileUse use) const;
    enum class Origin { Stored, Typed };
    void fillForm(const Core::RequestSpec &request, Origin origin);
    void fillOptions(const Core::RequestOptions &options, Origin origin);
    void setUpHeaders();
    void setUpBody();
    void revalidate();
    void setContentTypeNames();
    void chooseBodyFile();
    void useBodyText();
    void endImportNotice();
    // The line under the URL after a curl import: its notes, and following turned off (Undo).
    void updateImportNotice();
    // Imports `pasted` when it is a curl command (looksLikeCurlPaste()); false leaves it to the field.
    bool takeCurlPaste(const QString &pasted);
    void takeInsertedCurl(const QString &text);
    void updateNotesButton();
    // All Notes…: the last curl import's notes, every one, in a dialog that scrolls.
    void showImportNotes();
    void retranslate();

    std::unique_ptr<Ui::RequestComposer> m_ui;
    Core::HeaderTableModel *m_headers;
    NetworkOptionsEditor *m_network;
    QString m_bodyFile;
    // The body a request filled in (history, saved requests, a curl import), byte for byte: the
    // editor turns CRLF into LF and cannot hold bytes that are not UTF-8, so while its text is as
    // filled these bytes go out (a multipart body keeps its CRLFs, a binary body its bytes).
    QByteArray m_filledBody;
    QString m_filledBodyText;
    bool m_filledHasBody = false;
    std::function<QString()> m_chooseOpenFile;
    QString m_urlBefore; // the URL field's text before its last change, and now
    QString m_urlNow;
    QStringList m_importNotes; // the last curl import's, until the form is filled otherwise
    bool m_notesCounted = false; // too many notes to list in the line: it counts them
    bool m_followTurnedOff = false; // the last import turned Follow redirects off (Undo turns it on)
};

} // namespace StatusScope::Gui
