// The ticket workflow table: every (from, to, role) triple, data-driven.
#include "tickets/Lifecycle.h"

#include <QtTest>

using namespace helpdesk;

Q_DECLARE_METATYPE(helpdesk::TicketStatus)
Q_DECLARE_METATYPE(helpdesk::StaffRole)

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void moves_data()
    {
        QTest::addColumn<TicketStatus>("from");
        QTest::addColumn<TicketStatus>("to");
        QTest::addColumn<StaffRole>("role");
        QTest::addColumn<bool>("allowed");
        using S = TicketStatus;
        const auto A = StaffRole::Agent, L = StaffRole::Lead, M = StaffRole::Admin;
        QTest::newRow("agent starts work") << S::New << S::Open << A << true;
        QTest::newRow("agent waits for customer") << S::Open << S::PendingCustomer << A << true;
        QTest::newRow("customer replied") << S::PendingCustomer << S::Open << A << true;
        QTest::newRow("agent escalates") << S::Open << S::Escalated << A << true;
        QTest::newRow("agent cannot de-escalate") << S::Escalated << S::Open << A << false;
        QTest::newRow("lead de-escalates") << S::Escalated << S::Open << L << true;
        QTest::newRow("admin de-escalates") << S::Escalated << S::Open << M << true;
        QTest::newRow("agent resolves escalated") << S::Escalated << S::Resolved << A << true;
        QTest::newRow("agent reopens resolved") << S::Resolved << S::Open << A << true;
        QTest::newRow("agent closes") << S::Resolved << S::Closed << A << true;
        QTest::newRow("agent cannot reopen closed") << S::Closed << S::Open << A << false;
        QTest::newRow("lead reopens closed") << S::Closed << S::Open << L << true;
        QTest::newRow("closed is not pending") << S::Closed << S::PendingCustomer << L << false;
        QTest::newRow("no way back to new") << S::Open << S::New << M << false;
        QTest::newRow("not to itself") << S::Open << S::Open << L << false;
        QTest::newRow("open cannot close directly") << S::Open << S::Closed << A << false;
    }
    void moves()
    {
        QFETCH(TicketStatus, from);
        QFETCH(TicketStatus, to);
        QFETCH(StaffRole, role);
        QFETCH(bool, allowed);
        const auto result = Lifecycle::allowed(from, to, role);
        QCOMPARE(result.ok(), allowed);
        if (!allowed) {
            // The refusal names both states so the agent understands the rule.
            QVERIFY2(result.error().message.contains(Vocabulary::label(to)),
                     qPrintable(result.error().message));
        }
        QCOMPARE(Lifecycle::nextStatuses(from, role).contains(to), allowed);
    }

    void leadRuleIsNamed()
    {
        const auto r =
            Lifecycle::allowed(TicketStatus::Closed, TicketStatus::Open, StaffRole::Agent);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::PermissionDenied);
        QVERIFY(r.error().message.contains(QLatin1String("team lead")));
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
