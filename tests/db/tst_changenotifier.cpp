// Another client's change reaches this client without polling tables: LISTEN/NOTIFY on
// PostgreSQL, PRAGMA data_version on SQLite.
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
        const qint64 reported = changed.last().first().toLongLong();
        if (dialect == QLatin1String("postgresql"))
            QCOMPARE(reported, id); // NOTIFY names the ticket
        else
            QCOMPARE(reported, 0); // SQLite only knows that something changed

        changed.clear();
        QVERIFY(Database::exec(other, "UPDATE tickets SET priority = 3 WHERE id = ?",
                               {QVariant::fromValue(id)})
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
