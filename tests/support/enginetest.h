// SPDX-License-Identifier: MIT
#pragma once
// What the tests that run chains through RequestEngine share: the built-in catalogue, and a
// network manager and a scripted server on 127.0.0.1 (with /ok answering 200) made fresh for each
// test. A test class derives from EngineTest; Qt Test runs the private slots below for it as if
// they were its own. List this header in the test's SOURCES so that moc sees it.
#include "core/catalogue/statuscatalogue.h"
#include "core/i18n/translations.h"
#include "core/requests/requestengine.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace StatusScope::Test {

class EngineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Sentences read as the program writes them: plural forms ("200 bytes") come from the
        // English catalogue, which the program always loads.
        QVERIFY(Core::installTranslations(*qApp, QLocale(QLocale::English)));
        auto catalogue = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
        QVERIFY(catalogue);
        m_catalogue = std::move(*catalogue);
    }

    void init()
    {
        m_manager = new QNetworkAccessManager(this);
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_server->route("/ok", ScriptedServer::response(200, "OK", {{"Content-Type", "text/plain"}}, "fine"));
    }

    void cleanup()
    {
        delete m_manager;
        delete m_server;
    }

protected:
    Core::RequestSpec get(const QUrl &url) const
    {
        Core::RequestSpec spec;
        spec.url = url;
        spec.options.inactivityTimeoutMs = 5000;
        return spec;
    }

    // The chain started from `spec`, once it has finished (or at once when start() refused it).
    Core::ChainResult run(const Core::RequestSpec &spec, int timeoutMs = 15000)
    {
        Core::RequestEngine engine(m_manager, &m_catalogue);
        QSignalSpy finished(&engine, &Core::RequestEngine::finished);
        if (!engine.start(spec))
            return engine.result();
        if (!finished.wait(timeoutMs))
            qWarning("chain did not finish");
        return engine.result();
    }

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
};

} // namespace StatusScope::Test
