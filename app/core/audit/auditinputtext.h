// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace StatusScope::Core {

// The translation context of an audit input's sentences, "AuditInput" (the words the input says
// about what it read), for the files that read inputs. Not AuditInput::tr(): that class's context
// is its full name, and the translations were made under this one. Call it by this name (an alias
// hides the context from lupdate).
struct AuditInputText
{
    Q_DECLARE_TR_FUNCTIONS(AuditInput)
};

} // namespace StatusScope::Core
