#include "common/Colors.h"

#include <QWidget>

#include <cmath>

namespace helpdesk::Colors {

namespace {
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor base(Tone tone)
{
    switch (tone) {
    case Tone::Muted:
        return QColor(0x66, 0x70, 0x85);
    case Tone::Info:
        return QColor(0x1d, 0x5f, 0xc4);
    case Tone::Success:
        return QColor(0x1b, 0x7a, 0x3d);
    case Tone::Warning:
        return QColor(0xb5, 0x47, 0x08);
    case Tone::Danger:
        return QColor(0xc0, 0x26, 0x1f);
    case Tone::Accent:
        return QColor(0x7a, 0x2e, 0x9c);
    }
    return QColor(Qt::gray);
}

QColor readable(const QColor &ink, const QColor &background, double ratio)
{
    const QColor target = background.lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = ink;
    for (int step = 1; step <= 20 && contrast(c, background) < ratio; ++step)
        c = mix(ink, target, step / 20.0);
    return c;
}

QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(background);
    if (tone == Tone::Muted)
        return readable(mix(palette.color(QPalette::WindowText), bg, 0.35), bg);
    // On a dark background the hue is lightened first, so it keeps its colour instead of
    // becoming white.
    const QColor ink = bg.lightness() < 128 ? mix(base(tone), QColor(Qt::white), 0.45) : base(tone);
    return readable(ink, bg);
}

Card card(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const bool dark = isDark(palette);
    Card c;
    c.background = mix(window, base(tone), dark ? 0.22 : 0.08);
    c.border = mix(window, base(tone), dark ? 0.5 : 0.35);
    c.accent = dark ? mix(base(tone), QColor(Qt::white), 0.25) : base(tone);
    QPalette onCard = palette;
    onCard.setColor(QPalette::Window, c.background);
    c.title = text(tone, onCard);
    return c;
}

QString cardStyle(Tone tone, const QPalette &palette)
{
    const Card c = card(tone, palette);
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                          "border-radius: 4px; }")
        .arg(html(c.background), html(c.title), html(c.border));
}

QColor tint(Tone tone, const QPalette &palette, QPalette::ColorRole background)
{
    return mix(palette.color(background), base(tone), isDark(palette) ? 0.25 : 0.1);
}

void setTextTone(QWidget *label, std::optional<Tone> tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (tone)
        palette.setColor(QPalette::WindowText, text(*tone, palette));
    label->setPalette(palette);
}

} // namespace helpdesk::Colors
