// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace StatusScope::Core {

// A byte count as people read it, in the given locale's digits: "4 bytes", "1.5 KiB", "64 MiB"
// (not 67108864 bytes, nor 64.00 MiB). For sentences and labels only: JSON, HAR and the history
// keep exact byte numbers.
QString readableSize(qint64 bytes, const QLocale &locale = QLocale());

} // namespace StatusScope::Core
