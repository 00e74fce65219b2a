// SPDX-License-Identifier: MIT
#include "gui/console/requestcomposer.h"

#include "ui_requestcomposer.h"

#include "core/formats/curlcommand.h"
#include "core/formats/datasize.h"
#include "core/requests/bodyfile.h"
#include "core/requests/headertablemodel.h"
#include "core/requests/requestvalidation.h"
#include "core/requests/urlinput.h"
#include "gui/console/consolestyle.h"
#include "gui/console/importedcookies.h"
#include "gui/console/networkoptionseditor.h"
#include "gui/widgets/elidedlabel.h"
#include "gui/widgets/screenfit.h"
#include "gui/widgets/textdialog.h"

#include <QClipboard>
#include <QCompleter>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMetaMethod>
#include <QStyledItemDelegate>

using namespace Qt::Literals::StringLiterals;

namespace StatusScope::Gui {

using namespace Core;

namespace {

// Offers common header names while a name cell is edited.
class HeaderNameDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor);
            line && index.column() == HeaderTableModel::NameColumn) {
            static const QStringList names{u"Accept"_s,         u"Accept-Encoding"_s, u"Accept-Language"_s,
                                           u"Authorization"_s,  u"Cache-Control"_s,   u"Content-Type"_s,
                                           u"Cookie"_s,         u"If-Match"_s,        u"If-Modified-Since"_s,
                                           u"If-None-Match"_s,  u"Origin"_s,          u"Range"_s,
                                           u"Referer"_s,        u"User-Agent"_s,      u"X-Request-Id"_s,
                                           u"X-Forwarded-For"_s};
            auto *completer = new QCompleter(names, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            line->setCompleter(completer);
        }
        return editor;
    }
};

} // namespace

RequestComposer::RequestComposer(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RequestComposer>())
    , m_headers(new HeaderTableModel(this))
{
    m_ui->setupUi(this);
    m_network = new NetworkOptionsEditor(m_ui.get(), this);
    connect(m_network, &NetworkOptionsEditor::changed, this, &RequestComposer::revalidate);
    m_chooseOpenFile = [this] { return QFileDialog::getOpenFileName(this, tr("Send a file as the body")); };
    for (const char *method : {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
        m_ui->methodCombo->addItem(QString::fromLatin1(method));
    setUpHeaders();
    setUpBody();

    m_ui->inputErrorLabel->setStyleSheet(ConsoleStyle::errorText());
    m_ui->inputErrorLabel->hide();
    connect(m_ui->importNotesButton, &QPushButton::clicked, this, &RequestComposer::showImportNotes);
    connect(m_ui->importNoticeLabel, &ElidedLabel::elisionChanged, this, &RequestComposer::updateNotesButton);
    updateImportNotice();
    connect(m_ui->undoImportButton, &QPushButton::clicked, this, [this] {
        m_ui->followCheck->setChecked(true);
        endImportNotice();
        m_ui->urlEdit->setFocus(); // the button goes away: keep the keyboard where the work is
    });
    // Changing the option by hand answers the notice too.
    connect(m_ui->followCheck, &QCheckBox::toggled, this, &RequestComposer::endImportNotice);

    connect(m_ui->urlEdit, &QLineEdit::returnPressed, this, &RequestComposer::sendRequested);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_urlBefore = std::exchange(m_urlNow, text); });
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, &RequestComposer::takeInsertedCurl);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RequestComposer::revalidate);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RequestComposer::urlChanged);
    connect(m_ui->methodCombo, &QComboBox::currentTextChanged, this, &RequestComposer::revalidate);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestComposer::sendRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestComposer::cancelRequested);
    m_ui->urlEdit->installEventFilter(this);
}

RequestComposer::~RequestComposer() = default;

