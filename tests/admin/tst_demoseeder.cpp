// DemoSeeder on SQLite and PostgreSQL: volumes, coverage of every vocabulary value, consistent
// timelines, determinism, refusal to seed twice, progress and cancellation; its data files
// (resources/demo) load, and broken ones are refused naming the file and the entry.

#include "TestDatabase.h"

#include "db/Database.h"
#include "demo/DemoPhrases.h"
#include "demo/DemoSeeder.h"
#include "tickets/Ticket.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {

const QDateTime kNow(QDate(2024, 3, 15), QTime(10, 0), Qt::UTC);
constexpr qint64 kDay = 24 * 3600 * 1000LL;
constexpr qint64 kHour = 3600 * 1000LL;

DemoOptions smallOptions(quint32 seed = 42)
{
    DemoOptions o;
    o.tickets = 300;
    o.accounts = 80;
    o.seed = seed;
    o.now = kNow;
    return o;
}

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("%s: %s", qPrintable(sql), qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QStringList distinct(QSqlDatabase &db, const QString &column, const QString &table)
{
    auto q = Database::exec(
        db, QStringLiteral("SELECT DISTINCT %1 FROM %2 ORDER BY 1").arg(column, table));
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

// Every row of a query as one string, for comparing two databases.
QStringList dump(QSqlDatabase &db, const QString &sql)
{
    auto q = Database::exec(db, sql);
    if (!q)
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.error().toString()));
    QStringList rows;
    const int columns = q.value().record().count();
    while (q.value().next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c) {
            const QVariant v = q.value().value(c);
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        rows << cells.join(u'|');
    }
    return rows;
}

