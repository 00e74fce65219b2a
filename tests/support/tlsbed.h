// SPDX-License-Identifier: MIT
#pragma once
// What the tests that run TLS chains through RequestEngine against nginx share: the built-in
// catalogue, a scratch folder, a test authority made in it (TestCa), and chains run on a network
// manager of their own, as each command-line run has, unless one is given.
#include "childserver.h"
#include "core/catalogue/statuscatalogue.h"
#include "core/requests/requestengine.h"
#include "nginxserver.h"
#include "testca.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace StatusScope::Test {

class TlsBed
{
public:
    // Makes the catalogue, the folder and the authority; false, with error(), when one fails.
    bool prepare()
    {
        std::optional<Core::StatusCatalogue> catalogue
            = Core::StatusCatalogue::fromFile(Core::StatusCatalogue::builtinPath(), nullptr);
        if (!catalogue || !m_folder.isValid()) {
            m_error = QStringLiteral("no catalogue or no scratch folder");
            return false;
        }
        m_catalogue = std::move(*catalogue);
        m_ca = std::make_unique<TestCa>(m_folder.filePath(QStringLiteral("ca")));
        m_error = m_ca->error();
        return m_ca->isValid();
    }
    QString error() const { return m_error; }

    const Core::StatusCatalogue &catalogue() const { return m_catalogue; }
    TestCa &ca() const { return *m_ca; }
    QString path(const QString &name) const { return m_folder.filePath(name); }

    // The chain started from `spec`, once it has finished (or at once when start() refused it).
    Core::ChainResult run(const Core::RequestSpec &spec, QNetworkAccessManager *shared = nullptr) const
    {
        QNetworkAccessManager own;
        Core::RequestEngine engine(shared ? shared : &own, &m_catalogue);
        QSignalSpy finished(&engine, &Core::RequestEngine::finished);
        if (engine.start(spec) && !finished.wait(20000))
            qWarning("chain did not finish");
        return engine.result();
    }

private:
    Core::StatusCatalogue m_catalogue;
    QTemporaryDir m_folder;
    std::unique_ptr<TestCa> m_ca;
    QString m_error;
};

} // namespace StatusScope::Test

// In initTestCase(): skips (fails in CI) without nginx and openssl, then prepares `bed`.
#define STATUSSCOPE_PREPARE_TLS_BED(bed)                                                                     \
    do {                                                                                                     \
        STATUSSCOPE_REQUIRE_PROGRAM(StatusScope::Test::NginxServer::available()                              \
                                        && StatusScope::Test::TestCa::available(),                           \
                                    "nginx or openssl (Debian packages nginx, openssl)");                    \
        QVERIFY2((bed).prepare(), qPrintable((bed).error()));                                                \
    } while (false)
