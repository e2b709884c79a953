#pragma once
// Colours mixed from the palette, so that tinted cards, notes, alerts and status texts follow
// the theme: the same tone reads on a light and on a dark palette, its text always at least
// the WCAG contrast of 4.5 against what it is drawn on. No widget writes a colour of its own.

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace helpdesk::Colors {

// What a colour says; the hue is the same in every theme, the lightness follows the palette.
enum class Tone {
    Muted,   // secondary text
    Info,    // blue: information, a pending request
    Success, // green: verified, sent, active
    Warning, // amber: soon due, suspicious, not verified
    Danger,  // red: failed, locked, overdue
    Accent,  // purple: a status of its own (e.g. pending deletion)
};

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

// The WCAG 2 contrast ratio of two colours (1…21).
double contrast(const QColor &a, const QColor &b);
// Whether the palette's windows are dark (a dark theme).
bool isDark(const QPalette &palette);
// The tone's own colour (saturated, as on a light background).
QColor base(Tone tone);
// `ink` made readable on `background`: moved towards black or white until the contrast is at
// least `ratio`.
QColor readable(const QColor &ink, const QColor &background, double ratio = 4.5);
// The tone as text on the palette's `background` role (Window for labels, Base for lists).
QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// A tinted box: its background, border and thick edge, and its title's colour; its body text is
// the palette's WindowText, readable on the tint.
struct Card
{
    QColor background;
    QColor border;
    QColor accent;
    QColor title;
};
Card card(Tone tone, const QPalette &palette);
// A style sheet for a tinted label (a verdict, a summary): the card's background and border,
// its text in the tone.
QString cardStyle(Tone tone, const QPalette &palette);
// The background of a row or a text that must stand out (a flagged sign-in): the tone, faint.
QColor tint(Tone tone, const QPalette &palette, QPalette::ColorRole background = QPalette::Base);

// A label's text in the tone (a problem in Danger), readable on its window; no tone: the
// palette's own text colour again.
void setTextTone(QWidget *label, std::optional<Tone> tone);

// The yellow of internal notes.
inline QColor noteTint()
{
    return QColor(240, 190, 40);
}

} // namespace helpdesk::Colors
