// Startup: the demo database is seeded and opened as the demo agent; a file that is not a
// database ends in a message (and is left untouched), never in a crash.

#include "AppController.h"
#include "MainWindow.h"
#include "WindowDriver.h"
#include "demo/DemoSeeder.h"
#include "queue/QueueListView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;

namespace {
constexpr int TimeoutMs = 60000;

QMessageBox *visibleMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            return box;
    return nullptr;
}
} // namespace

class TestAppController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoIsSeededAndOpened();
    void notADatabaseShowsMessage();

private:
    QTemporaryDir m_dir;
};

void TestAppController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
}

void TestAppController::demoIsSeededAndOpened()
{
    AppController::Options options;
    options.demo = true;
    options.settings.sqlitePath = m_dir.filePath(QStringLiteral("demo.db"));
    options.demoTickets = 400;
    options.demoAccounts = 80;
    AppController controller(options);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(),
                             TimeoutMs);
    MainWindow *window = controller.mainWindow();
    const auto *queues = test::child<QueueListView>(window, QStringLiteral("queueList"));
    QTRY_COMPARE_WITH_TIMEOUT(queues->queueCount(QueueKind::All), 400, TimeoutMs);
    const auto *me = window->findChild<QLabel *>(QStringLiteral("meLabel"));
    QVERIFY2(me->text().contains(QLatin1String(DemoSeeder::DemoAgentLogin)),
             qPrintable(me->text()));
    QVERIFY(queues->queueCount(QueueKind::MyOpen) > 0);
    QVERIFY(!visibleMessageBox());
}

void TestAppController::notADatabaseShowsMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.db"));
    const QByteArray content("These are my notes, not a database.\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    AppController::Options options;
    options.settings.sqlitePath = path;
    AppController controller(options);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(visibleMessageBox() != nullptr, TimeoutMs);
    QMessageBox *box = visibleMessageBox();
    QVERIFY2(box->text().contains(QLatin1String("notes.db")), qPrintable(box->text()));
    QVERIFY(!controller.mainWindow());
    delete box;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