void RequestComposer::setUpHeaders()
{
    m_ui->headersView->setModel(m_headers);
    m_ui->headersView->setItemDelegate(new HeaderNameDelegate(m_ui->headersView));
    // Names and the Secret box as wide as they are, the value the rest: no scroll bar on a narrow
    // window, where the Secret column used to take the room the value needs.
    QHeaderView *columns = m_ui->headersView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(HeaderTableModel::NameColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(HeaderTableModel::ValueColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(HeaderTableModel::SecretColumn, QHeaderView::ResizeToContents);
    m_ui->headersView->verticalHeader()->hide();
    // Two rows and the buttons are enough to work with; the chain below gets the rest of a small
    // screen.
    setMinimumLines(m_ui->headersView, 2);
    setMinimumLines(m_ui->bodyEdit, 2);
    setMinimumLines(m_ui->optionsScroll, 2);
    m_headers->addRow({true, u"Accept"_s, u"*/*"_s});
    connect(m_headers, &HeaderTableModel::validityChanged, this, &RequestComposer::revalidate);
    // A valid header can still make the request wrong (a Content-Length the body does not have).
    connect(m_headers, &QAbstractItemModel::dataChanged, this, &RequestComposer::revalidate);
    connect(m_headers, &QAbstractItemModel::rowsInserted, this, &RequestComposer::revalidate);
    connect(m_headers, &QAbstractItemModel::rowsRemoved, this, &RequestComposer::revalidate);
    connect(m_ui->addHeaderButton, &QPushButton::clicked, this, [this] {
        const int row = m_headers->addRow();
        const QModelIndex index = m_headers->index(row, HeaderTableModel::NameColumn);
        m_ui->headersView->setCurrentIndex(index);
        m_ui->headersView->edit(index);
    });
    connect(m_ui->removeHeaderButton, &QPushButton::clicked, this,
            [this] { m_headers->removeRowAt(m_ui->headersView->currentIndex().row()); });
}

void RequestComposer::setUpBody()
{
    for (const QString &type : {QString(), u"application/json"_s, u"application/x-www-form-urlencoded"_s,
                                u"text/plain; charset=utf-8"_s, u"application/xml"_s})
        m_ui->contentTypeCombo->addItem(QString(), type);
    setContentTypeNames();
    m_ui->clearBodyFileButton->hide();
    m_ui->bodyNoteLabel->setStyleSheet(u"color: #8a5500;"_s);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &RequestComposer::revalidate);
    connect(m_ui->bodyFileButton, &QPushButton::clicked, this, &RequestComposer::chooseBodyFile);
    connect(m_ui->clearBodyFileButton, &QPushButton::clicked, this, [this] {
        useBodyText();
        revalidate();
    });
}

std::optional<RequestSpec> RequestComposer::request(QString *error) const
{
    return composedRequest(error, BodyFileUse::Read);
}

std::optional<RequestSpec> RequestComposer::requestToKeep(QString *error) const
{
    return composedRequest(error, BodyFileUse::Keep);
}

std::optional<RequestSpec> RequestComposer::composedRequest(QString *error, BodyFileUse use) const
{
    RequestSpec spec;
    spec.method = m_ui->methodCombo->currentText().trimmed().toUtf8();
    const UrlInput typed = readTypedUrl(m_ui->urlEdit->text());
    spec.url = typed.url;
    if (auto problem = validateMethod(spec.method)) {
        *error = *problem;
        return std::nullopt;
    }
    if (!typed.isValid()) {
        *error = typed.error;
        return std::nullopt;
    }
    if (auto problem = m_headers->firstError()) {
        *error = *problem;
        return std::nullopt;
    }
    spec.headers = m_headers->enabledHeaders();
    spec.secretHeaders = m_headers->secretNames();
    if (!m_bodyFile.isEmpty()) {
        if (auto problem = checkBodyFileForWindow(m_bodyFile, BodyFileLimit)) {
            *error = *problem;
            return std::nullopt;
        }
        if (use == BodyFileUse::Read) {
            std::optional<QByteArray> body = readBodyFile(m_bodyFile, BodyFileLimit, error);
            if (!body)
                return std::nullopt;
            spec.body = std::move(*body);
        }
        spec.hasBody = true;
    } else if (m_filledHasBody && m_ui->bodyEdit->toPlainText() == m_filledBodyText) {
        spec.body = m_filledBody;
        spec.hasBody = true;
    } else if (!m_ui->bodyEdit->toPlainText().isEmpty()) {
        spec.body = m_ui->bodyEdit->toPlainText().toUtf8();
        spec.hasBody = true;
    }
    const QString contentType = m_ui->contentTypeCombo->currentData().toString();
    if (spec.hasBody && !contentType.isEmpty() && !hasHeader(spec.headers, "Content-Type"))
        spec.headers.append({QByteArrayLiteral("Content-Type"), contentType.toUtf8()});
    spec.options = options();
    // A secret that was not stored comes first: "Bearer needs a token" would not say why it is gone.
    if (const std::optional<QString> missing = m_network->missingSecret();
        missing && use != BodyFileUse::Keep) {
        *error = *missing;
        return std::nullopt;
    }
    // The network part with its secrets: they go to the engine, never to options().
    const std::optional<NetworkOptions> network = m_network->options(error);
    if (!network)
        return std::nullopt;
    spec.options.network = *network;
    spec.options.cookies = m_network->carriedCookies();
    // A typed Content-Length or Transfer-Encoding that would misframe the body is marked as it is
    // typed, like a header with a line break (the body of an unread file is checked at sending).
    if (use == BodyFileUse::Read || m_bodyFile.isEmpty()) {
        if (auto problem = validateRequest(spec)) {
            *error = *problem;
            return std::nullopt;
        }
    }
    return spec;
}

void RequestComposer::showInputError(const QString &message)
{
    m_ui->inputErrorLabel->setText(message);
    m_ui->inputErrorLabel->setVisible(!message.isEmpty());
}

void RequestComposer::revalidate()
{
    // Mark problems as they are typed; an empty URL is not yet a mistake.
    QString error;
    if (!m_ui->urlEdit->text().trimmed().isEmpty())
        composedRequest(&error, BodyFileUse::CheckOnly);
    else if (auto problem = m_headers->firstError())
        error = *problem;
    showInputError(error);
    // The field is marked for its own mistakes only, not for a header's.
    const bool urlWrong
        = !m_ui->urlEdit->text().trimmed().isEmpty() && !readTypedUrl(m_ui->urlEdit->text()).isValid();
    m_ui->urlEdit->setStyleSheet(urlWrong ? u"border: 1px solid #b0251d;"_s : QString());

    // Which file goes out, and a word on a body the method rarely carries.
    QStringList notes;
    if (!m_bodyFile.isEmpty()) {
        const QFileInfo file(m_bodyFile);
        notes.append(tr("Sending %1 (%2).").arg(file.fileName(), readableSize(file.size())));
    }
    const QString method = m_ui->methodCombo->currentText().trimmed().toUpper();
    const bool hasBody = !m_bodyFile.isEmpty() || !m_ui->bodyEdit->toPlainText().isEmpty();
    if (hasBody && (method == u"GET"_s || method == u"HEAD"_s))
        notes.append(tr("A body on %1 is unusual; many servers ignore or refuse it.").arg(method));
    m_ui->bodyNoteLabel->setText(notes.join(u' '));
}

void RequestComposer::applyRequest(const RequestSpec &request)
{
    m_importNotes.clear(); // the form holds another request now
    m_followTurnedOff = false;
    updateImportNotice();
    fillForm(request, Origin::Stored);
}

void RequestComposer::fillForm(const RequestSpec &request, Origin origin)
{
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(request.method));
    m_ui->urlEdit->setText(request.url.toString());
    QList<HeaderTableModel::Row> rows;
    for (const HeaderPair &header : request.headers)
        rows.append({true, QString::fromLatin1(header.first), QString::fromUtf8(header.second),
                     request.secretHeaders.contains(header.first)});
    m_headers->setRows(rows);
    useBodyText();
    m_ui->bodyEdit->setPlainText(request.hasBody ? QString::fromUtf8(request.body) : QString());
    m_filledBody = request.body;
    m_filledHasBody = request.hasBody;
    m_filledBodyText = m_ui->bodyEdit->toPlainText();
    m_ui->contentTypeCombo->setCurrentIndex(0); // the Content-Type, if any, is among the headers
    fillOptions(request.options, origin);
    m_network->setCarriedCookies(request.options.cookies);
    revalidate();
}

