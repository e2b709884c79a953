// What an agent cannot do on a shared deployment, tried from the agent's own database login with
// plain SQL, as a staff member with psql would: every attempt is refused and changes nothing.
// Values an agent may write but not choose (who, when) are the session's, whatever was sent, and
// a change made around the app still gets its audit row. Needs the PostgreSQL of tests/run.sh.
#include "AccountFixtures.h"
#include "Fixtures.h"
#include "SecurityFixture.h"
#include "db/Database.h"
#include "mail/TemplateStore.h"
#include "tickets/Lifecycle.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;
    qint64 lockedAccount = 0;
    qint64 activeAccount = 0;
    qint64 escalated = 0;
    qint64 closed = 0;
    qint64 open = 0;
    qint64 outboxId = 0;
    qint64 requestId = 0;

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
        QSqlDatabase &db = f->admin();
        configureMail(db);
        QVERIFY(TemplateStore(db).seedMissing(nowMs()).ok());
        AccountRow locked = accountRow(QStringLiteral("locked@example.com"), QStringLiteral("Lu"));
        locked.status = QStringLiteral("locked");
        locked.lockKind = QStringLiteral("security");
        locked.lockReason = QStringLiteral("takeover reported");
        locked.lockedBy = f->login(QStringLiteral("lead"));
        lockedAccount = addAccount(db, locked);
        activeAccount = addAccount(db, AccountRow{});
        TicketRow row;
        row.status = QStringLiteral("escalated");
        escalated = addTicket(db, row);
        row.status = QStringLiteral("closed");
        closed = addTicket(db, row);
        row.status = QStringLiteral("open");
        open = addTicket(db, row);
        addEvent(db, open, nowMs(), QStringLiteral("note"), QStringLiteral("a note"),
                 f->staff(QStringLiteral("agent")).id);
        outboxId = f->scalar(QStringLiteral("INSERT INTO outbox (to_address, subject, text_body, "
                                            "message_id, next_attempt_at, created_at) VALUES "
                                            "('pat@example.com', 'Your ticket', 'Hello', "
                                            "'<m1@example.org>', 0, 0) RETURNING id"))
                       .toLongLong();
        requestId = f->scalar(QStringLiteral("INSERT INTO account_unlock_requests (account_id, "
                                             "requested_by, requested_at, reason) VALUES (?, ?, "
                                             "?, 'customer verified') RETURNING id"),
                              {lockedAccount, f->staff(QStringLiteral("agent")).id, nowMs()})
                        .toLongLong();
        QVERIFY(tryExec(db, QStringLiteral("INSERT INTO audit_log (at, actor, entity_type, "
                                           "entity_id, action) VALUES (1, 'seed', 'ticket', 1, "
                                           "'seed')")));
    }

    void cleanupTestCase() { f.reset(); }

    // ---- Refused, and nothing changed ------------------------------------------------------

    void agentIsRefused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("tables");
        const QStringList audit{"audit_log"};
        const QStringList events{"ticket_events"};
        const QStringList tickets{"tickets", "ticket_events", "audit_log"};
        const QStringList accounts{"accounts", "account_unlock_requests", "audit_log"};
        const QStringList outbox{"outbox", "audit_log"};
        const QStringList staff{"staff", "audit_log"};
        auto row = [](const char *name, const QString &sql, const QStringList &tables) {
            QTest::newRow(name) << sql << tables;
        };
        // The audit log.
        row("delete audit", "DELETE FROM audit_log", audit);
        row("rewrite audit", "UPDATE audit_log SET action = 'nothing', actor = 'someone'", audit);
        row("truncate audit", "TRUNCATE audit_log", audit);
        row("disable audit trigger", "ALTER TABLE audit_log DISABLE TRIGGER ALL", audit);
        row("drop audit", "DROP TABLE audit_log", audit);
        // The timeline.
        row("rewrite event", "UPDATE ticket_events SET body = 'rewritten'", events);
        row("re-date event", "UPDATE ticket_events SET at = 0", events);
        row("delete event", "DELETE FROM ticket_events", events);
        row("truncate events", "TRUNCATE ticket_events", events);
        // Staff and their roles.
        row("make self admin",
            QString("UPDATE staff SET role = 'admin' WHERE login = '%1'").arg(f->login("agent")),
            staff);
        row("add staff row",
            "INSERT INTO staff (login, display_name, email, role) VALUES "
            "('mallory', 'M', 'm@x', 'admin')",
            staff);
        row("staff_add", "SELECT helpdesk.staff_add('mallory', 'M', 'm@x', 'admin', NULL)", staff);
        row("set own role",
            QString("SELECT helpdesk.staff_set_role('%1', 'admin')").arg(f->login("agent")), staff);
        row("grant admin group", QString("GRANT helpdesk_admin TO %1").arg(f->login("agent")),
            staff);
        row("set role lead", "SET ROLE helpdesk_lead", staff);
        row("set role admin", "SET ROLE helpdesk_admin", staff);
        row("set role owner", "SET ROLE helpdesk_owner", staff);
        row("set session authorization", "SET SESSION AUTHORIZATION postgres", staff);
        // Settings and templates.
        row("change relay",
            "UPDATE settings SET value = 'mail.evil.example' WHERE key LIKE "
            "'mail/%'",
            {"settings"});
        row("portal address",
            "INSERT INTO settings (key, value) VALUES "
            "('accounts/portal_url', 'https://evil.example') ON CONFLICT (key) "
            "DO UPDATE SET value = excluded.value",
            {"settings"});
        row("edit template", "UPDATE templates SET text_body = 'Send your password to me'",
            {"templates"});
        // Accounts.
        row("lift security lock",
            QString("UPDATE accounts SET status = 'active' WHERE id = %1").arg(lockedAccount),
            accounts);
        row("relabel security lock",
            QString("UPDATE accounts SET lock_kind = 'failed_sign_ins', locked_by = 'system', "
                    "failed_login_count = 9 WHERE id = %1")
                .arg(lockedAccount),
            accounts);
        row("approve unlock as agent",
            QString("UPDATE account_unlock_requests SET status = 'approved' WHERE id = %1")
                .arg(requestId),
            accounts);
        row("forge approver",
            QString("UPDATE account_unlock_requests SET status = 'approved', decided_by = %1 "
                    "WHERE id = %2")
                .arg(f->staff("lead").id)
                .arg(requestId),
            accounts);
        // Tickets: the lead-only moves.
        row("de-escalate",
            QString("UPDATE tickets SET status = 'open' WHERE id = %1").arg(escalated), tickets);
        row("reopen closed",
            QString("UPDATE tickets SET status = 'open' WHERE id = %1").arg(closed), tickets);
        row("closed to resolved",
            QString("UPDATE tickets SET status = 'resolved' WHERE id = %1").arg(closed), tickets);
        row("delete ticket", QString("DELETE FROM tickets WHERE id = %1").arg(open), tickets);
        row("disable ticket rule", "ALTER TABLE tickets DISABLE TRIGGER tickets_transition_guard",
            tickets);
        row("drop lifecycle", "DELETE FROM lifecycle_transitions", {"lifecycle_transitions"});
        // Queued mail.
        row("redirect mail",
            QString("UPDATE outbox SET to_address = 'mallory@evil.example' WHERE id = %1")
                .arg(outboxId),
            outbox);
        row("rewrite mail",
            QString("UPDATE outbox SET text_body = 'Click http://evil.example' WHERE id = %1")
                .arg(outboxId),
            outbox);
        row("mark sent unsent",
            QString("UPDATE outbox SET status = 'sent' WHERE id = %1").arg(outboxId), outbox);
        row("delete mail", QString("DELETE FROM outbox WHERE id = %1").arg(outboxId), outbox);
        // Links.
        row("read links", "SELECT * FROM outbox_secrets", {"outbox_secrets"});
        row("own token",
            QString("INSERT INTO account_tokens (account_id, kind, token_sha256, issued_at, "
                    "expires_at) VALUES (%1, 'reset', encode(sha256('mine'::bytea), 'hex'), 0, "
                    "9999999999999)")
                .arg(activeAccount),
            {"account_tokens"});
        row("mint into another mail",
            QString("SELECT helpdesk.mint_link(%1, 'reset', NULL, %2, 60)")
                .arg(lockedAccount)
                .arg(outboxId),
            {"account_tokens", "outbox_secrets", "outbox"});
        row("redeem", "UPDATE account_tokens SET used_at = 1", {"account_tokens"});
        row("disable secrets rls", "ALTER TABLE outbox_secrets NO FORCE ROW LEVEL SECURITY",
            {"outbox_secrets"});
        // Objects of one's own.
        row("create function",
            "CREATE FUNCTION public.mine() RETURNS int LANGUAGE sql AS "
            "'SELECT 1'",
            audit);
        row("create helper function",
            "CREATE FUNCTION helpdesk.mine() RETURNS int LANGUAGE sql "
            "AS 'SELECT 1'",
            audit);
        row("create temp table", "CREATE TEMP TABLE mine (x int)", audit);
        row("create table", "CREATE TABLE public.mine (x int)", audit);
    }
    void agentIsRefused()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, tables);
        QHash<QString, QString> before;
        for (const QString &t : tables)
            before.insert(t, f->fingerprint(t));
        QString error;
        QVERIFY2(!tryExec(f->as(QStringLiteral("agent")), sql, {}, &error),
                 qPrintable("the agent was allowed: " + sql));
        // 42501: insufficient privilege (the database's, or the rules' own refusal).
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        qInfo("refused: %s", qPrintable(error));
        for (const QString &t : tables)
            QVERIFY2(f->fingerprint(t) == before.value(t), qPrintable(t + " changed"));
    }

    // ---- Written, but with the session's who and when ---------------------------------------

    void forgedActorsAreReplaced()
    {
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        const qint64 agentId = f->staff(QStringLiteral("agent")).id;
        const qint64 leadId = f->staff(QStringLiteral("lead")).id;
        const qint64 before = nowMs() - 5000;

        QVERIFY(tryExec(agent,
                        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, "
                                       "kind, body) VALUES (?, 0, ?, 'note', 'forged')"),
                        {open, leadId}));
        QCOMPARE(f->scalar("SELECT staff_id FROM ticket_events WHERE body = 'forged'").toLongLong(),
                 agentId);
        QVERIFY(f->scalar("SELECT at FROM ticket_events WHERE body = 'forged'").toLongLong() >=
                before);

        QVERIFY(tryExec(agent,
                        QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, "
                                       "entity_type, entity_id, action) VALUES (0, ?, "
                                       "'lead', 'ticket', 1, 'forged')"),
                        {leadId}));
        QCOMPARE(f->scalar("SELECT actor FROM audit_log WHERE action = 'forged'").toString(),
                 f->login(QStringLiteral("agent")));
        QCOMPARE(f->scalar("SELECT staff_id FROM audit_log WHERE action = 'forged'").toLongLong(),
                 agentId);
        QVERIFY(f->scalar("SELECT at FROM audit_log WHERE action = 'forged'").toLongLong() >=
                before);

        QVERIFY(tryExec(agent,
                        QStringLiteral("INSERT INTO identity_checks (ticket_id, account_id, "
                                       "method, passed, staff_id, at) VALUES (?, ?, "
                                       "'email_code', true, ?, 0)"),
                        {open, activeAccount, leadId}));
        QCOMPARE(f->scalar("SELECT staff_id FROM identity_checks").toLongLong(), agentId);
        QVERIFY(f->scalar("SELECT at FROM identity_checks").toLongLong() >= before);

        // An unlock request is always the session's own, and pending.
        QVERIFY(tryExec(agent,
                        QStringLiteral("INSERT INTO account_unlock_requests (account_id, "
                                       "requested_by, requested_at, status, decided_by) "
                                       "VALUES (?, ?, 0, 'approved', ?)"),
                        {activeAccount, leadId, leadId}));
        QCOMPARE(f->scalar("SELECT requested_by FROM account_unlock_requests WHERE account_id = ?",
                           {activeAccount})
                     .toLongLong(),
                 agentId);
        QCOMPARE(f->scalar("SELECT status FROM account_unlock_requests WHERE account_id = ?",
                           {activeAccount})
                     .toString(),
                 QStringLiteral("pending"));
    }

    void changesAroundTheAppAreAudited()
    {
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        const qint64 audits = f->scalar("SELECT COUNT(*) FROM audit_log").toLongLong();
        QVERIFY(tryExec(
            agent, QStringLiteral("UPDATE tickets SET subject = 'quietly' WHERE id = ?"), {open}));
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM audit_log").toLongLong(), audits + 1);
        QCOMPARE(f->scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").toString(),
                 QStringLiteral("unrecorded_update"));
        QCOMPARE(f->scalar("SELECT entity_id FROM audit_log ORDER BY id DESC LIMIT 1").toLongLong(),
                 open);
        QCOMPARE(f->scalar("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1").toString(),
                 f->login(QStringLiteral("agent")));

        // Cancelling a queued mail is allowed, and recorded.
        QVERIFY(tryExec(agent,
                        QStringLiteral("UPDATE outbox SET status = 'cancelled' WHERE id = ?"),
                        {outboxId}));
        QCOMPARE(f->scalar("SELECT entity_type || ':' || entity_id FROM audit_log ORDER BY id DESC "
                           "LIMIT 1")
                     .toString(),
                 QStringLiteral("outbox:%1").arg(outboxId));
        // ... and stays cancelled.
        QVERIFY(!tryExec(agent, QStringLiteral("UPDATE outbox SET status = 'queued' WHERE id = ?"),
                         {outboxId}));
    }

    // ---- One source for the lifecycle --------------------------------------------------------

    void lifecycleTableMatchesTheClient()
    {
        QSet<QString> client;
        for (const Lifecycle::Transition &t : Lifecycle::table()) {
            QStringList roles;
            for (StaffRole r : t.roles)
                roles << StaffRoles::key(r);
            roles.sort();
            client.insert(Vocabulary::key(t.from) + u'>' + Vocabulary::key(t.to) + u':' +
                          roles.join(u','));
        }
        QSet<QString> database;
        auto q = Database::exec(f->admin(), QStringLiteral("SELECT from_status, to_status, "
                                                           "array_to_string(ARRAY(SELECT unnest("
                                                           "roles) ORDER BY 1), ',') FROM "
                                                           "lifecycle_transitions"));
        QVERIFY(q.ok());
        while (q.value().next())
            database.insert(q.value().value(0).toString() + u'>' + q.value().value(1).toString() +
                            u':' + q.value().value(2).toString());
        QCOMPARE(database, client);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
