// SPDX-License-Identifier: MIT
#pragma once
// What the request form's two tests share (tst_requestcomposer, tst_networkoptionseditor): the form
// alone in its window, a session on the fixture's network manager to send what it composes, and
// the few steps both take. List this header in the test's SOURCES so that moc sees it.
#include "consoletest.h"
#include "gui/console/requestcomposer.h"

#include <optional>

namespace StatusScope::Test {

class ComposerTest : public ConsoleTest
{
    Q_OBJECT

protected:
    QWidget *makeWidget() override
    {
        m_composer = new Gui::RequestComposer;
        m_composer->resize(1100, 300);
        m_session = new Core::RequestSession(m_manager, &m_catalogue, m_composer);
        return m_composer;
    }
    // Sends what the form composes now, and waits for the chain's end; false when the form
    // refuses it (nothing reaches the engine then) or the chain never ends.
    bool sendComposed() const
    {
        QString error;
        const std::optional<Core::RequestSpec> request = m_composer->request(&error);
        return request && sendAndWait(m_session, *request);
    }
    void setUrl(const QString &path) const { m_composer->setUrl(m_server->url(path).toString()); }

    Gui::RequestComposer *m_composer = nullptr;
    Core::RequestSession *m_session = nullptr;
};

} // namespace StatusScope::Test
