// Received mail on the shared PostgreSQL, from each login that takes it in (issue 14 on the
// security boundary of issue 12): the server's mail job (helpdesk_mailer) and a desktop app
// fetching the mailbox (a staff login) both create and extend tickets; an agent reads what
// arrived but not a message's raw source; opening a ticket clears its unread mark without an
// audit entry, while a real change made around the app is still audited.

#include "SecurityFixture.h"

#include "Fixtures.h"
#include "ingest/MailIngest.h"

#include <QDateTime>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray message(const QString &from, const QString &messageId, const QString &subject,
                   const QString &inReplyTo = {})
{
    QString m = QStringLiteral("From: %1\r\nTo: support@example.com\r\nSubject: %2\r\n"
                               "Message-ID: <%3>\r\nDate: Wed, 02 Dec 2026 10:00:00 +0000\r\n")
                    .arg(from, subject, messageId);
    if (!inReplyTo.isEmpty())
        m += QStringLiteral("In-Reply-To: <%1>\r\n").arg(inReplyTo);
    m += QStringLiteral("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                        "I still cannot sign in since this morning.\r\n");
    return m.toUtf8();
}

} // namespace

class TestInboundRights : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;

    IngestResult ingest(QSqlDatabase &db, const QByteArray &raw)
    {
        MailIngest in(db, nowMs());
        auto r = in.ingest(raw, IngestOptions{});
        if (!r.ok()) {
            qWarning("ingest failed: %s", qPrintable(r.error().message));
            IngestResult refused;
            refused.outcome = IngestResult::Outcome::Refused;
            return refused;
        }
        return r.value();
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
    }
    void cleanupTestCase() { f.reset(); }

    void theMailJobCreatesAndExtendsTickets()
    {
        const IngestResult created =
            ingest(f->mailer(),
                   message(QStringLiteral("dana@example.net"), QStringLiteral("first@example.net"),
                           QStringLiteral("Cannot sign in")));
        QCOMPARE(IngestResult::key(created.outcome), QStringLiteral("created"));
        QVERIFY(created.ticketId.has_value());
        const IngestResult added = ingest(
            f->mailer(),
            message(QStringLiteral("dana@example.net"), QStringLiteral("second@example.net"),
                    QStringLiteral("Re: Cannot sign in"), QStringLiteral("first@example.net")));
        QCOMPARE(IngestResult::key(added.outcome), QStringLiteral("added"));
        QCOMPARE(added.ticketId, created.ticketId);
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? "
                                          "AND kind = 'customer_reply'"),
                           {*created.ticketId})
                     .toInt(),
                 1);
    }

    void anAgentsAppTakesMailInButCannotReadTheRawSource()
    {
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        const IngestResult created =
            ingest(agent, message(QStringLiteral("lee@example.net"),
                                  QStringLiteral("agent-fetch@example.net"),
                                  QStringLiteral("Locked out after travelling")));
        QCOMPARE(IngestResult::key(created.outcome), QStringLiteral("created"));
        QVERIFY(created.ticketId.has_value());
        QString error;
        QVERIFY(tryExec(agent, QStringLiteral("SELECT subject FROM inbound_messages"), {}, &error));
        QVERIFY(!tryExec(agent, QStringLiteral("SELECT raw FROM inbound_raw"), {}, &error));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
        QVERIFY(tryExec(f->as(QStringLiteral("admin")),
                        QStringLiteral("SELECT raw FROM inbound_raw"), {}, &error));
    }

    void clearingTheUnreadMarkIsNotAnAuditedChange()
    {
        const qint64 agentId = f->staff(QStringLiteral("agent")).id;
        TicketRow row;
        row.status = QStringLiteral("open");
        row.assigneeId = agentId;
        const qint64 id = addTicket(f->admin(), row);
        QVERIFY(tryExec(f->admin(),
                        QStringLiteral("UPDATE tickets SET unread_since = 1 WHERE id = ?"), {id}));
        const QString unrecorded =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = ? AND action LIKE "
                           "'unrecorded_%'");
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        QString error;
        QVERIFY2(tryExec(agent,
                         QStringLiteral("UPDATE tickets SET unread_since = NULL WHERE id = ?"),
                         {id}, &error),
                 qPrintable(error));
        QCOMPARE(f->scalar(unrecorded, {id}).toInt(), 0);
        // A change of substance made around the app is still recorded by the database.
        QVERIFY2(
            tryExec(agent,
                    QStringLiteral("UPDATE tickets SET priority = priority + 1, version = version "
                                   "+ 1 WHERE id = ?"),
                    {id}, &error),
            qPrintable(error));
        QCOMPARE(f->scalar(unrecorded, {id}).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInboundRights)
#include "tst_inboundrights.moc"
