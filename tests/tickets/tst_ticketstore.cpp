// The ticket store's queries behave the same on SQLite and PostgreSQL: queues, filters,
// sorting, paging by id, counts and timelines.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "tickets/TicketStore.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000; // fixed reference time for SLA queues
constexpr qint64 kHour = 3600 * 1000;

struct World
{
    qint64 maria = 0;
    qint64 tom = 0;
    QList<qint64> tickets;
};

// Twelve tickets covering every queue, with distinct update times.
World populate(QSqlDatabase &db)
{
    World w;
    w.maria = addStaff(db, QStringLiteral("maria.k"), QStringLiteral("Maria Keller"));
    w.tom =
        addStaff(db, QStringLiteral("tom.b"), QStringLiteral("Tom Baker"), QStringLiteral("lead"));
    struct Spec
    {
        const char *subject;
        const char *status;
        int priority;
        int assignee; // 0 none, 1 maria, 2 tom
        qint64 dueInHours;
        const char *requester;
    };
    const Spec specs[] = {
        {"Cannot sign in since Monday", "new", 1, 0, 10, "Ann Archer"},
        {"Password reset mail missing", "open", 2, 1, 2, "Ben Brown"},
        {"Account locked after trip", "open", 3, 1, -1, "Cleo Cruz"},
        {"Someone changed my email", "escalated", 3, 2, -5, "Dan Diaz"},
        {"Activation link expired", "pending_customer", 1, 1, -3, "Eve Evans"},
        {"Two-factor codes not arriving", "open", 2, 2, 30, "Finn Fox"},
        {"Recover account of late father", "resolved", 0, 1, 50, "Gia Gold"},
        {"Old phone, new number", "closed", 0, 2, 50, "Hal Hart"},
        {"100% sure it was not me", "new", 2, 0, 1, "Ida Irwin"},
        {"Login loop on mobile app", "resolved", 1, 2, 5, "Jon Jones"},
        {"Suspicious sign-in alert", "escalated", 2, 1, 20, "Kim Kent"},
        {"under_score in my name breaks login", "open", 0, 0, 100, "Lou Lane"},
    };
    int i = 0;
    for (const Spec &s : specs) {
        TicketRow r;
        r.subject = QString::fromUtf8(s.subject);
        r.status = QString::fromLatin1(s.status);
        r.priority = s.priority;
        r.requesterName = QString::fromUtf8(s.requester);
        r.requesterEmail =
            r.requesterName.toLower().replace(u' ', u'.') + QStringLiteral("@example.org");
        if (s.assignee == 1)
            r.assigneeId = w.maria;
        else if (s.assignee == 2)
            r.assigneeId = w.tom;
        r.createdAt = kNow - 100 * kHour + i * kHour;
        r.updatedAt = kNow - 50 * kHour + i * 7 * kHour % (40 * kHour);
        r.resolutionDue = kNow + s.dueInHours * kHour;
        w.tickets.append(addTicket(db, r));
        ++i;
    }
    return w;
}

TicketQuery queue(QueueKind kind, const World &w)
{
    TicketQuery q;
    q.queue = kind;
    q.currentStaffId = w.maria;
    q.now = QDateTime::fromMSecsSinceEpoch(kNow, Qt::UTC);
    q.breachWarningMs = 4 * kHour;
    return q;
}

QStringList subjects(const QList<Ticket> &tickets)
{
    QStringList out;
    for (const Ticket &t : tickets)
        out.append(t.subject);
    return out;
}
} // namespace

