// SPDX-License-Identifier: MIT
#include "gui/widgets/classcolors.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace StatusScope::Gui {

namespace {

double relativeLuminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

QColor classColor(Core::StatusClass statusClass)
{
    // Chosen so that white text on each reaches at least 4.5:1 (WCAG AA).
    switch (statusClass) {
    case Core::StatusClass::Informational:
        return QColor(0x1a, 0x62, 0xa8);
    case Core::StatusClass::Success:
        return QColor(0x1b, 0x74, 0x30);
    case Core::StatusClass::Redirection:
        return QColor(0x8a, 0x55, 0x00);
    case Core::StatusClass::ClientError:
        return QColor(0xb0, 0x25, 0x1d);
    case Core::StatusClass::ServerError:
        return QColor(0x7a, 0x2e, 0xa6);
    case Core::StatusClass::Other:
        break;
    }
    return QColor(0x5a, 0x5f, 0x66);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor textColorOn(const QColor &background)
{
    return contrastRatio(background, Qt::white) >= contrastRatio(background, Qt::black) ? QColor(Qt::white)
                                                                                        : QColor(Qt::black);
}

QIcon classSwatch(Core::StatusClass statusClass)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) { // sharp up to 200 % at 32 px, 400 % at 16 px
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(classColor(statusClass));
        const qreal margin = size / 8.0;
        painter.drawRoundedRect(QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size / 6.0,
                                size / 6.0);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace StatusScope::Gui
