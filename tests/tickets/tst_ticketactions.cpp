// Ticket changes on both dialects: create, take, reply, status moves, optimistic concurrency
// and two agents racing for the same ticket on two connections.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QSemaphore>
#include <QThread>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;

Staff staff(QSqlDatabase &db, const QString &login, const QString &name, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = name;
    s.role = role;
    s.id = addStaff(db, login, name,
                    role == StaffRole::Lead ? QStringLiteral("lead") : QStringLiteral("agent"));
    return s;
}

int count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Database::scalar(db, sql, values).value().toInt();
}
} // namespace

class TestTicketActions : public QObject
{
    Q_OBJECT
private slots:
    void createFindsTheAccount_data() { addDialectRows(); }
    void createFindsTheAccount()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = staff(db, "maria.k", "Maria Keller", StaffRole::Agent);
        QVERIFY(Database::exec(db,
                               "INSERT INTO accounts (email, display_name, status, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?)",
                               {"ann@example.org", "Ann Archer", "active", 1, 1})
                    .ok());
        TicketActions actions(db, maria, kNow);

        NewTicket byEmail;
        byEmail.subject = "Cannot sign in";
        byEmail.requester = "ANN@example.org";
        byEmail.category = TicketCategory::Login;
        byEmail.body = "It says my password is wrong.";
        auto t1 = actions.create(byEmail);
        QVERIFY2(t1.ok(), t1 ? "" : qPrintable(t1.error().toString()));
        QVERIFY(t1->accountId.has_value());
        QCOMPARE(t1->requesterName, QStringLiteral("Ann Archer"));
        QCOMPARE(t1->status, TicketStatus::New);
        QVERIFY(t1->resolutionDue > t1->createdAt);

        NewTicket byName = byEmail;
        byName.requester = "ann archer";
        auto t2 = actions.create(byName);
        QVERIFY(t2.ok());
        QCOMPARE(t2->accountId, t1->accountId);

        NewTicket stranger = byEmail;
        stranger.requester = "new.person@example.net";
        auto t3 = actions.create(stranger);
        QVERIFY(t3.ok());
        QVERIFY(!t3->accountId.has_value());
        QCOMPARE(t3->requesterEmail, QStringLiteral("new.person@example.net"));

        NewTicket unknownName = byEmail;
        unknownName.requester = "Nobody Known";
        QCOMPARE(actions.create(unknownName).error().code, Error::Code::NotFound);
        NewTicket badAddress = byEmail;
        badAddress.requester = "ann@@example";
        QCOMPARE(actions.create(badAddress).error().code, Error::Code::InvalidInput);
        NewTicket noSubject = byEmail;
        noSubject.subject = "   ";
        QCOMPARE(actions.create(noSubject).error().code, Error::Code::InvalidInput);

