// The wizard with the real account actions plugged in (AccountFlowActions), on both dialects:
// the login flow sends a real reset or activation link (token, customer mail, timeline), the
// security flow locks the account and cannot send a new password until a lead lifted the lock
// (four-eyes), and the recovery flow's "verified" needs the identity checklist to have passed.

#include "AccountFixtures.h"
#include "TestDatabase.h"
#include "WizardScenarios.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountStore.h"
#include "accounts/TokenStore.h"
#include "troubleshooting/AccountFlowActions.h"
#include "troubleshooting/FlowRunner.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
struct Desk
{
    QSqlDatabase &db;
    FlowLibrary flows = shippedFlows();
    AccountFlowActions handler;
    qint64 now = kT0;

    explicit Desk(QSqlDatabase &database) : db(database) {}

    Result<FlowRun> answer(const Staff &actor, const FlowRun &run, const QString &outcome,
                           const QString &notes = {})
    {
        return FlowRunner(db, flows, actor, now += 1000, &handler)
            .answer(run.id, run.version, outcome, notes);
    }
    FlowRun mustAnswer(const Staff &actor, const FlowRun &run, const QString &outcome,
                       const QString &notes = {})
    {
        auto next = answer(actor, run, outcome, notes);
        if (!next)
            qFatal("answer %s at %s failed: %s", qPrintable(outcome), qPrintable(run.currentStep),
                   qPrintable(next.error().toString()));
        return next.value();
    }
    FlowRun start(const Staff &actor, qint64 ticketId, const QString &flow)
    {
        auto run = FlowRunner(db, flows, actor, now += 1000, &handler).start(ticketId, flow);
        if (!run)
            qFatal("start failed: %s", qPrintable(run.error().toString()));
        return run.value();
    }
    Account account(qint64 id) { return AccountStore(db).account(id).value(); }
    QList<TokenInfo> tokens(qint64 accountId)
    {
        return TokenStore(db).forAccount(accountId, now).value();
    }
};

qint64 accountOf(QSqlDatabase &db, const Ticket &ticket)
{
    return countRows(db, "SELECT account_id FROM tickets WHERE id = ?", {ticket.id});
}
} // namespace

