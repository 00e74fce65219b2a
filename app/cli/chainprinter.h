// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/hop.h"

class QTextStream;

namespace StatusScope::Cli {

// Writes a chain for people: one block per hop, then a one-line summary. ANSI colour only when
// asked (the caller decides: a terminal, and NO_COLOR unset).
class ChainPrinter
{
public:
    ChainPrinter(QTextStream &out, bool colour);

    void printHop(const Core::Hop &hop);
    void printSummary(const Core::ChainResult &chain);
    void printChain(const Core::ChainResult &chain);

private:
    QString paint(const QString &text, const char *code) const;

    QTextStream &m_out;
    bool m_colour;
};

} // namespace StatusScope::Cli
