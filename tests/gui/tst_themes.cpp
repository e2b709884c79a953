// The main screens in a light and a dark palette (Fusion, the palette of KDE's Breeze and Breeze
// Dark), rendered as a user sees them: every visible text label is sampled in the rendering and
// its text must stand out from what is behind it (WCAG contrast ratio ≥ 4.5 between the
// label's background and its strongest text pixel). A coloured box that keeps a light
// background under light text (the "Identity verification" box did) fails here.
//
// With HELPDESK_SCREENSHOT_DIR set, the main screens' renderings are saved there as
// <screen>-<theme>.png (how docs/screenshots/themes is made; see docs/screenshots/README.md).

#include "DemoDesk.h"
#include "WindowDriver.h"
#include "common/Colors.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

QPalette lightPalette()
{
    // Breeze (light).
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const char *active, const char *disabled) {
        p.setColor(QPalette::Active, role, QColor(QLatin1String(active)));
        p.setColor(QPalette::Inactive, role, QColor(QLatin1String(active)));
        p.setColor(QPalette::Disabled, role, QColor(QLatin1String(disabled)));
    };
    set(QPalette::Window, "#eff0f1", "#e3e5e7");
    set(QPalette::WindowText, "#232629", "#a0a2a4");
    set(QPalette::Base, "#fcfcfc", "#f1f1f1");
    set(QPalette::AlternateBase, "#eff0f1", "#e3e5e7");
    set(QPalette::Text, "#232629", "#a0a2a4");
    set(QPalette::Button, "#eff0f1", "#e3e5e7");
    set(QPalette::ButtonText, "#232629", "#a0a2a4");
    set(QPalette::Highlight, "#3daee9", "#e3e5e7");
    set(QPalette::HighlightedText, "#fcfcfc", "#a0a2a4");
    set(QPalette::ToolTipBase, "#232629", "#232629");
    set(QPalette::ToolTipText, "#fcfcfc", "#fcfcfc");
    set(QPalette::PlaceholderText, "#5e6165", "#a0a2a4");
    set(QPalette::Link, "#2980b9", "#a0a2a4");
    set(QPalette::LinkVisited, "#7f8c8d", "#a0a2a4");
    set(QPalette::BrightText, "#ffffff", "#ffffff");
    return p;
}

QPalette darkPalette()
{
    // Breeze Dark, the palette of the report.
    QPalette p;
    const auto set = [&p](QPalette::ColorRole role, const char *active, const char *disabled) {
        p.setColor(QPalette::Active, role, QColor(QLatin1String(active)));
        p.setColor(QPalette::Inactive, role, QColor(QLatin1String(active)));
        p.setColor(QPalette::Disabled, role, QColor(QLatin1String(disabled)));
    };
    set(QPalette::Window, "#31363b", "#2f3338");
    set(QPalette::WindowText, "#eff0f1", "#6e7175");
    set(QPalette::Base, "#232629", "#212427");
    set(QPalette::AlternateBase, "#31363b", "#2f3338");
    set(QPalette::Text, "#eff0f1", "#65686a");
    set(QPalette::Button, "#31363b", "#2f3338");
    set(QPalette::ButtonText, "#eff0f1", "#6e7175");
    set(QPalette::Highlight, "#3daee9", "#2f3338");
    set(QPalette::HighlightedText, "#eff0f1", "#6e7175");
    set(QPalette::ToolTipBase, "#31363b", "#31363b");
    set(QPalette::ToolTipText, "#eff0f1", "#eff0f1");
    set(QPalette::PlaceholderText, "#a1a9b1", "#6e7175");
    set(QPalette::Link, "#1d99f3", "#6e7175");
    set(QPalette::LinkVisited, "#9b59b6", "#6e7175");
    set(QPalette::BrightText, "#ffffff", "#ffffff");
    return p;
}

// The label's background (its most common colour in the rendering) and the contrast of its
// strongest text pixel against it.
double sampledContrast(const QImage &shot, const QRect &rect, QColor *background = nullptr)
{
    QHash<QRgb, int> counts;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            ++counts[shot.pixel(x, y) | 0xff000000u];
    QRgb bg = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            bg = it.key();
        }
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, Colors::contrast(QColor::fromRgb(it.key()), QColor::fromRgb(bg)));
    if (background)
        *background = QColor::fromRgb(bg);
    return best;
}

} // namespace

