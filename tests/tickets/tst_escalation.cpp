// SLA clocks on real tickets and automatic escalation, on both dialects: the clock pauses while
// the customer has the next move, due times follow policy changes, and a breach escalates a
// ticket exactly once even when two clients scan at the same moment.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "sla/Escalation.h"
#include "sla/SlaConfigStore.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
// Monday 2026-03-02 10:00 UTC.
const qint64 kMonday10 = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

Staff agent(QSqlDatabase &db)
{
    Staff s;
    s.login = QStringLiteral("maria.k");
    s.displayName = QStringLiteral("Maria Keller");
    s.id = addStaff(db, s.login, s.displayName);
    return s;
}

Ticket create(QSqlDatabase &db, const Staff &who, qint64 at, TicketPriority p)
{
    NewTicket n;
    n.subject = QStringLiteral("Locked out");
    n.requester = QStringLiteral("pat@example.com");
    n.priority = p;
    auto t = TicketActions(db, who, at).create(n);
    if (!t)
        qFatal("create failed: %s", qPrintable(t.error().toString()));
    return t.value();
}

// Office hours Mon-Fri 09:00-17:00 UTC; normal tickets: 2 h first response, 8 h resolution.
SlaConfig officeHours()
{
    SlaConfig c;
    c.calendars.insert(
        QStringLiteral("office"),
        BusinessCalendar::weekly(QTimeZone::utc(),
                                 {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                                 {WorkingInterval::fromHours(9, 0, 17, 0)}));
    for (TicketPriority p : Vocabulary::allPriorities()) {
        SlaPolicy policy;
        policy.priority = p;
        policy.firstResponseMinutes = p == TicketPriority::Urgent ? 30 : 120;
        policy.resolutionMinutes = p == TicketPriority::Urgent ? 120 : 480;
        policy.calendarId = QStringLiteral("office");
        (void)c.policies.add(policy);
    }
    return c;
}

int count(QSqlDatabase &db, const QString &sql, const QVariantList &v = {})
{
    return Database::scalar(db, sql, v).value().toInt();
}
} // namespace

class TestEscalation : public QObject
{
    Q_OBJECT
private slots:
    void clockPausesWhilePendingCustomer_data() { addDialectRows(); }
    void clockPausesWhilePendingCustomer()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        QVERIFY(SlaConfigStore(db).save(officeHours()).ok());
        const Staff maria = agent(db);
        Ticket t = create(db, maria, kMonday10, TicketPriority::Normal);
        // 8 business hours from Monday 10:00 = Tuesday 10:00; first response by 12:00.
        QCOMPARE(t.resolutionDue.toMSecsSinceEpoch(), kMonday10 + 24 * kHour);
        QCOMPARE(t.firstResponseDue.toMSecsSinceEpoch(), kMonday10 + 2 * kHour);

