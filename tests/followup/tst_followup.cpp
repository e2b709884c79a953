// Follow-up surveys on both dialects (issue 17): the survey goes a configurable delay after
// Resolved, to the sampled share, at most once per customer per cooldown, never to staff
// addresses nor for tickets marked no-survey; reopening before it goes cancels it; the link works
// once and until it expires; opening it records nothing; a low score needs a comment and
// reopens the ticket for its assignee with the comment on the timeline; two clients running
// the due job at the same moment send each survey exactly once.

#include "FollowupFixtures.h"
#include "TestDatabase.h"
#include "accounts/AccountToken.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "followup/FollowupJob.h"
#include "followup/FollowupMonitor.h"
#include "followup/SurveyStore.h"
#include "reports/ReportQuery.h"
#include "tickets/TicketActions.h"

#include <QDateTime>
#include <QSemaphore>
#include <QTimeZone>

#include <QThread>
#include <QtTest>
#include <atomic>
#include <cmath>

using namespace helpdesk;
using namespace helpdesk::test;

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().toString()))

class TestFollowup : public QObject
{
    Q_OBJECT

private slots:
    void rulesArePure()
    {
        FollowupSettings s;
        SurveyCandidate c;
        c.ticketId = 7;
        c.email = QStringLiteral("pat@example.com");
        QCOMPARE(FollowupRules::decide(c, s), std::nullopt);
        c.recentlySurveyed = true;
        QCOMPARE(FollowupRules::decide(c, s), SkipReason::Cooldown);
        c.staffAddress = true;
        QCOMPARE(FollowupRules::decide(c, s), SkipReason::Staff);
        c.email = QStringLiteral("not an address");
        QCOMPARE(FollowupRules::decide(c, s), SkipReason::NoAddress);
        // Sampling is a fixed function of the ticket: the same on every run, about the share.
        int in = 0;
        for (qint64 id = 1; id <= 1000; ++id) {
            QCOMPARE(FollowupRules::sampled(id, 30), FollowupRules::sampled(id, 30));
            in += FollowupRules::sampled(id, 30) ? 1 : 0;
        }
        QVERIFY2(in > 250 && in < 350, qPrintable(QString::number(in)));
        QVERIFY(!FollowupRules::sampled(5, 0));
        QVERIFY(FollowupRules::sampled(5, 100));
        s.expiryDays = 0;
        QVERIFY(!s.validate());
        s.expiryDays = 14;
        s.surveyUrl = QStringLiteral("http://insecure.example.com/s");
        QVERIFY(!s.validate());
    }

