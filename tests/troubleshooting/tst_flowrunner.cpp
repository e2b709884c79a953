// The flow runner on both dialects: every branch of the three shipped flows (answers in; the
// recorded steps, timeline events, audit rows, account actions, mails and the final ticket
// state out), pause and resume by another agent, concurrent agents, failed actions, the
// account check, "email these steps" and the funnel report.
#include "RecordingActionHandler.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "WizardScenarios.h"
#include "db/Database.h"
#include "mail/Outbox.h"
#include "mail/TemplateRenderer.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"
#include "troubleshooting/FlowRunText.h"
#include "troubleshooting/FlowRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;
constexpr qint64 kMinute = 60'000;

QJsonObject dataOf(const TicketEvent &e)
{
    return QJsonDocument::fromJson(e.data.toUtf8()).object();
}

QList<TicketEvent> eventsOf(QSqlDatabase &db, qint64 ticketId, const QString &kind)
{
    QList<TicketEvent> out;
    auto all = TicketStore(db).events(ticketId);
    if (!all)
        qFatal("events: %s", qPrintable(all.error().toString()));
    for (const TicketEvent &e : all.value())
        if (kind.isEmpty() || e.kind == kind)
            out << e;
    return out;
}

QStringList kindsOf(const QList<TicketEvent> &events)
{
    QStringList kinds;
    for (const TicketEvent &e : events)
        kinds << e.kind;
    return kinds;
}

QStringList pathOf(const FlowRun &run)
{
    QStringList path;
    for (const FlowRunStep &s : run.steps)
        path << s.stepId;
    return path;
}

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().toString()))
} // namespace

class TestFlowRunner : public QObject
{
    Q_OBJECT

    const FlowLibrary m_flows = shippedFlows();

