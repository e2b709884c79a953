// What the reports read is stored when it happens (migration 0015), on both dialects: the first
// response and whether it was late, a late resolution, staff replies and reopenings, and each
// escalation's cause, time and author — set by the staff action or by the SLA scan — and when
// it ended.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "sla/Escalation.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketMilestones.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
const qint64 kStart = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

Staff member(QSqlDatabase &db, const QString &login, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = login;
    s.role = role;
    s.id = addStaff(db, login, login, role == StaffRole::Lead ? "lead" : "agent");
    return s;
}

// Default targets, round the clock: urgent = 1 h first response, 4 h resolution.
Ticket urgent(QSqlDatabase &db, const Staff &who)
{
    NewTicket n;
    n.subject = QStringLiteral("Locked out");
    n.requester = QStringLiteral("pat@example.com");
    n.priority = TicketPriority::Urgent;
    auto t = TicketActions(db, who, kStart).create(n);
    if (!t)
        qFatal("create failed: %s", qPrintable(t.error().toString()));
    return t.value();
}

QVariantList facts(QSqlDatabase &db, qint64 id)
{
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT first_responded_at, CASE WHEN first_response_breached THEN 1 ELSE 0 "
                       "END, CASE WHEN resolution_breached THEN 1 ELSE 0 END, reply_count, "
                       "reopen_count, escalation_cause, escalated_at, escalated_by, deescalated_at "
                       "FROM tickets WHERE id = ?"),
        {QVariant::fromValue(id)});
    QVariantList out;
    if (!q)
        return out;
    QSqlQuery row = std::move(q).value();
    if (row.next())
        for (int i = 0; i < 9; ++i)
            out << row.value(i);
    return out;
}
enum Column {
    RespondedAt,
    FrBreached,
    ResBreached,
    Replies,
    Reopens,
    Cause,
    EscAt,
    EscBy,
    DeescAt
};
} // namespace

class TestReportFacts : public QObject
{
    Q_OBJECT
private slots:
    void firstResponseAndItsBreach_data() { addDialectRows(); }
    void firstResponseAndItsBreach()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = member(db, "maria.k", StaffRole::Agent);
        Ticket late = urgent(db, maria);
        Ticket quick = urgent(db, maria);
        auto lateReply =
            TicketActions(db, maria, kStart + 2 * kHour).reply(late.id, late.version, "Sorry.");
        QVERIFY(lateReply.ok());
        QVERIFY(TicketActions(db, maria, kStart + 10 * kMinute)
                    .reply(quick.id, quick.version, "Hi")
                    .ok());
        // A second reply counts, but is not the first response.
        QVERIFY(TicketActions(db, maria, kStart + 3 * kHour)
                    .reply(late.id, lateReply->version, "More.")
                    .ok());
        QVariantList l = facts(db, late.id);
        QCOMPARE(l[RespondedAt].toLongLong(), kStart + 2 * kHour);
        QCOMPARE(l[FrBreached].toInt(), 1);
        QCOMPARE(l[Replies].toInt(), 2);
        QVariantList q = facts(db, quick.id);
        QCOMPARE(q[RespondedAt].toLongLong(), kStart + 10 * kMinute);
        QCOMPARE(q[FrBreached].toInt(), 0);
        QCOMPARE(q[Replies].toInt(), 1);

