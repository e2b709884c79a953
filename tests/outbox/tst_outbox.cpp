// The durable outbox on both dialects: queueing inside the caller's transaction, the reply hook,
// sending through the real relay (tests/services/smtp_relay.py, STARTTLS + AUTH), and the
// faults it must survive: relay down then up, a sender dying after its claim or mid-batch, two
// senders racing, 5xx (failed, on the timeline), 4xx (backoff), and secrets removed once the
// relay has accepted them. The relay's maildir is the ground truth: every Message-ID must
// arrive, and (except where SMTP itself allows a duplicate) exactly once.
#include "Fixtures.h"
#include "OutboxTestUtil.h"
#include "ScriptedSmtpPeer.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "admin/OutboxCommand.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/OutboxSender.h"
#include "mail/SmtpClient.h"
#include "settings/Settings.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <csignal>
#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kStart = 1'760'000'000'000;
constexpr qint64 kMinute = 60'000;

MailMessage message(int n, const QString &extraText = {})
{
    MailMessage m;
    m.from = MailAddress("helpdesk@example.org", "Example Support");
    m.to = {MailAddress("pat@example.com", "Pat Doe")};
    m.subject = QString("Outbox test %1").arg(n);
    m.textBody = QString("Hello Pat,\n\nthis is message %1.\n%2\n").arg(n).arg(extraText);
    m.htmlBody = QString("<p>Hello Pat,</p><p>this is message %1.</p><p>%2</p>")
                     .arg(n)
                     .arg(extraText.toHtmlEscaped());
    return m;
}

// Queued at the test clock's start, so that the pinned clocks below find it due.
Result<qint64> enqueueAt(QSqlDatabase &db, const MailMessage &m, std::optional<qint64> ticketId,
                         std::optional<qint64> eventId, bool secret)
{
    EnqueueOptions o;
    o.nowMs = kStart;
    return Outbox::enqueue(db, m, ticketId, eventId, secret, o);
}

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QString text(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    return v ? v.value().toString() : QString();
}

OutboxSenderOptions options(const TestClock &clock, const QString &id, int batch = 20)
{
    OutboxSenderOptions o;
    o.clock = clock.fn();
    o.senderId = id;
    o.batchSize = batch;
    o.leaseMs = kMinute;
    o.pollIntervalMs = 200;
    return o;
}

