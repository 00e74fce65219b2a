// SPDX-License-Identifier: MIT
#pragma once

#include "core/catalogue/statusentry.h"

#include <QFont>
#include <QRect>

class QPainter;

namespace StatusScope::Gui {

// Draws a status code as a rounded badge in its class colour, left-aligned in `cell`. The code is
// always written out: the colour helps, it never carries the meaning alone.
void paintStatusBadge(QPainter *painter, const QRect &cell, const QString &text,
                      Core::StatusClass statusClass, const QFont &font);
int statusBadgeWidth(const QFont &font);

} // namespace StatusScope::Gui
