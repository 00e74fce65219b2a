// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

class QTextStream;

namespace StatusScope::Core {
class CatalogueTranslation;
class StatusCatalogue;
} // namespace StatusScope::Core

namespace StatusScope::Cli {

// Writes a chain for people: one block per hop, then a one-line summary. ANSI colour only when
// asked (the caller decides: a terminal, and NO_COLOR unset). With `catalogue`, each meaning's
// line is in the reader's language, as `explain` and the window show it (the engine records the
// English, which JSON keeps).
class ChainPrinter
{
public:
    ChainPrinter(QTextStream &out, bool colour, const Core::StatusCatalogue *catalogue = nullptr);

    void printHop(const Core::Hop &hop);
    void printSummary(const Core::ChainResult &chain);
    void printChain(const Core::ChainResult &chain);

private:
    QString paint(const QString &text, const char *code) const;
    QString summaryText(const Core::HopMeaning &meaning) const;

    QTextStream &m_out;
    bool m_colour;
    const Core::StatusCatalogue *m_catalogue = nullptr;
    const Core::CatalogueTranslation *m_translation = nullptr; // null for English
};

} // namespace StatusScope::Cli