    // A runner whose clock moves one minute per answer, so every answer has its own time.
    static TestClock clockAtNow() { return TestClock(kNow, kMinute); }

private slots:
    void branches_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("scenario");
        const auto scenarios = wizardScenarios();
        for (const QString dialect : {"sqlite", "postgresql"})
            for (int i = 0; i < scenarios.size(); ++i)
                QTest::newRow(qPrintable(dialect + ": " + scenarios.at(i).name)) << dialect << i;
    }
    void branches()
    {
        QFETCH(QString, dialect);
        QFETCH(int, scenario);
        const WizardScenario sc = wizardScenarios().at(scenario);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Flow *flow = m_flows.flow(sc.flow);
        QVERIFY(flow);
        const Ticket ticket = openTicket(db, maria, flow->category, sc.accountStatus, clock.now());
        RecordingActionHandler handler;

        // The flow is the one suggested for the ticket's category.
        auto started = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(started);
        QCOMPARE(started->flowId, sc.flow);
        FlowRun run = started.value();
        QStringList outcomes;
        QStringList notes;
        for (const QString &entry : sc.answers) {
            const QString outcome = entry.section(u':', 0, 0);
            const QString note = entry.section(u':', 1);
            outcomes << (outcome == "account" ? sc.accountStatus : outcome);
            notes << note;
            auto answered =
                FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                    .answer(run.id, run.version, outcome == "account" ? "" : outcome, note);
            QVERIFY2(answered.ok(),
                     qPrintable(entry + ": " + (answered ? "" : answered.error().toString())));
            QVERIFY(answered->version > run.version);
            run = answered.value();
        }
        if (sc.finish) {
            QCOMPARE(flow->step(run.currentStep)->kind, FlowStepKind::Terminal);
            auto finished = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                                .finish(run.id, run.version, "Told the customer.");
            VERIFY_OK(finished);
            run = finished.value();
            outcomes << "finished";
            notes << "Told the customer.";
        }

        // The run: the steps reached and the answers given, stored.
        auto stored = FlowRunner(db, m_flows, maria, clock.now()).run(run.id);
        VERIFY_OK(stored);
        run = stored.value();
        QCOMPARE(pathOf(run), sc.path);
        QCOMPARE(FlowRunStatuses::key(run.status), sc.runStatus);
        QCOMPARE(run.result, sc.result);
        QCOMPARE(run.resolvedStep, sc.resolvedStep);
        QCOMPARE(run.terminalStep, sc.finish ? sc.path.last() : QString());
        for (int i = 0; i < outcomes.size(); ++i) {
            const FlowRunStep &s = run.steps.at(i);
            QCOMPARE(s.outcome, outcomes.at(i));
            QCOMPARE(s.notes, notes.at(i));
            QCOMPARE(s.answeredBy, std::optional<qint64>(maria.id));
            QVERIFY(!s.outcomeLabel.isEmpty());
            if (i > 0)
                QVERIFY(s.answeredAt > run.steps.at(i - 1).answeredAt);
        }
        if (!sc.finish)
            QVERIFY(!run.steps.last().isAnswered());

        // The account actions, through the injected handler, with the ticket's account.
        QCOMPARE(handler.actions(), sc.accountActions);
        for (const auto &call : handler.calls()) {
            QCOMPARE(call.ticketId, ticket.id);
            QCOMPARE(call.accountId, ticket.accountId);
            QCOMPARE(call.runId, run.id);
            QCOMPARE(call.actor, QString("maria.k"));
            if (call.action == "verify_identity")
                QVERIFY(call.outcome == "verified" || call.outcome == "not_verified");
        }

        // The ticket.
        auto after = TicketStore(db).ticket(ticket.id);
        VERIFY_OK(after);
        QCOMPARE(Vocabulary::key(after->status), sc.ticketStatus);

        // One timeline event per answer, with its time and the answer as JSON; one audit row.
        const QList<TicketEvent> steps = eventsOf(db, ticket.id, "wizard_step");
        QCOMPARE(steps.size(), outcomes.size());
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject data = dataOf(steps.at(i));
            QCOMPARE(qint64(data.value("run").toDouble()), run.id);
            QCOMPARE(data.value("flow").toString(), sc.flow);
            QCOMPARE(data.value("step").toString(), sc.path.at(i));
            QCOMPARE(data.value("outcome").toString(), outcomes.at(i));
            QCOMPARE(data.value("notes").toString(), notes.at(i));
            QCOMPARE(steps.at(i).at, run.steps.at(i).answeredAt);
            QCOMPARE(steps.at(i).staffId, std::optional<qint64>(maria.id));
            QCOMPARE(run.steps.at(i).eventId, std::optional<qint64>(steps.at(i).id));
        }
        QCOMPARE(eventsOf(db, ticket.id, "wizard_started").size(), 1);
        QCOMPARE(countRows(db,
                           "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = "
                           "'wizard_step'",
                           {ticket.id}),
                 int(sc.answers.size()));
        QCOMPARE(countRows(db,
                           "SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action = "
                           "'wizard_finish'",
                           {ticket.id}),
                 sc.finish ? 1 : 0);

        // Steps emailed to the customer: queued with their own event, in one transaction.
        auto mails = Outbox::forTicket(db, ticket.id);
        VERIFY_OK(mails);
        QCOMPARE(int(mails->size()), sc.mails);
        const QList<TicketEvent> emailed = eventsOf(db, ticket.id, "wizard_email_steps");
        QCOMPARE(int(emailed.size()), sc.mails);
        for (int i = 0; i < sc.mails; ++i) {
            const OutboxEntry &mail = mails->at(i);
            QCOMPARE(mail.templateKey, QString("login_troubleshooting"));
            QCOMPARE(mail.to.address, ticket.requesterEmail);
            QCOMPARE(mail.status, OutboxStatus::Queued);
            QVERIFY(mail.subject.contains(ticketNumberText(ticket.id)));
            QVERIFY(mail.eventId.has_value());
            QVERIFY(std::any_of(emailed.begin(), emailed.end(),
                                [&](const TicketEvent &e) { return e.id == *mail.eventId; }));
            // The step that emailed them tells the customer what to do now.
            const QString step = dataOf(emailed.at(i)).value("step").toString();
            QVERIFY(mail.textBody.contains("1. " + flow->step(step)->customerText));
        }

        // An escalation carries every step tried and every note, for the lead.
        const QList<TicketEvent> escalations = eventsOf(db, ticket.id, "escalation");
        QCOMPARE(escalations.size(), sc.ticketStatus == "escalated" ? 1 : 0);
        if (!escalations.isEmpty()) {
            const QString summary = escalations.constFirst().body;
            QVERIFY(summary.contains(flow->title));
            for (const FlowRunStep &s : run.steps) {
                if (s.stepId == run.terminalStep)
                    continue;
                QVERIFY2(summary.contains(s.stepTitle), qPrintable(s.stepTitle + "\n" + summary));
                if (!s.notes.isEmpty())
                    QVERIFY2(summary.contains(s.notes), qPrintable(s.notes));
            }
            QVERIFY(summary.contains("Told the customer."));
            if (!sc.accountStatus.isEmpty() && sc.path.contains("account_status"))
                QVERIFY(summary.contains("Status read from the account: " + sc.accountStatus));
            QCOMPARE(after->escalationLevel, 1);
        }
    }

    void everyBranchIsCovered()
    {
        // Each (step, answer) edge of the shipped flows is walked by at least one scenario,
        // and every terminal step is reached.
        QSet<QString> walked;
        for (const WizardScenario &sc : wizardScenarios()) {
            for (int i = 0; i < sc.answers.size(); ++i) {
                QString outcome = sc.answers.at(i).section(u':', 0, 0);
                if (outcome == "account")
                    outcome = sc.accountStatus;
                walked << sc.flow + "/" + sc.path.at(i) + "/" + outcome;
            }
            walked << sc.flow + "/" + sc.path.last() + "/";
        }
        QStringList missing;
        for (const Flow &flow : m_flows.flows()) {
            for (const FlowStep &step : flow.steps) {
                if (step.kind == FlowStepKind::Terminal &&
                    !walked.contains(flow.id + "/" + step.id + "/"))
                    missing << flow.id + "/" + step.id;
                for (const FlowOutcome &o : step.outcomes)
                    if (!walked.contains(flow.id + "/" + step.id + "/" + o.key))
                        missing << flow.id + "/" + step.id + "/" + o.key;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
    }

    void pauseAndResumeByAnotherAgent_data() { addDialectRows(); }
    void pauseAndResumeByAnotherAgent()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        const Staff lena = makeStaff(db, "lena.v", "Lena Vogel");
        TestClock clock = clockAtNow();
        const Ticket ticket = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        RecordingActionHandler handler;

        auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);
        run = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                  .answer(run->id, run->version, "did_not_help", "Chrome: same error");
        VERIFY_OK(run);
        run = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                  .answer(run->id, run->version, "did_not_help");
        VERIFY_OK(run);
        const int seenByMaria = run->version;
        auto paused = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                          .pause(run->id, run->version, "Customer must ask their IT to clear it.");
        VERIFY_OK(paused);
        QCOMPARE(paused->status, FlowRunStatus::Paused);

        // Lena picks the ticket up later, on another connection (another client).
        QSqlDatabase other = tdb.openSecondConnection();
        auto open = FlowRunner(other, m_flows, lena, clock.tick(), &handler).openRun(ticket.id);
        VERIFY_OK(open);
        QVERIFY(open->has_value());
        FlowRun found = open->value();
        QCOMPARE(found.id, run->id);
        QCOMPARE(found.status, FlowRunStatus::Paused);
        QCOMPARE(found.currentStep, QString("clear_cache"));
        QCOMPARE(found.updatedByName, QString("Maria Keller"));
        QCOMPARE(pathOf(found), QStringList({"other_browser", "private_window", "clear_cache"}));
        QCOMPARE(found.steps.at(0).notes, QString("Chrome: same error"));

        auto notYet = FlowRunner(other, m_flows, lena, clock.tick(), &handler)
                          .answer(found.id, found.version, "resolved");
        QCOMPARE(notYet.error().code, Error::Code::InvalidInput);
        QVERIFY(notYet.error().message.contains("Maria Keller"));

        auto resumed = FlowRunner(other, m_flows, lena, clock.tick(), &handler)
                           .resume(found.id, found.version);
        VERIFY_OK(resumed);
        QCOMPARE(resumed->status, FlowRunStatus::Active);
        const QList<TicketEvent> resumes = eventsOf(db, ticket.id, "wizard_resumed");
        QCOMPARE(resumes.size(), 1);
        QVERIFY(resumes.constFirst().body.contains("Maria Keller"));
        QCOMPARE(resumes.constFirst().staffId, std::optional<qint64>(lena.id));

        // Maria's window is stale: she is told who moved on, nothing is overwritten.
        auto stale = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .answer(run->id, seenByMaria, "did_not_help");
        QCOMPARE(stale.error().code, Error::Code::Conflict);
        QVERIFY2(stale.error().message.contains("Lena Vogel"), qPrintable(stale.error().message));

        auto answered = FlowRunner(other, m_flows, lena, clock.tick(), &handler)
                            .answer(resumed->id, resumed->version, "resolved", "Worked after that");
        VERIFY_OK(answered);
        auto finished = FlowRunner(other, m_flows, lena, clock.tick(), &handler)
                            .finish(answered->id, answered->version);
        VERIFY_OK(finished);
        QCOMPARE(finished->status, FlowRunStatus::Finished);
        QCOMPARE(finished->resolvedStep, QString("clear_cache"));
        QCOMPARE(finished->steps.at(0).answeredBy, std::optional<qint64>(maria.id));
        QCOMPARE(finished->steps.at(2).answeredBy, std::optional<qint64>(lena.id));
        QCOMPARE(finished->steps.at(2).answeredByName, QString("Lena Vogel"));

        QCOMPARE(kindsOf(eventsOf(db, ticket.id, {})),
                 QStringList({"created", "assignment", "wizard_started", "wizard_step",
                              "wizard_step", "wizard_paused", "wizard_resumed", "wizard_step",
                              "status", "wizard_step"}));
        QCOMPARE(TicketStore(db).ticket(ticket.id)->status, TicketStatus::Resolved);
    }

    void closingMidwayKeepsWhatWasRecorded_data() { addDialectRows(); }
    void closingMidwayKeepsWhatWasRecorded()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket =
            openTicket(db, maria, TicketCategory::Security, "active", clock.now());
        RecordingActionHandler handler;
        auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);
        run = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                  .answer(run->id, run->version, "done", "Locked while on the phone");
        VERIFY_OK(run);
        QCOMPARE(handler.actions(), QStringList{"lock_account"});
        // The wizard is closed without pausing (or the app crashes): a new client sees it all.
        QSqlDatabase other = tdb.openSecondConnection();
        auto open = FlowRunner(other, m_flows, maria, clock.tick()).openRun(ticket.id);
        VERIFY_OK(open);
        QVERIFY(open->has_value());
        QCOMPARE(open->value().status, FlowRunStatus::Active);
        QCOMPARE(open->value().currentStep, QString("review_activity"));
        QCOMPARE(open->value().steps.constFirst().details.value("actions").toArray().size(), 1);

        // Abandoning ends it and keeps the record; a new run can start.
        auto abandoned = FlowRunner(other, m_flows, maria, clock.tick())
                             .abandon(run->id, run->version, "Customer hung up");
        VERIFY_OK(abandoned);
        QCOMPARE(abandoned->status, FlowRunStatus::Abandoned);
        QVERIFY(abandoned->finishedAt.isValid());
        QCOMPARE(abandoned->steps.size(), 2);
        auto none = FlowRunner(db, m_flows, maria, clock.tick()).openRun(ticket.id);
        VERIFY_OK(none);
        QVERIFY(!none->has_value());
        QCOMPARE(eventsOf(db, ticket.id, "wizard_abandoned")
                     .constFirst()
                     .body.contains("Customer hung up"),
                 true);
        auto again = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(again);
        auto all = FlowRunner(db, m_flows, maria, clock.tick()).runs(ticket.id);
        VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, again->id); // newest first
        QCOMPARE(all->at(1).status, FlowRunStatus::Abandoned);
        // An ended run takes no more answers.
        auto late = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                        .answer(abandoned->id, abandoned->version, "all_known");
        QCOMPARE(late.error().code, Error::Code::InvalidInput);
    }

    void twoAgentsOnTheSameStep_data() { addDialectRows(); }
    void twoAgentsOnTheSameStep()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        const Staff lena = makeStaff(db, "lena.v", "Lena Vogel");
        TestClock clock = clockAtNow();
        const Ticket ticket = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        RecordingActionHandler handler;
        auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);
        QSqlDatabase other = tdb.openSecondConnection();

        // Both see version 1; Maria answers first, Lena is told, and nothing is recorded twice.
        auto first = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .answer(run->id, run->version, "did_not_help");
        VERIFY_OK(first);
        auto second = FlowRunner(other, m_flows, lena, clock.tick(), &handler)
                          .answer(run->id, run->version, "resolved");
        QCOMPARE(second.error().code, Error::Code::Conflict);
        QVERIFY(second.error().message.contains("Maria Keller"));
        QCOMPARE(eventsOf(db, ticket.id, "wizard_step").size(), 1);

        // An action step being carried out by Maria is not answered by Lena at the same time.
        FlowRun current = first.value();
        for (int i = 0; i < 3; ++i) {
            auto next = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                            .answer(current.id, current.version, "did_not_help");
            VERIFY_OK(next);
            current = next.value();
        }
        auto atReset = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                           .answer(current.id, current.version, "");
        VERIFY_OK(atReset);
        QCOMPARE(atReset->currentStep, QString("send_reset"));
        auto claimed = FlowRunStore(db).claim(atReset->id, atReset->version, "maria.k",
                                              clock.tick(), clock.now() - 5 * kMinute);
        VERIFY_OK(claimed);
        QVERIFY(claimed.value());
        for (const QString answer : {"done", "skipped"}) {
            auto blocked = FlowRunner(other, m_flows, lena, clock.now() + 1, &handler)
                               .answer(atReset->id, atReset->version, answer);
            QCOMPARE(blocked.error().code, Error::Code::Conflict);
            QVERIFY2(blocked.error().message.contains("Maria Keller is carrying out"),
                     qPrintable(blocked.error().message));
        }
        QVERIFY(handler.actions().isEmpty());
        // A claim whose client died runs out.
        auto later = FlowRunner(other, m_flows, lena, clock.now() + 6 * kMinute, &handler)
                         .answer(atReset->id, atReset->version, "done");
        VERIFY_OK(later);
        QCOMPARE(handler.actions(), QStringList{"send_reset_link"});
        QVERIFY(later->claimedBy.isEmpty());
    }

    void oneOpenRunPerTicket_data() { addDialectRows(); }
    void oneOpenRunPerTicket()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket = openTicket(db, maria, TicketCategory::Other, {}, clock.now());
        // No flow is meant for "other": the agent must choose one.
        auto suggested = FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id);
        QCOMPARE(suggested.error().code, Error::Code::NotFound);
        auto unknown = FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id, "no_such");
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        auto chosen =
            FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id, "login_problem");
        VERIFY_OK(chosen);
        QSqlDatabase other = tdb.openSecondConnection();
        auto twice = FlowRunner(other, m_flows, maria, clock.tick()).start(ticket.id);
        QCOMPARE(twice.error().code, Error::Code::Conflict);
        auto twiceChosen =
            FlowRunner(other, m_flows, maria, clock.tick()).start(ticket.id, "security_concern");
        QCOMPARE(twiceChosen.error().code, Error::Code::Conflict);
        QCOMPARE(countRows(db, "SELECT COUNT(*) FROM troubleshooting_runs"), 1);

        // A resolved ticket is reopened before troubleshooting.
        TicketActions actions(db, maria, clock.tick());
        auto t = TicketStore(db).ticket(ticket.id);
        VERIFY_OK(actions.setStatus(t->id, t->version, TicketStatus::Resolved));
        VERIFY_OK(
            FlowRunner(db, m_flows, maria, clock.tick()).abandon(chosen->id, chosen->version));
        auto onResolved =
            FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id, "login_problem");
        QCOMPARE(onResolved.error().code, Error::Code::InvalidInput);
    }

    void accountCheck_data() { addDialectRows(); }
    void accountCheck()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        RecordingActionHandler handler;
        auto toAccountCheck = [&](const Ticket &t) {
            auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(t.id);
            for (int i = 0; run && i < 4; ++i)
                run = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                          .answer(run->id, run->version, "did_not_help");
            return run;
        };

        // No account linked: the agent looks the status up and says it.
        const Ticket loose = openTicket(db, maria, TicketCategory::Login, {}, clock.now());
        QVERIFY(!loose.accountId);
        auto run = toAccountCheck(loose);
        VERIFY_OK(run);
        QCOMPARE(run->currentStep, QString("account_status"));
        auto unknown = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                           .answer(run->id, run->version, "");
        QCOMPARE(unknown.error().code, Error::Code::InvalidInput);
        QVERIFY(unknown.error().message.contains("not linked to a customer account"));
        auto nonsense = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                            .answer(run->id, run->version, "banana");
        QCOMPARE(nonsense.error().code, Error::Code::InvalidInput);
        auto given = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .answer(run->id, run->version, "locked", "Admin tool shows a lock");
        VERIFY_OK(given);
        QCOMPARE(given->currentStep, QString("locked_identity"));
        const FlowRunStep &check = given->steps.at(4);
        QCOMPARE(check.details.value("account_status").toString(), QString("locked"));
        QCOMPARE(check.details.value("account_status_source").toString(), QString("agent"));
        QCOMPARE(dataOf(eventsOf(db, loose.id, "wizard_step").last())
                     .value("account_status_source")
                     .toString(),
                 QString("agent"));

        // Linked account: its status decides; a different status from the caller is refused.
        const Ticket linked = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        auto run2 = toAccountCheck(linked);
        VERIFY_OK(run2);
        auto wrong = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .answer(run2->id, run2->version, "inactive");
        QCOMPARE(wrong.error().code, Error::Code::Conflict);
        QVERIFY(wrong.error().message.contains("changed since you looked"));
        // The account changes while the agent looks: the branch follows the account.
        VERIFY_OK(Database::exec(db, "UPDATE accounts SET status = 'suspended' WHERE id = ?",
                                 {*linked.accountId}));
        auto read = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                        .answer(run2->id, run2->version, "");
        VERIFY_OK(read);
        QCOMPARE(read->currentStep, QString("suspended"));
        QCOMPARE(read->steps.at(4).outcome, QString("suspended"));
        QCOMPARE(read->steps.at(4).details.value("account_status_source").toString(),
                 QString("account"));

        // Answers a step does not have are refused with the choices.
        const Ticket third = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        auto run3 = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(third.id);
        VERIFY_OK(run3);
        auto bad = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                       .answer(run3->id, run3->version, "done");
        QCOMPARE(bad.error().code, Error::Code::InvalidInput);
        QVERIFY(bad.error().message.contains("Did not help"));
        auto early =
            FlowRunner(db, m_flows, maria, clock.tick(), &handler).finish(run3->id, run3->version);
        QCOMPARE(early.error().code, Error::Code::InvalidInput);
    }

    void failedActionIsRetriedWithoutRepeating_data() { addDialectRows(); }
    void failedActionIsRetriedWithoutRepeating()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket =
            openTicket(db, maria, TicketCategory::Recovery, "active", clock.now());
        RecordingActionHandler handler;
        auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);
        for (const QString answer : {"verified", "yes", ""}) {
            run = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                      .answer(run->id, run->version, answer);
            VERIFY_OK(run);
        }
        QCOMPARE(run->currentStep, QString("recovery_reset"));

        handler.failNext("send_reset_link", 1,
                         "Three reset links were sent in the last hour; wait before sending "
                         "another.");
        auto failed = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                          .answer(run->id, run->version, "done");
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().message.contains("Three reset links"));
        QVERIFY2(failed.error().message.contains("Cancel the account's outstanding links"),
                 qPrintable(failed.error().message));
        // Nothing answered, the ticket untouched, the run still at the step.
        auto now = FlowRunner(db, m_flows, maria, clock.tick()).run(run->id);
        VERIFY_OK(now);
        QCOMPARE(now->currentStep, QString("recovery_reset"));
        QCOMPARE(now->version, run->version);
        QCOMPARE(now->stepActions.size(), 1);
        QVERIFY(now->claimedBy.isEmpty());
        QCOMPARE(eventsOf(db, ticket.id, "wizard_step").size(), 3);
        QCOMPARE(TicketStore(db).ticket(ticket.id)->status, TicketStatus::Open);
        QCOMPARE(handler.actions(), QStringList({"verify_identity", "revoke_tokens"}));

        // Trying again performs only what is left.
        auto retried = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                           .answer(run->id, run->version, "done");
        VERIFY_OK(retried);
        QCOMPARE(handler.actions(),
                 QStringList({"verify_identity", "revoke_tokens", "send_reset_link"}));
        QCOMPARE(retried->currentStep, QString("follow_up"));
        QCOMPARE(TicketStore(db).ticket(ticket.id)->status, TicketStatus::PendingCustomer);
        const QJsonArray actions = retried->steps.at(3).details.value("actions").toArray();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(2).toObject().value("action").toString(),
                 QString("set_pending_customer"));
        QVERIFY(retried->stepActions.isEmpty());
    }

    void withoutAccountActions_data() { addDialectRows(); }
    void withoutAccountActions()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket =
            openTicket(db, maria, TicketCategory::Security, "active", clock.now());
        auto run = FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id);
        VERIFY_OK(run);
        auto refused =
            FlowRunner(db, m_flows, maria, clock.tick()).answer(run->id, run->version, "done");
        QCOMPARE(refused.error().code, Error::Code::Unavailable);
        auto skipped = FlowRunner(db, m_flows, maria, clock.tick())
                           .answer(run->id, run->version, "skipped", "Locked it in the admin tool");
        VERIFY_OK(skipped);
        QCOMPARE(skipped->currentStep, QString("review_activity"));
    }

    void emailStepsStillToTry_data() { addDialectRows(); }
    void emailStepsStillToTry()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        RecordingActionHandler handler;
        const Flow *login = m_flows.flow("login_problem");
        auto run = FlowRunner(db, m_flows, maria, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);

        // From the start: the four browser and device steps, in the runbook's order.
        auto mailed = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                          .emailSteps(run->id, run->version);
        VERIFY_OK(mailed);
        QCOMPARE(mailed->version, run->version); // the run did not move
        auto mails = Outbox::forTicket(db, ticket.id);
        VERIFY_OK(mails);
        QCOMPARE(mails->size(), 1);
        const OutboxEntry mail = mails->constFirst();
        QCOMPARE(mail.to.address, ticket.requesterEmail);
        qsizetype at = 0;
        int n = 0;
        for (const QString id :
             {"other_browser", "private_window", "clear_cache", "other_device"}) {
            const QString line = QString("%1. %2").arg(++n).arg(login->step(id)->customerText);
            const qsizetype found = mail.textBody.indexOf(line, at);
            QVERIFY2(found >= at, qPrintable(line + "\n---\n" + mail.textBody));
            at = found;
            QVERIFY(mail.htmlBody.contains(TemplateRenderer::htmlValue(line).left(40)));
        }
        QVERIFY(!mail.textBody.contains("{{"));
        QVERIFY(mail.textBody.contains("Maria Keller"));
        const QList<TicketEvent> emailed = eventsOf(db, ticket.id, "wizard_email_steps");
        QCOMPARE(emailed.size(), 1);
        QCOMPARE(mail.eventId, std::optional<qint64>(emailed.constFirst().id));
        QCOMPARE(dataOf(emailed.constFirst()).value("steps").toArray().size(), 4);
        QCOMPARE(
            countRows(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'wizard_email_steps'"), 1);

        // Two steps further on, only what is left.
        auto moved = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .answer(mailed->id, mailed->version, "did_not_help");
        VERIFY_OK(moved);
        moved = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                    .answer(moved->id, moved->version, "could_not_try");
        VERIFY_OK(moved);
        auto again = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                         .emailSteps(moved->id, moved->version);
        VERIFY_OK(again);
        mails = Outbox::forTicket(db, ticket.id);
        const OutboxEntry second = mails->at(0).id > mails->at(1).id ? mails->at(0) : mails->at(1);
        QVERIFY(second.textBody.contains("1. " + login->step("clear_cache")->customerText));
        QVERIFY(second.textBody.contains("2. " + login->step("other_device")->customerText));
        QVERIFY(!second.textBody.contains(login->step("other_browser")->customerText));
        QCOMPARE(again->steps.last().details.value("emailed").toArray().size(), 1);

        // At the account check there is nothing for the customer to try.
        auto toCheck = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                           .answer(again->id, again->version, "did_not_help");
        VERIFY_OK(toCheck);
        toCheck = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                      .answer(toCheck->id, toCheck->version, "did_not_help");
        VERIFY_OK(toCheck);
        QCOMPARE(toCheck->currentStep, QString("account_status"));
        auto nothing = FlowRunner(db, m_flows, maria, clock.tick(), &handler)
                           .emailSteps(toCheck->id, toCheck->version);
        QCOMPARE(nothing.error().code, Error::Code::InvalidInput);
        QCOMPARE(Outbox::forTicket(db, ticket.id)->size(), 2);

        // The escalation later says where the steps were emailed.
        const QString summary = FlowRunText::escalationSummary(toCheck.value(), login);
        QCOMPARE(summary.count("emailed to the customer"), 2);
    }

    // The escalation at the end of a run has no steps to try, but its text for the customer is
    // emailed like the steps: as a reply on the ticket, with the agent's name once.
    void emailTheEscalationText_data() { addDialectRows(); }
    void emailTheEscalationText()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        VERIFY_OK(Database::exec(db, "UPDATE staff SET signature = ? WHERE id = ?",
                                 {"Maria Keller\nAccount Support", maria.id}));
        Staff signing = maria;
        signing.signature = "Maria Keller\nAccount Support";
        TestClock clock = clockAtNow();
        const Ticket ticket =
            openTicket(db, maria, TicketCategory::Login, "suspended", clock.now());
        RecordingActionHandler handler;
        const Flow *login = m_flows.flow("login_problem");
        auto run = FlowRunner(db, m_flows, signing, clock.tick(), &handler).start(ticket.id);
        VERIFY_OK(run);
        for (int i = 0; i < 5 && run->currentStep != "suspended"; ++i) {
            run = FlowRunner(db, m_flows, signing, clock.tick(), &handler)
                      .answer(run->id, run->version,
                              run->currentStep == "account_status" ? "" : "did_not_help");
            VERIFY_OK(run);
        }
        QCOMPARE(run->currentStep, QString("suspended"));
        const QString text = login->step("suspended")->customerText;

        auto mailed = FlowRunner(db, m_flows, signing, clock.tick(), &handler)
                          .emailSteps(run->id, run->version);
        VERIFY_OK(mailed);
        auto mails = Outbox::forTicket(db, ticket.id);
        VERIFY_OK(mails);
        QCOMPARE(mails->size(), 1);
        const OutboxEntry mail = mails->constFirst();
        QCOMPARE(mail.templateKey, TemplateKeys::TicketReply);
        QVERIFY2(mail.textBody.contains(text), qPrintable(mail.textBody));
        QVERIFY(mail.htmlBody.contains(TemplateRenderer::htmlValue(text).left(40)));
        QCOMPARE(mail.textBody.count("Maria Keller"), 1);
        QVERIFY(!mail.textBody.contains("{{"));
        const QList<TicketEvent> emailed = eventsOf(db, ticket.id, "wizard_email_steps");
        QCOMPARE(emailed.size(), 1);
        QVERIFY(dataOf(emailed.constFirst()).value("message").toBool());

        // Finishing then escalates as before.
        auto finished = FlowRunner(db, m_flows, signing, clock.tick(), &handler)
                            .finish(mailed->id, mailed->version);
        VERIFY_OK(finished);
        QCOMPARE(TicketStore(db).ticket(ticket.id)->status, TicketStatus::Escalated);
        QCOMPARE(Outbox::forTicket(db, ticket.id)->size(), 1);
    }

    void funnel_data() { addDialectRows(); }
    void funnel()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        RecordingActionHandler handler;
        constexpr qint64 kHour = 60 * kMinute;
        // One run per ticket, each started an hour after the previous one.
        struct Walk
        {
            QStringList answers;
            QString end; // "finish", "pause", "abandon" or "" (left open)
            QString flow = "login_problem";
        };
        const QList<Walk> walks = {
            {{"resolved"}, "finish"},
            {{"did_not_help", "resolved"}, "finish"},
            {{"did_not_help", "did_not_help", "resolved"}, "finish"},
            {{"resolved"}, "finish"},
            {{"did_not_help", "did_not_help", "did_not_help", "did_not_help", "", "done",
              "did_not_help"},
             "finish"},
            {{"did_not_help"}, "pause"},
            {{"could_not_try"}, "abandon"},
            {{"done", "could_not_review"}, "finish", "security_concern"},
        };
        qint64 start = kNow;
        for (const Walk &walk : walks) {
            start += kHour;
            qint64 now = start;
            const TicketCategory category = m_flows.flow(walk.flow)->category;
            const Ticket t = openTicket(db, maria, category, "active", now);
            auto run = FlowRunner(db, m_flows, maria, ++now, &handler).start(t.id);
            VERIFY_OK(run);
            for (const QString &answer : walk.answers) {
                run = FlowRunner(db, m_flows, maria, ++now, &handler)
                          .answer(run->id, run->version, answer);
                VERIFY_OK(run);
            }
            FlowRunner last(db, m_flows, maria, ++now, &handler);
            if (walk.end == "finish")
                run = last.finish(run->id, run->version);
            else if (walk.end == "pause")
                run = last.pause(run->id, run->version);
            else if (walk.end == "abandon")
                run = last.abandon(run->id, run->version);
            VERIFY_OK(run);
        }

        auto funnel = FlowRunner(db, m_flows, maria, start).funnel("login_problem");
        VERIFY_OK(funnel);
        QCOMPARE(funnel->runs, 7);
        QCOMPARE(funnel->open, 1);
        QCOMPARE(funnel->finished, 5);
        QCOMPARE(funnel->abandoned, 1);
        QCOMPARE(funnel->resolved, 4);
        QCOMPARE(funnel->escalated, 1);
        QCOMPARE(funnel->pendingCustomer, 0);
        // Steps in the flow's order, including those no run reached.
        QStringList order;
        for (const FlowFunnelStep &s : funnel->steps)
            order << s.stepId;
        QStringList flowOrder;
        for (const FlowStep &s : m_flows.flow("login_problem")->steps)
            flowOrder << s.id;
        QCOMPARE(order, flowOrder);

        const QList<std::tuple<QString, qint64, qint64>> expected = {
            // step, runs that reached it, runs it resolved
            {"other_browser", 7, 2}, {"private_window", 5, 1},  {"clear_cache", 2, 1},
            {"other_device", 1, 0},  {"account_status", 1, 0},  {"send_reset", 1, 0},
            {"link_result", 1, 0},   {"solved", 4, 0},          {"escalate", 1, 0},
            {"suspended", 0, 0},     {"send_activation", 0, 0},
        };
        for (const auto &[step, reached, resolved] : expected) {
            const FlowFunnelStep *s = funnel->step(step);
            QVERIFY2(s, qPrintable(step));
            QCOMPARE(s->reached, reached);
            QCOMPARE(s->resolvedHere, resolved);
        }
        const FlowFunnelStep *first = funnel->step("other_browser");
        QCOMPARE(first->answered, 7);
        QCOMPARE(first->outcomes.constFirst(), (QPair<QString, qint64>("did_not_help", 4)));
        QVERIFY(first->outcomes.contains(QPair<QString, qint64>("resolved", 2)));
        QVERIFY(first->outcomes.contains(QPair<QString, qint64>("could_not_try", 1)));
        QCOMPARE(funnel->step("account_status")->outcomes,
                 (QList<QPair<QString, qint64>>{{"active", 1}}));
        QCOMPARE(funnel->step("solved")->outcomes,
                 (QList<QPair<QString, qint64>>{{"finished", 4}}));

        // A time window: the first three runs only.
        auto window = FlowRunStore(db).funnel("login_problem", m_flows.flow("login_problem"),
                                              kNow + kHour, kNow + 3 * kHour + 2);
        VERIFY_OK(window);
        QCOMPARE(window->runs, 3);
        QCOMPARE(window->resolved, 3);
        QCOMPARE(window->step("private_window")->reached, 2);
        QCOMPARE(window->step("private_window")->resolvedHere, 1);

        // The other flow is counted on its own.
        auto security = FlowRunStore(db).funnel("security_concern");
        VERIFY_OK(security);
        QCOMPARE(security->runs, 1);
        QCOMPARE(security->escalated, 1);
        QCOMPARE(security->step("review_activity")->reached, 1);
    }

    void flowRemovedOrChanged_data() { addDialectRows(); }
    void flowRemovedOrChanged()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = makeStaff(db, "maria.k", "Maria Keller");
        TestClock clock = clockAtNow();
        const Ticket ticket = openTicket(db, maria, TicketCategory::Login, "active", clock.now());
        auto run = FlowRunner(db, m_flows, maria, clock.tick()).start(ticket.id);
        VERIFY_OK(run);
        run = FlowRunner(db, m_flows, maria, clock.tick())
                  .answer(run->id, run->version, "did_not_help");
        VERIFY_OK(run);

        // An admin replaced the flow with a version that no longer has the current step.
        Flow changed = *m_flows.flow("login_problem");
        changed.version = 2;
        changed.steps.removeIf([](const FlowStep &s) { return s.id == "private_window"; });
        const FlowLibrary edited(QList<Flow>{changed});
        auto gone =
            FlowRunner(db, edited, maria, clock.tick()).answer(run->id, run->version, "resolved");
        QCOMPARE(gone.error().code, Error::Code::NotFound);
        QVERIFY(gone.error().message.contains("version 1, now 2"));
        // Or removed it altogether: the run can still be abandoned.
        const FlowLibrary empty;
        auto missing =
            FlowRunner(db, empty, maria, clock.tick()).answer(run->id, run->version, "resolved");
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        auto abandoned = FlowRunner(db, empty, maria, clock.tick())
                             .abandon(run->id, run->version, "flow removed");
        VERIFY_OK(abandoned);
        QCOMPARE(abandoned->status, FlowRunStatus::Abandoned);
    }
};

QTEST_GUILESS_MAIN(TestFlowRunner)
#include "tst_flowrunner.moc"
