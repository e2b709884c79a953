// High DPI, as the issue found it: QT_SCALE_FACTOR=2 on a 1600×1000 screen (the offscreen
// platform configured by tests/gui/offscreen-1600x1000.json, see CMakeLists.txt), where a
// geometry saved at 1400×800 used to come back as 2800×1600 device pixels, past the screen's
// edges. The main window must open within the screen, drawn at twice the pixels.

#include "DemoDesk.h"
#include "WindowDriver.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TestHighDpi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savedGeometryFitsTheScreen();
    void firstStartFitsTheScreen();

private:
    void check(MainWindow &window);

    std::unique_ptr<DemoDesk> m_desk;
};

void TestHighDpi::initTestCase()
{
    QScreen *screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->devicePixelRatio(), 2.0);
    QCOMPARE(screen->geometry().size(), QSize(800, 500)); // 1600×1000 device pixels
    m_desk = std::make_unique<DemoDesk>();
    QVERIFY(m_desk->open(QSize(780, 460)));
}

void TestHighDpi::check(MainWindow &window)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    const QRect frame = window.frameGeometry();
    QVERIFY2(available.contains(frame), qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                                                       .arg(frame.x())
                                                       .arg(frame.y())
                                                       .arg(frame.width())
                                                       .arg(frame.height())
                                                       .arg(available.width())
                                                       .arg(available.height())));
    const QImage shot = window.grab().toImage();
    QCOMPARE(shot.devicePixelRatio(), 2.0);
    QVERIFY(shot.width() <= 1600 && shot.height() <= 1000);
}

void TestHighDpi::savedGeometryFitsTheScreen()
{
    {
        // What a 1400×800 window at scale 1 saved.
        QWidget before;
        before.setGeometry(QRect(60, 40, 1400, 800));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), before.saveGeometry());
    }
    MainWindow window(m_desk->session());
    check(window);
}

void TestHighDpi::firstStartFitsTheScreen()
{
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    MainWindow window(m_desk->session()); // the default 1400×800
    check(window);
}

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi.moc"
