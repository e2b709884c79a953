// The inbound corpus through MailIngest on SQLite and PostgreSQL, in the database of the
// manifest's "ingestFixture": each message's outcome as an agent would check it (the ticket it
// made or extended, its category, attachments, the forwarded-mail verdict on the timeline, the
// bounce on the outbox row, the unprocessed list), then the whole corpus again, which must
// create nothing new. Also: the size limit, a reopened ticket whose SLA clock runs again, an
// agent's logged phone message, and two connections racing for the same message.
#include "Corpus.h"
#include "IngestFixture.h"
#include "TestDatabase.h"

#include "db/Database.h"
#include "inbound/MimeParser.h"
#include "ingest/InboundStore.h"
#include "ingest/MailIngest.h"
#include "mail/Outbox.h"
#include "staff/StaffStore.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"
#include "timeline/TimelineStore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'737'600'000'000; // 2025-01-23

qint64 count(QSqlDatabase &db, const QString &table)
{
    auto v = Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return v ? v.value().toLongLong() : -1;
}

QList<TicketEvent> eventsOf(QSqlDatabase &db, qint64 ticket, const QString &kind)
{
    QList<TicketEvent> out;
    auto events = TimelineStore(db).events(ticket);
    if (events)
        for (const TicketEvent &e : events.value())
            if (e.kind == kind)
                out.append(e);
    return out;
}
} // namespace

class TstMailIngest : public QObject
{
    Q_OBJECT
private slots:
    void corpusOutcomes_data() { addDialectRows(); }
    void corpusOutcomes();
    void sizeLimit_data() { addDialectRows(); }
    void sizeLimit();
    void reopenResumesTheClock_data() { addDialectRows(); }
    void reopenResumesTheClock();
    void loggedPhoneMessage_data() { addDialectRows(); }
    void loggedPhoneMessage();
    void pastedInlineForward_data() { addDialectRows(); }
    void pastedInlineForward();
    void raceForOneMessage_data() { addDialectRows(); }
    void raceForOneMessage();

private:
    Corpus m_corpus;
};

