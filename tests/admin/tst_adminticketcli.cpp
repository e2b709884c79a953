// helpdesk-admin tickets create / reply / note end to end on both dialects: the built tool on
// a TestDatabase, exit codes, one-line refusals of bad entry (also real non-UTF-8 bytes in an
// argument, through a shell), and what reply and note write: timeline events and, for a reply,
// the requester's mail queued in the outbox.

#include "AdminProcess.h"
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;

namespace {
using Run = test::AdminRun;
} // namespace

class TestAdminTicketCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ticketsCreateRefusesBadEntry_data() { test::addDialectRows(); }
    void ticketsCreateRefusesBadEntry();
    void ticketsReplyAndNote_data() { test::addDialectRows(); }
    void ticketsReplyAndNote();

private:
    Run run(const QStringList &args, const QByteArray &input = {}) const
    {
        return m_admin.run(args, {}, input);
    }
    Run runWithInput(const QStringList &args, const QByteArray &input) const
    {
        return run(args, input);
    }
    Run runShell(const QString &script, const QHash<QString, QString> &env) const
    {
        return m_admin.runShell(script, env);
    }

    QTemporaryDir m_dir;
    test::AdminProcess m_admin;
};

void TestAdminTicketCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(test::AdminProcess::binary()), qPrintable(test::AdminProcess::binary()));
    m_admin = test::AdminProcess(m_dir.filePath(QStringLiteral("xdg")));
}

void TestAdminTicketCli::ticketsCreateRefusesBadEntry()
{
    QFETCH(QString, dialect);
    test::TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    test::addStaff(tdb.db(), QStringLiteral("maria.k"), QStringLiteral("Maria Keller"));
    const QStringList create{"--database", tdb.url(),   "tickets",    "create",     "--as",
                             "maria.k",    "--subject", "Locked out", "--requester"};
    auto tickets = [&] {
        return Database::scalar(tdb.db(), QStringLiteral("SELECT COUNT(*) FROM tickets"))
            .value()
            .toInt();
    };

    // A name with CR/LF: one line naming the field and what to do, nothing stored.
    Run crlf = run(create + QStringList{"pat@example.com", "--name", "Pat\r\nBcc: x@example.org"});
    QCOMPARE(crlf.exitCode, 1);
    QCOMPARE(crlf.errLines().size(), 1);
    QVERIFY2(crlf.err.contains(QLatin1String("The requester's name contains a line break")),
             qPrintable(crlf.err));
    QVERIFY2(crlf.err.contains(QLatin1String("enter it on one line")), qPrintable(crlf.err));
    QVERIFY(crlf.out.isEmpty());

    // A subject with a vertical tab and a 300-character local part.
    Run vt = run(QStringList{"--database", tdb.url(), "tickets", "create", "--as", "maria.k",
                             "--subject", "Locked\vout", "--requester", "pat@example.com"});
    QCOMPARE(vt.exitCode, 1);
    QCOMPARE(vt.errLines().size(), 1);
    QVERIFY2(vt.err.contains(QLatin1String("The subject contains the control character U+000B")),
             qPrintable(vt.err));
    Run longLocal = run(create + QStringList{QString(300, u'a') + "@example.com"});
    QCOMPARE(longLocal.exitCode, 1);
    QCOMPARE(longLocal.errLines().size(), 1);
    QVERIFY2(longLocal.err.contains(QLatin1String("the local part (before the @) is 300 "
                                                  "characters long; at most 64 are allowed")),
             qPrintable(longLocal.err));

    // Real bytes that are not UTF-8 in the argument (0xFF): the tool gets U+FFFD and refuses.
    Run bytes = runShell(QStringLiteral("exec \"$ADMIN\" --database \"$DB\" tickets create --as "
                                        "maria.k --subject Hi --requester \"$(printf "
                                        "'pat\\377@example.com')\""),
                         {{QStringLiteral("DB"), tdb.url()}});
    QCOMPARE(bytes.exitCode, 1);
    QCOMPARE(bytes.errLines().size(), 1);
    // One U+FFFD at the byte's place, so it arrived as the raw byte.
    QVERIFY2(bytes.err.contains(QLatin1String("The requester's address contains the replacement "
                                              "character U+FFFD at position 4")),
             qPrintable(bytes.err));
    QVERIFY2(bytes.err.contains(QLatin1String("not valid UTF-8")), qPrintable(bytes.err));
    QCOMPARE(tickets(), 0);

    // The good edge values go in.
    Run ok = run(create + QStringList{QString(64, u'a') + "@bücher.example", "--name",
                                      "Zoë Ångström", "--json"});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    QCOMPARE(QJsonDocument::fromJson(ok.out.toUtf8())
                 .object()
                 .value(QStringLiteral("requester_email"))
                 .toString(),
             QString(64, u'a') + "@bücher.example");
    QCOMPARE(tickets(), 1);
}