class TestTicketStore : public QObject
{
    Q_OBJECT
private slots:
    void queues_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<int>("queue");
        QTest::addColumn<int>("expected");
        for (const char *d : {"sqlite", "postgresql"}) {
            const QString dialect = QString::fromLatin1(d);
            auto row = [&](const char *name, QueueKind k, int n) {
                QTest::addRow("%s: %s", d, name) << dialect << int(k) << n;
            };
            row("my open", QueueKind::MyOpen, 4); // maria: open, open, pending, escalated
            row("unassigned", QueueKind::Unassigned, 3);
            row("all open", QueueKind::AllOpen, 9);
            row("escalated", QueueKind::Escalated, 2);
            // due within 4 h or overdue, clock running (pending_customer excluded)
            row("breaching", QueueKind::BreachingSla, 4);
            row("resolved", QueueKind::Resolved, 2);
            row("all", QueueKind::All, 12);
        }
    }
    void queues()
    {
        QFETCH(QString, dialect);
        QFETCH(int, queue);
        QFETCH(int, expected);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        TicketStore store(tdb.db());
        const TicketQuery q = ::queue(QueueKind(queue), w);
        auto count = store.count(q);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), expected);
        auto ids = store.orderedIds(q);
        QVERIFY(ids.ok());
        QCOMPARE(ids.value().size(), expected);
        auto counts = store.queueCounts(q);
        QVERIFY(counts.ok());
        QCOMPARE(counts.value().value(QueueKind(queue)), expected);
    }

    void filterText_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        for (const char *d : {"sqlite", "postgresql"}) {
            const QString dialect = QString::fromLatin1(d);
            QTest::addRow("%s: word, any case", d)
                << dialect << "LOGIN"
                << QStringList{"Login loop on mobile app", "under_score in my name breaks login"};
            QTest::addRow("%s: requester name", d)
                << dialect << "cleo" << QStringList{"Account locked after trip"};
            QTest::addRow("%s: requester email", d)
                << dialect << "kim.kent@" << QStringList{"Suspicious sign-in alert"};
            QTest::addRow("%s: percent is literal", d)
                << dialect << "100%" << QStringList{"100% sure it was not me"};
            QTest::addRow("%s: underscore is literal", d)
                << dialect << "r_s" << QStringList{"under_score in my name breaks login"};
            QTest::addRow("%s: quote is harmless", d)
                << dialect << "o'brien\"; DROP TABLE tickets;--" << QStringList{};
        }
    }
    void filterText()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        TicketStore store(tdb.db());
        TicketQuery q = queue(QueueKind::All, w);
        q.filterText = text;
        q.sortColumn = TicketColumn::Subject;
        q.sortOrder = Qt::AscendingOrder;
        auto page = store.firstPage(q, 50);
        QVERIFY2(page.ok(), page ? "" : qPrintable(page.error().toString()));
        QCOMPARE(subjects(page.value()), expected);
        QCOMPARE(store.count(q).value(), expected.size());
        QVERIFY(tdb.db().tables().contains(QStringLiteral("tickets")));
    }

    void filterByNumber_data() { addDialectRows(); }
    void filterByNumber()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        TicketStore store(tdb.db());
        TicketQuery q = queue(QueueKind::All, w);
        q.filterText = ticketNumberText(w.tickets.at(5));
        auto page = store.firstPage(q, 50);
        QVERIFY(page.ok());
        QCOMPARE(page.value().size(), 1);
        QCOMPARE(page.value().first().id, w.tickets.at(5));
    }

    // Every column sorts the same way in both dialects, ties broken by number, and the first
    // page agrees with the id index.
    void sortingAgreesAcrossDialects_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < int(TicketColumn::Count); ++c) {
            QTest::addRow("column %d asc", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d desc", c) << c << int(Qt::DescendingOrder);
        }
    }
    void sortingAgreesAcrossDialects()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QList<QList<qint64>> results;
        for (const QString &dialect : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            TestDatabase tdb(dialect);
            HELPDESK_REQUIRE_DB(tdb);
            const World w = populate(tdb.db());
            TicketStore store(tdb.db());
            TicketQuery q = queue(QueueKind::All, w);
            q.sortColumn = TicketColumn(column);
            q.sortOrder = Qt::SortOrder(order);
            auto ids = store.orderedIds(q);
            QVERIFY(ids.ok());
            auto page = store.firstPage(q, 5);
            QVERIFY(page.ok());
            for (int i = 0; i < page.value().size(); ++i)
                QCOMPARE(page.value().at(i).id, ids.value().at(i));
            // ids are numbered 1..12 in insertion order on both dialects
            QList<qint64> relative;
            for (qint64 id : ids.value())
                relative.append(id - w.tickets.first());
            results.append(relative);
        }
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0), results.at(1));
    }

    void emptyValuesSortLast_data() { addDialectRows(); }
    void emptyValuesSortLast()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        TicketStore store(tdb.db());
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            TicketQuery q = queue(QueueKind::All, w);
            q.sortColumn = TicketColumn::Assignee;
            q.sortOrder = order;
            auto ids = store.orderedIds(q);
            QVERIFY(ids.ok());
            auto tickets = store.byIds(ids.value());
            QVERIFY(tickets.ok());
            QVERIFY(!tickets.value().last().assigneeId.has_value());
            QVERIFY(tickets.value().first().assigneeId.has_value());
        }
    }

    void byIdsKeepsTheGivenOrder_data() { addDialectRows(); }
    void byIdsKeepsTheGivenOrder()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        TicketStore store(tdb.db());
        const QList<qint64> wanted{w.tickets.at(7), w.tickets.at(2), 999999, w.tickets.at(4)};
        auto rows = store.byIds(wanted);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 3); // the unknown id is skipped
        QCOMPARE(rows.value().at(0).id, w.tickets.at(7));
        QCOMPARE(rows.value().at(1).id, w.tickets.at(2));
        QCOMPARE(rows.value().at(2).assigneeName, QStringLiteral("Maria Keller"));
        QCOMPARE(rows.value().at(0).status, TicketStatus::Closed);
        QCOMPARE(rows.value().at(1).priority, TicketPriority::Urgent);
        QVERIFY(rows.value().at(1).resolutionDue.isValid());
        QCOMPARE(rows.value().at(1).version, 1);
    }

    void ticketAndTimeline_data() { addDialectRows(); }
    void ticketAndTimeline()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());
        const qint64 id = w.tickets.first();
        addEvent(tdb.db(), id, kNow + 2, QStringLiteral("reply"),
                 QStringLiteral("Try a private window."), w.maria);
        addEvent(tdb.db(), id, kNow + 1, QStringLiteral("created"),
                 QStringLiteral("I cannot sign in."));
        TicketStore store(tdb.db());
        auto events = store.events(id);
        QVERIFY(events.ok());
        QCOMPARE(events.value().size(), 2);
        QCOMPARE(events.value().at(0).kind, QStringLiteral("created"));
        QCOMPARE(events.value().at(1).staffName, QStringLiteral("Maria Keller"));
        QCOMPARE(events.value().at(1).at.toMSecsSinceEpoch(), kNow + 2);

        auto missing = store.ticket(424242);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("#424242")));
    }
};

QTEST_GUILESS_MAIN(TestTicketStore)
#include "tst_ticketstore.moc"