void TstMailIngest::corpusOutcomes()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QVERIFY2(m_corpus.isValid(), qPrintable(m_corpus.error()));
    QSqlDatabase &db = tdb.db();
    QString error;
    QVERIFY2(seedIngestFixture(db, m_corpus, &error), qPrintable(error));

    IngestOptions options;
    QHash<QString, IngestResult> first;
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject entry = v.toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        const QJsonObject expected = entry.value(QStringLiteral("ingest")).toObject();
        const QByteArray raw = m_corpus.raw(file);
        QVERIFY2(!raw.isEmpty(), qPrintable(file));
        MailIngest ingest(db, kNow);
        auto result = ingest.ingest(raw, options);
        QVERIFY2(result, qPrintable(file + u' ' + (result ? QString() : result.error().message)));
        const IngestResult &r = result.value();
        const QString what = file + QStringLiteral(": ") + IngestResult::key(r.outcome) +
                             QStringLiteral(" (") + r.reason + u')';
        QVERIFY2(IngestResult::key(r.outcome) ==
                     expected.value(QStringLiteral("result")).toString(),
                 qPrintable(what));
        QVERIFY2(!r.reason.isEmpty(), qPrintable(what));
        QVERIFY2(r.inboundId > 0, qPrintable(what));
        first.insert(file, r);
        // The raw bytes are kept exactly as received, whatever happened next.
        auto stored = InboundStore(db).raw(r.inboundId);
        QVERIFY(stored);
        QVERIFY2(stored.value() == raw, qPrintable(what));

        if (expected.contains(QStringLiteral("ticket")))
            QVERIFY2(r.ticketId &&
                         *r.ticketId == expected.value(QStringLiteral("ticket")).toInteger(),
                     qPrintable(what));
        if (r.outcome == IngestResult::Outcome::Created) {
            QVERIFY2(r.ticketId, qPrintable(what));
            auto t = TicketStore(db).ticket(*r.ticketId);
            QVERIFY(t);
            QCOMPARE(t->channel, TicketChannel::Email);
            QCOMPARE(t->status, TicketStatus::New);
            if (expected.contains(QStringLiteral("category")))
                QVERIFY2(
                    Vocabulary::key(t->category) ==
                        expected.value(QStringLiteral("category")).toString(),
                    qPrintable(what + QStringLiteral(" category ") + Vocabulary::key(t->category)));
            // The customer's text is the first event.
            const auto created = eventsOf(db, *r.ticketId, QStringLiteral("created"));
            QCOMPARE(created.size(), 1);
            QVERIFY2(!created.first().body.isEmpty(), qPrintable(what));
        }
        if (r.outcome == IngestResult::Outcome::Added) {
            const auto replies = eventsOf(db, *r.ticketId, QStringLiteral("customer_reply"));
            QVERIFY2(!replies.isEmpty(), qPrintable(what));
            QVERIFY(replies.last().data.contains(QStringLiteral("inbound_id")));
        }
        if (expected.contains(QStringLiteral("attachments"))) {
            QCOMPARE(r.attachments, expected.value(QStringLiteral("attachments")).toInt());
            auto listed = InboundStore(db).attachmentsOfTicket(*r.ticketId);
            QVERIFY(listed);
            QCOMPARE(listed->size(), r.attachments);
            for (const InboundAttachment &a : listed.value()) {
                auto data = InboundStore(db).attachmentData(a.id);
                QVERIFY(data);
                QCOMPARE(data->size(), a.size);
            }
        }
        if (expected.contains(QStringLiteral("forwarded"))) {
            QVERIFY2(r.forwarded, qPrintable(what + QStringLiteral(": no verdict")));
            QCOMPARE(ForwardedMailReport::key(r.forwarded->verdict),
                     expected.value(QStringLiteral("forwarded")).toString());
            if (expected.contains(QStringLiteral("matchedBy"))) {
                QVERIFY(!r.forwarded->matches.isEmpty());
                QCOMPARE(r.forwarded->matches.first().matchedBy,
                         expected.value(QStringLiteral("matchedBy")).toString());
                QCOMPARE(r.forwarded->matches.first().outboxId, 502);
            }
            // On the timeline and in the audit log.
            const auto checks = eventsOf(db, *r.ticketId, QStringLiteral("forwarded_mail_check"));
            QVERIFY2(!checks.isEmpty(), qPrintable(what));
            QCOMPARE(checks.last().body, r.forwarded->summary);
            auto audited = Database::scalar(
                db,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'ticket' AND "
                               "entity_id = ? AND action = 'forwarded_mail_check'"),
                {QVariant::fromValue(*r.ticketId)});
            QVERIFY(audited && audited->toInt() >= 1);
            if (r.forwarded->verdict == ForwardedMailReport::Verdict::NotSentByUs)
                QVERIFY(r.forwarded->summary.contains(QStringLiteral("phishing")));
        } else {
            QVERIFY2(!r.forwarded, qPrintable(what + QStringLiteral(": unexpected verdict")));
        }
        if (r.outcome == IngestResult::Outcome::Bounce) {
            auto row = Outbox::entry(db, expected.value(QStringLiteral("outbox")).toInteger());
            QVERIFY(row);
            QVERIFY(row->bouncedAt.isValid());
            QVERIFY2(row->bounceReason.contains(QStringLiteral("5.1.1")),
                     qPrintable(row->bounceReason));
            QVERIFY(!eventsOf(db, 1042, QStringLiteral("mail_bounced")).isEmpty());
        }
        if (expected.value(QStringLiteral("unprocessed")).toBool()) {
            QVERIFY(r.unprocessed);
            auto list = InboundStore(db).unprocessed(10);
            QVERIFY(list);
            bool found = false;
            for (const InboundRecord &rec : list.value())
                found = found || rec.id == r.inboundId;
            QVERIFY2(found, "an unreadable message is on the admins' unprocessed list");
        }
    }

    // The first customer reply reopened ticket 1042 (it waited for the customer) and marked it
    // unread; no automated mail added anything to it.
    auto t1042 = TicketStore(db).ticket(1042);
    QVERIFY(t1042);
    QCOMPARE(t1042->status, TicketStatus::Open);
    QVERIFY(t1042->unreadSince.isValid());
    QVERIFY(first.value(QStringLiteral("reply-in-reply-to.eml")).reopened);

    // Everything again: nothing new anywhere.
    const qint64 tickets = count(db, QStringLiteral("tickets"));
    const qint64 events = count(db, QStringLiteral("ticket_events"));
    const qint64 inbound = count(db, QStringLiteral("inbound_messages"));
    for (const QJsonValue &v : m_corpus.messages()) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        MailIngest ingest(db, kNow + 60'000);
        auto again = ingest.ingest(m_corpus.raw(file), options);
        QVERIFY(again);
        QVERIFY2(again->outcome == IngestResult::Outcome::Duplicate,
                 qPrintable(file + QStringLiteral(": ") + IngestResult::key(again->outcome)));
    }
    QCOMPARE(count(db, QStringLiteral("tickets")), tickets);
    QCOMPARE(count(db, QStringLiteral("ticket_events")), events);
    QCOMPARE(count(db, QStringLiteral("inbound_messages")), inbound);

    // The same Message-ID with other bytes (another path through the MTA) is a duplicate too.
    QByteArray resent = m_corpus.raw(QStringLiteral("reply-in-reply-to.eml"));
    resent.prepend("Received: from relay2.example.net by mx.example.com; Thu, 23 Jan 2025\r\n");
    MailIngest ingest(db, kNow + 120'000);
    auto dup = ingest.ingest(resent, options);
    QVERIFY(dup);
    QCOMPARE(dup->outcome, IngestResult::Outcome::Duplicate);
    QCOMPARE(count(db, QStringLiteral("ticket_events")), events);
}