RequestOptions RequestComposer::options() const
{
    RequestOptions options;
    options.followRedirects = m_ui->followCheck->isChecked();
    options.maxRedirects = m_ui->maxRedirectsSpin->value();
    options.inactivityTimeoutMs = int(m_ui->timeoutSpin->value() * 1000);
    options.allowDowngrade = m_ui->downgradeCheck->isChecked();
    options.keepPost.on301 = m_ui->keepPost301Check->isChecked();
    options.keepPost.on302 = m_ui->keepPost302Check->isChecked();
    options.keepPost.on303 = m_ui->keepPost303Check->isChecked();
    options.bodyCap = qint64(m_ui->maxBodySpin->value()) * 1024 * 1024;
    options.deadlineMs = int(m_ui->chainLimitSpin->value() * 1000);
    options.connectTimeoutMs = int(m_ui->connectTimeoutSpin->value() * 1000);
    options.lowSpeedBytesPerSecond = m_ui->lowSpeedSpin->value();
    options.lowSpeedWindowMs = int(m_ui->lowSpeedTimeSpin->value() * 1000);
    QString ignored; // options with a mistake keep their defaults; request() says what is wrong
    if (const std::optional<NetworkOptions> network = m_network->options(&ignored))
        options.network = NetworkOptionsEditor::withoutSecrets(*network);
    return options;
}