        // A mail about the ticket (a reset link, the wizard's steps) answers the customer too.
        Ticket mailed = urgent(db, maria);
        QVERIFY(TicketMilestones::firstOutbound(db, mailed.id, kStart + 90 * kMinute).ok());
        QVERIFY(TicketMilestones::firstOutbound(db, mailed.id, kStart + 2 * kHour).ok());
        QVariantList m = facts(db, mailed.id);
        QCOMPARE(m[RespondedAt].toLongLong(), kStart + 90 * kMinute);
        QCOMPARE(m[FrBreached].toInt(), 1);
        QCOMPARE(m[Replies].toInt(), 0);
    }

    void resolutionBreachAndReopen_data() { addDialectRows(); }
    void resolutionBreachAndReopen()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = member(db, "maria.k", StaffRole::Agent);
        Ticket late = urgent(db, maria);
        Ticket quick = urgent(db, maria);
        QVERIFY(TicketActions(db, maria, kStart + 5 * kHour)
                    .setStatus(late.id, late.version, TicketStatus::Resolved)
                    .ok());
        auto resolved = TicketActions(db, maria, kStart + kHour)
                            .setStatus(quick.id, quick.version, TicketStatus::Resolved);
        QVERIFY(resolved.ok());
        QCOMPARE(facts(db, late.id)[ResBreached].toInt(), 1);
        QCOMPARE(facts(db, quick.id)[ResBreached].toInt(), 0);
        QCOMPARE(facts(db, quick.id)[Reopens].toInt(), 0);

        auto reopened = TicketActions(db, maria, kStart + 2 * kHour)
                            .setStatus(quick.id, resolved->version, TicketStatus::Open);
        QVERIFY(reopened.ok());
        QCOMPARE(facts(db, quick.id)[Reopens].toInt(), 1);
        // Resolved again after the 4 h of running time: now it is late.
        QVERIFY(TicketActions(db, maria, kStart + 6 * kHour)
                    .setStatus(quick.id, reopened->version, TicketStatus::Resolved)
                    .ok());
        QCOMPARE(facts(db, quick.id)[ResBreached].toInt(), 1);
        QCOMPARE(facts(db, quick.id)[Reopens].toInt(), 1);
    }

    void escalationCauseAndEnd_data() { addDialectRows(); }
    void escalationCauseAndEnd()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = member(db, "maria.k", StaffRole::Agent);
        const Staff lena = member(db, "lena.b", StaffRole::Lead);
        Ticket byHand = urgent(db, maria);
        Ticket byWizard = urgent(db, maria);
        Ticket unanswered = urgent(db, maria);
        auto escalated = TicketActions(db, maria, kStart + 20 * kMinute)
                             .setStatus(byHand.id, byHand.version, TicketStatus::Escalated);
        QVERIFY(escalated.ok());
        TicketActions wizard(db, maria, kStart + 25 * kMinute);
        wizard.setEscalationCause(EscalationCause::Wizard);
        QVERIFY(wizard.setStatus(byWizard.id, byWizard.version, TicketStatus::Escalated).ok());

        QVariantList h = facts(db, byHand.id);
        QCOMPARE(h[Cause].toString(), QString("manual"));
        QCOMPARE(h[EscAt].toLongLong(), kStart + 20 * kMinute);
        QCOMPARE(h[EscBy].toLongLong(), maria.id);
        QVERIFY(h[DeescAt].isNull());
        QCOMPARE(facts(db, byWizard.id)[Cause].toString(), QString("wizard"));

        // The scan escalates the unanswered one at 1 h 30: the SLA, nobody in particular.
        auto scanned = Escalation::escalateBreached(db, kStart + 90 * kMinute);
        QVERIFY(scanned.ok());
        QCOMPARE(scanned.value(), QList<qint64>{unanswered.id});
        QVariantList u = facts(db, unanswered.id);
        QCOMPARE(u[Cause].toString(), QString("sla"));
        QCOMPARE(u[EscAt].toLongLong(), kStart + 90 * kMinute);
        QVERIFY(u[EscBy].isNull());
        QCOMPARE(u[FrBreached].toInt(), 1);
        QCOMPARE(u[ResBreached].toInt(), 0);

        // The lead de-escalates: the escalation ended then; its cause and start stay.
        QVERIFY(TicketActions(db, lena, kStart + 2 * kHour)
                    .setStatus(byHand.id, escalated->version, TicketStatus::Open, "Back to Maria.")
                    .ok());
        h = facts(db, byHand.id);
        QCOMPARE(h[DeescAt].toLongLong(), kStart + 2 * kHour);
        QCOMPARE(h[Cause].toString(), QString("manual"));
        QCOMPARE(h[EscAt].toLongLong(), kStart + 20 * kMinute);
    }
};

QTEST_GUILESS_MAIN(TestReportFacts)
#include "tst_reportfacts.moc"