void TstMailIngest::sizeLimit()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    const QByteArray big = Corpus::bigMessage(30LL * 1024 * 1024);
    IngestOptions options; // 25 MB
    auto refused = MailIngest(db, kNow).ingest(big, options);
    QVERIFY(refused);
    QCOMPARE(refused->outcome, IngestResult::Outcome::Refused);
    QVERIFY(refused->reason.contains(QStringLiteral("25 MB")));
    QCOMPARE(count(db, QStringLiteral("inbound_messages")), 0);

    options.maxRawBytes = 64LL * 1024 * 1024;
    auto taken = MailIngest(db, kNow).ingest(big, options);
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message));
    QCOMPARE(taken->outcome, IngestResult::Outcome::Created);
    auto listed = InboundStore(db).attachmentsOfTicket(*taken->ticketId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().size, 30LL * 1024 * 1024);
    QVERIFY(!listed->first().omitted);

    auto empty = MailIngest(db, kNow).ingest(QByteArray(), options);
    QVERIFY(empty);
    QCOMPARE(empty->outcome, IngestResult::Outcome::Refused);
}

void TstMailIngest::reopenResumesTheClock()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO staff (login, display_name, email, "
                                              "role) VALUES ('maria.k', 'Maria K', "
                                              "'maria@helpdesk.example.com', 'agent')")));
    auto maria = StaffStore(db).byLogin(QStringLiteral("maria.k"));
    QVERIFY(maria);
    const qint64 t0 = kNow;
    TicketActions actions(db, maria.value(), t0);
    NewTicket n;
    n.subject = QStringLiteral("Locked out");
    n.requester = QStringLiteral("pat@customer.example");
    n.body = QStringLiteral("I cannot sign in.");
    auto ticket = actions.create(n);
    QVERIFY(ticket);
    auto taken = TicketActions(db, maria.value(), t0 + 1000).take(ticket->id, ticket->version);
    QVERIFY(taken);
    auto pending = TicketActions(db, maria.value(), t0 + 2000)
                       .setStatus(ticket->id, taken->version, TicketStatus::PendingCustomer);
    QVERIFY(pending);
    QVERIFY(!pending->resolutionDue.isValid()); // paused

    const QByteArray answer =
        QStringLiteral("From: Pat <pat@customer.example>\r\nTo: support@helpdesk.example.com\r\n"
                       "Subject: Re: Locked out [#%1]\r\nMessage-ID: <pat-1@customer.example>\r\n"
                       "Date: Thu, 23 Jan 2025 12:00:00 +0000\r\n\r\nThe code worked, thanks!\r\n")
            .arg(ticket->id)
            .toUtf8();
    const qint64 later = t0 + 3'600'000;
    auto r = MailIngest(db, later).ingest(answer, {});
    QVERIFY(r);
    QCOMPARE(r->outcome, IngestResult::Outcome::Added);
    QVERIFY(r->reopened);
    auto now = TicketStore(db).ticket(ticket->id);
    QVERIFY(now);
    QCOMPARE(now->status, TicketStatus::Open);
    QVERIFY(now->resolutionDue.isValid()); // the clock runs again
    // An hour of waiting for the customer does not count against the SLA.
    QVERIFY(now->resolutionDue > ticket->resolutionDue.addSecs(3000));
    QVERIFY(now->unreadSince.isValid());
    QCOMPARE(now->assigneeName, QStringLiteral("Maria K"));
    // The assignee reads it.
    QVERIFY(TicketActions(db, maria.value(), later + 1000).markRead(ticket->id));
    QVERIFY(!TicketStore(db).ticket(ticket->id)->unreadSince.isValid());
}

