// Follow-up surveys on the shared PostgreSQL, from each role's own login (issue 17 on the
// security boundary of issue 12): an agent's app runs the due job, but the database makes the
// link, so no staff login ever knows a survey token; answers are recorded by the customer
// portal's login with the README's one statement and its documented grants; ratings are read by
// leads and administrators, never by the agent rated (nor by a lead about their own ticket);
// a lead's app acts on a low rating.

#include "SecurityFixture.h"

#include "Fixtures.h"
#include "db/Database.h"
#include "followup/FollowupJob.h"
#include "followup/SurveyStore.h"
#include "mail/Outbox.h"

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

// The README's statement, as the portal runs it ($1 the token, $2 the score, $3 the comment,
// $4 working or NULL), with Qt's positional placeholders.
const char *const kPortalStatement = R"(
INSERT INTO survey_answers (survey_id, score, comment, working, answered_at)
SELECT t.survey_id, CAST(? AS INTEGER), COALESCE(CAST(? AS TEXT), ''), CAST(? AS INTEGER),
       (extract(epoch FROM now()) * 1000)::bigint
  FROM survey_tokens t
 WHERE t.token_sha256 = encode(sha256(convert_to(?, 'UTF8')), 'hex')
   AND t.expires_at > (extract(epoch FROM now()) * 1000)::bigint
   AND CAST(? AS INTEGER) BETWEEN 1 AND 5
   AND (CAST(? AS INTEGER) >= 3 OR length(trim(CAST(? AS TEXT))) > 0)
ON CONFLICT (survey_id) DO NOTHING
RETURNING survey_id)";

} // namespace

