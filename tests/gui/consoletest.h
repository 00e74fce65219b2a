// SPDX-License-Identifier: MIT
#pragma once
// What the request console's widget tests share (tst_requestconsole, tst_requestcomposer,
// tst_chainview): English texts, the built-in catalogue, and for each test a network manager, a
// scripted server on 127.0.0.1 (/start redirects with 302 to /ok, which answers JSON) and the widget
// under test, shown. A test class derives from ConsoleTest and makes its widget in makeWidget();
// Qt Test runs the private slots below for it as if they were its own. List this header in the
// test's SOURCES so that moc sees it.
#include "core/catalogue/statuscatalogue.h"
#include "core/i18n/translations.h"
#include "core/requests/requestsession.h"
#include "scriptedserver.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

namespace StatusScope::Test {

class ConsoleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(Core::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
        QVERIFY(catalogue);
        m_catalogue = std::move(*catalogue);
    }

    void init()
    {
        m_manager = new QNetworkAccessManager(this);
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_server->route("/start", ScriptedServer::redirect(302, "/ok"));
        m_server->route("/ok",
                        ScriptedServer::response(
                            200, "OK", {{"Content-Type", "application/json"}, {"Server", "scripted"}},
                            R"({"fine":true,"items":[1,2]})"));
        m_widget = makeWidget();
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget));
    }

    void cleanup()
    {
        // The widget first: it may hold a session whose chain still talks to the server.
        delete m_widget;
        m_widget = nullptr;
        delete m_server;
        delete m_manager;
    }

protected:
    // The widget under test, made for each test once the server listens; deleted after the test
    // with its children.
    virtual QWidget *makeWidget() = 0;

    // The widget called `name` inside the one under test; a missing one ends the run, since every
    // assertion after it would be about nothing.
    template<typename T> T *child(const char *name) const
    {
        T *widget = m_widget->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // The rows of the chain view, as a user reads them.
    QAbstractItemModel *chainRows() const { return child<QTreeView>("chainView")->model(); }

    // Types `url` into the URL field and presses Enter, as a user does.
    void typeUrlAndEnter(const QUrl &url) const
    {
        auto *edit = child<QLineEdit>("urlEdit");
        edit->setFocus();
        edit->clear();
        QTest::keyClicks(edit, url.toString());
        QTest::keyClick(edit, Qt::Key_Return);
    }

    // Sends `request` on `session` and waits for its end; false when it was refused or never ended.
    static bool sendAndWait(Core::RequestSession *session, const Core::RequestSpec &request)
    {
        QSignalSpy finished(session, &Core::RequestSession::finished);
        return session->send(request) && finished.wait(15000);
    }
    // A GET of `url` with the default options and no header of its own.
    static Core::RequestSpec requestFor(const QUrl &url)
    {
        Core::RequestSpec request;
        request.url = url;
        return request;
    }

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
    QWidget *m_widget = nullptr;
};

} // namespace StatusScope::Test
