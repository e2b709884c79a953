// Entry validation on both dialects: every bad subject, name, address and body is refused by
// TicketActions::create with InvalidInput, a message naming the field and what is wrong, and no
// row written; good edge values are stored and their reply mail can be queued (what is stored
// can be sent). The rules are the mail builder's own (MailText, MailAddress::normalized).
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "mail/MailText.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QtTest>

#include <map>
#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;

QString withChar(const QString &before, char32_t c, const QString &after)
{
    return before + QString::fromUcs4(&c, 1) + after;
}

QString withUnit(const QString &before, char16_t unit, const QString &after)
{
    return before + QChar(unit) + after;
}

// What QCoreApplication::arguments() and QFile reading give for bytes that are not UTF-8.
QString decoded(const char *bytes)
{
    return QString::fromUtf8(QByteArray(bytes));
}

NewTicket goodTicket()
{
    NewTicket n;
    n.subject = QStringLiteral("Cannot sign in");
    n.requester = QStringLiteral("pat@example.com");
    n.requesterName = QStringLiteral("Pat Doe");
    n.body = QStringLiteral("It says my password is wrong.");
    return n;
}

void setField(NewTicket &n, const QString &field, const QString &value)
{
    if (field == u"subject")
        n.subject = value;
    else if (field == u"name")
        n.requesterName = value;
    else if (field == u"address" || field == u"requester")
        n.requester = value;
    else if (field == u"body")
        n.body = value;
    else
        QFAIL(qPrintable(QStringLiteral("unknown field ") + field));
}

int count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Database::scalar(db, sql, values).value().toInt();
}

struct Counts
{
    int tickets = 0;
    int events = 0;
    int audit = 0;
    bool operator==(const Counts &) const = default;
};

Counts counts(QSqlDatabase &db)
{
    return {count(db, QStringLiteral("SELECT COUNT(*) FROM tickets")),
            count(db, QStringLiteral("SELECT COUNT(*) FROM ticket_events")),
            count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"))};
}
} // namespace

class TestEntryValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addDialectRows(); }

    void refusesBadEntry_data();
    void refusesBadEntry();
    void acceptsGoodEdgeValues_data();
    void acceptsGoodEdgeValues();
    void checksWhatComesFromTheAccount();
    void checksReplyNoteAndCommentBodies();

private:
    // One database per dialect for the whole run (a fresh PostgreSQL database per row would
    // cost seconds each); every row checks its own effect on the counts.
    TestDatabase &database(const QString &dialect);
    std::map<QString, std::unique_ptr<TestDatabase>> m_databases;
    std::map<QString, Staff> m_actors;
};

TestDatabase &TestEntryValidation::database(const QString &dialect)
{
    auto &slot = m_databases[dialect];
    if (!slot) {
        slot = std::make_unique<TestDatabase>(dialect);
        if (slot->isAvailable()) {
            Staff s;
            s.login = QStringLiteral("maria.k");
            s.displayName = QStringLiteral("Maria Keller");
            s.role = StaffRole::Agent;
            s.id = addStaff(slot->db(), s.login, s.displayName);
            m_actors[dialect] = s;
        }
    }
    return *slot;
}