// The built-in data files copied into dir, so that a test can break one of them.
void copyBuiltInPhrases(const QTemporaryDir &dir)
{
    for (const QString &name : DemoPhrases::fileNames()) {
        const QString target = dir.filePath(name);
        QVERIFY2(QFile::copy(QDir(DemoPhrases::builtInFolder()).filePath(name), target),
                 qPrintable(name));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void replaceIn(const QString &path, const QString &from, const QString &to)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void seedsRealisticData_data() { test::addDialectRows(); }
    void seedsRealisticData();
    void isDeterministic_data() { test::addDialectRows(); }
    void isDeterministic();
    void refusesToSeedTwice_data() { test::addDialectRows(); }
    void refusesToSeedTwice();
    void reportsProgressAndCancels_data() { test::addDialectRows(); }
    void reportsProgressAndCancels();
    void rejectsBadOptions();
    void loadsBuiltInPhrases();
    void rejectsBrokenPhrases_data();
    void rejectsBrokenPhrases();
    void seedsFromAPhrasesFolder();
};

void TestDemoSeeder::seedsRealisticData()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();

    auto result = DemoSeeder::seed(db, smallOptions());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const DemoSummary s = result.value();

    // The summary matches what is in the tables.
    QCOMPARE(s.tickets, 300);
    QCOMPARE(s.accounts, 80);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), s.tickets);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), s.accounts);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff")), s.staff);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM login_events")), s.loginEvents);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")), s.events);

    // Staff: about twenty, exactly two leads and one admin; the demo agent is an agent.
    QVERIFY(s.staff >= 15 && s.staff <= 25);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'lead'")), 2);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin'")), 1);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM staff WHERE login = ? AND role = "
                                  "'agent' AND active = ?"),
                   {QString::fromLatin1(DemoSeeder::DemoAgentLogin), true}),
             1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff WHERE email NOT LIKE "
                                      "'%@example.com'")),
             0);

    // Accounts: every status, locks explained, MFA methods only with MFA on.
    QCOMPARE(
        distinct(db, QStringLiteral("status"), QStringLiteral("accounts")),
        QStringList({QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("locked"),
                     QStringLiteral("pending_activation"), QStringLiteral("suspended")}));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status IN ('locked', "
                                      "'suspended') AND (lock_reason IS NULL OR locked_by IS "
                                      "NULL OR locked_at IS NULL)")),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM accounts WHERE mfa_enabled = ? AND "
                                  "mfa_method IS NOT NULL"),
                   {false}),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM accounts WHERE mfa_enabled = ? AND "
                                  "mfa_method NOT IN ('totp', 'sms', 'email')"),
                   {true}),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = "
                                  "'pending_activation' AND email_verified = ?"),
                   {true}),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email_verified = ?"),
                  {true}) > 40);

    // Sign-ins: only documentation addresses, some failures, none in the future.
    QVERIFY(s.loginEvents > 80);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM login_events WHERE ip NOT LIKE "
                                      "'192.0.2.%' AND ip NOT LIKE '198.51.100.%' AND ip NOT "
                                      "LIKE '203.0.113.%' AND ip NOT LIKE '2001:db8:%'")),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM login_events WHERE success = ?"),
                  {false}) > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM login_events WHERE at > ? OR at < ?"),
                   {kNow.toMSecsSinceEpoch(), kNow.toMSecsSinceEpoch() - 91 * kDay}),
             0);

    // Tickets: every status, category, priority and channel.
    QStringList statuses, categories, priorities, channels;
    for (TicketStatus v : Vocabulary::allStatuses())
        statuses << Vocabulary::key(v);
    for (TicketCategory v : Vocabulary::allCategories())
        categories << Vocabulary::key(v);
    for (TicketChannel v : Vocabulary::allChannels())
        channels << Vocabulary::key(v);
    statuses.sort();
    categories.sort();
    channels.sort();
    QCOMPARE(distinct(db, QStringLiteral("status"), QStringLiteral("tickets")), statuses);
    QCOMPARE(distinct(db, QStringLiteral("category"), QStringLiteral("tickets")), categories);
    QCOMPARE(distinct(db, QStringLiteral("channel"), QStringLiteral("tickets")), channels);
    QCOMPARE(distinct(db, QStringLiteral("priority"), QStringLiteral("tickets")),
             QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                          QStringLiteral("3")}));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE account_id IS NULL")) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE category = 'login'")) >
            count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE category = 'other'")));
    QCOMPARE(distinct(db, QStringLiteral("version"), QStringLiteral("tickets")),
             QStringList{QStringLiteral("1")});
    QVERIFY(distinct(db, QStringLiteral("subject"), QStringLiteral("tickets")).size() > 100);

    // Consistent fields.
    const qint64 now = kNow.toMSecsSinceEpoch();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE created_at > ? OR "
                                  "created_at < ? OR updated_at > ? OR updated_at < "
                                  "created_at"),
                   {now, now - 90 * kDay, now}),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE NOT ("
                                  "(priority = 3 AND first_response_due - created_at = ? AND "
                                  "resolution_due - created_at = ?) OR (priority = 2 AND "
                                  "first_response_due - created_at = ? AND resolution_due - "
                                  "created_at = ?) OR (priority = 1 AND first_response_due - "
                                  "created_at = ? AND resolution_due - created_at = ?) OR "
                                  "(priority = 0 AND first_response_due - created_at = ? AND "
                                  "resolution_due - created_at = ?))"),
                   {1 * kHour, 4 * kHour, 4 * kHour, 8 * kHour, 8 * kHour, 24 * kHour, 24 * kHour,
                    72 * kHour}),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'new' AND "
                                      "first_responded_at IS NOT NULL")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN ('open', "
                                      "'pending_customer', 'escalated', 'resolved', 'closed') "
                                      "AND first_responded_at IS NULL")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE (status IN "
                                      "('resolved', 'closed')) <> (resolved_at IS NOT NULL)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE (status = "
                                      "'escalated') <> (escalation_level > 0)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status <> 'new' AND "
                                      "assignee_id IS NULL")),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'new' AND "
                                     "assignee_id IS NULL")) > 0);
    QVERIFY(count(db,
                  QStringLiteral("SELECT COUNT(*) FROM tickets t JOIN staff s ON s.id = "
                                 "t.assignee_id WHERE s.login = ? AND t.status IN ('new', "
                                 "'open', 'pending_customer', 'escalated')"),
                  {QString::fromLatin1(DemoSeeder::DemoAgentLogin)}) > 0);

    // Timelines: each ticket starts with exactly one 'created' event; 2 to 4 events on average.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = "
                                      "'created'")),
             s.tickets);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM ticket_events e JOIN tickets t ON "
                                  "t.id = e.ticket_id WHERE e.at < t.created_at OR e.at > ? "
                                  "OR (e.kind = 'created' AND e.at <> t.created_at)"),
                   {now}),
             0);
    const double perTicket = double(s.events) / double(s.tickets);
    QVERIFY2(perTicket >= 2.0 && perTicket <= 4.2, qPrintable(QString::number(perTicket)));
    QCOMPARE(
        distinct(db, QStringLiteral("kind"), QStringLiteral("ticket_events")),
        QStringList({QStringLiteral("assignment"), QStringLiteral("created"),
                     QStringLiteral("note"), QStringLiteral("reply"), QStringLiteral("status")}));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = 'status' "
                                     "AND data LIKE '{\"from\":\"%\",\"to\":\"%\"}'")) > 0);

    // Explicit ids left the sequences where new rows can follow.
    auto inserted = Database::exec(
        db,
        QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, category, "
                       "priority, status, channel, created_at, updated_at) VALUES (?, ?, ?, "
                       "'other', 1, 'new', 'email', ?, ?)"),
        {QStringLiteral("After the demo"), QStringLiteral("someone@example.org"),
         QStringLiteral("Someone"), now, now});
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().toString()));
}