class TestFollowupRights : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;
    QString m_portalConnection;

    void refused(const QString &who, const QString &sql, const QVariantList &values = {})
    {
        QString error;
        QVERIFY2(!tryExec(f->as(who), sql, values, &error), qPrintable("allowed: " + sql));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
    }

    qint64 resolvedTicket(const QString &email, const QString &assignee)
    {
        TicketRow row;
        row.requesterEmail = email;
        row.status = QStringLiteral("resolved");
        row.assigneeId = f->staff(assignee).id;
        const qint64 id = addTicket(f->admin(), row);
        f->scalar(QStringLiteral("UPDATE tickets SET resolved_at = ? WHERE id = ? RETURNING id"),
                  {QVariant::fromValue(nowMs() - 2 * 86'400'000LL), id});
        return id;
    }

    // The portal's answer through the README's statement; the survey id, or 0.
    qint64 portalAnswer(QSqlDatabase &portal, const QString &token, int score,
                        const QString &comment)
    {
        auto q = Database::exec(
            portal, QString::fromLatin1(kPortalStatement),
            {score, comment, QVariant(QMetaType::fromType<int>()), token, score, score, comment});
        if (!q) {
            qWarning() << q.error().toString();
            return 0;
        }
        QSqlQuery rows = std::move(q).value();
        return rows.next() ? rows.value(0).toLongLong() : 0;
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
    void cleanupTestCase()
    {
        if (!m_portalConnection.isEmpty()) {
            Database::close(m_portalConnection);
            // Its grants go first, so that the fixture can drop the login.
            tryExec(f->admin(),
                    QStringLiteral("DROP OWNED BY %1").arg(f->login(QStringLiteral("portal"))));
        }
        f.reset();
    }

    void noStaffLoginKnowsALinkAndRatingsStayWithLeads()
    {
        const qint64 agentsTicket =
            resolvedTicket(QStringLiteral("pat@example.com"), QStringLiteral("agent"));
        const qint64 leadsTicket =
            resolvedTicket(QStringLiteral("kim@example.com"), QStringLiteral("lead"));

        // An agent's app runs the due job: both surveys queued, each link made by the database.
        auto run = FollowupJob(f->as(QStringLiteral("agent")), QStringLiteral("agent-app"), nowMs())
                       .sendDue();
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().toString()));
        QCOMPARE(run->queued, 2);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM survey_tokens")).toInt(), 2);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template_key = "
                                          "'resolution_follow_up' AND needs_mailer AND "
                                          "text_body LIKE '%one-time-link.invalid%' AND text_body "
                                          "NOT LIKE '%token=%'"))
                     .toInt(),
                 2);
        // No staff login reads or makes a token, nor records an answer, by plain SQL either.
        refused(QStringLiteral("agent"), QStringLiteral("SELECT * FROM survey_tokens"));
        refused(QStringLiteral("lead"), QStringLiteral("SELECT * FROM survey_tokens"));
        refused(QStringLiteral("admin"), QStringLiteral("SELECT * FROM outbox_secrets"));
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO survey_tokens (survey_id, token_sha256, expires_at) "
                               "SELECT id, 'x', 0 FROM surveys"));
        refused(QStringLiteral("lead"),
                QStringLiteral("INSERT INTO survey_answers (survey_id, score, comment, "
                               "answered_at) SELECT id, 5, '', 0 FROM surveys"));
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO survey_answers (survey_id, score, comment, "
                               "answered_at) SELECT id, 5, '', 0 FROM surveys"));
        refused(QStringLiteral("agent"), QStringLiteral("UPDATE surveys SET outbox_id = NULL"));
        // The database's minting refuses anything but a new queued survey mail.
        refused(QStringLiteral("agent"),
                QStringLiteral("SELECT helpdesk.mint_survey_link(id, outbox_id, 14) FROM surveys "
                               "LIMIT 1"));

        // The mailer sends: its claim puts the link into the mail.
        auto claimed =
            Outbox::claim(f->mailer(), QStringLiteral("mailer-test"), nowMs(), 60'000, 10);
        QVERIFY2(claimed.ok(), claimed.ok() ? "" : qPrintable(claimed.error().toString()));
        QCOMPARE(claimed->size(), 2);
        QHash<qint64, QString> tokens;
        static const QRegularExpression token(
            QStringLiteral("https://portal\\.example\\.com/survey\\?token=([A-Za-z0-9_-]{43})"));
        for (const OutboxEntry &e : claimed.value()) {
            const auto m = token.match(e.textBody);
            QVERIFY2(m.hasMatch(), qPrintable(e.textBody));
            tokens.insert(e.ticketId.value_or(0), m.captured(1));
        }

        // The customer portal: its own login with the README's grants and nothing else.
        const QString portal = f->login(QStringLiteral("portal"));
        QString error;
        QVERIFY2(
            tryExec(f->admin(), QStringLiteral("CREATE ROLE %1 LOGIN").arg(portal), {}, &error),
            qPrintable(error));
        f->forgetLoginLater(portal);
        for (const QString &grant :
             {QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
                  .arg(f->database().settings().databaseName, portal),
              QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(portal),
              QStringLiteral("GRANT SELECT (survey_id, token_sha256, expires_at) ON survey_tokens "
                             "TO %1")
                  .arg(portal),
              QStringLiteral("GRANT INSERT (survey_id, score, comment, working, answered_at), "
                             "SELECT (survey_id) ON survey_answers TO %1")
                  .arg(portal)})
            QVERIFY2(tryExec(f->admin(), grant, {}, &error), qPrintable(error));
        m_portalConnection = QStringLiteral("followup_portal_%1").arg(portal);
        auto opened = Database::open(f->settingsFor(portal), m_portalConnection);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
        QSqlDatabase portalDb = opened.value();
        const QString agentsToken = tokens.value(agentsTicket);
        const QString leadsToken = tokens.value(leadsTicket);
        // A low score needs a comment, by the statement itself.
        QCOMPARE(portalAnswer(portalDb, agentsToken, 1, QStringLiteral(" ")), 0);
        const qint64 answered =
            portalAnswer(portalDb, agentsToken, 1, QStringLiteral("Still locked out."));
        QVERIFY(answered > 0);
        // Clicked twice: recorded once.
        QCOMPARE(portalAnswer(portalDb, agentsToken, 5, QString()), 0);
        QVERIFY(portalAnswer(portalDb, leadsToken, 4, QString()) > 0);
        // The portal reads nothing else.
        QVERIFY(!tryExec(portalDb, QStringLiteral("SELECT score FROM survey_answers")));
        QVERIFY(!tryExec(portalDb, QStringLiteral("SELECT * FROM tickets")));

        // Ratings: not the agent rated; a lead sees the others' but not their own; admins all.
        refused(QStringLiteral("agent"), QStringLiteral("SELECT score FROM survey_answers"));
        refused(QStringLiteral("agent2"), QStringLiteral("SELECT score FROM survey_answers"));
        auto count = [&](const QString &who) {
            auto v =
                Database::scalar(f->as(who), QStringLiteral("SELECT COUNT(*) FROM survey_answers"));
            return v ? v->toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("lead")), 1);
        QCOMPARE(count(QStringLiteral("lead2")), 2);
        QCOMPARE(count(QStringLiteral("admin")), 2);
        refused(QStringLiteral("agent"),
                QStringLiteral("UPDATE survey_answers SET handled_at = 1"));

        // An agent's app leaves the answers alone; a lead's app acts on the low one.
        auto agentRun =
            FollowupJob(f->as(QStringLiteral("agent")), QStringLiteral("agent-app"), nowMs())
                .handleAnswers();
        QVERIFY(agentRun.ok());
        QCOMPARE(agentRun->handled, 0);
        auto leadRun =
            FollowupJob(f->as(QStringLiteral("lead2")), QStringLiteral("lead-app"), nowMs())
                .handleAnswers();
        QVERIFY2(leadRun.ok(), leadRun.ok() ? "" : qPrintable(leadRun.error().toString()));
        QCOMPARE(leadRun->handled, 2);
        QCOMPARE(leadRun->reopened, 1);
        QCOMPARE(
            f->scalar(QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {agentsTicket})
                .toString(),
            QStringLiteral("open"));
        QVERIFY(f->scalar(QStringLiteral("SELECT body FROM ticket_events WHERE ticket_id = ? "
                                         "AND kind = 'customer_reply'"),
                          {agentsTicket})
                    .toString()
                    .contains(QLatin1String("Still locked out.")));
        // The server's job runs as the mail login: it sends due surveys (the database makes
        // the link) and may act on answers.
        const qint64 third =
            resolvedTicket(QStringLiteral("sam@example.com"), QStringLiteral("agent2"));
        auto mailerRun = FollowupJob(f->mailer(), QStringLiteral("followup-run"), nowMs()).run();
        QVERIFY2(mailerRun.ok(), mailerRun.ok() ? "" : qPrintable(mailerRun.error().toString()));
        QCOMPARE(mailerRun->queued, 1);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM survey_tokens k JOIN surveys s ON "
                                          "s.id = k.survey_id WHERE s.ticket_id = ?"),
                           {third})
                     .toInt(),
                 1);
        QVERIFY(SurveyStore::mayHandleAnswers(f->mailer()).value());
        QVERIFY(!SurveyStore::mayHandleAnswers(f->as(QStringLiteral("agent"))).value());

        // The score is not on the timeline the agent reads.
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? "
                                          "AND data LIKE '%score%'"),
                           {agentsTicket})
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowupRights)
#include "tst_followuprights.moc"
