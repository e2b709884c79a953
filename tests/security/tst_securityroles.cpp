// A shared deployment at work: each staff member on their own database login, through the app's
// own code (TicketActions, AccountActions, StaffAdmin, the outbox). Agents work normally within
// their role; a lead's moves and the four-eyes unlock work for a lead; an admin manages staff
// and settings; a reset link is minted by the database and only the mailer ever reads it.
#include "AccountFixtures.h"
#include "Fixtures.h"
#include "SecurityFixture.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountToken.h"
#include "db/Database.h"
#include "mail/Outbox.h"
#include "mail/OutboxEntry.h"
#include "team/StaffAdmin.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

template <typename T> QString describe(const Result<T> &r)
{
    return r ? QString() : r.error().toString();
}
} // namespace

class TestSecurityRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;

    const Staff &staff(const char *who) const { return f->staff(QString::fromLatin1(who)); }
    QSqlDatabase &as(const char *who) { return f->as(QString::fromLatin1(who)); }

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
        configureMail(f->admin());
    }

    void cleanupTestCase() { f.reset(); }

    void agentWorksATicket()
    {
        const qint64 id = addTicket(f->admin(), TicketRow{});
        QSqlDatabase &db = as("agent");
        auto ticket = TicketStore(db).ticket(id);
        QVERIFY2(ticket.ok(), qPrintable(describe(ticket)));
        TicketActions actions(db, staff("agent"), nowMs());
        auto taken = actions.take(id, ticket->version);
        QVERIFY2(taken.ok(), qPrintable(describe(taken)));
        auto noted = actions.note(id, taken->version, QStringLiteral("Checked the sign-ins."));
        QVERIFY2(noted.ok(), qPrintable(describe(noted)));
        auto escalated = actions.setStatus(id, noted->version, TicketStatus::Escalated);
        QVERIFY2(escalated.ok(), qPrintable(describe(escalated)));
        // The timeline and the audit log name the agent's own login.
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND staff_id "
                           "IS DISTINCT FROM ?",
                           {id, staff("agent").id})
                     .toInt(),
                 0);
        QCOMPARE(f->scalar("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE "
                           "entity_type = 'ticket' AND entity_id = ?",
                           {id})
                     .toString(),
                 f->login("agent"));

        // Only a lead de-escalates: the app refuses with a clear message, so does the database.
        auto back = actions.setStatus(id, escalated->version, TicketStatus::Open);
        QCOMPARE(back.error().code, Error::Code::PermissionDenied);
        QVERIFY(!tryExec(db, "UPDATE tickets SET status = 'open' WHERE id = ?", {id}));
        auto byLead = TicketActions(as("lead"), staff("lead"), nowMs())
                          .setStatus(id, escalated->version, TicketStatus::Open,
                                     QStringLiteral("Handled; back to the queue."));
        QVERIFY2(byLead.ok(), qPrintable(describe(byLead)));
    }

    void leadReopensClosedTickets()
    {
        TicketRow row;
        row.status = QStringLiteral("closed");
        const qint64 id = addTicket(f->admin(), row);
        QString error;
        QVERIFY(!tryExec(as("agent"), "UPDATE tickets SET status = 'open' WHERE id = ?", {id}));
        QVERIFY2(
            tryExec(as("lead"), "UPDATE tickets SET status = 'open' WHERE id = ?", {id}, &error),
            qPrintable(error));
        QCOMPARE(f->scalar("SELECT status FROM tickets WHERE id = ?", {id}).toString(),
                 QStringLiteral("open"));
    }

    void fourEyesUnlock()
    {
        AccountRow row = accountRow(QStringLiteral("robin@example.com"), QStringLiteral("Robin"));
        const qint64 account = addAccount(f->admin(), row);
        const qint64 ticket = addAccountTicket(f->admin(), account, row.email);
        AccountActions agent(as("agent"), staff("agent"), nowMs());
        auto locked = agent.lockNow(account, QStringLiteral("Possible takeover"), ticket);
        QVERIFY2(locked.ok(), qPrintable(describe(locked)));
        QCOMPARE(f->scalar("SELECT locked_by FROM accounts WHERE id = ?", {account}).toString(),
                 f->login("agent"));
        for (auto method : {VerificationMethod::EmailCode, VerificationMethod::RegistrationDetails})
            QVERIFY(agent.recordVerification(ticket, account, method, true, QString()).ok());
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM identity_checks WHERE account_id = ? AND "
                           "staff_id = ?",
                           {account, staff("agent").id})
                     .toInt(),
                 2);
        // The checks carry the server's time: a client asks with its own "now" after them.
        auto requested = AccountActions(as("agent"), staff("agent"), nowMs())
                             .requestUnlock(account, ticket, QStringLiteral("Verified by phone"));
        QVERIFY2(requested.ok(), qPrintable(describe(requested)));
        const qint64 requestId = requested->unlockRequest->id;

        // The agent cannot approve it, even around the app.
        QVERIFY(!tryExec(as("agent"),
                         "UPDATE account_unlock_requests SET status = 'approved' WHERE id = ?",
                         {requestId}));
        // A lead can, and that lifts the lock in the same write.
        auto approved = AccountActions(as("lead"), staff("lead"), nowMs()).approveUnlock(requestId);
        QVERIFY2(approved.ok(), qPrintable(describe(approved)));
        QCOMPARE(f->scalar("SELECT status FROM accounts WHERE id = ?", {account}).toString(),
                 QStringLiteral("active"));
        QCOMPARE(
            f->scalar("SELECT decided_by FROM account_unlock_requests WHERE id = ?", {requestId})
                .toLongLong(),
            staff("lead").id);

        // An approval from an earlier transaction does not lift a new lock.
        QVERIFY(agent.lockNow(account, QStringLiteral("Again"), ticket).ok());
        QVERIFY(
            !tryExec(as("lead"), "UPDATE accounts SET status = 'active' WHERE id = ?", {account}));
        // A lead cannot approve their own request.
        QVERIFY(tryExec(as("lead2"),
                        "INSERT INTO account_unlock_requests (account_id, requested_by, "
                        "requested_at) VALUES (?, 0, 0)",
                        {account}));
        QVERIFY(!tryExec(as("lead2"),
                         "UPDATE account_unlock_requests SET status = 'approved' WHERE "
                         "account_id = ? AND status = 'pending'",
                         {account}));
    }

    void linksAreMintedByTheDatabase()
    {
        AccountRow row = accountRow(QStringLiteral("sam@example.com"), QStringLiteral("Sam"));
        const qint64 account = addAccount(f->admin(), row);
        const qint64 ticket = addAccountTicket(f->admin(), account, row.email);
        auto sent =
            AccountActions(as("agent"), staff("agent"), nowMs()).sendResetLink(account, ticket);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        const qint64 outbox = *sent->outboxId;

        // What the agent can read holds a placeholder, never the link.
        const QString link =
            f->scalar("SELECT link FROM outbox_secrets WHERE outbox_id = ?", {outbox}).toString();
        const QString token = tokenIn(link);
        QCOMPARE(token.size(), 43);
        QCOMPARE(
            f->scalar("SELECT token_sha256 FROM account_tokens WHERE id = ?", {sent->token->id})
                .toString(),
            OneTimeToken::sha256Hex(token));
        QCOMPARE(f->scalar("SELECT issued_by FROM account_tokens WHERE id = ?", {sent->token->id})
                     .toLongLong(),
                 staff("agent").id);
        for (const char *table : {"outbox", "account_tokens", "ticket_events", "audit_log"}) {
            auto q =
                Database::exec(as("agent"), QStringLiteral("SELECT t::text FROM %1 t").arg(table));
            QVERIFY(q.ok());
            while (q.value().next())
                QVERIFY2(!q.value().value(0).toString().contains(token),
                         qPrintable(QString("token readable in ") + table));
        }
        QVERIFY(f->scalar("SELECT text_body FROM outbox WHERE id = ?", {outbox})
                    .toString()
                    .contains(QLatin1String(OutboxEntry::LinkPlaceholder)));

        // The agent's own sender leaves it for the mailer...
        auto mine = Outbox::claim(as("agent"), QStringLiteral("desk"), nowMs(), 60'000, 50);
        QVERIFY2(mine.ok(), qPrintable(describe(mine)));
        for (const OutboxEntry &e : mine.value())
            QVERIFY(e.id != outbox);
        // The Outbox screen says what it waits for.
        auto leases = Outbox::leases(as("agent"), nowMs());
        QVERIFY2(leases.ok(), qPrintable(describe(leases)));
        QCOMPARE(leases->forMailer, 1);
        QVERIFY2(leases->describe().contains(QLatin1String("server's mailer")),
                 qPrintable(leases->describe()));
        // ...which sends it with the real link and forgets the link once the relay took it.
        auto claimed = Outbox::claim(f->mailer(), QStringLiteral("mailer"), nowMs(), 60'000, 50);
        QVERIFY2(claimed.ok(), qPrintable(describe(claimed)));
        const auto it = std::find_if(claimed->begin(), claimed->end(),
                                     [&](const OutboxEntry &e) { return e.id == outbox; });
        QVERIFY(it != claimed->end());
        QVERIFY(it->textBody.contains(link));
        QVERIFY(!it->textBody.contains(QLatin1String(OutboxEntry::LinkPlaceholder)));
        auto accepted = Outbox::markSent(f->mailer(), outbox, QStringLiteral("250 ok"), nowMs());
        QVERIFY2(accepted.ok(), qPrintable(describe(accepted)));
        QCOMPARE(
            f->scalar("SELECT COUNT(*) FROM outbox_secrets WHERE outbox_id = ?", {outbox}).toInt(),
            0);
    }

    void adminManagesStaffAndSettings()
    {
        const QString newLogin = f->login("newagent");
        f->forgetLoginLater(newLogin);
        NewStaffMember m{newLogin, QStringLiteral("New Agent"), QStringLiteral("new@example.com"),
                         StaffRole::Agent, QStringLiteral("correct horse battery")};
        // An agent may not.
        auto refused = StaffAdmin(as("agent"), Actor::staff(staff("agent")), nowMs()).add(m);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QVERIFY2(refused.error().message.contains("role does not allow"),
                 qPrintable(refused.error().message));

        StaffAdmin admin(as("admin"), Actor::staff(staff("admin")), nowMs());
        auto added = admin.add(m);
        QVERIFY2(added.ok(), qPrintable(describe(added)));
        QVERIFY(
            f->scalar("SELECT pg_has_role(?, 'helpdesk_agent', 'MEMBER')", {newLogin}).toBool());
        QVERIFY(f->scalar("SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' FROM pg_authid WHERE "
                          "rolname = ?",
                          {newLogin})
                    .toBool());
        auto promoted = admin.setRole(newLogin, StaffRole::Lead);
        QVERIFY2(promoted.ok(), qPrintable(describe(promoted)));
        QVERIFY(f->scalar("SELECT pg_has_role(?, 'helpdesk_lead', 'MEMBER')", {newLogin}).toBool());

        // Disabling ends the member's open session and refuses new ones.
        {
            auto session =
                Database::open(f->settingsFor(newLogin), QStringLiteral("security_newagent"));
            QVERIFY2(session.ok(), qPrintable(describe(session)));
            auto disabled = admin.setActive(newLogin, false);
            QVERIFY2(disabled.ok(), qPrintable(describe(disabled)));
            QCOMPARE(disabled.value(), 1);
            QVERIFY(!f->scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?", {newLogin})
                         .toBool());
            QVERIFY(!Database::open(f->settingsFor(newLogin), QStringLiteral("security_newagent2"))
                         .ok());
            QVERIFY(admin.setActive(newLogin, true).ok());
            QVERIFY(f->scalar("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?", {newLogin})
                        .toBool());
        }
        Database::close(QStringLiteral("security_newagent"));
        Database::close(QStringLiteral("security_newagent2"));
        QCOMPARE(f->scalar("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE "
                           "entity_type = 'staff' AND entity_id = ?",
                           {added->id})
                     .toString(),
                 QStringLiteral("staff_add,staff_set_role,staff_disable,staff_enable"));

        // Settings and templates are the admin's.
        QString error;
        QVERIFY2(tryExec(as("admin"), "UPDATE settings SET value = value WHERE key LIKE 'mail/%'",
                         {}, &error),
                 qPrintable(error));
        QVERIFY(!tryExec(as("lead"), "UPDATE settings SET value = value WHERE key LIKE 'mail/%'"));
    }
};

QTEST_GUILESS_MAIN(TestSecurityRoles)
#include "tst_securityroles.moc"