// One cycle, waited for.
std::optional<OutboxCycle> runCycle(OutboxSender &sender, int timeoutMs = 60'000)
{
    std::optional<OutboxCycle> result;
    auto connection = QObject::connect(&sender, &OutboxSender::cycleFinished, &sender,
                                       [&](const OutboxCycle &c) { result = c; });
    if (!sender.runOnce()) {
        QObject::disconnect(connection);
        return std::nullopt;
    }
    (void)QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    QObject::disconnect(connection);
    return result;
}

// Cycles until one claims nothing; returns how many messages were claimed in all.
int drain(OutboxSender &sender)
{
    int total = 0;
    for (int i = 0; i < 100; ++i) {
        auto cycle = runCycle(sender);
        if (!cycle || cycle->claimed == 0)
            break;
        total += cycle->claimed;
    }
    return total;
}

bool openWorker(DbWorker &worker)
{
    auto future = worker.open(false);
    future.waitForFinished();
    return future.result().ok();
}

QString describe(const Result<qint64> &r)
{
    return r ? QString() : r.error().toString();
}

void configureMail(QSqlDatabase &db, quint16 port)
{
    Settings settings(db);
    MailSettings mail;
    mail.host = "localhost";
    mail.port = port;
    mail.user = TestRelay::User;
    mail.fromAddress = "helpdesk@example.org";
    mail.fromName = "Example Support";
    mail.messageIdDomain = "helpdesk.example.org";
    auto saved = mail.save(settings);
    if (!saved)
        qFatal("mail settings: %s", qPrintable(saved.error().toString()));
}

Staff agent(QSqlDatabase &db)
{
    Staff s;
    s.login = "maria.k";
    s.displayName = "Maria Keller";
    s.signature = "Maria Keller\nAccount support";
    s.id = addStaff(db, s.login, s.displayName);
    return s;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = findRelayPython();
        if (!m_python.isEmpty()) {
            QString error;
            QVERIFY2(makeTestCertificates(m_dir.path(), &m_certs, &error), qPrintable(error));
        }
    }

    void backoffGrowsAndIsCapped()
    {
        for (int attempts = 1; attempts <= 10; ++attempts) {
            const qint64 base = std::min<qint64>(kMinute << (attempts - 1), 60 * kMinute);
            const qint64 delay = Outbox::backoffMs(attempts);
            QVERIFY2(delay >= base && delay <= base + base / 10,
                     qPrintable(QString("attempt %1: %2 ms").arg(attempts).arg(delay)));
        }
    }

    void dispositionOfErrors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("expected");
        using K = SmtpError::Kind;
        using D = OutboxSender::Disposition;
        QTest::newRow("4xx") << int(K::Temporary) << int(D::Retry);
        QTest::newRow("refused") << int(K::CannotConnect) << int(D::RetryAndReport);
        QTest::newRow("lost") << int(K::ConnectionLost) << int(D::RetryAndReport);
        QTest::newRow("timeout") << int(K::Timeout) << int(D::RetryAndReport);
        QTest::newRow("cancelled") << int(K::Cancelled) << int(D::Retry);
        QTest::newRow("5xx") << int(K::Permanent) << int(D::Fail);
        QTest::newRow("recipient") << int(K::RecipientRefused) << int(D::Fail);
        QTest::newRow("too large") << int(K::MessageTooLarge) << int(D::Fail);
        QTest::newRow("password") << int(K::AuthenticationRejected) << int(D::RetryAndReport);
        QTest::newRow("tls") << int(K::TlsFailed) << int(D::RetryAndReport);
        QTest::newRow("no starttls") << int(K::StartTlsUnavailable) << int(D::RetryAndReport);
    }
    void dispositionOfErrors()
    {
        QFETCH(int, kind);
        QFETCH(int, expected);
        QCOMPARE(int(OutboxSender::disposition(SmtpError::make(SmtpError::Kind(kind), "x"))),
                 expected);
    }

    void enqueueRefusesInvalid_data() { addDialectRows(); }
    void enqueueRefusesInvalid()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        struct Case
        {
            const char *name;
            std::function<void(MailMessage &)> spoil;
            const char *named;
        };
        const QList<Case> cases = {
            {"header injection", [](MailMessage &m) { m.subject += "\r\nBcc: all@example.com"; },
             "subject"},
            {"bad address", [](MailMessage &m) { m.to = {MailAddress("pat at example")}; }, "To"},
            {"no recipient", [](MailMessage &m) { m.to.clear(); }, "recipient"},
            {"two recipients", [](MailMessage &m) { m.to << MailAddress("second@example.com"); },
             "one recipient"},
        };
        for (const Case &c : cases) {
            MailMessage m = message(1);
            c.spoil(m);
            auto id = enqueueAt(db, m, std::nullopt, std::nullopt, false);
            QVERIFY2(!id.ok(), c.name);
            QCOMPARE(id.error().code, Error::Code::InvalidInput);
            QVERIFY2(id.error().message.contains(c.named), qPrintable(id.error().message));
        }
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox"), 0);
    }

    void enqueueFollowsTheCallersTransaction_data() { addDialectRows(); }
    void enqueueFollowsTheCallersTransaction()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        {
            Transaction tx(db);
            QVERIFY(tx.begin().ok());
            auto id = enqueueAt(db, message(1), std::nullopt, std::nullopt, true);
            QVERIFY2(id.ok(), qPrintable(describe(id)));
            QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox"), 1);
            tx.rollback();
        }
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox"), 0);
        {
            Transaction tx(db);
            QVERIFY(tx.begin().ok());
            QVERIFY(enqueueAt(db, message(2), std::nullopt, std::nullopt, false).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'queued'"), 1);
        // No From and no Message-ID given: the mail settings supply the domain.
        configureMail(db, 2525);
        MailMessage bare = message(3);
        bare.from = {};
        auto id = enqueueAt(db, bare, std::nullopt, std::nullopt, false);
        QVERIFY2(id.ok(), qPrintable(describe(id)));
        auto entry = Outbox::entry(db, id.value());
        QVERIFY(entry.ok());
        QCOMPARE(entry->from.address, QString("helpdesk@example.org"));
        QVERIFY2(entry->messageId.endsWith("@helpdesk.example.org>"), qPrintable(entry->messageId));
    }

    void replyQueuesTemplatedMail_data() { addDialectRows(); }
    void replyQueuesTemplatedMail()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db, 2525);
        const Staff maria = agent(db);
        const qint64 ticketId = addTicket(db, TicketRow{});
        TestClock clock(kStart);
        qint64 queuedId = 0;
        OutboxReplyHook hook([&](qint64 id) { queuedId = id; });
        TicketActions actions(db, maria, clock.now(), &hook);
        auto replied = actions.reply(ticketId, 1, "Please try a private window.");
        QVERIFY2(replied.ok(), replied ? "" : qPrintable(replied.error().toString()));
        QVERIFY(queuedId > 0);

        auto entry = Outbox::entry(db, queuedId);
        QVERIFY(entry.ok());
        QCOMPARE(entry->ticketId, std::optional<qint64>(ticketId));
        const qint64 replyEvent = scalar(
            db, "SELECT id FROM ticket_events WHERE ticket_id = ? AND kind = 'reply'", {ticketId});
        QCOMPARE(entry->eventId, std::optional<qint64>(replyEvent));
        QCOMPARE(entry->to.address, QString("pat@example.com"));
        QCOMPARE(entry->subject, QString("Re: Cannot sign in [#%1]").arg(ticketId));
        QVERIFY(entry->textBody.contains("Please try a private window."));
        QVERIFY(entry->textBody.contains("Maria Keller\nAccount support"));
        QVERIFY(entry->htmlBody.contains("Maria Keller<br>\nAccount support"));
        QCOMPARE(entry->templateKey, QString("ticket_reply"));
        QCOMPARE(entry->status, OutboxStatus::Queued);
        QVERIFY(!entry->hasSecret);
    }

    void replyIsRefusedWhenItsMailCannotBeQueued_data() { addDialectRows(); }
    void replyIsRefusedWhenItsMailCannotBeQueued()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Staff maria = agent(db);
        TicketRow row;
        row.requesterEmail = "pat at example dot com"; // imported from an old system
        const qint64 ticketId = addTicket(db, row);
        OutboxReplyHook hook;
        TicketActions actions(db, maria, kStart, &hook);
        auto replied = actions.reply(ticketId, 1, "Hello");
        QVERIFY(!replied.ok());
        QVERIFY2(replied.error().message.contains("To"), qPrintable(replied.error().message));
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox"), 0);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'reply'"), 0);
        QCOMPARE(scalar(db, "SELECT version FROM tickets WHERE id = ?", {ticketId}), 1);
    }

    void sendsThroughTheRelay_data() { addDialectRows(); }
    void sendsThroughTheRelay()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("send-" + dialect), 0, &error),
                 qPrintable(error));
        configureMail(db, relay.port());
        const Staff maria = agent(db);
        const qint64 ticketId = addTicket(db, TicketRow{});
        TestClock clock(kStart);

        // A reply through the hook, a mail with a one-time link, and three plain ones.
        OutboxReplyHook hook;
        TicketActions actions(db, maria, clock.now(), &hook);
        QVERIFY(actions
                    .reply(ticketId, 1,
                           "Please try a private window.\nThen <b>tell me</b> & "
                           "we'll see.")
                    .ok());
        const qint64 replyId = scalar(db, "SELECT MAX(id) FROM outbox");
        const QString token = QString::number(QRandomGenerator::system()->generate64(), 16) + "Xq7";
        auto secretId =
            enqueueAt(db, message(1, "Reset: https://accounts.example.com/r?t=" + token), ticketId,
                      std::nullopt, true);
        QVERIFY2(secretId.ok(), qPrintable(describe(secretId)));
        for (int i = 2; i <= 4; ++i)
            QVERIFY(enqueueAt(db, message(i), std::nullopt, std::nullopt, false).ok());

        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        OutboxSender sender(&worker, relay.smtpSettings(m_certs), {}, options(clock, "s1"));
        QList<qint64> sentSignals;
        connect(&sender, &OutboxSender::messageSent, this,
                [&](qint64 id, qint64) { sentSignals << id; });
        auto cycle = runCycle(sender);
        QVERIFY(cycle.has_value());
        QCOMPARE(cycle->claimed, 5);
        QCOMPARE(cycle->sent, 5);
        QVERIFY(!cycle->problem);
        QCOMPARE(sentSignals.size(), 5);

        QCOMPARE(scalar(db,
                        "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND sent_at = ? "
                        "AND server_reply LIKE '250%' AND attempts = 1 AND claimed_by IS NULL",
                        {clock.now()}),
                 5);
        const auto ids = messageIdCounts(relay.maildir());
        QCOMPARE(ids.size(), 5);
        for (auto it = ids.begin(); it != ids.end(); ++it)
            QCOMPARE(it.value(), 1);

        // The reply arrived as a well-formed multipart message from the configured sender.
        const QString replyMessageId =
            text(db, "SELECT message_id FROM outbox WHERE id = ?", {replyId});
        QVERIFY(ids.contains(replyMessageId));
        QString emlPath;
        for (const QString &f : QDir(relay.maildir()).entryList({"*.eml"})) {
            QFile file(QDir(relay.maildir()).filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains(replyMessageId.toLatin1()))
                emlPath = file.fileName();
        }
        QVERIFY(!emlPath.isEmpty());
        const QJsonObject facts = checkMimeFile(emlPath, &error);
        QVERIFY2(!facts.isEmpty(), qPrintable(error));
        QCOMPARE(facts["content_type"].toString(), QString("multipart/alternative"));
        QCOMPARE(facts["subject"].toString(), QString("Re: Cannot sign in [#%1]").arg(ticketId));
        QCOMPARE(facts["from"].toArray().first()["address"].toString(),
                 QString("helpdesk@example.org"));
        QVERIFY(facts["defects"].toArray().isEmpty());
        const QJsonArray parts = facts["parts"].toArray();
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts[0]["content"].toString().contains("Then <b>tell me</b> & we'll see."));
        QVERIFY(parts[1]["content"].toString().contains(
            "Then &lt;b&gt;tell me&lt;/b&gt; &amp; we&#39;ll see."));

        // Delivery shows on the ticket's timeline, linked to the outbox rows.
        auto events = TicketStore(db).events(ticketId);
        QVERIFY(events.ok());
        QList<qint64> linked;
        for (const TicketEvent &e : events.value())
            if (e.kind == "mail_sent")
                linked << qint64(QJsonDocument::fromJson(e.data.toUtf8())["outbox_id"].toDouble());
        std::sort(linked.begin(), linked.end());
        QCOMPARE(linked, (QList<qint64>{replyId, secretId.value()}));

        // The one-time link left the stored copy once the relay had it; it did reach the relay.
        auto q = Database::exec(db,
                                "SELECT subject, text_body, html_body, headers, "
                                "COALESCE(last_error, ''), COALESCE(server_reply, '') FROM outbox "
                                "WHERE id = ?",
                                {secretId.value()});
        QVERIFY(q.ok() && q.value().next());
        for (int c = 0; c < 6; ++c)
            QVERIFY2(!q.value().value(c).toString().contains(token), "token still stored");
        QVERIFY(Outbox::entry(db, secretId.value())->redacted);
        QVERIFY(!Outbox::entry(db, replyId)->redacted);
        QVERIFY(Outbox::entry(db, replyId)->textBody.contains("private window"));
        bool tokenDelivered = false;
        for (const QString &f : QDir(relay.maildir()).entryList({"*.eml"})) {
            const QJsonObject m = checkMimeFile(QDir(relay.maildir()).filePath(f), &error);
            for (const QJsonValue &p : m["parts"].toArray())
                tokenDelivered |= p["content"].toString().contains(token);
        }
        QVERIFY(tokenDelivered);

        // Nothing left to do.
        auto idle = runCycle(sender);
        QVERIFY(idle.has_value());
        QCOMPARE(idle->claimed, 0);
    }

    void relayDownThenUp_data() { addDialectRows(); }
    void relayDownThenUp()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const QString maildir = m_dir.filePath("downup-" + dialect);
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, maildir, 0, &error), qPrintable(error));
        const quint16 port = relay.port();
        const SmtpSettings smtp = relay.smtpSettings(m_certs);
        relay.stop();

        const qint64 ticketId = addTicket(db, TicketRow{});
        constexpr int n = 6;
        for (int i = 0; i < n; ++i)
            QVERIFY(enqueueAt(db, message(i), ticketId, std::nullopt, false).ok());

        TestClock clock(kStart);
        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        OutboxSender sender(&worker, smtp, {}, options(clock, "s1", 4));
        QCOMPARE(drain(sender), n);
        QCOMPARE(scalar(db,
                        "SELECT COUNT(*) FROM outbox WHERE status = 'queued' AND attempts = "
                        "1 AND last_error <> '' AND next_attempt_at >= ?",
                        {clock.now() + kMinute}),
                 n);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM ticket_events WHERE kind LIKE 'mail_%'"), 0);
        // Not due yet: nothing is claimed.
        QCOMPARE(runCycle(sender)->claimed, 0);

        QVERIFY2(relay.start(m_python, m_certs, maildir, port, &error), qPrintable(error));
        clock.advance(2 * 60 * kMinute);
        QCOMPARE(drain(sender), n);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts = 2"),
                 n);
        const auto ids = messageIdCounts(maildir);
        QCOMPARE(ids.size(), n);
        for (auto it = ids.begin(); it != ids.end(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM ticket_events WHERE kind = 'mail_sent'"), n);
    }

    void senderDiesAfterClaim_data() { addDialectRows(); }
    void senderDiesAfterClaim()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("claim-" + dialect), 0, &error),
                 qPrintable(error));
        constexpr int n = 5;
        for (int i = 0; i < n; ++i)
            QVERIFY(enqueueAt(db, message(i), std::nullopt, std::nullopt, false).ok());

        // A client claims everything and dies before sending anything.
        TestClock clock(kStart);
        auto claimed = Outbox::claim(db, "crashed-client", clock.now(), kMinute, 100);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), n);

        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        OutboxSender sender(&worker, relay.smtpSettings(m_certs), {}, options(clock, "s2"));
        QCOMPARE(runCycle(sender)->claimed, 0); // the lease still holds
        clock.advance(kMinute + 1);
        auto cycle = runCycle(sender);
        QCOMPARE(cycle->claimed, n);
        QCOMPARE(cycle->sent, n);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND attempts = 2"),
                 n);
        const auto ids = messageIdCounts(relay.maildir());
        QCOMPARE(ids.size(), n);
        for (auto it = ids.begin(); it != ids.end(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void senderDestroyedMidBatch_data() { addDialectRows(); }
    void senderDestroyedMidBatch()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("kill-" + dialect), 0, &error),
                 qPrintable(error));
        constexpr int n = 10;
        QStringList messageIds;
        for (int i = 0; i < n; ++i) {
            auto id = enqueueAt(db, message(i), std::nullopt, std::nullopt, false);
            QVERIFY(id.ok());
            messageIds << Outbox::entry(db, id.value())->messageId;
        }

        TestClock clock(kStart);
        DbWorker workerA(tdb.settings());
        QVERIFY(openWorker(workerA));
        // Sender A goes away right after its first message was accepted, mid-batch.
        QPointer<OutboxSender> a =
            new OutboxSender(&workerA, relay.smtpSettings(m_certs), {}, options(clock, "A"));
        connect(a, &OutboxSender::messageSent, a, [a] { a->deleteLater(); });
        QVERIFY(a->runOnce());
        QVERIFY(QTest::qWaitFor([&] { return a.isNull(); }, 60'000));
        workerA.drain(); // what A had recorded before it went is in the database
        const qint64 stranded =
            scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sending' AND claimed_by = 'A'");
        QVERIFY2(stranded > 0, "sender A finished the whole batch before it was destroyed");
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'"), n - stranded);

        DbWorker workerB(tdb.settings());
        QVERIFY(openWorker(workerB));
        OutboxSender b(&workerB, relay.smtpSettings(m_certs), {}, options(clock, "B"));
        QCOMPARE(runCycle(b)->claimed, 0);
        clock.advance(kMinute + 1);
        QCOMPARE(drain(b), int(stranded));
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'"), n);

        // No loss; at most the one message in flight when A went may have arrived twice.
        const auto ids = messageIdCounts(relay.maildir());
        int duplicates = 0;
        for (const QString &id : std::as_const(messageIds)) {
            QVERIFY2(ids.value(id) >= 1, qPrintable(id));
            duplicates += ids.value(id) - 1;
        }
        QVERIFY2(duplicates <= 1, qPrintable(QString::number(duplicates)));
    }

    void senderDestroyedWhileItsClaimRuns_data() { addDialectRows(); }
    void senderDestroyedWhileItsClaimRuns()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        for (int i = 0; i < 3; ++i)
            QVERIFY(enqueueAt(db, message(i), std::nullopt, std::nullopt, false).ok());
        TestClock clock(kStart);
        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        auto *sender = new OutboxSender(&worker, plainSettings(1), {}, options(clock, "gone"));
        QVERIFY(sender->runOnce());
        delete sender; // e.g. the app quits: the claim still runs, its answer goes nowhere
        worker.drain();
        QTest::qWait(50);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sending' AND "
                            "claimed_by = 'gone'"),
                 3);
    }

    void twoSendersRace_data() { addDialectRows(); }
    void twoSendersRace()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("race-" + dialect), 0, &error),
                 qPrintable(error));
        constexpr int n = 40;
        for (int i = 0; i < n; ++i)
            QVERIFY(enqueueAt(db, message(i), std::nullopt, std::nullopt, false).ok());

        TestClock clock(kStart);
        DbWorker workerA(tdb.settings());
        DbWorker workerB(tdb.settings());
        QVERIFY(openWorker(workerA));
        QVERIFY(openWorker(workerB));
        OutboxSender a(&workerA, relay.smtpSettings(m_certs), {}, options(clock, "A", 5));
        OutboxSender b(&workerB, relay.smtpSettings(m_certs), {}, options(clock, "B", 5));
        int sentByA = 0;
        int sentByB = 0;
        connect(&a, &OutboxSender::messageSent, this, [&] { ++sentByA; });
        connect(&b, &OutboxSender::messageSent, this, [&] { ++sentByB; });
        a.start();
        b.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'") == n; },
            120'000));
        a.stop();
        b.stop();
        QVERIFY(QTest::qWaitFor([&] { return !a.isBusy() && !b.isBusy(); }, 30'000));
        QCOMPARE(sentByA + sentByB, n);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE attempts <> 1"), 0);
        const auto ids = messageIdCounts(relay.maildir());
        QCOMPARE(ids.size(), n);
        for (auto it = ids.begin(); it != ids.end(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        qInfo("sender A sent %d, sender B sent %d", sentByA, sentByB);
    }

    void permanentFailureIsOnTheTimeline_data() { addDialectRows(); }
    void permanentFailureIsOnTheTimeline()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 ticketId = addTicket(db, TicketRow{});
        auto id = enqueueAt(db, message(1), ticketId, std::nullopt, false);
        QVERIFY(id.ok());

        ScriptedSmtpPeer peer(
            script({"C: DATA", "S: 354 go", "C: <DATA>", "S: 554 5.7.1 Message rejected as spam"}));
        QVERIFY(peer.listen());
        TestClock clock(kStart);
        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        OutboxSender sender(&worker, plainSettings(peer.port()), {}, options(clock, "s1"));
        QString failedWith;
        connect(&sender, &OutboxSender::messageFailed, this,
                [&](qint64, qint64, const QString &e) { failedWith = e; });
        auto cycle = runCycle(sender);
        QCOMPARE(cycle->failed, 1);
        QVERIFY2(peer.mismatches().isEmpty(), qPrintable(peer.mismatches().join("; ")));
        QCOMPARE(failedWith, QString("554 5.7.1 Message rejected as spam"));

        auto entry = Outbox::entry(db, id.value());
        QCOMPARE(entry->status, OutboxStatus::Failed);
        QCOMPARE(entry->serverReply, QString("554 5.7.1 Message rejected as spam"));
        QVERIFY(!entry->lastError.isEmpty());
        auto events = TicketStore(db).events(ticketId);
        QVERIFY(events.ok());
        const TicketEvent &last = events->constLast();
        QCOMPARE(last.kind, QString("mail_failed"));
        QVERIFY(last.body.contains("554 5.7.1 Message rejected as spam"));
        const QJsonObject data = QJsonDocument::fromJson(last.data.toUtf8()).object();
        QCOMPARE(qint64(data["outbox_id"].toDouble()), id.value());
        QCOMPARE(data["server_reply"].toString(), QString("554 5.7.1 Message rejected as spam"));

        // Not retried by itself...
        clock.advance(24 * 60 * kMinute);
        QCOMPARE(runCycle(sender)->claimed, 0);
        // ...until someone asks.
        QVERIFY(Outbox::retry(db, id.value(), clock.now()).ok());
        QCOMPARE(Outbox::entry(db, id.value())->status, OutboxStatus::Queued);
        QCOMPARE(Outbox::entry(db, id.value())->nextAttemptAt.toMSecsSinceEpoch(), clock.now());
    }

    void temporaryFailureBacksOff_data() { addDialectRows(); }
    void temporaryFailureBacksOff()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        auto id = enqueueAt(db, message(1), std::nullopt, std::nullopt, false);
        QVERIFY(id.ok());
        ScriptedSmtpPeer peer(QStringList{
            "S: 220 fake.example ESMTP", "C: EHLO *", "S: 250-fake.example", "S: 250 8BITMIME",
            "C: MAIL FROM:<helpdesk@example.org>*", "S: 250 ok", "C: RCPT TO:<pat@example.com>",
            "S: 451 4.3.0 Mailbox temporarily unavailable", "C: QUIT", "S: 221 bye"});
        QVERIFY(peer.listen());
        TestClock clock(kStart);
        DbWorker worker(tdb.settings());
        QVERIFY(openWorker(worker));
        OutboxSender sender(&worker, plainSettings(peer.port()), {}, options(clock, "s1"));
        auto cycle = runCycle(sender);
        QCOMPARE(cycle->retrying, 1);
        auto entry = Outbox::entry(db, id.value());
        QCOMPARE(entry->status, OutboxStatus::Queued);
        QCOMPARE(entry->attempts, 1);
        QVERIFY(entry->serverReply.contains("451 4.3.0"));
        const qint64 due = entry->nextAttemptAt.toMSecsSinceEpoch() - clock.now();
        QVERIFY2(due >= kMinute && due <= kMinute + kMinute / 10, qPrintable(QString::number(due)));
        QVERIFY(entry->claimedBy.isEmpty());
        clock.advance(kMinute / 2);
        QCOMPARE(runCycle(sender)->claimed, 0);
    }

    void retryAndCancel_data() { addDialectRows(); }
    void retryAndCancel()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const QString token = "SECRET-" + QString::number(QRandomGenerator::system()->generate());
        auto secret = enqueueAt(db, message(1, "https://example.com/a?t=" + token), std::nullopt,
                                std::nullopt, true);
        auto plain = enqueueAt(db, message(2), std::nullopt, std::nullopt, false);
        QVERIFY(secret.ok() && plain.ok());

        QVERIFY(Outbox::cancel(db, secret.value(), kStart).ok());
        auto cancelled = Outbox::entry(db, secret.value());
        QCOMPARE(cancelled->status, OutboxStatus::Cancelled);
        QVERIFY(cancelled->redacted);
        QVERIFY(!cancelled->textBody.contains(token) && !cancelled->htmlBody.contains(token));
        auto again = Outbox::retry(db, secret.value(), kStart);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::InvalidInput);

        // A sending message can be neither cancelled nor retried; a sent one neither.
        QVERIFY(Outbox::claim(db, "x", kStart, kMinute, 10)->size() == 1);
        QVERIFY(!Outbox::cancel(db, plain.value(), kStart).ok());
        QVERIFY(!Outbox::retry(db, plain.value(), kStart).ok());
        QVERIFY(Outbox::markSent(db, plain.value(), "250 ok", kStart).value());
        QVERIFY(!Outbox::markSent(db, plain.value(), "250 ok", kStart).value());
        QVERIFY(!Outbox::cancel(db, plain.value(), kStart).ok());
        QVERIFY(!Outbox::entry(db, plain.value())->redacted);

        auto counts = Outbox::counts(db);
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(OutboxStatus::Sent), 1);
        QCOMPARE(counts->value(OutboxStatus::Cancelled), 1);
        QCOMPARE(Outbox::list(db, OutboxStatus::Sent, 10)->size(), 1);
        QCOMPARE(Outbox::list(db, std::nullopt, 10)->size(), 2);
    }

    void adminOutboxRun_data() { addDialectRows(); }
    void adminOutboxRun()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);

        QCOMPARE(runOutboxCommand({"--bogus"}, tdb.settings(), outStream, errStream), 2);
        // Mail not set up yet: a clear message, nothing sent.
        QCOMPARE(runOutboxCommand({"--once"}, tdb.settings(), outStream, errStream), 1);
        QVERIFY2(err.contains("smtp/host"), qPrintable(err));

        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("cli-" + dialect), 0, &error),
                 qPrintable(error));
        configureMail(db, relay.port());
        // The CLI trusts the relay's certificate by its pinned fingerprint, as an admin would.
        Settings settings(db);
        QVERIFY(
            settings
                .set(MailSettings::TrustedCertKey, SmtpClient::sha256Fingerprint(m_certs.server))
                .ok());
        for (int i = 0; i < 3; ++i) // queued now, on the real clock the command uses
            QVERIFY(Outbox::enqueue(db, message(i), std::nullopt, std::nullopt, false).ok());
        qputenv("HELPDESK_SMTP_PASSWORD", TestRelay::Password.toUtf8());
        out.clear();
        err.clear();
        const int rc = runOutboxCommand({"run", "--once"}, tdb.settings(), outStream, errStream);
        qunsetenv("HELPDESK_SMTP_PASSWORD");
        QVERIFY2(rc == 0, qPrintable(out + err));
        QVERIFY2(out.contains("Outbox: 3 sent, 0 waiting to be retried, 0 failed."),
                 qPrintable(out));
        QVERIFY(!out.contains(TestRelay::Password) && !err.contains(TestRelay::Password));
        QCOMPARE(mailCount(relay.maildir()), 3);
        QCOMPARE(scalar(db, "SELECT COUNT(*) FROM outbox WHERE status = 'sent'"), 3);

        // Without --once it polls until interrupted, then finishes cleanly.
        QVERIFY(Outbox::enqueue(db, message(9), std::nullopt, std::nullopt, false).ok());
        qputenv("HELPDESK_SMTP_PASSWORD", TestRelay::Password.toUtf8());
        QTimer::singleShot(1500, [] { std::raise(SIGINT); });
        out.clear();
        const int looped = runOutboxCommand({}, tdb.settings(), outStream, errStream);
        qunsetenv("HELPDESK_SMTP_PASSWORD");
        QVERIFY2(looped == 0, qPrintable(out + err));
        QVERIFY2(out.contains("Outbox: 1 sent"), qPrintable(out));
        QCOMPARE(mailCount(relay.maildir()), 4);
    }

private:
    static QStringList script(const QStringList &afterRcpt)
    {
        return QStringList{"S: 220 fake.example ESMTP",
                           "C: EHLO *",
                           "S: 250-fake.example",
                           "S: 250 8BITMIME",
                           "C: MAIL FROM:<helpdesk@example.org>*",
                           "S: 250 ok",
                           "C: RCPT TO:<pat@example.com>",
                           "S: 250 ok"} +
               afterRcpt + QStringList{"C: QUIT", "S: 221 bye"};
    }
    static SmtpSettings plainSettings(quint16 port)
    {
        SmtpSettings s;
        s.host = "127.0.0.1";
        s.port = port;
        s.security = SmtpSettings::Security::None;
        s.heloName = "outbox-test.example.org";
        s.timeouts.connectMs = 10'000;
        s.timeouts.greetingMs = 10'000;
        s.timeouts.commandMs = 10'000;
        s.timeouts.dataMs = 10'000;
        return s;
    }

    QTemporaryDir m_dir;
    QString m_python;
    TestCertificates m_certs;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
