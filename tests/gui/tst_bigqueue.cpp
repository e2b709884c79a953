// The main window over a big queue (a million tickets with HELPDESK_BIGQUEUE_TICKETS=1000000):
// the queue opens, scrolls to the far end, loads the last row and re-sorts in SQL. Frame times
// are printed, not asserted (a test is no stopwatch on a shared, sanitized build; the figures
// that count come from helpdesk-bench, see docs/performance.md).

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "db/Database.h"
#include "queue/TicketTableView.h"
#include "tickets/TicketQueueModel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {
const int Tickets = qEnvironmentVariableIsSet("HELPDESK_BIGQUEUE_TICKETS")
                        ? qEnvironmentVariableIntValue("HELPDESK_BIGQUEUE_TICKETS")
                        : 200000;
constexpr int LoadTimeoutMs = 120000;
} // namespace

class TestBigQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensAndScrolls();

private:
    qint64 timedRepaint();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestBigQueue::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    // Plain generated rows: this measures the window, not the demo data's realism.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto inserted = Database::exec(
        m_db->db(),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO tickets (id, subject, requester_email, requester_name, category, "
            "priority, status, channel, created_at, updated_at, resolution_due) "
            "SELECT i, 'Cannot sign in, attempt ' || i, 'user' || (i % 5000) || '@example.com', "
            "'Customer ' || (i % 5000), 'login', i % 4, "
            "CASE i % 3 WHEN 0 THEN 'open' WHEN 1 THEN 'new' ELSE 'resolved' END, 'email', "
            "? - i * 1000, ? - i * 1000, ? + i * 1000 FROM n"),
        {Tickets, now, now, now});
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().toString()));

    m_session = test::openSession(m_db->settings(), {});
    m_session->setMe(QStringLiteral("nobody"), std::nullopt);
}

void TestBigQueue::cleanupTestCase()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

qint64 TestBigQueue::timedRepaint()
{
    QElapsedTimer timer;
    timer.start();
    test::ticketTable(m_window.get())->viewport()->repaint();
    return timer.elapsed();
}

void TestBigQueue::opensAndScrolls()
{
    QElapsedTimer timer;
    timer.start();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    test::showQueue(m_window.get(), QueueKind::All);
    TicketQueueModel *model = test::ticketModel(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, LoadTimeoutMs);
    qInfo("first page after %lld ms", timer.elapsed());
    QVERIFY(test::waitForQueueIndex(test::ticketModel(m_window.get()), LoadTimeoutMs));
    qInfo("index of %d rows after %lld ms", model->rowCount(), timer.elapsed());
    QCOMPARE(model->rowCount(), Tickets);

    TicketTableView *table = test::ticketTable(m_window.get());
    QScrollBar *bar = table->verticalScrollBar();
    qint64 worst = timedRepaint();
    // Jump around the queue like a dragged scroll bar; every frame must stay short.
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(bar->maximum() / 20 * step);
        worst = qMax(worst, timedRepaint());
        QCoreApplication::processEvents();
    }
    table->scrollToBottom();
    worst = qMax(worst, timedRepaint());
    const int last = model->rowCount() - 1;
    QTRY_VERIFY_WITH_TIMEOUT(model->ticketAt(last).has_value(), LoadTimeoutMs);
    worst = qMax(worst, timedRepaint());
    qInfo("worst repaint %lld ms", worst);

    // Sorting a million rows happens in SQL, off the GUI thread.
    timer.restart();
    QHeaderView *header = table->horizontalHeader();
    header->setSortIndicator(int(TicketColumn::Subject), Qt::AscendingOrder);
    qInfo("sort call returned after %lld ms", timer.elapsed());
    QVERIFY(test::waitForQueueIndex(test::ticketModel(m_window.get()), LoadTimeoutMs));
    qInfo("sorted by subject after %lld ms", timer.elapsed());

    // A filter that matches a slice of the rows.
    timer.restart();
    test::filterEdit(m_window.get())->setText(QStringLiteral("Customer 42"));
    QTRY_COMPARE_WITH_TIMEOUT(model->query().filterText, QStringLiteral("Customer 42"), 5000);
    QVERIFY(test::waitForQueueIndex(test::ticketModel(m_window.get()), LoadTimeoutMs));
    qInfo("filtered to %d rows after %lld ms", model->rowCount(), timer.elapsed());
    QVERIFY(model->rowCount() > 0 && model->rowCount() < Tickets);
}

QTEST_MAIN(TestBigQueue)
#include "tst_bigqueue.moc"