        // Waiting for the customer from 11:00 to 15:00: no due time while paused...
        auto pending = TicketActions(db, maria, kMonday10 + kHour)
                           .setStatus(t.id, t.version, TicketStatus::PendingCustomer);
        QVERIFY(pending.ok());
        QVERIFY(!pending->resolutionDue.isValid());
        // ...and the 4 paused hours push the due time back by 4 business hours.
        auto resumed = TicketActions(db, maria, kMonday10 + 5 * kHour)
                           .setStatus(t.id, pending->version, TicketStatus::Open);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->resolutionDue.toMSecsSinceEpoch(), kMonday10 + 24 * kHour + 4 * kHour);

        // A priority change recomputes from the same segments: urgent = 2 business hours,
        // 1 h already used before the pause -> due 1 h after resuming.
        auto urgent = TicketActions(db, maria, kMonday10 + 5 * kHour)
                          .setPriority(t.id, resumed->version, TicketPriority::Urgent);
        QVERIFY(urgent.ok());
        QCOMPARE(urgent->resolutionDue.toMSecsSinceEpoch(), kMonday10 + 6 * kHour);

        // A policy change (admin edits the targets) is applied from the stored segments.
        SlaConfig longer = officeHours();
        SlaPolicy p = *longer.policies.policyFor(TicketPriority::Urgent, TicketCategory::Other);
        p.resolutionMinutes = 180;
        QVERIFY(longer.policies.set(p).ok());
        QVERIFY(SlaConfigStore(db).save(longer).ok());
        auto loaded = SlaConfigStore(db).load();
        QVERIFY(loaded.ok());
        auto fresh = TicketStore(db).ticket(t.id);
        const auto due = loaded->dueFor(fresh->priority, fresh->category, fresh->createdAt,
                                        SlaConfig::clockOf(fresh->slaSegments, fresh->createdAt));
        QCOMPARE(due.resolution.toMSecsSinceEpoch(), kMonday10 + 7 * kHour);
    }

    void breachEscalatesOnce_data() { addDialectRows(); }
    void breachEscalatesOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = agent(db);
        // Defaults: urgent = 1 h first response, 4 h resolution, round the clock.
        Ticket late = create(db, maria, kMonday10, TicketPriority::Urgent);
        Ticket fine = create(db, maria, kMonday10, TicketPriority::Low);
        Ticket waiting = create(db, maria, kMonday10, TicketPriority::Urgent);
        QVERIFY(TicketActions(db, maria, kMonday10 + 10 * kMinute)
                    .setStatus(waiting.id, waiting.version, TicketStatus::PendingCustomer)
                    .ok());
        Ticket answered = create(db, maria, kMonday10, TicketPriority::Urgent);
        QVERIFY(TicketActions(db, maria, kMonday10 + 5 * kMinute)
                    .reply(answered.id, answered.version, QStringLiteral("On it."))
                    .ok());

        // 90 minutes in: only the unanswered urgent ticket breached (first response).
        auto first = Escalation::escalateBreached(db, kMonday10 + 90 * kMinute);
        QVERIFY2(first.ok(), first ? "" : qPrintable(first.error().toString()));
        QCOMPARE(first.value(), QList<qint64>{late.id});
        auto now = TicketStore(db).ticket(late.id);
        QCOMPARE(now->status, TicketStatus::Escalated);
        QCOMPARE(now->escalationLevel, 1);
        QCOMPARE(now->version, late.version + 1);
        // Running again changes nothing.
        auto again = Escalation::escalateBreached(db, kMonday10 + 91 * kMinute);
        QVERIFY(again.ok());
        QVERIFY(again.value().isEmpty());
        // Five hours in: the answered urgent ticket breaches its resolution time; the paused
        // one does not, the low one is still in time.
        auto later = Escalation::escalateBreached(db, kMonday10 + 5 * kHour);
        QCOMPARE(later.value(), QList<qint64>{answered.id});
        QCOMPARE(TicketStore(db).ticket(waiting.id)->status, TicketStatus::PendingCustomer);
        QCOMPARE(TicketStore(db).ticket(fine.id)->status, TicketStatus::New);

        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'escalation'"), 2);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE actor = 'sla-monitor'"), 2);
    }

    // Two clients scan at the same moment: every breached ticket escalates exactly once.
    void twoClientsRace_data() { addDialectRows(); }
    void twoClientsRace()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = agent(db);
        QList<qint64> ids;
        for (int i = 0; i < 40; ++i)
            ids << create(db, maria, kMonday10 + i, TicketPriority::Urgent).id;
        QSemaphore ready, go;
        QList<qint64> escalated[2];
        bool ok[2] = {false, false};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                const QString name = QStringLiteral("scan_%1").arg(i);
                {
                    auto conn = Database::open(tdb.settings(), name);
                    ready.release();
                    go.acquire();
                    if (conn) {
                        auto r = Escalation::escalateBreached(conn.value(), kMonday10 + 10 * kHour);
                        ok[i] = r.ok();
                        if (r)
                            escalated[i] = r.value();
                    }
                }
                Database::close(name);
            });
            threads.last()->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread *th : threads) {
            QVERIFY(th->wait(60000));
            delete th;
        }
        QVERIFY(ok[0] && ok[1]);
        QList<qint64> all = escalated[0] + escalated[1];
        std::sort(all.begin(), all.end());
        QCOMPARE(all, ids);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'escalation'"), 40);
        QCOMPARE(count(db, "SELECT MAX(escalation_level) FROM tickets"), 1);
    }
};

QTEST_GUILESS_MAIN(TestEscalation)
#include "tst_escalation.moc"
