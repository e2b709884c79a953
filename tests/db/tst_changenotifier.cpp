// Another client's change reaches this client without polling tables: LISTEN/NOTIFY on
// PostgreSQL, PRAGMA data_version plus the ticket_changes log on SQLite; both name the ticket
// and its version.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"

#include <QSignalSpy>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TestChangeNotifier : public QObject
{
    Q_OBJECT
private slots:
    void otherClientsChangeArrives_data() { addDialectRows(); }
    void otherClientsChangeArrives()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        tdb.db(); // migrated
        ChangeNotifier notifier(tdb.settings());
        QSignalSpy listening(&notifier, &ChangeNotifier::listening);
        QSignalSpy changed(&notifier, &ChangeNotifier::ticketChanged);
        notifier.start(100, 500);
        QTRY_COMPARE(listening.size(), 1);
        QCOMPARE(listening.first().first().toBool(), true);

        // "Another client": a second connection writes a ticket.
        QSqlDatabase other = tdb.openSecondConnection();
        const qint64 id = addTicket(other, TicketRow{});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.last().at(0).toLongLong(), id);
        QCOMPARE(changed.last().at(1).toInt(), 1);

        changed.clear();
        QVERIFY(Database::exec(
                    other, "UPDATE tickets SET priority = 3, version = version + 1 WHERE id = ?",
                    {QVariant::fromValue(id)})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QCOMPARE(changed.last().at(0).toLongLong(), id);
        QCOMPARE(changed.last().at(1).toInt(), 2);
    }

    // SQLite: a burst larger than the notifier re-reads one by one is one "reload" (id 0).
    void burstIsOneReload()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        tdb.db();
        ChangeNotifier notifier(tdb.settings());
        QSignalSpy listening(&notifier, &ChangeNotifier::listening);
        QSignalSpy changed(&notifier, &ChangeNotifier::ticketChanged);
        notifier.start(100, 500);
        QTRY_COMPARE(listening.size(), 1);
        QSqlDatabase other = tdb.openSecondConnection();
        QVERIFY(other.transaction());
        for (int i = 0; i <= ChangeNotifier::MaxChangesAtOnce; ++i)
            addTicket(other, TicketRow{});
        QVERIFY(other.commit());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        QTest::qWait(300);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toLongLong(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
