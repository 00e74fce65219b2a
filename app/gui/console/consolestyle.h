// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The console's few colours, shared by the composer and the chain view.
namespace StatusScope::Gui::ConsoleStyle {

// A mistake to fix, or a chain that did not complete.
inline QString errorText()
{
    return QStringLiteral("color: #b0251d;");
}

} // namespace StatusScope::Gui::ConsoleStyle
