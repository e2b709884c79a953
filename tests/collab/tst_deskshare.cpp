// Sharing one desk (issue 13), two real clients on one database (PostgreSQL, and one SQLite
// file): one SLA monitor scans for the desk, the "Breaching SLA" count from the counters the
// database keeps equals COUNT(*), a queue stays equal to the database when changes are heard
// out of order (the stale views the agent bench found), and presence appears and expires.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "app/AppSession.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "presence/PresenceService.h"
#include "sla/Escalation.h"
#include "sla/EscalationMonitor.h"
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
constexpr qint64 kHour = 3'600'000;

QList<qint64> databaseIds(QSqlDatabase &db, const TicketQuery &query)
{
    auto ids = TicketStore(db).orderedIds(query);
    return ids ? ids.value() : QList<qint64>{-1};
}

QList<qint64> modelIds(const TicketQueueModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.ticketIdAt(row));
    return ids;
}

bool touch(QSqlDatabase &db, qint64 id, qint64 updatedAt, const QString &status = {})
{
    QString sql = QStringLiteral("UPDATE tickets SET updated_at = ?, version = version + 1");
    QVariantList values{QVariant::fromValue(updatedAt)};
    if (!status.isEmpty()) {
        sql += QStringLiteral(", status = ?");
        values << status;
    }
    sql += QStringLiteral(" WHERE id = ?");
    values << QVariant::fromValue(id);
    return Database::exec(db, sql, values).ok();
}

} // namespace

