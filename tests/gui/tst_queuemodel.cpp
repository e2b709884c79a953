// TicketQueueModel under QAbstractItemModelTester while it loads, scrolls far down, sorts,
// filters and refreshes, with a real view attached.

#include "TestDatabase.h"
#include "TestWait.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "tickets/TicketQueueModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {
constexpr int LoadTimeoutMs = 30000;
constexpr int Tickets = 8000; // more rows than the model caches (64 pages of 100)
} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void loadsUnderTester();
    void scrollsFarDown();
    void sortsEveryColumn();
    void filtersAndRefreshes();
    void switchingQueuesMidLoad();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<TicketQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QTableView> m_view;
};

void TestQueueModel::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = Tickets;
    options.accounts = 300;
    options.seed = 42;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    m_worker = std::make_unique<DbWorker>(m_db->settings());
    auto opened = m_worker->open(true);
    opened.waitForFinished();
    QVERIFY(opened.result().ok());
}

void TestQueueModel::cleanupTestCase()
{
    m_worker.reset();
    m_db.reset();
}

void TestQueueModel::init()
{
    m_model = std::make_unique<TicketQueueModel>(m_worker.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view = std::make_unique<QTableView>();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setModel(m_model.get());
    m_view->resize(900, 500);
    m_view->show();
}

void TestQueueModel::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_model.reset();
    m_worker->drain();
}

void TestQueueModel::loadsUnderTester()
{
    QSignalSpy first(m_model.get(), &TicketQueueModel::firstPageLoaded);
    QSignalSpy index(m_model.get(), &TicketQueueModel::indexLoaded);
    TicketQuery query;
    query.queue = QueueKind::All;
    QSignalSpy loading(m_model.get(), &TicketQueueModel::loadingChanged);
    m_model->setQuery(query);
    // A fast worker may have finished already: Qt runs a continuation at once when the job is
    // done before .then() is attached. Either way loading went on, then off.
    QVERIFY(!loading.isEmpty());
    QCOMPARE(loading.first().first().toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(index.count(), 1, LoadTimeoutMs);
    QCOMPARE(first.count(), 1);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    QCOMPARE(loading.last().first().toBool(), false);
    QCOMPARE(m_model->rowCount(), Tickets);
    QVERIFY(m_model->ticketAt(0).has_value());
    QCOMPARE(m_model->index(0, 0).data(TicketQueueModel::TicketIdRole).toLongLong(),
             m_model->ticketIdAt(0));
}

void TestQueueModel::scrollsFarDown()
{
    TicketQuery query;
    query.queue = QueueKind::All;
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    const int last = m_model->rowCount() - 1;
    // Far down first: rows there are fetched on demand.
    QVERIFY(!m_model->ticketAt(last).has_value());
    m_view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->index(last, 1).data(TicketQueueModel::LoadedRole).toBool(),
                             LoadTimeoutMs);
    QCOMPARE(m_model->ticketAt(last)->id, m_model->ticketIdAt(last));
    // Walk the whole queue a page at a time, as a fast scroll would: more pages than the cache
    // holds, so old ones are evicted while the tester watches.
    for (int row = 0; row <= last; row += TicketQueueModel::PageSize) {
        m_view->scrollTo(m_model->index(row, 0));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->index(row, 1).data(TicketQueueModel::LoadedRole).toBool(),
                                 LoadTimeoutMs);
        QCOMPARE(m_model->ticketAt(row)->id, m_model->ticketIdAt(row));
    }
    // The cache stays bounded however far one scrolls.
    int cached = 0;
    for (int row = 0; row <= last; ++row)
        cached += m_model->ticketAt(row).has_value() ? 1 : 0;
    QVERIFY2(cached <= TicketQueueModel::MaxCachedPages * TicketQueueModel::PageSize,
             qPrintable(QString::number(cached)));
    QVERIFY(cached < last + 1);
    m_view->scrollToTop();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->ticketAt(0).has_value(), LoadTimeoutMs);
}

void TestQueueModel::sortsEveryColumn()
{
    TicketQuery query;
    query.queue = QueueKind::AllOpen;
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    const int rows = m_model->rowCount();
    for (int column = 0; column < int(TicketColumn::Count); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(column, order);
            QCOMPARE(m_model->query().sortColumn, TicketColumn(column));
            QVERIFY(test::waitForQueueIndex(m_model.get()));
            QCOMPARE(m_model->rowCount(), rows);
            m_view->scrollTo(m_model->index(rows / 2, column));
            QTRY_VERIFY_WITH_TIMEOUT(
                m_model->index(rows / 2, column).data(TicketQueueModel::LoadedRole).toBool(),
                LoadTimeoutMs);
        }
    }
    // Ids in order for the Number column.
    m_model->sort(int(TicketColumn::Number), Qt::AscendingOrder);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    for (int row = 1; row < rows; ++row)
        QVERIFY(m_model->ticketIdAt(row - 1) < m_model->ticketIdAt(row));
}

void TestQueueModel::filtersAndRefreshes()
{
    TicketQuery query;
    query.queue = QueueKind::All;
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    const int all = m_model->rowCount();
    m_view->setCurrentIndex(m_model->index(5, 0));
    const qint64 selected = m_model->ticketIdAt(5);

    // Refreshing an unchanged queue keeps the current row on its ticket.
    QSignalSpy index(m_model.get(), &TicketQueueModel::indexLoaded);
    m_model->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(index.count(), 1, LoadTimeoutMs);
    QCOMPARE(m_model->rowCount(), all);
    QCOMPARE(m_model->ticketIdAt(m_view->currentIndex().row()), selected);

    query.filterText = ticketNumberText(selected);
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    QVERIFY(m_model->rowCount() >= 1);
    QVERIFY(m_model->rowOfTicket(selected) >= 0);

    query.filterText = QStringLiteral("no ticket says this 7f3a");
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestQueueModel::switchingQueuesMidLoad()
{
    // Requests overtaken by newer ones must not leak rows of the old queue into the new one.
    TicketQuery query;
    for (QueueKind kind : Queues::all()) {
        query.queue = kind;
        m_model->setQuery(query);
        QCoreApplication::processEvents();
    }
    query.queue = QueueKind::Escalated;
    m_model->setQuery(query);
    QVERIFY(test::waitForQueueIndex(m_model.get()));
    for (int row = 0; row < qMin(m_model->rowCount(), TicketQueueModel::PageSize); ++row) {
        QTRY_VERIFY_WITH_TIMEOUT(m_model->ticketAt(row).has_value(), LoadTimeoutMs);
        QCOMPARE(m_model->ticketAt(row)->status, TicketStatus::Escalated);
    }
}

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
