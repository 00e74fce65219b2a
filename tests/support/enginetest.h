// SPDX-License-Identifier: MIT
#pragma once
// What the tests that run chains through RequestEngine share: the built-in catalogue, and a
// network manager and a scripted server on 127.0.0.1 (with /ok answering 200) made fresh for each
// test. A test class derives from EngineTest; Qt Test runs the private slots below for it as if
// they were its own. List this header in the test's SOURCES so that moc sees it.
#include "core/catalogue/statuscatalogue.h"
#include "core/i18n/translations.h"
#include "core/requests/pins.h"
#include "core/requests/requestengine.h"
#include "scriptedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

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

    // A GET of `path` on name.test at the scripted server's port, pinned with --resolve to
    // `addresses` ("127.0.0.2,127.0.0.1": 127.0.0.2 is loopback too, where nothing listens).
    Core::RequestSpec pinned(const QString &path, const QString &addresses) const
    {
        Core::RequestSpec spec
            = get(QUrl(QStringLiteral("http://name.test:%1%2").arg(m_server->port()).arg(path)));
        QString error;
        const std::optional<Core::ResolvePin> pin = Core::parseResolvePin(
            QStringLiteral("name.test:%1:%2").arg(m_server->port()).arg(addresses), &error);
        if (pin)
            spec.options.network.resolve.append(*pin);
        else
            qWarning("%s", qPrintable(error));
        return spec;
    }

    // `silent` listens on `address` at the scripted server's port with its accept queue full: a
    // new connection attempt there is never answered (Linux drops the SYN), so a connect hangs.
    bool fillAcceptQueue(QTcpServer &silent, const QHostAddress &address) const
    {
        silent.setListenBacklogSize(0);
        if (!silent.listen(address, m_server->port()))
            return false;
        silent.pauseAccepting();
        QList<QTcpSocket *> fillers;
        for (int i = 0; i < 4; ++i) { // more than the queue holds
            auto *filler = new QTcpSocket(&silent);
            filler->connectToHost(address, m_server->port());
            fillers.append(filler);
        }
        return QTest::qWaitFor([&fillers] {
            return std::any_of(fillers.cbegin(), fillers.cend(),
                               [](QTcpSocket *s) { return s->state() == QAbstractSocket::ConnectedState; });
        });
    }

    Core::StatusCatalogue m_catalogue;
    QNetworkAccessManager *m_manager = nullptr;
    ScriptedServer *m_server = nullptr;
};

} // namespace StatusScope::Test