void TestEntryValidation::refusesBadEntry_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // the field as the message names it
    QTest::addColumn<QString>("what");  // what the message says is wrong

    const QString subject = QStringLiteral("subject");
    const QString name = QStringLiteral("requester's name");
    const QString address = QStringLiteral("requester's address");
    const QString lineBreak = QStringLiteral("line break");
    const QString control = QStringLiteral("control character");
    const QString utf8 = QStringLiteral("not valid UTF-8");
    const QString surrogate = QStringLiteral("surrogate");

    struct Row
    {
        const char *tag;
        QString field;
        QString value;
        QString named;
        QString what;
    };
    const QList<Row> rows = {
        // Subjects: one line, no control characters, valid text.
        {"subject LF", "subject", "Hello\nWorld", subject, lineBreak},
        {"subject CR", "subject", "Hello\rWorld", subject, lineBreak},
        {"subject header injection", "subject", "Hi\r\nBcc: victim@example.org", subject,
         lineBreak},
        {"subject trailing LF", "subject", "Hello\n", subject, lineBreak},
        {"subject VT", "subject", "Hello\vWorld", subject, "U+000B (vertical tab)"},
        {"subject FF", "subject", "Hello\fWorld", subject, "U+000C (form feed)"},
        {"subject NUL", "subject", withUnit("Hello", 0, "World"), subject, "U+0000 (NUL)"},
        {"subject ESC", "subject", withUnit("Hello", 0x1b, "[31m"), subject, control},
        {"subject DEL", "subject", withUnit("Hello", 0x7f, ""), subject, "U+007F (delete)"},
        {"subject NEL (C1)", "subject", withUnit("Hello", 0x85, "World"), subject, lineBreak},
        {"subject CSI (C1)", "subject", withUnit("Hello", 0x9b, "World"), subject, "U+009B"},
        {"subject line separator", "subject", withChar("Hello", 0x2028, "World"), subject,
         "U+2028 (line separator)"},
        {"subject paragraph separator", "subject", withChar("Hello", 0x2029, "World"), subject,
         "U+2029"},
        {"subject invalid UTF-8", "subject", decoded("Caf\xe9 au lait"), subject, utf8},
        {"subject lone high surrogate", "subject", withUnit("Key ", 0xd83d, " lost"), subject,
         surrogate},
        {"subject lone low surrogate", "subject", withUnit("Key ", 0xdd11, ""), subject, surrogate},
        {"subject 301 characters", "subject", QString(301, u'x'), subject, "too long"},
        {"subject empty", "subject", "   ", subject, "empty"},
        // Display names: the same rules.
        {"name LF", "name", "Pat\nDoe", name, lineBreak},
        {"name CRLF", "name", "Pat Doe\r\nBcc: x@example.org", name, lineBreak},
        {"name trailing CR", "name", "Pat Doe\r", name, lineBreak},
        {"name VT", "name", "Pat\vDoe", name, "U+000B"},
        {"name NUL", "name", withUnit("Pat", 0, "Doe"), name, "U+0000"},
        {"name C1", "name", withUnit("Pat", 0x90, "Doe"), name, control},
        {"name line separator", "name", withChar("Pat", 0x2028, "Doe"), name, lineBreak},
        {"name invalid UTF-8", "name", decoded("Zo\xeb"), name, utf8},
        {"name lone surrogate", "name", withUnit("Pat", 0xdc00, ""), name, surrogate},
        // Addresses: RFC 5321 limits, valid UTF-8, the mail builder's syntax.
        {"local part 65 characters", "address", QString(65, u'a') + "@example.com", address,
         "65 characters long; at most 64"},
        {"local part 300 characters", "address", QString(300, u'a') + "@example.com", address,
         "300 characters long; at most 64"},
        {"domain label 64 characters", "address", "pat@" + QString(64, u'b') + ".example.com",
         address, "64 characters long; at most 63"},
        {"domain label with %1 in it, 72 characters", "address",
         "pat@%1" + QString(70, u'x') + ".com", address, "72 characters long; at most 63"},
        {"domain 259 characters", "address", "p@" + (QString(63, u'c') + u'.').repeated(4) + "org",
         address, "259 characters long; at most 255"},
        {"address 255 characters", "address",
         QString(64, u'a') + u'@' + (QString(62, u'd') + u'.').repeated(2) + QString(60, u'e') +
             ".com",
         address, "255 characters long; at most 254"},
        {"address invalid UTF-8 in the local part", "address", decoded("pat\xff@example.com"),
         address, utf8},
        {"address invalid UTF-8 in the domain", "address", decoded("pat@exa\xc3\x28mple.com"),
         address, utf8},
        {"address lone surrogate", "address", withUnit("pat", 0xd800, "@example.com"), address,
         surrogate},
        {"address CRLF injection", "address", "pat@example.com\r\nBcc: x@example.org", address,
         lineBreak},
        {"address VT", "address", "pat\v@example.com", address, control},
        {"address non-ASCII local part", "address", "zoë@example.org", address, "ASCII"},
        {"address with a space", "address", "pat doe@example.com", address, "space"},
        {"address with two @", "address", "pat@@example.com", address, "\"@\""},
        {"address without a dot in the domain", "address", "pat@localhost", address, "dot"},
        {"address with an empty domain part", "address", "pat@example..com", address, "empty part"},
        {"address with a hyphen at a label's end", "address", "pat@example-.com", address,
         "hyphen"},
        {"address with an underscore in the domain", "address", "pat@exa_mple.com", address,
         "letters, digits and hyphens"},
        {"address with a quoted local part", "address", "\"pat doe\"@example.com", address,
         "space"},
        {"address in angle brackets", "address", "<pat@example.com>", address, "angle"},
        // The account-name lookup key.
        {"requester name with NUL", "requester", withUnit("Ann", 0, "Archer"), "requester",
         "U+0000"},
        // The first message: valid UTF-8 without NUL.
        {"body NUL", "body", withUnit("Hello", 0, "there"), "first message", "U+0000"},
        {"body invalid UTF-8", "body", decoded("Line one\nCaf\xe9\n"), "first message",
         "on line 2"},
        {"body lone surrogate", "body", withUnit("Hello ", 0xd83d, ""), "first message", surrogate},
    };
    for (const Row &row : rows)
        QTest::newRow(row.tag) << row.field << row.value << row.named << row.what;
}