void TestDemoSeeder::isDeterministic()
{
    QFETCH(QString, dialect);
    TestDatabase first(dialect);
    HELPDESK_REQUIRE_DB(first);
    TestDatabase second(dialect);
    TestDatabase other(dialect);

    QVERIFY(DemoSeeder::seed(first.db(), smallOptions(7)).ok());
    QVERIFY(DemoSeeder::seed(second.db(), smallOptions(7)).ok());
    QVERIFY(DemoSeeder::seed(other.db(), smallOptions(8)).ok());

    const QString tickets = QStringLiteral(
        "SELECT id, subject, requester_email, account_id, category, priority, status, channel, "
        "assignee_id, created_at, updated_at, first_responded_at, resolved_at, escalation_level "
        "FROM tickets ORDER BY id");
    const QString events = QStringLiteral("SELECT ticket_id, at, staff_id, kind, body, data FROM "
                                          "ticket_events ORDER BY ticket_id, at, id");
    const QString accounts = QStringLiteral(
        "SELECT id, email, display_name, status, lock_reason, locked_by, locked_at, mfa_method, "
        "phone, last_login_at FROM accounts ORDER BY id");
    const QString logins = QStringLiteral(
        "SELECT account_id, at, ip, device, country FROM login_events ORDER BY account_id, at, id");
    for (const QString &sql : {tickets, events, accounts, logins}) {
        const QStringList a = dump(first.db(), sql);
        QVERIFY(!a.isEmpty());
        QCOMPARE(dump(second.db(), sql), a);
        QVERIFY2(dump(other.db(), sql) != a, "another seed should give other data");
    }
}

void TestDemoSeeder::refusesToSeedTwice()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();

    QVERIFY(DemoSeeder::seed(db, smallOptions()).ok());
    auto again = DemoSeeder::seed(db, smallOptions());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY(again.error().message.contains(QLatin1String("already contains tickets")));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets")), 300);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), 80);
}

void TestDemoSeeder::reportsProgressAndCancels()
{
    QFETCH(QString, dialect);
    DemoOptions options = smallOptions();
    options.tickets = 7000;

    {
        // Uncancelled: from 0 to the total, never backwards.
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QList<qint64> seen;
        auto result = DemoSeeder::seed(tdb.db(), options, [&](qint64 done, qint64 total) {
            [&] { QCOMPARE(total, 7000); }();
            seen << done;
            return true;
        });
        QVERIFY(result.ok());
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.constFirst(), 0);
        QCOMPARE(seen.constLast(), 7000);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }

    // Cancelling at the first report at or past a point: the batch in flight is rolled back,
    // batches already committed stay.
    for (qint64 cancelAt : {qint64(0), qint64(4000), qint64(5000)}) {
        TestDatabase tdb(dialect);
        QSqlDatabase &db = tdb.db();
        QList<qint64> seen;
        auto result = DemoSeeder::seed(db, options, [&](qint64 done, qint64) {
            seen << done;
            return done < cancelAt;
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::Cancelled);
        const qint64 kept = count(db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        QVERIFY2(kept == 0 || seen.contains(kept), qPrintable(QString::number(kept)));
        QVERIFY(kept < options.tickets);
        QVERIFY(kept <= seen.constLast());
        // Nothing half-written: every kept ticket has its timeline, no event lacks its ticket.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = "
                                          "'created'")),
                 kept);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events e WHERE NOT "
                                          "EXISTS (SELECT 1 FROM tickets t WHERE t.id = "
                                          "e.ticket_id)")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), 80);
    }
}

void TestDemoSeeder::rejectsBadOptions()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    DemoOptions options = smallOptions();
    options.tickets = -1;
    auto result = DemoSeeder::seed(tdb.db(), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QCOMPARE(count(tdb.db(), QStringLiteral("SELECT COUNT(*) FROM staff")), 0);
}