void RequestComposer::setOptions(const RequestOptions &options)
{
    fillOptions(options, Origin::Stored);
}

void RequestComposer::fillOptions(const RequestOptions &options, Origin origin)
{
    m_ui->followCheck->setChecked(options.followRedirects);
    m_ui->maxRedirectsSpin->setValue(options.maxRedirects);
    m_ui->timeoutSpin->setValue(options.inactivityTimeoutMs / 1000.0);
    m_ui->maxBodySpin->setValue(int(std::max<qint64>(1, options.bodyCap / (1024 * 1024))));
    m_ui->chainLimitSpin->setValue(options.deadlineMs / 1000.0);
    m_ui->connectTimeoutSpin->setValue(options.connectTimeoutMs / 1000.0);
    m_ui->lowSpeedSpin->setValue(
        int(std::min<qint64>(options.lowSpeedBytesPerSecond, m_ui->lowSpeedSpin->maximum())));
    m_ui->lowSpeedTimeSpin->setValue(options.lowSpeedWindowMs / 1000.0);
    m_ui->downgradeCheck->setChecked(options.allowDowngrade);
    m_ui->keepPost301Check->setChecked(options.keepPost.on301);
    m_ui->keepPost302Check->setChecked(options.keepPost.on302);
    m_ui->keepPost303Check->setChecked(options.keepPost.on303);
    if (origin == Origin::Stored) {
        m_network->setStoredOptions(options.network);
        // The user and the empty field the sentence asks to fill are on this tab.
        if (m_network->missingSecret())
            m_ui->composeTabs->setCurrentWidget(m_ui->optionsTab);
    } else {
        m_network->setOptions(options.network);
    }
}

bool RequestComposer::importCurl(const QString &command)
{
    QString error;
    const std::optional<QList<CurlImport>> imports = parseCurlCommands(command, &error);
    if (!imports) {
        showInputError(error);
        return false;
    }
    if (imports->size() > 1
        && isSignalConnected(QMetaMethod::fromSignal(&RequestComposer::severalCurlPasted))) {
        Q_EMIT severalCurlPasted(*imports);
        return true;
    }
    CurlImport first = imports->first();
    if (imports->size() > 1)
        first.ignored.append(
            tr("%n more requests were pasted: only the first was opened", nullptr, int(imports->size() - 1)));
    applyCurlImport(first);
    return true;
}

void RequestComposer::applyCurlImport(const CurlImport &imported)
{
    const bool wasFollowing = m_ui->followCheck->isChecked();
    // A cookie file's cookies for this URL become the Cookie row, to be seen and edited.
    RequestSpec request = imported.request;
    moveImportedCookiesToRows(request);
    fillForm(request, Origin::Typed);
    // curl follows no redirect without -L, so the import turns following off: a surprise for
    // anyone who did not notice the option, so it is said, with a way back.
    m_followTurnedOff = wasFollowing && !imported.request.options.followRedirects;
    // Never dropped silently: what was left out or read differently is said until the form is
    // filled again, whatever is typed meanwhile.
    m_importNotes = imported.ignored;
    updateImportNotice();
    if (imported.request.options.acceptInvalidCertificates)
        Q_EMIT insecureImported(imported.request.url);
}

void RequestComposer::updateImportNotice()
{
    // One line for all the import says: a paste can bring a dozen notes, which in a label of
    // their own pushed the window past a small screen. Beyond two short ones the line counts
    // them, and All Notes… lists them.
    QStringList parts;
    const QString all = tr("Imported from curl; not applied: %1").arg(m_importNotes.join(u"; "_s));
    const bool listed = (m_importNotes.size() <= 2 && all.size() <= 240)
        || (m_importNotes.size() == 1 && all.size() <= 400);
    if (!m_importNotes.isEmpty()) {
        parts.append(listed ? all
                            : tr("Imported from curl with %n notes.", nullptr, int(m_importNotes.size())));
    }
    if (m_followTurnedOff)
        parts.append(tr("Follow redirects is now off, as in curl without -L."));
    m_ui->importNoticeLabel->setFullText(parts.join(u' '));
    m_ui->importNoticeLabel->setVisible(!parts.isEmpty());
    m_notesCounted = !m_importNotes.isEmpty() && !listed;
    updateNotesButton();
    m_ui->undoImportButton->setVisible(m_followTurnedOff);
}