void TestEntryValidation::refusesBadEntry()
{
    QFETCH_GLOBAL(QString, dialect);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);
    QFETCH(QString, what);
    TestDatabase &tdb = database(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();

    NewTicket n = goodTicket();
    setField(n, field, value);
    const Counts before = counts(db);
    auto created = TicketActions(db, m_actors[dialect], kNow).create(n);
    QVERIFY2(!created.ok(), "a bad value was accepted");
    const Error &e = created.error();
    QCOMPARE(e.code, Error::Code::InvalidInput);
    QVERIFY2(e.message.contains(named, Qt::CaseInsensitive), qPrintable(e.message));
    QVERIFY2(e.message.contains(what, Qt::CaseInsensitive), qPrintable(e.message));
    // One line that a terminal or message bar shows as it is.
    QVERIFY2(!MailText::findInLine(e.message, MailText::Rules::Entered).has_value(),
             qPrintable(e.message));
    QVERIFY2(e.message.size() < 400, qPrintable(e.message));
    QCOMPARE(counts(db), before);
}

void TestEntryValidation::acceptsGoodEdgeValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("stored"); // the ticket column it must land in, unchanged
    QTest::newRow("local part of 64 characters") << "address" << QString(64, u'a') + "@example.com"
                                                 << "requester_email";
    QTest::newRow("address of 254 characters")
        << "address"
        << QString(64, u'a') + u'@' + (QString(62, u'd') + u'.').repeated(2) + QString(59, u'e') +
               ".com"
        << "requester_email";
    QTest::newRow("domain label of 63 characters") << "address"
                                                   << "pat@" + QString(63, u'b') + ".example.com"
                                                   << "requester_email";
    QTest::newRow("IDN domain") << "address"
                                << "pat@bücher.example"
                                << "requester_email";
    QTest::newRow("IDN domain, Cyrillic") << "address"
                                          << "ivan@пример.рф"
                                          << "requester_email";
    QTest::newRow("atext specials") << "address"
                                    << "o'brien+helpdesk@sub.example.co.uk"
                                    << "requester_email";
    QTest::newRow("IP literal") << "address"
                                << "pat@[192.0.2.1]"
                                << "requester_email";
    QTest::newRow("name with accents") << "name"
                                       << "Zoë Ångström-Müller"
                                       << "requester_name";
    QTest::newRow("name with comma and quotes") << "name"
                                                << "Doe, Pat \"PD\" (IT)"
                                                << "requester_name";
    QTest::newRow("name in Japanese") << "name"
                                      << "山田太郎"
                                      << "requester_name";
    QTest::newRow("subject with a tab") << "subject"
                                        << "Login\tfails on Mondays"
                                        << "subject";
    QTest::newRow("subject with emoji") << "subject"
                                        << "🔐 Locked out again 🔑"
                                        << "subject";
    QTest::newRow("subject of 300 characters") << "subject" << QString(300, u's') << "subject";
    QTest::newRow("subject in Cyrillic") << "subject"
                                         << "Сброс пароля не работает"
                                         << "subject";
    QTest::newRow("body with line breaks and tabs") << "body"
                                                    << "Line one\r\nLine two\n\tindented\x0b"
                                                    << "";
}