void TestDemoSeeder::loadsBuiltInPhrases()
{
    const Result<DemoPhrases> &phrases = DemoPhrases::builtIn();
    QVERIFY2(phrases.ok(), qPrintable(phrases.ok() ? QString() : phrases.error().toString()));
    const DemoPhrases &p = phrases.value();
    QCOMPARE(p.staff.size(), 20);
    QCOMPARE(p.staff.first().login, QStringLiteral("oliver.b"));
    QCOMPARE(p.staff.first().role, StaffRole::Admin);
    QCOMPARE(p.staff.last().active, false);
    QCOMPARE(p.firstNames.size(), 64);
    QCOMPARE(p.lastNames.size(), 64);
    QVERIFY(p.lastNames.contains(QStringLiteral("Nguyễn")));
    QCOMPARE(p.places.size(), 22);
    QCOMPARE(p.homePlaces, 15);
    QCOMPARE(p.devices.size(), 12);
    QCOMPARE(
        std::count_if(p.devices.cbegin(), p.devices.cend(), [](const auto &d) { return d.mobile; }),
        5);
    for (int t = 0; t < int(DemoTopic::Count); ++t)
        QVERIFY2(!p.casesFor(DemoTopic(t)).isEmpty(), qPrintable(QString::number(t)));
    QCOMPARE(p.casesFor(DemoTopic::Login).first().subject, QStringLiteral("Can't sign in"));
    QCOMPARE(p.signOffs.first(), QStringLiteral("Thanks,\n%1"));
    QCOMPARE(p.leadEscalationNotes.size(), 2);
    QVERIFY(!p.securityEscalationNote.isEmpty());
    QCOMPARE(p.lockFailedSignIns, QStringLiteral("Too many failed sign-ins"));
    QCOMPARE(p.suspensionReasons.size(), 3);
    // Loaded once: the same object on every call.
    QCOMPARE(&DemoPhrases::builtIn(), &phrases);

    // Every file in resources/demo is read (none lies there unused), and they all exist.
    QStringList present = QDir(DemoPhrases::builtInFolder()).entryList(QDir::Files, QDir::Name);
    QStringList expected = DemoPhrases::fileNames();
    expected.sort();
    QCOMPARE(present, expected);
}

void TestDemoSeeder::rejectsBrokenPhrases_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected"); // parts of the message

    QTest::newRow("missing file") << "cases.json" << QString() << QString()
                                  << QStringList{"cases.json", "is missing"};
    QTest::newRow("not JSON") << "places.json"
                              << "\"homePlaces\": 15,"
                              << "\"homePlaces\": 15"
                              << QStringList{"places.json", "is not valid JSON", "at character"};
    QTest::newRow("newer format") << "staff.json"
                                  << "\"format\": 1"
                                  << "\"format\": 2"
                                  << QStringList{"staff.json", "entry format", "must be 1"};
    QTest::newRow("renamed field")
        << "cases.json"
        << "\"subject\": \"Password not accepted\""
        << "\"title\": \"Password not accepted\""
        << QStringList{"cases.json", "entry topics.login[2].subject: is missing",
                       "entry topics.login[2].title: is not a field"};
    QTest::newRow("missing topic")
        << "cases.json"
        << "\"activation\": ["
        << "\"activations\": ["
        << QStringList{"entry topics.activation: is missing", "entry topics.activations"};
    QTest::newRow("empty text") << "customer-messages.json"
                                << "\"Hello,\""
                                << "\"  \""
                                << QStringList{"customer-messages.json", "entry greetings[1]",
                                               "is empty"};
    QTest::newRow("not a text") << "people.json"
                                << "\"Olivia\""
                                << "42"
                                << QStringList{"people.json", "entry firstNames[2]",
                                               "must be a text"};
    QTest::newRow("placeholder missing")
        << "agent-messages.json"
        << "\"Best wishes,\\n%1\""
        << "\"Best wishes\""
        << QStringList{"agent-messages.json", "entry signOffs[1]", "must contain %1"};
    QTest::newRow("unknown role") << "staff.json"
                                  << "\"role\": \"admin\""
                                  << "\"role\": \"boss\""
                                  << QStringList{"staff.json", "entry staff[0].role"};
    QTest::newRow("no lead") << "staff.json"
                             << "\"role\": \"lead\""
                             << "\"role\": \"agent\""
                             << QStringList{"staff.json", "entry staff:", "at least one lead"};
    QTest::newRow("no demo agent")
        << "staff.json"
        << "\"maria.k\""
        << "\"marie.k\"" << QStringList{"staff.json", "demo agent \"maria.k\""};
    QTest::newRow("mobile not a flag")
        << "devices.json"
        << "\"mobile\": false"
        << "\"mobile\": \"no\""
        << QStringList{"devices.json", "entry devices[0].mobile", "true or false"};
    QTest::newRow("too many home places")
        << "places.json"
        << "\"homePlaces\": 15"
        << "\"homePlaces\": 99" << QStringList{"places.json", "entry homePlaces", "from 1 to 22"};
    QTest::newRow("bad domain") << "people.json"
                                << "\"example.org\""
                                << "\"Example Org\""
                                << QStringList{"people.json", "entry emailDomains[0]"};
    QTest::newRow("lock reason missing")
        << "accounts.json"
        << "\"unusualLocation\""
        << "\"unusual\""
        << QStringList{"accounts.json", "entry lockReasons.unusualLocation: is missing",
                       "entry lockReasons.unusual: is not a field"};
}

