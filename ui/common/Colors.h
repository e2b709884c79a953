#pragma once
// Colours mixed from the palette, so that tinted cards, notes and alerts follow the theme.

#include <QColor>
#include <QString>

namespace helpdesk::Colors {

// a, moved the fraction t towards b.
inline QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

inline QString html(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// The yellow of internal notes.
inline QColor noteTint()
{
    return QColor(240, 190, 40);
}

} // namespace helpdesk::Colors