void TestEntryValidation::acceptsGoodEdgeValues()
{
    QFETCH_GLOBAL(QString, dialect);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, stored);
    TestDatabase &tdb = database(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();

    NewTicket n = goodTicket();
    setField(n, field, value);
    const Counts before = counts(db);
    TicketActions actions(db, m_actors[dialect], kNow);
    auto created = actions.create(n);
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
    QCOMPARE(counts(db).tickets, before.tickets + 1);
    QVERIFY(actions.lastEventId() > 0);
    if (stored == u"subject")
        QCOMPARE(created->subject, value);
    else if (stored == u"requester_email")
        QCOMPARE(created->requesterEmail, value);
    else if (stored == u"requester_name")
        QCOMPARE(created->requesterName, value);

    // What was stored can be mailed: the reply's mail to the requester is built and queued.
    OutboxReplyHook hook;
    auto replied = TicketActions(db, m_actors[dialect], kNow, &hook)
                       .reply(created->id, created->version, QStringLiteral("We are on it."));
    QVERIFY2(replied.ok(), replied ? "" : qPrintable(replied.error().message));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND "
                                  "to_address = ? AND status = 'queued'"),
                   {QVariant::fromValue(created->id), created->requesterEmail}),
             1);
}

void TestEntryValidation::checksWhatComesFromTheAccount()
{
    QFETCH_GLOBAL(QString, dialect);
    TestDatabase &tdb = database(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    // Rows written before entry validation existed (or by an import) can still hold anything.
    QVERIFY(Database::exec(db,
                           QStringLiteral("INSERT INTO accounts (email, display_name, status, "
                                          "created_at, updated_at) VALUES (?, ?, 'active', 1, 1), "
                                          "(?, ?, 'active', 1, 1)"),
                           {QStringLiteral("legacy.name@example.org"),
                            withChar(QStringLiteral("Legacy"), 0x2028, QStringLiteral("Name")),
                            QStringLiteral("legacy address@example.org"),
                            QStringLiteral("Legacy Address")})
                .ok());
    TicketActions actions(db, m_actors[dialect], kNow);
    const Counts before = counts(db);

    NewTicket byEmail = goodTicket();
    byEmail.requester = QStringLiteral("legacy.name@example.org");
    byEmail.requesterName.clear();
    auto refusedName = actions.create(byEmail);
    QVERIFY(!refusedName.ok());
    QCOMPARE(refusedName.error().code, Error::Code::InvalidInput);
    QVERIFY2(refusedName.error().message.contains(QLatin1String("from the customer account")),
             qPrintable(refusedName.error().message));

    NewTicket byName = goodTicket();
    byName.requester = QStringLiteral("Legacy Address");
    auto refusedAddress = actions.create(byName);
    QVERIFY(!refusedAddress.ok());
    QCOMPARE(refusedAddress.error().code, Error::Code::InvalidInput);
    QVERIFY2(refusedAddress.error().message.contains(QLatin1String("customer account's address")),
             qPrintable(refusedAddress.error().message));
    QCOMPARE(counts(db), before);

    // A name entered for the ticket replaces the account's unusable one.
    byEmail.requesterName = QStringLiteral("Legacy Name");
    auto created = actions.create(byEmail);
    QVERIFY2(created.ok(), created ? "" : qPrintable(created.error().message));
    QCOMPARE(created->requesterName, QStringLiteral("Legacy Name"));
    QVERIFY(created->accountId.has_value());
}

void TestEntryValidation::checksReplyNoteAndCommentBodies()
{
    QFETCH_GLOBAL(QString, dialect);
    TestDatabase &tdb = database(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    TicketActions actions(db, m_actors[dialect], kNow);
    auto t = actions.create(goodTicket());
    QVERIFY(t.ok());
    const Counts before = counts(db);
    const QString nul = withUnit(QStringLiteral("Try"), 0, QStringLiteral("again"));
    const QString broken = decoded("Caf\xe9");
    for (const auto &[result, field] :
         {std::pair{actions.reply(t->id, t->version, nul), QStringLiteral("reply")},
          std::pair{actions.reply(t->id, t->version, broken), QStringLiteral("reply")},
          std::pair{actions.note(t->id, t->version, nul), QStringLiteral("note")},
          std::pair{actions.note(t->id, t->version, broken), QStringLiteral("note")},
          std::pair{actions.setStatus(t->id, t->version, TicketStatus::Open, nul),
                    QStringLiteral("comment")}}) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(QStringLiteral("The ") + field),
                 qPrintable(result.error().message));
    }
    QCOMPARE(counts(db), before);
    QCOMPARE(TicketStore(db).ticket(t->id)->version, t->version);
}

QTEST_GUILESS_MAIN(TestEntryValidation)
#include "tst_entryvalidation.moc"