class TestDeskShare : public QObject
{
    Q_OBJECT
private slots:
    void oneSlaMonitorPerDesk_data() { addDialectRows(); }
    void oneSlaMonitorPerDesk()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("alice"), QStringLiteral("Alice Adams"));
        addStaff(db, QStringLiteral("bob"), QStringLiteral("Bob Brown"));
        TicketRow overdue;
        overdue.resolutionDue = kBase; // long past
        const qint64 id = addTicket(db, overdue);

        auto a = openSession(tdb.settings(), QStringLiteral("alice"));
        auto b = openSession(tdb.settings(), QStringLiteral("bob"));
        EscalationMonitor *ma = a->escalationMonitor();
        EscalationMonitor *mb = b->escalationMonitor();
        QSignalSpy escalatedA(ma, &EscalationMonitor::escalated);
        QSignalSpy escalatedB(mb, &EscalationMonitor::escalated);
        ma->start(60000);
        mb->start(60000);
        QVERIFY(waitUntil([&] { return !ma->isScanning() && !mb->isScanning(); }));
        // Exactly one of them holds the desk's lease and scanned.
        QVERIFY(ma->isHolder() != mb->isHolder());
        QCOMPARE(escalatedA.size() + escalatedB.size(), 1);
        QCOMPARE(waitFor(a->tickets()->ticket(id)).value().status, TicketStatus::Escalated);

        // The holder renews; the other keeps skipping.
        EscalationMonitor *holder = ma->isHolder() ? ma : mb;
        EscalationMonitor *other = holder == ma ? mb : ma;
        holder->runOnce();
        other->runOnce();
        QVERIFY(waitUntil([&] { return !ma->isScanning() && !mb->isScanning(); }));
        QVERIFY(holder->isHolder());
        QVERIFY(!other->isHolder());

        // The holder quits (its lease runs out): the other takes over.
        holder->stop();
        QVERIFY(Database::exec(db, QStringLiteral("UPDATE desk_leases SET until_ms = 0")).ok());
        other->runOnce();
        QVERIFY(waitUntil([&] { return !other->isScanning(); }));
        QVERIFY(other->isHolder());
        auto claimed = Escalation::claimLease(db, QStringLiteral("someone-else"),
                                              QDateTime::currentMSecsSinceEpoch(), 1000);
        QVERIFY(claimed.ok());
        QVERIFY(!claimed.value());
    }

    void breachingCountFromCounters_data() { addDialectRows(); }
    void breachingCountFromCounters()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const QStringList statuses = {QStringLiteral("new"), QStringLiteral("open"),
                                      QStringLiteral("pending_customer"),
                                      QStringLiteral("escalated"), QStringLiteral("resolved")};
        QList<qint64> ids;
        for (int i = 0; i < 60; ++i) {
            TicketRow row;
            row.status = statuses.at(i % statuses.size());
            if (i % 7 != 0)
                row.resolutionDue = kBase + (i - 30) * kHour / 3;
            ids.append(addTicket(db, row));
        }
        const auto check = [&](const char *step) {
            for (qint64 offset : {-20 * kHour, -kHour / 2, 0LL, kHour / 4, 3 * kHour, 40 * kHour}) {
                TicketQuery q;
                q.now = QDateTime::fromMSecsSinceEpoch(kBase + offset, Qt::UTC);
                q.breachWarningMs = kHour;
                q.queue = QueueKind::BreachingSla;
                const auto fromCounters = TicketStore(db).breachingCount(q);
                const auto exact = TicketStore(db).count(q);
                if (!fromCounters || !exact || fromCounters.value() != exact.value()) {
                    qWarning("%s, offset %lld: %lld from the counters, %lld counted", step,
                             static_cast<long long>(offset),
                             static_cast<long long>(fromCounters ? fromCounters.value() : -1),
                             static_cast<long long>(exact ? exact.value() : -1));
                    return false;
                }
            }
            return true;
        };
        QVERIFY(check("seeded"));
        // Status changes in and out of the running ones, a new due time, a paused clock, a
        // bulk change, a delete.
        QVERIFY(Database::exec(db,
                               QStringLiteral("UPDATE tickets SET status = 'resolved' WHERE "
                                              "id = ?"),
                               {QVariant::fromValue(ids.at(1))})
                    .ok());
        QVERIFY(Database::exec(db,
                               QStringLiteral("UPDATE tickets SET status = 'open' WHERE id = ?"),
                               {QVariant::fromValue(ids.at(4))})
                    .ok());
        QVERIFY(
            Database::exec(db,
                           QStringLiteral("UPDATE tickets SET resolution_due = ? WHERE id "
                                          "= ?"),
                           {QVariant::fromValue(kBase + 2 * kHour), QVariant::fromValue(ids.at(2))})
                .ok());
        QVERIFY(Database::exec(db,
                               QStringLiteral("UPDATE tickets SET resolution_due = NULL WHERE "
                                              "id = ?"),
                               {QVariant::fromValue(ids.at(3))})
                    .ok());
        QVERIFY(Database::exec(db, QStringLiteral("UPDATE tickets SET status = 'escalated' WHERE "
                                                  "status = 'new'"))
                    .ok());
        QVERIFY(check("changed"));
    }

    // Bob's queue hears of Xavier's ticket before Pat's, though Pat's changed first and the
    // database already has Xavier's right after Pat's: Xavier's goes next to Pat's old row, and
    // must follow when Pat's moves (the stale views of the agent bench).
    void placedNextToATicketThatMovesLater_data() { addDialectRows(); }
    void placedNextToATicketThatMovesLater()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("bob"), QStringLiteral("Bob Brown"));
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i) {
            TicketRow row;
            row.updatedAt = kBase + i * 1000;
            row.status = i == 8 ? QStringLiteral("resolved") : QStringLiteral("open");
            ids.append(addTicket(db, row));
        }
        auto b = openSession(tdb.settings(), QStringLiteral("bob"));
        TicketQueueModel model(b->worker());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TicketQuery query;
        query.queue = QueueKind::AllOpen;
        model.setQuery(query);
        QVERIFY(waitForQueue(&model));
        QCOMPARE(modelIds(model), databaseIds(db, query));
        QSignalSpy reloads(&model, &TicketQueueModel::indexLoaded);

        // Pat's ticket (near the bottom) goes to the top, then Xavier's right under it.
        const qint64 pat = ids.at(2);
        const qint64 xavier = ids.at(5);
        QVERIFY(touch(db, pat, kBase + 100'000));
        QVERIFY(touch(db, xavier, kBase + 90'000));
        model.applyChanges({{xavier, 0}});
        QVERIFY(waitUntil([&] { return model.isSettled(); }));
        model.applyChanges({{pat, 0}});
        QVERIFY(waitUntil([&] { return model.isSettled(); }));
        QCOMPARE(modelIds(model), databaseIds(db, query));

        // The same, with Xavier's placement still being read when Pat's change is heard.
        const qint64 pat2 = ids.at(3);
        const qint64 xavier2 = ids.at(6);
        QVERIFY(touch(db, pat2, kBase + 150'000));
        QVERIFY(touch(db, xavier2, kBase + 140'000));
        model.applyChanges({{xavier2, 0}});
        model.applyChanges({{pat2, 0}});
        QVERIFY(waitUntil([&] { return model.isSettled(); }));
        QCOMPARE(modelIds(model), databaseIds(db, query));

        // A ticket whose predecessor is not in the queue yet (it was resolved, is open again
        // and on top): both are placed, without reloading the queue.
        const qint64 reopened = ids.at(8);
        const qint64 next = ids.at(1);
        QVERIFY(touch(db, reopened, kBase + 200'000, QStringLiteral("open")));
        QVERIFY(touch(db, next, kBase + 190'000));
        model.applyChanges({{next, 0}});
        QVERIFY(waitUntil([&] { return model.isSettled(); }));
        QCOMPARE(modelIds(model), databaseIds(db, query));
        QCOMPARE(reloads.size(), 0);
    }

    void presenceAppearsAndExpires_data() { addDialectRows(); }
    void presenceAppearsAndExpires()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("priya"), QStringLiteral("Priya Nair"));
        addStaff(db, QStringLiteral("sam"), QStringLiteral("Sam Reyes"));
        const qint64 ticket = addTicket(db, TicketRow{});

        auto priya = openSession(tdb.settings(), QStringLiteral("priya"));
        auto sam = openSession(tdb.settings(), QStringLiteral("sam"));
        QSignalSpy listening(sam->changeNotifier(), &ChangeNotifier::listening);
        sam->changeNotifier()->start(50, 1000);
        QVERIFY(waitUntil([&] { return !listening.isEmpty(); }));
        // A long heartbeat for Sam: what he sees of Priya comes through the change channel.
        constexpr int ExpiryMs = 1500;
        priya->presence()->start(300, ExpiryMs);
        sam->presence()->start(60000, ExpiryMs);

        priya->presence()->setViewing(ticket);
        QVERIFY(waitUntil(
            [&] {
                return sam->presence()->describe(ticket) == QLatin1String("Priya N. is viewing");
            },
            5000));
        // Sam views it too: each sees the other, never themselves.
        sam->presence()->setViewing(ticket);
        QVERIFY(waitUntil(
            [&] {
                return priya->presence()->describe(ticket) == QLatin1String("Sam R. is viewing");
            },
            5000));
        priya->presence()->setComposing(true);
        QVERIFY(waitUntil(
            [&] {
                return sam->presence()->describe(ticket) == QLatin1String("Priya N. is replying");
            },
            5000));
        // The queue marks the ticket.
        TicketQueueModel model(sam->worker());
        model.setPresence(sam->presence()->descriptions());
        TicketQuery query;
        query.queue = QueueKind::All;
        model.setQuery(query);
        QVERIFY(waitForQueue(&model));
        QCOMPARE(model.index(0, 0).data(TicketQueueModel::PresenceRole).toString(),
                 QStringLiteral("Priya N. is replying"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Priya N. is replying"));

        // Priya's client goes without a word (no row removed): her presence expires.
        priya.reset();
        QVERIFY(waitUntil([&] { return sam->presence()->describe(ticket).isEmpty(); },
                          ExpiryMs + 3000));
    }
};

QTEST_GUILESS_MAIN(TestDeskShare)
#include "tst_deskshare.moc"