        // Every creation is on the timeline and in the audit log.
        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'created'"), 3);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'create'"), 3);
    }

    void lifecycleWritesEventsAndAudit_data() { addDialectRows(); }
    void lifecycleWritesEventsAndAudit()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = staff(db, "maria.k", "Maria Keller", StaffRole::Agent);
        const Staff lena = staff(db, "lena.v", "Lena Vogel", StaffRole::Lead);
        TicketActions agent(db, maria, kNow);
        TicketActions lead(db, lena, kNow);
        NewTicket n;
        n.subject = "Locked out";
        n.requester = "pat@example.com";
        auto t = agent.create(n);
        QVERIFY(t.ok());

        auto taken = agent.take(t->id, t->version);
        QVERIFY(taken.ok());
        QCOMPARE(taken->assigneeId, std::optional<qint64>(maria.id));
        QCOMPARE(taken->status, TicketStatus::Open);
        QCOMPARE(taken->version, t->version + 1);

        auto replied = agent.reply(t->id, taken->version, "Please try a private window.");
        QVERIFY(replied.ok());
        QVERIFY(replied->firstRespondedAt.isValid());

        auto noted = agent.note(t->id, replied->version, "Customer sounds stressed.");
        QVERIFY(noted.ok());
        auto escalated = agent.setStatus(t->id, noted->version, TicketStatus::Escalated);
        QVERIFY(escalated.ok());
        QCOMPARE(escalated->escalationLevel, 1);

        // Only a lead de-escalates, and only with a comment.
        auto refused = agent.setStatus(t->id, escalated->version, TicketStatus::Open, "fine now");
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        auto noComment = lead.setStatus(t->id, escalated->version, TicketStatus::Open);
        QCOMPARE(noComment.error().code, Error::Code::InvalidInput);
        auto deEscalated = lead.setStatus(t->id, escalated->version, TicketStatus::Open,
                                          "Reset worked after the cache was cleared.");
        QVERIFY(deEscalated.ok());

        auto prio = agent.setPriority(t->id, deEscalated->version, TicketPriority::Urgent);
        QVERIFY(prio.ok());
        auto cat = agent.setCategory(t->id, prio->version, TicketCategory::Security);
        QVERIFY(cat.ok());
        auto resolved = agent.setStatus(t->id, cat->version, TicketStatus::Resolved);
        QVERIFY(resolved.ok());
        QVERIFY(resolved->resolvedAt.isValid());

        auto events = TicketStore(db).events(t->id);
        QStringList kinds;
        for (const auto &e : events.value())
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{"created", "assignment", "reply", "note", "escalation",
                                     "status", "priority", "category", "status"}));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE entity_id = ?",
                       {QVariant::fromValue(t->id)}),
                 9);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE actor = 'lena.v'"), 1);
    }

    void staleVersionOverwritesNothing_data() { addDialectRows(); }
    void staleVersionOverwritesNothing()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = staff(db, "maria.k", "Maria Keller", StaffRole::Agent);
        const Staff ben = staff(db, "ben.o", "Ben Okafor", StaffRole::Agent);
        NewTicket n;
        n.subject = "Reset link expired";
        n.requester = "pat@example.com";
        auto t = TicketActions(db, maria, kNow).create(n);
        QVERIFY(t.ok());
        // Ben changes the priority; Maria still holds the old version.
        QVERIFY(TicketActions(db, ben, kNow + 1)
                    .setPriority(t->id, t->version, TicketPriority::High)
                    .ok());
        auto stale =
            TicketActions(db, maria, kNow + 2).setPriority(t->id, t->version, TicketPriority::Low);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QVERIFY2(stale.error().message.contains(QLatin1String("Ben Okafor")),
                 qPrintable(stale.error().message));
        auto now = TicketStore(db).ticket(t->id);
        QCOMPARE(now->priority, TicketPriority::High);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'priority'"), 1);
    }

    // Two agents on two connections take the same ticket at the same moment.
    void takeRace_data() { addDialectRows(); }
    void takeRace()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = staff(db, "maria.k", "Maria Keller", StaffRole::Agent);
        const Staff ben = staff(db, "ben.o", "Ben Okafor", StaffRole::Agent);
        NewTicket n;
        n.subject = "Account hijacked?";
        n.requester = "pat@example.com";
        for (int round = 0; round < 5; ++round) {
            auto t = TicketActions(db, maria, kNow).create(n);
            QVERIFY(t.ok());
            QSemaphore ready, go;
            Result<Ticket> results[2] = {Error{}, Error{}};
            const Staff racers[2] = {maria, ben};
            QList<QThread *> threads;
            for (int i = 0; i < 2; ++i) {
                threads << QThread::create([&, i] {
                    const QString name = QStringLiteral("race_%1_%2").arg(round).arg(i);
                    {
                        auto conn = Database::open(tdb.settings(), name);
                        QVERIFY(conn.ok());
                        ready.release();
                        go.acquire();
                        results[i] = TicketActions(conn.value(), racers[i], kNow + 5)
                                         .take(t->id, t->version);
                    }
                    Database::close(name);
                });
                threads.last()->start();
            }
            ready.acquire(2);
            go.release(2);
            for (QThread *th : threads) {
                QVERIFY(th->wait(30000));
                delete th;
            }
            const int winners = int(results[0].ok()) + int(results[1].ok());
            QCOMPARE(winners, 1);
            const int loser = results[0].ok() ? 1 : 0;
            const Staff &winner = racers[1 - loser];
            QCOMPARE(results[loser].error().code, Error::Code::Conflict);
            QVERIFY2(results[loser].error().message.contains(winner.displayName),
                     qPrintable(results[loser].error().message));
            auto final = TicketStore(db).ticket(t->id);
            QCOMPARE(final->assigneeId, std::optional<qint64>(winner.id));
            QCOMPARE(count(db,
                           "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                           "'assignment'",
                           {QVariant::fromValue(t->id)}),
                     1);
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketActions)
#include "tst_ticketactions.moc"