    void delay_data() { addDialectRows(); }
    void delay()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const qint64 id = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0);
        QVERIFY(id > 0);

        // The default delay is 24 hours: nothing a minute before, one mail after.
        auto early = runJob(db, kT0 + kDay - 60'000);
        VERIFY_OK(early);
        QCOMPARE(early->queued, 0);
        QCOMPARE(surveyMails(db), 0);
        auto due = runJob(db, kT0 + kDay);
        VERIFY_OK(due);
        QCOMPARE(due->queued, 1);
        QCOMPARE(surveyMails(db, id), 1);
        QCOMPARE(one(db,
                     QStringLiteral("SELECT to_address FROM outbox WHERE ticket_id = ? AND "
                                    "template_key = 'resolution_follow_up'"),
                     {id})
                     .toString(),
                 QStringLiteral("pat@example.com"));
        const QString token = surveyToken(db, id);
        QCOMPARE(token.size(), 43);
        // Only the token's hash is stored; the timeline and the audit log never hold it.
        QCOMPARE(one(db, QStringLiteral("SELECT token_sha256 FROM survey_tokens")).toString(),
                 OneTimeToken::sha256Hex(token));
        QCOMPARE(one(db,
                     QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE body LIKE ? OR "
                                    "data LIKE ?"),
                     {QString(u'%' + token + u'%'), QString(u'%' + token + u'%')})
                     .toInt(),
                 0);
        QCOMPARE(one(db,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE ? OR "
                                    "details LIKE ?"),
                     {QString(u'%' + token + u'%'), OneTimeToken::sha256Hex(token)})
                     .toInt(),
                 0);
        QCOMPARE(one(db,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND "
                                    "action = 'survey_sent'"),
                     {id})
                     .toInt(),
                 1);
        // Running again sends nothing more.
        auto again = runJob(db, kT0 + kDay + kHour);
        VERIFY_OK(again);
        QCOMPARE(again->queued, 0);
        QCOMPARE(surveyMails(db), 1);

        // A delay from the settings: 2 hours.
        setSetting(db, QStringLiteral("followup/delay_hours"), QStringLiteral("2"));
        const qint64 id2 =
            resolvedTicket(db, agent, QStringLiteral("kim@example.com"), kT0 + 2 * kDay);
        VERIFY_OK(runJob(db, kT0 + 2 * kDay + kHour));
        QCOMPARE(surveyMails(db, id2), 0);
        VERIFY_OK(runJob(db, kT0 + 2 * kDay + 2 * kHour));
        QCOMPARE(surveyMails(db, id2), 1);
    }

    void sampling_data() { addDialectRows(); }
    void sampling()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        setSetting(db, QStringLiteral("followup/sample_percent"), QStringLiteral("40"));
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i)
            ids << resolvedTicket(db, agent, QStringLiteral("c%1@example.com").arg(i), kT0 + i);
        VERIFY_OK(runJob(db, kT0 + 2 * kDay));
        int expected = 0;
        for (qint64 id : ids) {
            const bool in = FollowupRules::sampled(id, 40);
            expected += in ? 1 : 0;
            QCOMPARE(surveyMails(db, id), in ? 1 : 0);
            QCOMPARE(
                one(db, QStringLiteral("SELECT skip_reason FROM surveys WHERE ticket_id = ?"), {id})
                    .toString(),
                in ? QString() : QStringLiteral("sampling"));
        }
        QVERIFY(expected > 0 && expected < 30);
        QCOMPARE(surveyMails(db), expected);
    }

    void cooldownStaffAndNoSurvey_data() { addDialectRows(); }
    void cooldownStaffAndNoSurvey()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        setSetting(db, QStringLiteral("followup/cooldown_days"), QStringLiteral("10"));
        const qint64 first = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0);
        const qint64 second =
            resolvedTicket(db, agent, QStringLiteral("PAT@example.com"), kT0 + kHour);
        VERIFY_OK(runJob(db, kT0 + 2 * kDay));
        QCOMPARE(surveyMails(db, first), 1);
        QCOMPARE(surveyMails(db, second), 0);
        QCOMPARE(
            one(db, QStringLiteral("SELECT skip_reason FROM surveys WHERE ticket_id = ?"), {second})
                .toString(),
            QStringLiteral("cooldown"));
        // After the cooldown the customer is asked again.
        const qint64 third =
            resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0 + 11 * kDay);
        VERIFY_OK(runJob(db, kT0 + 13 * kDay));
        QCOMPARE(surveyMails(db, third), 1);

        // A staff member's own address is never asked.
        const qint64 staffTicket =
            resolvedTicket(db, agent, QStringLiteral("ANN@support.example.com"), kT0 + 20 * kDay);
        QCOMPARE(one(db, QStringLiteral("SELECT email FROM staff WHERE login = 'ann'")).toString(),
                 QStringLiteral("ann@support.example.com"));
        // A ticket marked no-survey before its survey is due is never asked either.
        const qint64 quiet =
            resolvedTicket(db, agent, QStringLiteral("quiet@example.com"), kT0 + 20 * kDay);
        VERIFY_OK(FollowupJob(db, QStringLiteral("ann"), kT0 + 20 * kDay + 1)
                      .markNoSurvey(quiet, QStringLiteral("ann")));
        auto run = runJob(db, kT0 + 22 * kDay);
        VERIFY_OK(run);
        QCOMPARE(run->queued, 0);
        QCOMPARE(surveyMails(db, staffTicket), 0);
        QCOMPARE(surveyMails(db, quiet), 0);
        QCOMPARE(one(db, QStringLiteral("SELECT skip_reason FROM surveys WHERE ticket_id = ?"),
                     {staffTicket})
                     .toString(),
                 QStringLiteral("staff"));
        // Marking it again once decided is refused, saying so.
        auto late = FollowupJob(db, QStringLiteral("ann"), kT0 + 23 * kDay)
                        .markNoSurvey(first, QStringLiteral("ann"));
        QVERIFY(!late);
        QCOMPARE(late.error().code, Error::Code::Conflict);
    }

    void reopenCancels_data() { addDialectRows(); }
    void reopenCancels()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const qint64 id = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0);
        QVERIFY(moveTicket(db, agent, id, QStringLiteral("open"), kT0 + 3 * kHour));
        auto run = runJob(db, kT0 + 2 * kDay);
        VERIFY_OK(run);
        QCOMPARE(run->queued + run->skipped, 0);
        QCOMPARE(surveyMails(db), 0);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM surveys")).toInt(), 0);
        // Resolved again: the delay counts from the new resolution.
        QVERIFY(moveTicket(db, agent, id, QStringLiteral("resolved"), kT0 + 3 * kDay));
        VERIFY_OK(runJob(db, kT0 + 3 * kDay + 23 * kHour));
        QCOMPARE(surveyMails(db), 0);
        VERIFY_OK(runJob(db, kT0 + 4 * kDay));
        QCOMPARE(surveyMails(db, id), 1);

        // Reopened after its survey was queued but before it went: the mail is cancelled, its
        // link removed, and it counts for neither the cooldown nor the report.
        QVERIFY(moveTicket(db, agent, id, QStringLiteral("open"), kT0 + 4 * kDay + 1));
        auto cancelled = runJob(db, kT0 + 4 * kDay + 2);
        VERIFY_OK(cancelled);
        QCOMPARE(cancelled->cancelled, 1);
        QCOMPARE(one(db,
                     QStringLiteral("SELECT status FROM outbox WHERE ticket_id = ? AND "
                                    "template_key = 'resolution_follow_up'"),
                     {id})
                     .toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE text_body LIKE "
                                        "'%token=%'"))
                     .toInt(),
                 0);
        QVERIFY(!SurveyStore(db).surveyedSince(QStringLiteral("pat@example.com"), kT0).value());
        auto again = runJob(db, kT0 + 4 * kDay + 3);
        VERIFY_OK(again);
        QCOMPARE(again->cancelled, 0);
    }

    void linkOpensSubmitsOnceAndExpires_data() { addDialectRows(); }
    void linkOpensSubmitsOnceAndExpires()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const qint64 a = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0);
        const qint64 b = resolvedTicket(db, agent, QStringLiteral("kim@example.com"), kT0);
        const qint64 sent = kT0 + kDay;
        VERIFY_OK(runJob(db, sent));
        const QString tokenA = surveyToken(db, a);
        const QString tokenB = surveyToken(db, b);
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty() && tokenA != tokenB);

        // A mail scanner opening the link (the GET) records nothing.
        for (int i = 0; i < 3; ++i) {
            auto form = SurveyStore::form(db, tokenA, sent + kHour);
            VERIFY_OK(form);
            QCOMPARE(form->ticketId, a);
            QVERIFY(!form->answered);
            QVERIFY(!form->expired);
        }
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(), 0);
        QVERIFY(!SurveyStore::form(db, QString(43, u'A'), sent));

        // Submitting records it; the second submit (a double click) records nothing.
        auto first = SurveyStore::record(db, tokenA, answer(5, QStringLiteral("Quick, thanks")),
                                         sent + kHour);
        VERIFY_OK(first);
        auto twice = SurveyStore::record(db, tokenA, answer(1, QStringLiteral("changed my mind")),
                                         sent + kHour + 1);
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, Error::Code::NotFound);
        QCOMPARE(one(db, QStringLiteral("SELECT score FROM survey_answers WHERE survey_id = ?"),
                     {first.value()})
                     .toInt(),
                 5);
        QVERIFY(SurveyStore::form(db, tokenA, sent + 2 * kHour)->answered);

        // After 14 days (the default) the link has expired.
        QVERIFY(SurveyStore::form(db, tokenB, sent + 14 * kDay)->expired);
        auto expired = SurveyStore::record(db, tokenB, answer(4), sent + 14 * kDay);
        QVERIFY(!expired);
        QCOMPARE(expired.error().code, Error::Code::NotFound);
        auto inTime = SurveyStore::record(db, tokenB, answer(4), sent + 14 * kDay - 1);
        VERIFY_OK(inTime);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(), 2);
        // A good answer changes nothing on the ticket.
        auto handled = runJob(db, sent + 14 * kDay);
        VERIFY_OK(handled);
        QCOMPARE(handled->handled, 2);
        QCOMPARE(handled->reopened, 0);
        QCOMPARE(one(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {a}).toString(),
                 QStringLiteral("resolved"));
    }

    void lowScoreNeedsCommentAndReopens_data() { addDialectRows(); }
    void lowScoreNeedsCommentAndReopens()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const Staff lead = deskMember(db, QStringLiteral("lee"), StaffRole::Lead);
        const qint64 low = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), kT0);
        const qint64 broken = resolvedTicket(db, agent, QStringLiteral("kim@example.com"), kT0);
        const qint64 closed = resolvedTicket(db, agent, QStringLiteral("sam@example.com"), kT0);
        QVERIFY(moveTicket(db, agent, closed, QStringLiteral("closed"), kT0 + kHour));
        const qint64 sent = kT0 + kDay;
        VERIFY_OK(runJob(db, sent));

        // A score of 1 or 2 without a comment is refused, saying what to add; nothing recorded.
        for (const QString &empty : {QString(), QStringLiteral("   ")}) {
            auto refused = SurveyStore::record(db, surveyToken(db, low), answer(2, empty), sent);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::InvalidInput);
            QVERIFY(refused.error().message.contains(QLatin1String("comment")));
        }
        QVERIFY(!SurveyStore::record(db, surveyToken(db, low), answer(0), sent));
        QVERIFY(!SurveyStore::record(db, surveyToken(db, low), answer(6), sent));
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(), 0);
        // The database refuses it too, whatever a client sends.
        QVERIFY(!Database::exec(db,
                                QStringLiteral("INSERT INTO survey_answers (survey_id, score, "
                                               "comment, answered_at) SELECT id, 1, '', 0 FROM "
                                               "surveys WHERE ticket_id = ?"),
                                {low}));

        VERIFY_OK(SurveyStore::record(db, surveyToken(db, low),
                                      answer(2, QStringLiteral("The reset link did not arrive.")),
                                      sent + kHour));
        VERIFY_OK(
            SurveyStore::record(db, surveyToken(db, broken), answer(4, {}, false), sent + kHour));
        VERIFY_OK(SurveyStore::record(db, surveyToken(db, closed),
                                      answer(1, QStringLiteral("Nobody helped me.")),
                                      sent + kHour));
        auto run = runJob(db, sent + 2 * kHour);
        VERIFY_OK(run);
        QCOMPARE(run->handled, 3);
        QCOMPARE(run->reopened, 2);
        QCOMPARE(run->forLead, 1);
        // Reopened for the assignee, the comment on the timeline.
        for (qint64 id : {low, broken}) {
            QCOMPARE(
                one(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {id}).toString(),
                QStringLiteral("open"));
            QCOMPARE(one(db, QStringLiteral("SELECT assignee_id FROM tickets WHERE id = ?"), {id})
                         .toLongLong(),
                     agent.id);
        }
        QVERIFY(one(db,
                    QStringLiteral("SELECT body FROM ticket_events WHERE ticket_id = ? AND kind = "
                                   "'customer_reply' ORDER BY id DESC LIMIT 1"),
                    {low})
                    .toString()
                    .contains(QLatin1String("The reset link did not arrive.")));
        QVERIFY(one(db,
                    QStringLiteral("SELECT body FROM ticket_events WHERE ticket_id = ? AND kind = "
                                   "'customer_reply' ORDER BY id DESC LIMIT 1"),
                    {broken})
                    .toString()
                    .contains(QLatin1String("not solved")));
        // A closed ticket stays closed (only a lead reopens it) and is left for the lead.
        QCOMPARE(
            one(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {closed}).toString(),
            QStringLiteral("closed"));
        QCOMPARE(one(db,
                     QStringLiteral("SELECT follow_up FROM survey_answers a JOIN surveys s ON "
                                    "s.id = a.survey_id WHERE s.ticket_id = ?"),
                     {closed})
                     .toString(),
                 QStringLiteral("lead"));
        // The lead finds it in report csat.
        ReportRequest request;
        request.kind = ReportKind::Csat;
        request.zone = QTimeZone::utc();
        request.from = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()).date();
        request.to = request.from.addDays(3);
        auto table = ReportQuery(db).run(request);
        VERIFY_OK(table);
        int forLead = 0;
        for (const QVariantList &row : table->rows)
            forLead += row.value(table->column(QStringLiteral("for_lead"))).toInt();
        QCOMPARE(forLead, 1);
        // Acted on once.
        auto again = runJob(db, sent + 3 * kHour);
        VERIFY_OK(again);
        QCOMPARE(again->handled, 0);
        QCOMPARE(one(db,
                     QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? "
                                    "AND kind = 'customer_reply'"),
                     {low})
                     .toInt(),
                 1);
        Q_UNUSED(lead);
    }

    // The running app's share: FollowupMonitor runs the job on the DB worker, wakes the
    // sender for the mail it queued and names the tickets it changed.
    void appRunsTheDueJob_data() { addDialectRows(); }
    void appRunsTheDueJob()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        const qint64 id = resolvedTicket(db, agent, QStringLiteral("pat@example.com"),
                                         QDateTime::currentMSecsSinceEpoch() - 2 * kDay);
        DbWorker worker(tdb.settings());
        auto opened = worker.open(false);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        FollowupMonitor monitor(&worker);
        std::atomic<int> woken{0};
        monitor.setMailQueued([&](qint64) { ++woken; });
        QList<qint64> changed;
        int queued = -1;
        connect(&monitor, &FollowupMonitor::ticketsChanged, this,
                [&](const QList<qint64> &ids) { changed = ids; });
        connect(&monitor, &FollowupMonitor::passFinished, this, [&](int q, int) { queued = q; });
        monitor.runOnce();
        QTRY_COMPARE_WITH_TIMEOUT(queued, 1, 30'000);
        QCOMPARE(changed, QList<qint64>{id});
        QCOMPARE(woken.load(), 1);
        QCOMPARE(surveyMails(db, id), 1);
        queued = -1;
        monitor.runOnce();
        QTRY_COMPARE_WITH_TIMEOUT(queued, 0, 30'000);
        QCOMPARE(surveyMails(db), 1);
    }

    void twoClientsSendEachSurveyOnce_data() { addDialectRows(); }
    void twoClientsSendEachSurveyOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff agent = deskMember(db, QStringLiteral("ann"), StaffRole::Agent);
        constexpr int kTickets = 24;
        for (int i = 0; i < kTickets; ++i)
            QVERIFY(resolvedTicket(db, agent, QStringLiteral("c%1@example.com").arg(i), kT0 + i));

        QSemaphore ready, go;
        int queued[2] = {0, 0};
        bool ok[2] = {false, false};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads << QThread::create([&, i] {
                const QString name = QStringLiteral("followup_%1").arg(i);
                {
                    auto conn = Database::open(tdb.settings(), name);
                    ready.release();
                    go.acquire();
                    if (conn) {
                        auto r = FollowupJob(conn.value(), name, kT0 + 2 * kDay).run(5);
                        // Each client runs passes until nothing is due, as the app does.
                        while (r && r->queued > 0) {
                            queued[i] += r->queued;
                            r = FollowupJob(conn.value(), name, kT0 + 2 * kDay).run(5);
                        }
                        ok[i] = r.ok();
                        if (!r)
                            qWarning() << r.error().toString();
                    }
                }
                Database::close(name);
            });
            threads.last()->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread *th : threads) {
            QVERIFY(th->wait(120000));
            delete th;
        }
        QVERIFY(ok[0] && ok[1]);
        QCOMPARE(queued[0] + queued[1], kTickets);
        QCOMPARE(surveyMails(db), kTickets);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(DISTINCT ticket_id) FROM outbox WHERE "
                                        "template_key = 'resolution_follow_up'"))
                     .toInt(),
                 kTickets);
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM survey_tokens")).toInt(), kTickets);
    }
};

QTEST_GUILESS_MAIN(TestFollowup)
#include "tst_followup.moc"
