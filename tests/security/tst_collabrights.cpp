// Live collaboration from a staff login's own connection on the shared PostgreSQL (issue 13 on
// the security boundary of issue 12): an agent's ticket change keeps the database's counters
// right although the agent may not write them; presence announces only the agent itself; the SLA
// monitor's lease can be taken over by whichever client is running.

#include "SecurityFixture.h"

#include "Fixtures.h"
#include "presence/PresenceStore.h"
#include "sla/Escalation.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

class TestCollabRights : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;

    qint64 count(QSqlDatabase &db, QueueKind queue)
    {
        TicketStore store(db);
        TicketQuery query;
        query.queue = queue;
        query.currentStaffId = f->staff(QStringLiteral("agent")).id;
        auto counts = store.counterCounts(query);
        if (!counts.ok())
            qWarning("%s", qPrintable(counts.error().message));
        return counts.ok() ? counts.value().value(queue, -1) : -1;
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
    }
    void cleanupTestCase() { f.reset(); }

    void agentsChangeKeepsTheCountersRight()
    {
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        TicketRow row;
        row.status = QStringLiteral("open");
        const qint64 id = addTicket(f->admin(), row);
        const qint64 escalatedBefore = count(agent, QueueKind::Escalated);
        const qint64 unassignedBefore = count(agent, QueueKind::Unassigned);
        QVERIFY(escalatedBefore >= 0 && unassignedBefore >= 1);

        // The agent takes the ticket: a plain UPDATE through the agent's own rights.
        QString error;
        QVERIFY2(tryExec(agent,
                         QStringLiteral("UPDATE tickets SET assignee_id = ?, version = version + 1 "
                                        "WHERE id = ?"),
                         {f->staff(QStringLiteral("agent")).id, id}, &error),
                 qPrintable(error));
        QCOMPARE(count(agent, QueueKind::Unassigned), unassignedBefore - 1);
        QCOMPARE(count(agent, QueueKind::MyOpen), 1);

        // The counters are the triggers' alone.
        QVERIFY(!tryExec(agent, QStringLiteral("UPDATE queue_counts SET n = 0"), {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QVERIFY(!tryExec(agent,
                         QStringLiteral("INSERT INTO sla_due_counts (bucket, n) VALUES (1, 5)"), {},
                         &error));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QCOMPARE(count(agent, QueueKind::Escalated), escalatedBefore);
    }

    void presenceAnnouncesOnlyOneself()
    {
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        const qint64 me = f->staff(QStringLiteral("agent")).id;
        const qint64 colleague = f->staff(QStringLiteral("agent2")).id;
        const qint64 now = nowMs();
        PresenceStore mine(agent);
        QVERIFY2(
            mine.publish(QStringLiteral("agent-client"), me, 42, PresenceActivity::Replying, now)
                .ok(),
            "the agent could not announce itself");

        // Posing as a colleague is refused by the row-level policy.
        auto forged = mine.publish(QStringLiteral("forged-client"), colleague, 42,
                                   PresenceActivity::Viewing, now);
        QVERIFY(!forged.ok());

        // The colleague's fresh row stays; their expired one may be cleared by anyone.
        PresenceStore theirs(f->as(QStringLiteral("agent2")));
        QVERIFY(theirs
                    .publish(QStringLiteral("colleague-fresh"), colleague, 42,
                             PresenceActivity::Viewing, now)
                    .ok());
        QVERIFY(theirs
                    .publish(QStringLiteral("colleague-gone"), colleague, 43,
                             PresenceActivity::Viewing, now - 10 * 60 * 1000)
                    .ok());
        QVERIFY(tryExec(agent, QStringLiteral("DELETE FROM presence WHERE client_id = ?"),
                        {QStringLiteral("colleague-fresh")}));
        QVERIFY(mine.prune(now - 60 * 1000).ok());
        const auto live = mine.live(now - 60 * 1000);
        QVERIFY(live.ok());
        QStringList clients;
        for (const PresenceEntry &e : live.value())
            clients << e.clientId;
        clients.sort();
        QCOMPARE(clients, (QStringList{"agent-client", "colleague-fresh"}));
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM presence WHERE client_id = "
                                          "'colleague-gone'"))
                     .toInt(),
                 0);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM presence WHERE client_id = "
                                          "'forged-client'"))
                     .toInt(),
                 0);
    }

    void anyClientMayTakeOverTheSlaLease()
    {
        const qint64 now = nowMs();
        auto first = Escalation::claimLease(f->as(QStringLiteral("agent")),
                                            QStringLiteral("client-a"), now, 60000);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(first.value());
        auto second = Escalation::claimLease(f->as(QStringLiteral("lead")),
                                             QStringLiteral("client-b"), now + 1000, 60000);
        QVERIFY(second.ok());
        QVERIFY2(!second.value(), "a running lease was taken over");
        auto later = Escalation::claimLease(f->as(QStringLiteral("lead")),
                                            QStringLiteral("client-b"), now + 61000, 60000);
        QVERIFY(later.ok());
        QVERIFY2(later.value(), "an expired lease could not be taken over");
        // Nobody renames the lease or removes it.
        QString error;
        QVERIFY(!tryExec(f->as(QStringLiteral("agent")), QStringLiteral("DELETE FROM desk_leases"),
                         {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCollabRights)
#include "tst_collabrights.moc"
