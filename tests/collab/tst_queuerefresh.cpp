// Two real clients on one database (PostgreSQL, and one SQLite file): a change made by one
// reaches the other's queue and counts by re-reading that one ticket — the statements are
// counted — and never by reloading the queue. Also: every sortable order has an index that
// returns it without a sort, and the counts the database keeps match COUNT(*).
#include "Fixtures.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "tickets/QueueWatcher.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

constexpr qint64 kBase = 1'700'000'000'000;

// What the database says the queue is, on a connection of its own.
QList<qint64> databaseIds(QSqlDatabase &db, const TicketQuery &query)
{
    auto ids = TicketStore(db).orderedIds(query);
    return ids ? ids.value() : QList<qint64>{-1};
}

qint64 exactCount(QSqlDatabase &db, TicketQuery query, QueueKind kind)
{
    query.queue = kind;
    auto n = TicketStore(db).count(query);
    return n ? n.value() : -1;
}

QList<qint64> modelIds(const TicketQueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.ticketIdAt(row));
    return ids;
}

} // namespace

class TestQueueRefresh : public QObject
{
    Q_OBJECT
private slots:
    void changeReachesTheOtherClient_data() { addDialectRows(); }
    void changeReachesTheOtherClient()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 alice = addStaff(db, QStringLiteral("alice"), QStringLiteral("Alice"));
        const qint64 bob = addStaff(db, QStringLiteral("bob"), QStringLiteral("Bob"));
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i) {
            TicketRow row;
            row.subject = QStringLiteral("Ticket %1").arg(i);
            row.status = i % 5 == 0 ? QStringLiteral("resolved") : QStringLiteral("open");
            row.assigneeId = i % 3 == 0 ? std::optional<qint64>(bob) : std::nullopt;
            // Ties on updated_at: the id decides.
            row.updatedAt = kBase + (i / 4) * 1000;
            row.resolutionDue = kBase + 3'600'000;
            ids.append(addTicket(db, row));
        }

        auto a = openSession(tdb.settings(), QStringLiteral("alice"));
        auto b = openSession(tdb.settings(), QStringLiteral("bob"));
        QSignalSpy listening(b->changeNotifier(), &ChangeNotifier::listening);
        // Only the listeners: the SLA monitor's first scan would land among the counted
        // statements.
        a->changeNotifier()->start(50, 1000);
        b->changeNotifier()->start(50, 1000);
        QVERIFY(waitUntil([&] { return !listening.isEmpty(); }));
        QVERIFY(listening.first().first().toBool());

        // Bob's window: "All open" by last update, and the counts.
        TicketQueueModel model(b->worker());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueueWatcher watcher(b->tickets(), &model);
        watcher.setSafetyNetMs(0);
        watcher.setBreachingThrottleMs(500);
        TicketQuery query;
        query.queue = QueueKind::AllOpen;
        query.currentStaffId = bob;
        query.now = QDateTime::fromMSecsSinceEpoch(kBase, Qt::UTC);
        model.setQuery(query);
        QVERIFY(waitForQueue(&model));
        watcher.setCountsBase(query);
        QVERIFY(waitUntil([&] { return watcher.isIdle() && watcher.counts().size() == 7; }));
        QCOMPARE(modelIds(model), databaseIds(db, query));
        for (QueueKind kind : Queues::all())
            QCOMPARE(watcher.counts().value(kind), exactCount(db, query, kind));

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy reloads(&model, &TicketQueueModel::indexLoaded);
        QSignalSpy applied(&model, &TicketQueueModel::changeApplied);

        // 1. Alice takes the oldest open ticket: it moves to the top of Bob's queue, and Bob's
        // counts follow, by re-reading that one ticket.
        const qint64 oldest = model.ticketIdAt(model.rowCount() - 1);
        const quint64 statementsBefore = b->worker()->statementsRun();
        auto taken = waitFor(a->tickets()->take(waitFor(a->tickets()->ticket(oldest)).value()));
        QVERIFY2(taken.ok(), qPrintable(taken.ok() ? QString() : taken.error().toString()));
        QVERIFY(waitUntil([&] { return model.ticketIdAt(0) == oldest; }, 10000));
        QVERIFY(waitUntil([&] { return watcher.isIdle(); }, 10000));
        QCOMPARE(modelIds(model), databaseIds(db, query));
        QCOMPARE(watcher.counts().value(QueueKind::Unassigned),
                 exactCount(db, query, QueueKind::Unassigned));
        // The row (1), its place (1 seek), the counters (1) and the breaching count (2: the
        // hourly counters and one hour's index range, at most once per BreachingThrottleMs); a
        // full reload would read the id list and all counts.
        const quint64 statements = b->worker()->statementsRun() - statementsBefore;
        qInfo("statements for one change in the other client: %llu",
              static_cast<unsigned long long>(statements));
        QVERIFY2(statements <= 5, qPrintable(QString::number(statements)));
        QVERIFY(!applied.isEmpty());
        QCOMPARE(applied.last().at(0).toLongLong(), oldest);
        QCOMPARE(applied.last().at(1).toInt(), taken.value().version);

        // 2. Alice resolves a ticket in the middle: it leaves Bob's "All open".
        const qint64 middle = model.ticketIdAt(model.rowCount() / 2);
        const qint64 openBefore = watcher.counts().value(QueueKind::AllOpen);
        auto resolved = waitFor(a->tickets()->setStatus(
            waitFor(a->tickets()->ticket(middle)).value(), TicketStatus::Resolved));
        QVERIFY(resolved.ok());
        QVERIFY(waitUntil([&] { return model.rowOfTicket(middle) < 0; }, 10000));
        QVERIFY(waitUntil(
            [&] { return watcher.counts().value(QueueKind::AllOpen) == openBefore - 1; }, 10000));
        QCOMPARE(watcher.counts().value(QueueKind::Resolved),
                 exactCount(db, query, QueueKind::Resolved));

        // 3. A new ticket from Alice appears at the top.
        NewTicket n;
        n.subject = QStringLiteral("Locked out after the password change");
        n.requester = QStringLiteral("sam@example.com");
        n.category = TicketCategory::Login;
        auto created = waitFor(a->tickets()->create(n));
        QVERIFY(created.ok());
        QVERIFY(waitUntil([&] { return model.ticketIdAt(0) == created.value().id; }, 10000));

        // 4. Several changes at once, made directly in the database by "another client".
        QSqlDatabase other = tdb.openSecondConnection();
        for (int i = 0; i < 3; ++i)
            QVERIFY(Database::exec(
                        other,
                        QStringLiteral("UPDATE tickets SET updated_at = ?, version = "
                                       "version + 1 WHERE id = ?"),
                        {QVariant::fromValue(kBase + 5000 + i), QVariant::fromValue(ids.at(1 + i))})
                        .ok());
        QVERIFY(waitUntil([&] { return modelIds(model) == databaseIds(db, query); }, 10000));
        QVERIFY(waitUntil([&] { return watcher.isIdle(); }, 10000));
        for (QueueKind kind : Queues::all())
            QCOMPARE(watcher.counts().value(kind), exactCount(db, query, kind));

        // Never a full reload for any of it.
        QCOMPARE(resets.size(), 0);
        QCOMPARE(reloads.size(), 0);
        QCOMPARE(modelIds(model), databaseIds(db, query));
        Q_UNUSED(alice);
    }

    // Changes the queue's own client made are placed once, not again when the database tells
    // of them too.
    void ownChangeIsPlacedOnce_data() { addDialectRows(); }
    void ownChangeIsPlacedOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("alice"), QStringLiteral("Alice"));
        for (int i = 0; i < 5; ++i)
            addTicket(db, TicketRow{});
        auto a = openSession(tdb.settings(), QStringLiteral("alice"));
        QSignalSpy listening(a->changeNotifier(), &ChangeNotifier::listening);
        a->changeNotifier()->start(50, 1000);
        QVERIFY(waitUntil([&] { return !listening.isEmpty(); }));
        TicketQueueModel model(a->worker());
        QueueWatcher watcher(a->tickets(), &model);
        watcher.setSafetyNetMs(0);
        watcher.setBreachingThrottleMs(500);
        TicketQuery query;
        query.queue = QueueKind::All;
        model.setQuery(query);
        QVERIFY(waitForQueue(&model));
        QSignalSpy applied(&model, &TicketQueueModel::changeApplied);
        QSignalSpy heard(a->changeNotifier(), &ChangeNotifier::ticketChanged);
        const qint64 last = model.ticketIdAt(4);
        auto changed = waitFor(a->tickets()->setPriority(
            waitFor(a->tickets()->ticket(last)).value(), TicketPriority::Urgent));
        QVERIFY(changed.ok());
        QVERIFY(waitUntil([&] { return model.ticketIdAt(0) == last; }, 10000));
        // The database's own notice of it arrives, and is skipped.
        QVERIFY(waitUntil(
            [&] {
                for (const auto &call : std::as_const(heard))
                    if (call.at(0).toLongLong() == last &&
                        call.at(1).toInt() == changed.value().version)
                        return true;
                return false;
            },
            10000));
        QVERIFY(waitUntil([&] { return watcher.isIdle(); }, 10000));
        QTest::qWait(300);
        QCOMPARE(applied.size(), 1);
    }

    // Every sortable order (with its id tie-breaker) comes out of an index, without a sort.
    void everyOrderHasAnIndex_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (const char *d : {"sqlite", "postgresql"})
            for (TicketColumn c :
                 {TicketColumn::Number, TicketColumn::Subject, TicketColumn::Requester,
                  TicketColumn::Category, TicketColumn::Priority, TicketColumn::Status,
                  TicketColumn::Due, TicketColumn::Updated})
                for (Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder})
                    QTest::addRow("%s-%d-%s", d, int(c), o == Qt::AscendingOrder ? "asc" : "desc")
                        << QString::fromLatin1(d) << int(c) << int(o);
    }
    void everyOrderHasAnIndex()
    {
        QFETCH(QString, dialect);
        QFETCH(int, column);
        QFETCH(int, order);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TicketQuery query;
        query.queue = QueueKind::All;
        query.sortColumn = TicketColumn(column);
        query.sortOrder = Qt::SortOrder(order);
        // The statement the first page runs, explained.
        auto [sql, values] = TicketStore(db).firstPageStatement(query, 100);
        // PostgreSQL cannot prepare an EXPLAIN: the limit (the only value here) goes inline.
        QCOMPARE(values.size(), 1);
        sql.replace(QLatin1String("LIMIT ?"), QLatin1String("LIMIT 100"));
        values.clear();
        const bool pg = dialect == QLatin1String("postgresql");
        if (pg)
            QVERIFY(Database::exec(db, QStringLiteral("SET enable_sort = off")).ok());
        auto plan = Database::exec(
            db, (pg ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) + sql,
            values);
        QVERIFY(plan.ok());
        QStringList lines;
        while (plan.value().next())
            lines << plan.value().value(pg ? 0 : 3).toString();
        const QString text = lines.join(u'\n');
        if (pg)
            QVERIFY2(!text.contains(QLatin1String("Sort")), qPrintable(text));
        else
            QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        if (pg)
            QVERIFY(Database::exec(db, QStringLiteral("RESET enable_sort")).ok());
    }
};

QTEST_GUILESS_MAIN(TestQueueRefresh)
#include "tst_queuerefresh.moc"