void RequestComposer::updateNotesButton()
{
    // The line is one line at any width: where it is cut, All Notes… has the whole of it.
    m_ui->importNotesButton->setVisible(m_ui->importNoticeLabel->isVisibleTo(this)
                                        && (m_notesCounted || m_ui->importNoticeLabel->isElided()));
}

void RequestComposer::showImportNotes()
{
    QStringList notes = m_importNotes;
    if (m_followTurnedOff)
        notes.prepend(tr("Follow redirects is now off, as in curl without -L."));
    showTextDialog(window(), u"curlImportNotesDialog"_s, tr("Notes on the curl Import"),
                   u"• "_s + notes.join(u"\n• "_s));
}

void RequestComposer::endImportNotice()
{
    m_followTurnedOff = false;
    updateImportNotice();
}

void RequestComposer::setUrl(const QString &url)
{
    m_ui->urlEdit->setText(url);
}

void RequestComposer::setMethod(const QString &method)
{
    m_ui->methodCombo->setCurrentText(method);
}

void RequestComposer::focusUrl()
{
    m_ui->urlEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->urlEdit->selectAll();
}

QUrl RequestComposer::typedUrl() const
{
    return readTypedUrl(m_ui->urlEdit->text()).url;
}

void RequestComposer::showAddedScheme()
{
    // "localhost:8080/x" is requested as http://localhost:8080/x, and the field then says so; only
    // once the user is done with it (sending, or leaving the field), so the cursor never jumps.
    const UrlInput typed = readTypedUrl(m_ui->urlEdit->text());
    if (typed.isValid() && typed.schemeAdded)
        m_ui->urlEdit->setText(typed.text);
}

void RequestComposer::setRunning(bool running)
{
    m_ui->cancelButton->setEnabled(running);
}

void RequestComposer::takeInsertedCurl(const QString &text)
{
    // The field's menu, the middle button (X11's selection) or a drop put a curl command in: what
    // came in at once, between what was there before and after, is imported as Ctrl+V imports it.
    // Typing adds one character at a time, and never a line break. (Qt 6.4 tells a drop as edited
    // before it tells it as changed, and a paste after: `before` is whichever text it replaced.)
    const QString &before = m_urlNow == text ? m_urlBefore : m_urlNow;
    qsizetype head = 0;
    while (head < text.size() && head < before.size() && text.at(head) == before.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < text.size() - head && tail < before.size() - head
           && text.at(text.size() - 1 - tail) == before.at(before.size() - 1 - tail))
        ++tail;
    const QString inserted = text.mid(head, text.size() - head - tail);
    if (inserted.size() > 1)
        takeCurlPaste(inserted);
}

bool RequestComposer::takeCurlPaste(const QString &pasted)
{
    const QString text = pasted.trimmed();
    if (!looksLikeCurlPaste(text))
        return false;
    importCurl(text);
    return true;
}

bool RequestComposer::eventFilter(QObject *watched, QEvent *event)
{
    // A curl command pasted with Ctrl+V (or Shift+Insert) into the URL field fills the whole
    // request, without passing through the field; other ways in are taken by takeInsertedCurl().
    if (watched == m_ui->urlEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)
        && takeCurlPaste(QGuiApplication::clipboard()->text()))
        return true;
    // Leaving the field ends the typing; switching windows or opening the completer does not.
    if (watched == m_ui->urlEdit && event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            showAddedScheme();
    }
    return QWidget::eventFilter(watched, event);
}

void RequestComposer::chooseBodyFile()
{
    const QString path = m_chooseOpenFile();
    if (path.isEmpty())
        return;
    m_bodyFile = path;
    m_ui->bodyEdit->setEnabled(false);
    m_ui->clearBodyFileButton->show();
    revalidate();
}

void RequestComposer::useBodyText()
{
    m_bodyFile.clear();
    m_ui->bodyEdit->setEnabled(true);
    m_ui->clearBodyFileButton->hide();
}

void RequestComposer::setContentTypeNames()
{
    const QStringList names{tr("None"), tr("JSON"), tr("Form"), tr("Text"), tr("XML")};
    for (int i = 0; i < names.size() && i < m_ui->contentTypeCombo->count(); ++i)
        m_ui->contentTypeCombo->setItemText(i, names.at(i));
}

void RequestComposer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RequestComposer::retranslate()
{
    // The form's own retranslateUi() redoes what Designer holds; the rest is set here again.
    m_ui->retranslateUi(this);
    setContentTypeNames();
    m_headers->retranslate();
    m_network->retranslate();
    updateImportNotice();
    revalidate();
}

} // namespace StatusScope::Gui