void TstMailIngest::loggedPhoneMessage()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO staff (login, display_name, email, "
                                              "role) VALUES ('maria.k', 'Maria K', "
                                              "'maria@helpdesk.example.com', 'agent')")));
    auto maria = StaffStore(db).byLogin(QStringLiteral("maria.k"));
    QVERIFY(maria);
    NewTicket n;
    n.subject = QStringLiteral("Reset link");
    n.requester = QStringLiteral("pat@customer.example");
    n.body = QStringLiteral("Please send a link.");
    auto ticket = TicketActions(db, maria.value(), kNow).create(n);
    QVERIFY(ticket);
    auto pending = TicketActions(db, maria.value(), kNow + 1000)
                       .setStatus(ticket->id, ticket->version, TicketStatus::PendingCustomer);
    QVERIFY(pending);
    CustomerMessage call;
    call.body = QStringLiteral("Called: the link arrived and worked.");
    call.channel = TicketChannel::Phone;
    auto logged = TicketActions(db, maria.value(), kNow + 5000)
                      .logCustomerMessage(ticket->id, pending->version, call);
    QVERIFY2(logged, qPrintable(logged ? QString() : logged.error().message));
    QVERIFY(logged->reopened);
    QCOMPARE(logged->ticket.status, TicketStatus::Open);
    const auto replies = eventsOf(db, ticket->id, QStringLiteral("customer_reply"));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().body, call.body);
    QVERIFY(replies.first().data.contains(QStringLiteral("\"phone\"")));
    // A stale version is a conflict, not a second message.
    auto stale = TicketActions(db, maria.value(), kNow + 6000)
                     .logCustomerMessage(ticket->id, pending->version, call);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
}

// The agent's paste dialog: the text of an inline forward (no headers survive) is matched the
// same way, and its verdict recorded on the ticket.
void TstMailIngest::pastedInlineForward()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    QString error;
    QVERIFY2(seedIngestFixture(db, m_corpus, &error), qPrintable(error));
    for (const QString &file :
         {QStringLiteral("forward-gmail.eml"), QStringLiteral("forward-outlook.eml")}) {
        auto parsed = MimeParser().parse(m_corpus.raw(file));
        QVERIFY(parsed);
        auto report = ForwardedMailCheck::check(db, parsed->textBody, kNow,
                                                QStringLiteral("anna.berg@mail.example.net"));
        QVERIFY(report);
        QCOMPARE(report->verdict, ForwardedMailReport::Verdict::SentByUs);
        QCOMPARE(report->matches.size(), 1);
        QCOMPARE(report->matches.first().outboxId, 502);
        QCOMPARE(report->matches.first().matchedBy, QStringLiteral("inline"));
        QVERIFY2(report->summary.contains(QStringLiteral("no Message-ID")),
                 qPrintable(report->summary));
    }
    auto phishing = MimeParser().parse(m_corpus.raw(QStringLiteral("forward-phishing.eml")));
    QVERIFY(phishing);
    auto verdict = ForwardedMailCheck::check(db, phishing->textBody, kNow,
                                             QStringLiteral("anna.berg@mail.example.net"));
    QVERIFY(verdict);
    QCOMPARE(verdict->verdict, ForwardedMailReport::Verdict::NotSentByUs);
    QCOMPARE(verdict->inlineUnmatched, 1);
}

void TstMailIngest::raceForOneMessage()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    QSqlDatabase second = tdb.openSecondConnection();
    const QByteArray mail = QByteArrayLiteral(
        "From: Race <race@customer.example>\r\nSubject: Two clients\r\n"
        "Message-ID: <race-1@customer.example>\r\n\r\nOnly one ticket, please.\r\n");
    // Two clients (connections) receive the same message: one ticket.
    auto a = MailIngest(db, kNow).ingest(mail, {});
    auto b = MailIngest(second, kNow).ingest(mail, {});
    QVERIFY(a && b);
    QCOMPARE(a->outcome, IngestResult::Outcome::Created);
    QCOMPARE(b->outcome, IngestResult::Outcome::Duplicate);
    QCOMPARE(b->ticketId, a->ticketId);
    QCOMPARE(count(db, QStringLiteral("tickets")), 1);
}

QTEST_GUILESS_MAIN(TstMailIngest)
#include "tst_mailingest.moc"
