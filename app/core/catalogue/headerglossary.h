// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace StatusScope::Core {

// A one-sentence explanation of a common HTTP header field (case-insensitive name), with the spec
// that defines it; empty for fields we do not describe.
struct HeaderNote
{
    QString text;
    QString spec;
};

HeaderNote headerNote(QByteArrayView name);

} // namespace StatusScope::Core