class TestAccountFlowActions : public QObject
{
    Q_OBJECT
private slots:
    void loginFlowSendsTheRightLink_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("accountStatus");
        QTest::addColumn<QString>("tokenKind");
        QTest::addColumn<QString>("mailTemplate");
        for (const char *dialect : {"sqlite", "postgresql"}) {
            QTest::addRow("%s: active gets a reset link", dialect) << dialect << "active"
                                                                   << "reset"
                                                                   << "password_reset";
            QTest::addRow("%s: inactive gets an activation link", dialect) << dialect << "inactive"
                                                                           << "activation"
                                                                           << "account_activation";
            QTest::addRow("%s: pending gets an activation link", dialect)
                << dialect << "pending_activation"
                << "activation"
                << "account_activation";
        }
    }
    void loginFlowSendsTheRightLink()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, accountStatus);
        QFETCH(QString, tokenKind);
        QFETCH(QString, mailTemplate);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Desk desk(db);
        const Staff agent = makeStaff(db, "ana.agent", "Ana Agent");
        const Ticket ticket = openTicket(db, agent, TicketCategory::Login, accountStatus, desk.now);
        const qint64 accountId = accountOf(db, ticket);
        QVERIFY(accountId > 0);

        FlowRun run = desk.start(agent, ticket.id, "login_problem");
        for (int i = 0; i < 4; ++i) // browser, private window, cache, another device
            run = desk.mustAnswer(agent, run, "did_not_help");
        QCOMPARE(run.currentStep, QString("account_status"));
        run = desk.mustAnswer(agent, run, {}); // the runner reads the account's status
        run = desk.mustAnswer(agent, run, "done", "customer on the phone");
        QCOMPARE(run.currentStep, QString("link_result"));

        // The real link: one token of the right kind, issued by the agent, never stored raw.
        const QList<TokenInfo> tokens = desk.tokens(accountId);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(TokenKinds::key(tokens.first().kind), tokenKind);
        QCOMPARE(tokens.first().issuedById, std::optional<qint64>(agent.id));
        QCOMPARE(tokens.first().ticketId, std::optional<qint64>(ticket.id));
        // The customer's mails: the link, and the steps (email_steps) of the same step.
        QCOMPARE(countRows(db,
                           "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = ? "
                           "AND status = 'queued'",
                           {ticket.id, mailTemplate}),
                 1);
        QCOMPARE(countRows(db,
                           "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = "
                           "'login_troubleshooting'",
                           {ticket.id}),
                 1);
        QCOMPARE(countRows(db,
                           "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                           "'account_link_sent'",
                           {ticket.id}),
                 1);
        QCOMPARE(countRows(db, "SELECT COUNT(*) FROM tickets WHERE id = ? AND status = ?",
                           {ticket.id, QString("pending_customer")}),
                 1);
    }

    void securityFlowNeedsALeadBeforeANewPassword_data() { addDialectRows(); }
    void securityFlowNeedsALeadBeforeANewPassword()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Desk desk(db);
        const Staff agent = makeStaff(db, "ana.agent", "Ana Agent");
        const Staff lead = makeStaff(db, "lee.lead", "Lee Lead", StaffRole::Lead);
        const Ticket ticket = openTicket(db, agent, TicketCategory::Security, "active", desk.now);
        const qint64 accountId = accountOf(db, ticket);

        FlowRun run = desk.start(agent, ticket.id, "security_concern");
        run = desk.mustAnswer(agent, run, "done", "Sign-ins from an unknown country at night");
        Account locked = desk.account(accountId);
        QCOMPARE(locked.status, AccountStatus::Locked);
        QCOMPARE(locked.lockReason, QString("Sign-ins from an unknown country at night"));
        QCOMPARE(countRows(db, "SELECT COUNT(*) FROM outbox WHERE template_key = 'account_locked'"),
                 1);
        run = desk.mustAnswer(agent, run, "unknown_activity");
        run = desk.mustAnswer(agent, run, "done"); // revoke links
        QCOMPARE(run.currentStep, QString("lift_lock"));
        // The agent claims the lock is lifted, but it is not: the reset link is refused by the
        // account rules, and nothing of the step is recorded.
        run = desk.mustAnswer(agent, run, "unlocked");
        auto refused = desk.answer(agent, run, "done");
        QVERIFY(!refused);
        QVERIFY2(!refused.error().message.isEmpty(), "a refusal says why");
        QVERIFY(desk.tokens(accountId).isEmpty());
        QCOMPARE(FlowRunner(db, desk.flows, agent, desk.now).run(run.id).value().currentStep,
                 QString("reset_credentials"));

        // Four-eyes: identity checks, the agent's request, a lead's approval.
        AccountActions asAgent(db, agent, desk.now += 1000);
        QVERIFY(
            asAgent.recordVerification(ticket.id, accountId, VerificationMethod::EmailCode, true)
                .ok());
        QVERIFY(asAgent
                    .recordVerification(ticket.id, accountId,
                                        VerificationMethod::RegistrationDetails, true)
                    .ok());
        auto request =
            asAgent.requestUnlock(accountId, ticket.id, "Customer confirmed, cleaned up");
        QVERIFY2(request.ok(), qPrintable(request.ok() ? QString() : request.error().toString()));
        auto approved = AccountActions(db, lead, desk.now += 1000)
                            .approveUnlock(request.value().unlockRequest->id, "ok");
        QVERIFY2(approved.ok(),
                 qPrintable(approved.ok() ? QString() : approved.error().toString()));
        QCOMPARE(desk.account(accountId).status, AccountStatus::Active);

        run = FlowRunner(db, desk.flows, agent, desk.now).run(run.id).value();
        run = desk.mustAnswer(agent, run, "done");
        QCOMPARE(run.currentStep, QString("advise_mfa"));
        const QList<TokenInfo> tokens = desk.tokens(accountId);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().kind, TokenKind::Reset);
    }

    void recoveryVerifiedNeedsTheChecklist_data() { addDialectRows(); }
    void recoveryVerifiedNeedsTheChecklist()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Desk desk(db);
        const Staff agent = makeStaff(db, "ana.agent", "Ana Agent");
        const Ticket ticket = openTicket(db, agent, TicketCategory::Recovery, "active", desk.now);
        const qint64 accountId = accountOf(db, ticket);

        FlowRun run = desk.start(agent, ticket.id, "account_recovery");
        QCOMPARE(run.currentStep, QString("verify_identity"));
        auto refused = desk.answer(agent, run, "verified");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("checklist"),
                 qPrintable(refused.error().message));

        AccountActions asAgent(db, agent, desk.now += 1000);
        QVERIFY(
            asAgent.recordVerification(ticket.id, accountId, VerificationMethod::EmailCode, true)
                .ok());
        QVERIFY(
            asAgent
                .recordVerification(ticket.id, accountId, VerificationMethod::RecentActivity, true)
                .ok());
        run = FlowRunner(db, desk.flows, agent, desk.now).run(run.id).value();
        run = desk.mustAnswer(agent, run, "verified");
        QCOMPARE(run.currentStep, QString("email_access"));
    }

    void ticketWithoutAccountIsToldSo_data() { addDialectRows(); }
    void ticketWithoutAccountIsToldSo()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Desk desk(db);
        const Staff agent = makeStaff(db, "ana.agent", "Ana Agent");
        const Ticket ticket = openTicket(db, agent, TicketCategory::Security, {}, desk.now);
        FlowRun run = desk.start(agent, ticket.id, "security_concern");
        auto refused = desk.answer(agent, run, "done");
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("not linked to a customer account"),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAccountFlowActions)
#include "tst_accountflowactions.moc"
