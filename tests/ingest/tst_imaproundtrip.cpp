// The whole loop over real services: an agent's reply goes out through the outbox to the test
// relay (aiosmtpd), the customer's answer to it is put into a private Dovecot mailbox, and
// `helpdesk-admin mail fetch --once` threads it into the ticket, which was waiting for the
// customer: it is open again, its SLA clock runs, it is unread for the assignee, and the message
// is flagged on the server. A second fetch finds nothing; two fetchers running at once process
// each new message exactly once.
#include "AdminProcess.h"
#include "DovecotServer.h"
#include "OutboxTestUtil.h"
#include "TestDatabase.h"
#include "TestServices.h"

#include "db/Database.h"
#include "ingest/IncomingMailSettings.h"
#include "mail/Outbox.h"
#include "settings/Settings.h"
#include "staff/StaffStore.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"
#include "timeline/TimelineStore.h"

#include <QDateTime>
#include <QDir>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace helpdesk;
using namespace helpdesk::test;

class TstImapRoundTrip : public QObject
{
    Q_OBJECT
private slots:
    void replyOutAnswerInClockResumes();

private:
    QTemporaryDir m_dir;
};

void TstImapRoundTrip::replyOutAnswerInClockResumes()
{
    if (!DovecotServer::isInstalled()) {
        if (servicesRequired())
            QFAIL("dovecot-imapd is required (HELPDESK_REQUIRE_SERVICES=1) but not installed");
        QSKIP("dovecot-imapd is not installed");
    }
    const QString python = findRelayPython();
    HELPDESK_REQUIRE_RELAY(python);
    QString error;
    DovecotServer imap;
    QVERIFY2(imap.start(&error), qPrintable(error));
    TestCertificates certs;
    QVERIFY2(makeTestCertificates(m_dir.path(), &certs, &error), qPrintable(error));
    TestRelay relay;
    QVERIFY2(relay.start(python, certs, m_dir.filePath(QStringLiteral("maildir")), 0, &error),
             qPrintable(error));

    TestDatabase tdb(QStringLiteral("sqlite"));
    QSqlDatabase &db = tdb.db();
    QVERIFY2(useRelay(db, relay, certs, &error), qPrintable(error));
    IncomingMailSettings incoming;
    incoming.host = imap.host();
    incoming.port = imap.implicitTlsPort();
    incoming.security = ImapSettings::Security::ImplicitTls;
    incoming.user = imap.user();
    incoming.caFile = imap.caFile();
    {
        Settings settings(db);
        QVERIFY(incoming.save(settings));
    }
    QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO staff (login, display_name, email, "
                                              "role) VALUES ('maria.k', 'Maria K', "
                                              "'maria@example.org', 'agent')")));
    auto maria = StaffStore(db).byLogin(QStringLiteral("maria.k"));
    QVERIFY(maria);

    // The ticket, taken and answered; the agent waits for the customer.
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    NewTicket n;
    n.subject = QStringLiteral("Cannot sign in after the update");
    n.requester = QStringLiteral("anna.berg@mail.example.net");
    n.requesterName = QStringLiteral("Anna Berg");
    n.body = QStringLiteral("Since yesterday the app says my password is wrong.");
    auto ticket = TicketActions(db, maria.value(), start).create(n);
    QVERIFY(ticket);
    auto taken = TicketActions(db, maria.value(), start + 1000).take(ticket->id, ticket->version);
    QVERIFY(taken);
    OutboxReplyHook hook;
    auto replied = TicketActions(db, maria.value(), start + 2000, &hook)
                       .reply(ticket->id, taken->version,
                              QStringLiteral("Please try the reset link we just sent you."));
    QVERIFY(replied);
    auto pending = TicketActions(db, maria.value(), start + 3000)
                       .setStatus(ticket->id, replied->version, TicketStatus::PendingCustomer);
    QVERIFY(pending);
    QVERIFY(!pending->resolutionDue.isValid());
    tdb.closeConnections();

    AdminProcess admin(m_dir.filePath(QStringLiteral("home")));
    const QString url = tdb.url();
    const AdminRun sent =
        admin.run({QStringLiteral("--database"), url, QStringLiteral("outbox"),
                   QStringLiteral("run"), QStringLiteral("--once")},
                  {{QStringLiteral("HELPDESK_SMTP_PASSWORD"), TestRelay::Password}});
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    const QHash<QString, int> relayed = messageIdCounts(relay.maildir());
    QCOMPARE(relayed.size(), 1);
    const QString replyId = relayed.keys().first();
    {
        QSqlDatabase &again = tdb.db();
        auto rows = Outbox::forTicket(again, ticket->id);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().messageId, replyId);
        QCOMPARE(rows->first().status, OutboxStatus::Sent);
        tdb.closeConnections();
    }

    // The customer answers from her mail program.
    const QByteArray answer =
        QStringLiteral("From: Anna Berg <anna.berg@mail.example.net>\r\n"
                       "To: helpdesk@example.org\r\nSubject: Re: %1\r\n"
                       "Message-ID: <anna-answer-1@mail.example.net>\r\nIn-Reply-To: %2\r\n"
                       "References: %2\r\nDate: %3\r\nMIME-Version: 1.0\r\n"
                       "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                       "Thank you, the link worked and I can sign in again.\r\n\r\n"
                       "> Please try the reset link we just sent you.\r\n")
            .arg(n.subject, replyId, QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date))
            .toUtf8();
    QVERIFY2(imap.deliver(answer, QStringLiteral("INBOX"), &error), qPrintable(error));

    const QHash<QString, QString> imapPassword{
        {QStringLiteral("HELPDESK_IMAP_PASSWORD"), imap.password()}};
    const QStringList fetch{QStringLiteral("--database"), url, QStringLiteral("mail"),
                            QStringLiteral("fetch"), QStringLiteral("--once")};
    const AdminRun fetched = admin.run(fetch, imapPassword);
    QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.out + fetched.err + imap.log()));
    QVERIFY2(fetched.out.contains(QStringLiteral("1 new message(s): 0 new ticket(s), 1 added")),
             qPrintable(fetched.out));
    QVERIFY(!fetched.out.contains(imap.password()) && !fetched.err.contains(imap.password()));

    {
        QSqlDatabase &again = tdb.db();
        auto now = TicketStore(again).ticket(ticket->id);
        QVERIFY(now);
        QCOMPARE(now->status, TicketStatus::Open);
        QVERIFY2(now->resolutionDue.isValid(), "the SLA clock runs again");
        QVERIFY(now->unreadSince.isValid());
        auto events = TimelineStore(again).events(ticket->id);
        QVERIFY(events);
        const TicketEvent &last = events->last();
        QCOMPARE(last.kind, QStringLiteral("customer_reply"));
        QVERIFY(last.body.contains(QStringLiteral("the link worked")));
        QVERIFY2(last.data.contains(QStringLiteral("in_reply_to")), qPrintable(last.data));
        tdb.closeConnections();
    }
    QVERIFY(imap.flags(QStringLiteral("INBOX"), 1, &error)
                .contains(QStringLiteral("$HelpdeskProcessed")));

    // Nothing twice.
    const AdminRun second = admin.run(fetch, imapPassword);
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("0 new message(s)")), qPrintable(second.out));

    // Three new customers and two fetchers at once: three tickets.
    for (int i = 1; i <= 3; ++i)
        QVERIFY(imap.deliver(QStringLiteral("From: Customer %1 <c%1@customer.example>\r\n"
                                            "To: helpdesk@example.org\r\nSubject: Locked out %1\r\n"
                                            "Message-ID: <parallel-%1@customer.example>\r\n\r\n"
                                            "My account is locked.\r\n")
                                 .arg(i)
                                 .toUtf8(),
                             QStringLiteral("INBOX"), &error));
    QFuture<AdminRun> a = QtConcurrent::run([&] { return admin.run(fetch, imapPassword); });
    QFuture<AdminRun> b = QtConcurrent::run([&] { return admin.run(fetch, imapPassword); });
    const AdminRun ra = a.result();
    const AdminRun rb = b.result();
    QVERIFY2(ra.exitCode == 0, qPrintable(ra.err));
    QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
    QSqlDatabase &finalDb = tdb.db();
    auto tickets = Database::scalar(finalDb, QStringLiteral("SELECT COUNT(*) FROM tickets"));
    QVERIFY(tickets);
    QCOMPARE(tickets->toInt(), 4);
    auto inbound =
        Database::scalar(finalDb, QStringLiteral("SELECT COUNT(*) FROM inbound_messages"));
    QCOMPARE(inbound->toInt(), 4);
}

QTEST_GUILESS_MAIN(TstImapRoundTrip)
#include "tst_imaproundtrip.moc"