void TestAdminTicketCli::ticketsReplyAndNote()
{
    QFETCH(QString, dialect);
    test::TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    test::addStaff(db, QStringLiteral("maria.k"), QStringLiteral("Maria Keller"));
    const QString url = tdb.url();
    auto scalar = [&](const QString &sql, const QVariantList &values = {}) {
        return Database::scalar(db, sql, values).value();
    };

    Run created = run({"--database", url, "tickets", "create", "--as", "maria.k", "--subject",
                       "Cannot sign in", "--requester", "pat@example.com", "--json"});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const qint64 number =
        QJsonDocument::fromJson(created.out.toUtf8()).object().value("number").toInteger();
    QVERIFY(number > 0);
    const QString numberText = QString::number(number);

    // A reply: the timeline event and the customer's mail, queued in the same transaction.
    Run reply = run({"--database", url, "tickets", "reply", numberText, "--as", "maria.k",
                     "--message", "Please try a private window."});
    QVERIFY2(reply.exitCode == 0, qPrintable(reply.err));
    const qint64 firstOutbox = scalar("SELECT MAX(id) FROM outbox").toLongLong();
    QCOMPARE(reply.out, QStringLiteral("Replied on ticket #%1; the email to pat@example.com is "
                                       "queued (outbox message %2).\n")
                            .arg(number)
                            .arg(firstOutbox));
    QVERIFY(reply.err.isEmpty());
    QCOMPARE(scalar("SELECT to_address FROM outbox WHERE id = ?", {firstOutbox}).toString(),
             QStringLiteral("pat@example.com"));
    QCOMPARE(scalar("SELECT ticket_id FROM outbox WHERE id = ?", {firstOutbox}).toLongLong(),
             number);
    QCOMPARE(scalar("SELECT status FROM outbox WHERE id = ?", {firstOutbox}).toString(),
             QStringLiteral("queued"));
    QVERIFY2(scalar("SELECT text_body FROM outbox WHERE id = ?", {firstOutbox})
                 .toString()
                 .contains(QLatin1String("Please try a private window.")),
             "the reply's text is in the mail");
    QCOMPARE(scalar("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'reply' "
                    "AND body = ?",
                    {number, "Please try a private window."})
                 .toInt(),
             1);
    // The reply moved the ticket on (new -> open), as in the app.
    QCOMPARE(scalar("SELECT status FROM tickets WHERE id = ?", {number}).toString(),
             QStringLiteral("open"));

    // --json, the text from standard input.
    Run jsonReply = runWithInput({"--database", url, "tickets", "reply", "#" + numberText, "--as",
                                  "maria.k", "--message-file", "-", "--json"},
                                 "Second answer,\nwith two lines.\n");
    QVERIFY2(jsonReply.exitCode == 0, qPrintable(jsonReply.err));
    const QJsonObject replied = QJsonDocument::fromJson(jsonReply.out.toUtf8()).object();
    QCOMPARE(replied.value("ticket").toInteger(), number);
    const qint64 replyEvent = replied.value("event").toInteger();
    const qint64 replyOutbox = replied.value("outbox").toInteger();
    QVERIFY(replyOutbox > firstOutbox);
    QCOMPARE(scalar("SELECT kind FROM ticket_events WHERE id = ?", {replyEvent}).toString(),
             QStringLiteral("reply"));
    QCOMPARE(scalar("SELECT body FROM ticket_events WHERE id = ?", {replyEvent}).toString(),
             QStringLiteral("Second answer,\nwith two lines."));
    QCOMPARE(scalar("SELECT event_id FROM outbox WHERE id = ?", {replyOutbox}).toLongLong(),
             replyEvent);
    const int outboxRows = scalar("SELECT COUNT(*) FROM outbox").toInt();
    QCOMPARE(outboxRows, 2);

    // A note from a file: on the timeline, no mail.
    const QString noteFile = m_dir.filePath(QStringLiteral("note-%1.txt").arg(dialect));
    {
        QFile f(noteFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Customer called back; Zoë says it works now.\n");
    }
    Run note = run({"--database", url, "tickets", "note", numberText, "--as", "maria.k",
                    "--message-file", noteFile});
    QVERIFY2(note.exitCode == 0, qPrintable(note.err));
    QCOMPARE(note.out, QStringLiteral("Added an internal note to ticket #%1; no email goes to the "
                                      "customer.\n")
                           .arg(number));
    QCOMPARE(scalar("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = 'note' "
                    "AND body = ?",
                    {number, QStringLiteral("Customer called back; Zoë says it works now.")})
                 .toInt(),
             1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox").toInt(), outboxRows);

    // A note from standard input, --json: no outbox message.
    Run jsonNote = runWithInput({"--database", url, "tickets", "note", numberText, "--as",
                                 "maria.k", "--message-file", "-", "--json"},
                                "Checked the sign-in log.");
    QVERIFY2(jsonNote.exitCode == 0, qPrintable(jsonNote.err));
    const QJsonObject noted = QJsonDocument::fromJson(jsonNote.out.toUtf8()).object();
    QCOMPARE(noted.value("ticket").toInteger(), number);
    QVERIFY(noted.contains("outbox") && noted.value("outbox").isNull());
    QCOMPARE(
        scalar("SELECT kind FROM ticket_events WHERE id = ?", {noted.value("event").toInteger()})
            .toString(),
        QStringLiteral("note"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox").toInt(), outboxRows);

    const int events =
        scalar("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?", {number}).toInt();
    // (QVERIFY in a lambda only leaves the lambda: the message says which call it was.)
    auto failsWithOneLine = [&](const Run &r, const QString &expected) {
        QVERIFY2(r.exitCode == 1, qPrintable(expected + QStringLiteral(": ") + r.out + r.err));
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("helpdesk-admin: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    };

    // An unknown ticket number.
    failsWithOneLine(run({"--database", url, "tickets", "reply", "999999", "--as", "maria.k",
                          "--message", "Hello"}),
                     QStringLiteral("There is no ticket #999999"));
    failsWithOneLine(run({"--database", url, "tickets", "note", "999999", "--as", "maria.k",
                          "--message", "Hello"}),
                     QStringLiteral("There is no ticket #999999"));
    // A message file that is not UTF-8, a missing one, invalid bytes in --message, an empty text.
    const QString latin1File = m_dir.filePath(QStringLiteral("latin1-%1.txt").arg(dialect));
    {
        QFile f(latin1File);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Caf\xe9 au lait\n");
    }
    failsWithOneLine(run({"--database", url, "tickets", "reply", numberText, "--as", "maria.k",
                          "--message-file", latin1File}),
                     QStringLiteral("is not valid UTF-8"));
    failsWithOneLine(runWithInput({"--database", url, "tickets", "note", numberText, "--as",
                                   "maria.k", "--message-file", "-"},
                                  "Caf\xe9"),
                     QStringLiteral("standard input is not valid UTF-8"));
    failsWithOneLine(run({"--database", url, "tickets", "note", numberText, "--as", "maria.k",
                          "--message-file", m_dir.filePath("no-such-file.txt")}),
                     QStringLiteral("Cannot read the message file"));
    failsWithOneLine(runShell(QStringLiteral("exec \"$ADMIN\" --database \"$DB\" tickets reply "
                                             "\"$N\" --as maria.k --message \"$(printf "
                                             "'Caf\\351')\""),
                              {{QStringLiteral("DB"), url}, {QStringLiteral("N"), numberText}}),
                     QStringLiteral("The reply contains the replacement character U+FFFD"));
    failsWithOneLine(run({"--database", url, "tickets", "reply", numberText, "--as", "maria.k",
                          "--message", "   "}),
                     QStringLiteral("The reply is empty"));
    // No such staff member.
    failsWithOneLine(run({"--database", url, "tickets", "note", numberText, "--as", "nobody.x",
                          "--message", "Hello"}),
                     QStringLiteral("nobody.x"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ?", {number}).toInt(),
             events);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox").toInt(), outboxRows);
}

QTEST_GUILESS_MAIN(TestAdminTicketCli)
#include "tst_adminticketcli.moc"