class TestThemes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void colorsAreReadable();
    void screensAreReadable_data();
    void screensAreReadable();

private:
    QString m_theme;
    std::unique_ptr<DemoDesk> m_desk;
};

void TestThemes::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestThemes::colorsAreReadable()
{
    // The palette-mixed colours themselves, in both palettes, on both backgrounds.
    for (const QPalette &palette : {lightPalette(), darkPalette()})
        for (const auto tone :
             {Colors::Tone::Muted, Colors::Tone::Info, Colors::Tone::Success, Colors::Tone::Warning,
              Colors::Tone::Danger, Colors::Tone::Accent}) {
            for (const auto role : {QPalette::Window, QPalette::Base})
                QVERIFY(Colors::contrast(Colors::text(tone, palette, role), palette.color(role)) >=
                        4.5);
            const Colors::Card card = Colors::card(tone, palette);
            QVERIFY(Colors::contrast(card.title, card.background) >= 4.5);
            QVERIFY(Colors::contrast(palette.color(QPalette::WindowText), card.background) >= 4.5);
        }
    QCOMPARE(qRound(Colors::contrast(Qt::black, Qt::white)), 21);
}

void TestThemes::screensAreReadable_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("screen");
    for (const char *theme : {"light", "dark"})
        for (const char *screen : {"main", "accounts", "outbox", "settings", "search", "newTicket",
                                   "wizard", "identityCheck", "forwardedMail", "about"})
            QTest::addRow("%s %s", theme, screen) << theme << screen;
}

void TestThemes::screensAreReadable()
{
    QFETCH(QString, theme);
    QFETCH(QString, screen);
    if (theme != m_theme) {
        // The palette before any widget exists, as at start-up; one desk per theme.
        m_desk.reset();
        QApplication::setPalette(theme == u"dark" ? darkPalette() : lightPalette());
        m_theme = theme;
        m_desk = std::make_unique<DemoDesk>();
        QVERIFY(m_desk->open(QSize(1400, 860)));
    }
    QVERIFY(m_desk);
    QWidget *shown = m_desk->openScreen(screen);
    QVERIFY(shown);
    QTest::qWait(200);
    const QPixmap pixmap = shown->grab();
    const QImage shot = pixmap.toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = pixmap.devicePixelRatio();

    QStringList unreadable;
    int sampled = 0;
    for (QLabel *label : shown->findChildren<QLabel *>()) {
        if (!label->isVisible() || !label->isEnabled() || label->window() != shown ||
            label->text().trimmed().isEmpty() || label->width() < 8 || label->height() < 8)
            continue;
        const QRect r(label->mapTo(shown, QPoint(0, 0)) * dpr, label->size() * dpr);
        const QRect inside = r.intersected(shot.rect());
        if (inside.width() < 4 || inside.height() < 4)
            continue;
        ++sampled;
        QColor background;
        const double ratio = sampledContrast(shot, inside, &background);
        if (ratio < 4.5)
            unreadable << QStringLiteral("%1 “%2”: %3 on %4")
                              .arg(label->objectName().isEmpty() ? QStringLiteral("QLabel")
                                                                 : label->objectName(),
                                   label->text().left(50))
                              .arg(ratio, 0, 'f', 2)
                              .arg(background.name());
    }

    // The published ones go to HELPDESK_SCREENSHOT_DIR (docs/screenshots/themes), every
    // rendering to the temporary folder.
    static const QStringList published{QStringLiteral("main"), QStringLiteral("accounts"),
                                       QStringLiteral("outbox"), QStringLiteral("settings"),
                                       QStringLiteral("wizard")};
    const QString folder = qEnvironmentVariable("HELPDESK_SCREENSHOT_DIR");
    const QString file = QStringLiteral("%1-%2.png").arg(screen, theme);
    const QString path = folder.isEmpty() || !published.contains(screen)
                             ? QDir::temp().filePath(QStringLiteral("helpdesk-") + file)
                             : QDir(folder).filePath(file);
    QVERIFY(pixmap.save(path));
    qInfo("%s", qPrintable(path));
    m_desk->closeScreen(shown);
    QVERIFY(sampled > 0);
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u'\n')));
}

QTEST_MAIN(TestThemes)
#include "tst_themes.moc"
