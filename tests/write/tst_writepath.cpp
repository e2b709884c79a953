// The write path on both dialects: a refusal writes nothing and reaches the caller as it is, an
// Error in the plan rolls back what was recorded, a commit runs the after-commit work and
// announces the queued mail; who the timeline and the audit log name; the event-kind vocabulary.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "timeline/TimelineStore.h"
#include "vocabulary/EventKind.h"
#include "write/WritePath.h"

#include <QSet>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Database::scalar(db, sql, values).value().toLongLong();
}

Staff agent(QSqlDatabase &db)
{
    Staff s;
    s.login = "maria.k";
    s.displayName = "Maria Keller";
    s.id = addStaff(db, s.login, s.displayName, "agent");
    return s;
}
} // namespace

class TestWritePath : public QObject
{
    Q_OBJECT
private slots:
    void refusalWritesNothing_data() { addDialectRows(); }
    void refusalWritesNothing()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 ticket = addTicket(db, TicketRow{});
        WritePath write(db, Actor::staff(agent(db)), kNow);
        bool planned = false;
        auto done = write.run([&]() -> Result<qint64> { return ticket; },
                              [](const qint64 &) -> Result<void> {
                                  return Error::make(Error::Code::PermissionDenied, "Not yours.");
                              },
                              [&](Recorder &, qint64 &) -> Result<void> {
                                  planned = true;
                                  return {};
                              });
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::PermissionDenied);
        QCOMPARE(done.error().message, QString("Not yours."));
        QVERIFY(!planned);
    }

    void planErrorRollsBackTheRecord_data() { addDialectRows(); }
    void planErrorRollsBackTheRecord()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 ticket = addTicket(db, TicketRow{});
        const qint64 eventsBefore = count(db, "SELECT COUNT(*) FROM ticket_events");
        WritePath write(db, Actor::staff(agent(db)), kNow);
        bool after = false;
        int announced = 0;
        write.setMailQueued([&](qint64) { ++announced; });
        auto done = write.run([&](Recorder &record) -> Result<void> {
            HD_TRY(record.event(ticket, TicketEventKind::Note, "written, then rolled back"));
            HD_TRY(record.audit("ticket", ticket, "note"));
            record.mailQueued(42);
            record.afterCommit([&] { after = true; });
            return Error::make(Error::Code::Conflict, "Someone was faster.");
        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, Error::Code::Conflict);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events"), eventsBefore);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log"), 0);
        QVERIFY(!after);
        QCOMPARE(announced, 0);
    }

    void commitRecordsAndRunsAfterCommit_data() { addDialectRows(); }
    void commitRecordsAndRunsAfterCommit()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 ticket = addTicket(db, TicketRow{});
        const Staff maria = agent(db);
        WritePath write(db, Actor::staff(maria), kNow);
        QList<qint64> announced;
        write.setMailQueued([&](qint64 id) { announced.append(id); });
        QStringList order;
        auto done = write.run([&](Recorder &record) -> Result<qint64> {
            HD_TRY_ASSIGN(const qint64 id, record.event(ticket, TicketEventKind::Reply, "Hello",
                                                        {{"to", "pat@example.com"}}));
            HD_TRY(record.amendEvent(id, {{"to", "pat@example.com"}, {"outbox_id", 7}}));
            HD_TRY(record.audit("ticket", ticket, "reply", {{"to", "pat@example.com"}}));
            record.mailQueued(7);
            record.afterCommit([&] { order << "after commit"; });
            order << "plan";
            return id;
        });
        order << "returned";
        QVERIFY2(done.ok(), done ? "" : qPrintable(done.error().toString()));
        QCOMPARE(order, QStringList({"plan", "after commit", "returned"}));
        QCOMPARE(announced, QList<qint64>{7});

        auto events = TimelineStore(db).events(ticket);
        QVERIFY(events.ok());
        const TicketEvent &e = events->constLast();
        QCOMPARE(e.id, done.value());
        QCOMPARE(e.kind, QString("reply"));
        QCOMPARE(e.staffId, std::optional<qint64>(maria.id));
        QCOMPARE(e.staffName, QString("Maria Keller"));
        QVERIFY(e.data.contains("\"outbox_id\":7"));
        QCOMPARE(count(db, "SELECT staff_id FROM audit_log WHERE action = 'reply'"), maria.id);
        QCOMPARE(Database::scalar(db, "SELECT actor FROM audit_log").value().toString(),
                 QString("maria.k"));
    }

    void theSystemSignsWithItsName_data() { addDialectRows(); }
    void theSystemSignsWithItsName()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 ticket = addTicket(db, TicketRow{});
        WritePath write(db, Actor::system("sla-monitor"), kNow);
        QVERIFY(write
                    .run([&](Recorder &record) -> Result<void> {
                        HD_TRY(record.event(ticket, TicketEventKind::Escalation, "Late."));
                        return record.audit("ticket", ticket, "escalate");
                    })
                    .ok());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'escalation' AND "
                           "staff_id IS NULL"),
                 1);
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM audit_log WHERE actor = 'sla-monitor' AND staff_id "
                       "IS NULL"),
                 1);
    }

    void eventKindVocabulary()
    {
        QSet<QString> keys;
        for (TicketEventKind kind : Vocabulary::allEventKinds()) {
            const QString key = Vocabulary::key(kind);
            QVERIFY2(!key.isEmpty() && !keys.contains(key), qPrintable(key));
            keys.insert(key);
            QVERIFY(!Vocabulary::label(kind).isEmpty());
            QCOMPARE(Vocabulary::eventKindFromKey(key), std::optional<TicketEventKind>(kind));
            QCOMPARE(Vocabulary::eventKindLabel(key), Vocabulary::label(kind));
        }
        QCOMPARE(Vocabulary::eventKindLabel("note"), QString("Internal note"));
        // An older key reads as the kind it became; an unknown one as words.
        QCOMPARE(Vocabulary::eventKindLabel("mail"), Vocabulary::label(TicketEventKind::MailSent));
        QCOMPARE(Vocabulary::eventKindLabel("password_reset"), QString("Password reset"));
        QVERIFY(!Vocabulary::eventKindFromKey("password_reset"));
    }
};

QTEST_GUILESS_MAIN(TestWritePath)
#include "tst_writepath.moc"