void TestDemoSeeder::rejectsBrokenPhrases()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyBuiltInPhrases(dir);
    // The copies load as they are.
    QVERIFY(DemoPhrases::loadFolder(dir.path()).ok());
    if (from.isEmpty())
        QVERIFY(QFile::remove(dir.filePath(file)));
    else
        replaceIn(dir.filePath(file), from, to);

    const Result<DemoPhrases> loaded = DemoPhrases::loadFolder(dir.path());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, Error::Code::InvalidInput);
    const QString message = loaded.error().message;
    QVERIFY2(message.contains(dir.filePath(file)), qPrintable(message));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(part + QStringLiteral(" in: ") + message));
    // Only the broken file is named.
    for (const QString &other : DemoPhrases::fileNames())
        if (other != file)
            QVERIFY2(!message.contains(other), qPrintable(message));
}

void TestDemoSeeder::seedsFromAPhrasesFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    copyBuiltInPhrases(dir);

    // A copy of the built-in files gives the very same rows.
    TestDatabase builtIn(QStringLiteral("sqlite"));
    TestDatabase copied(QStringLiteral("sqlite"));
    DemoOptions options = smallOptions();
    QVERIFY(DemoSeeder::seed(builtIn.db(), options).ok());
    options.phrasesFolder = dir.path();
    QVERIFY(DemoSeeder::seed(copied.db(), options).ok());
    for (const QString &sql : {QStringLiteral("SELECT * FROM staff ORDER BY id"),
                               QStringLiteral("SELECT * FROM accounts ORDER BY id"),
                               QStringLiteral("SELECT * FROM login_events ORDER BY id"),
                               QStringLiteral("SELECT * FROM tickets ORDER BY id"),
                               QStringLiteral("SELECT * FROM ticket_events ORDER BY id")})
        QCOMPARE(dump(copied.db(), sql), dump(builtIn.db(), sql));

    // A broken file stops the seeding before anything is written. Renaming a field in each of
    // the 12 devices makes 24 problems: the first ten are listed, then how many more there are.
    replaceIn(dir.filePath(QStringLiteral("devices.json")), QStringLiteral("\"userAgent\""),
              QStringLiteral("\"agent\""));
    TestDatabase broken(QStringLiteral("sqlite"));
    auto result = DemoSeeder::seed(broken.db(), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    const QString message = result.error().message;
    // The problems of one entry stay together, in the order of the entries.
    const QString file = QStringLiteral("Demo data file ") +
                         dir.filePath(QStringLiteral("devices.json")) + QStringLiteral(", entry ");
    const QStringList lines = message.split(u'\n');
    QCOMPARE(lines.size(), 11);
    QVERIFY2(lines.at(0).startsWith(file + QStringLiteral("devices[0].userAgent: is missing")),
             qPrintable(message));
    QVERIFY2(lines.at(1).startsWith(file + QStringLiteral("devices[0].agent: is not a field")),
             qPrintable(message));
    QVERIFY2(lines.at(2).startsWith(file + QStringLiteral("devices[1].userAgent: is missing")),
             qPrintable(message));
    QVERIFY2(message.endsWith(QLatin1String("... and 14 more problems.")), qPrintable(message));
    QCOMPARE(count(broken.db(), QStringLiteral("SELECT COUNT(*) FROM staff")), 0);
    QCOMPARE(count(broken.db(), QStringLiteral("SELECT COUNT(*) FROM accounts")), 0);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
