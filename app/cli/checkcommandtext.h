// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace StatusScope::Cli {

// The translation context of check's sentences, "CheckCommand", for every file that says them
// (check itself, the flag groups it shares with audit, the number parser). There is no class of
// that name: the struct only carries tr(). One definition, so no file can drift to another
// context and lose the translations made under this one.
struct CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

} // namespace StatusScope::Cli
