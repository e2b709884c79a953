// The customer's link mails through the real relay (tests/services/smtp_relay.py with STARTTLS
// and AUTH), on both dialects: an agent sends a reset link from a ticket with AccountService,
// the OutboxSender delivers it, the mail arrives with a working portal link, and afterwards the
// stored outbox copy no longer holds the token while the agent sees "handed to the relay".
#include "AccountFixtures.h"
#include "OutboxTestUtil.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "accounts/AccountService.h"
#include "accounts/TokenStore.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "mail/OutboxSender.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
// Every part of every .eml in the relay's maildir, decoded by check_mime.py.
QList<QJsonObject> deliveredMails(const QString &maildir)
{
    QList<QJsonObject> mails;
    for (const QString &f : QDir(maildir).entryList({"*.eml"}, QDir::Files, QDir::Name)) {
        QString error;
        const QJsonObject facts = checkMimeFile(QDir(maildir).filePath(f), &error);
        if (facts.isEmpty())
            qFatal("check_mime failed: %s", qPrintable(error));
        mails.append(facts);
    }
    return mails;
}
} // namespace

class TestAccountMail : public QObject
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

    void resetLinkReachesTheRelay_data() { addDialectRows(); }
    void resetLinkReachesTheRelay()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("reset-" + dialect), 0, &error),
                 qPrintable(error));
        configureMail(db, relay.port(), TestRelay::User);
        const Staff agent = addStaffMember(db, "maria.k", StaffRole::Agent);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 ticket = addAccountTicket(db, account, "pat@example.com");

        DbWorker worker(tdb.settings());
        auto opened = worker.open(false);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        AccountService service(&worker);
        service.setActor(agent);
        service.setClock(TestClock(kT0).fn());

        OutboxSenderOptions options;
        options.clock = TestClock(kT0 + 1000).fn();
        options.senderId = "accounts-test";
        options.pollIntervalMs = 200;
        OutboxSender sender(&worker, relay.smtpSettings(m_certs), {}, options);
        // The service says when it queued mail; the sender goes at once.
        connect(&service, &AccountService::mailQueued, &sender, &OutboxSender::wake);
        QList<qint64> sentIds;
        connect(&sender, &OutboxSender::messageSent, this,
                [&](qint64 id, qint64) { sentIds << id; });
        sender.start();

        auto sent = service.sendResetLink(account, ticket);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY2(sent.result().ok(),
                 qPrintable(sent.result() ? QString() : sent.result().error().toString()));
        const qint64 outboxId = *sent.result()->outboxId;
        const QString messageId = sent.result()->token->messageId;
        QTRY_VERIFY_WITH_TIMEOUT(sentIds.contains(outboxId), 60000);
        sender.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!sender.isBusy(), 30000);

        // It arrived, once, from the configured sender to the customer, with the link.
        QCOMPARE(messageIdCounts(relay.maildir()).value(messageId), 1);
        QString token;
        for (const QJsonObject &mail : deliveredMails(relay.maildir())) {
            QCOMPARE(mail["subject"].toString(), QString("Reset your password"));
            QCOMPARE(mail["to"].toArray().first()["address"].toString(),
                     QString("pat@example.com"));
            QVERIFY(mail["defects"].toArray().isEmpty());
            for (const QJsonValue &part : mail["parts"].toArray()) {
                const QString content = part["content"].toString();
                QVERIFY2(content.contains("https://portal.example.com/reset?token="),
                         qPrintable(content.left(400)));
                const QString inPart = tokenIn(content);
                QCOMPARE(inPart.size(), 43);
                if (token.isEmpty())
                    token = inPart;
                QCOMPARE(inPart, token); // the same link in the text and HTML parts
                // The lifetime in the customer's words, not in minutes.
                QVERIFY2(content.contains("works for 1 hour"), qPrintable(content.left(600)));
                QVERIFY(!content.contains("60 minutes"));
                QVERIFY(content.contains("Pat Doe"));
            }
        }
        QVERIFY(!token.isEmpty());

        // The stored copy no longer holds the token, in any column, nor does any other table.
        for (const char *table : {"outbox", "account_tokens", "ticket_events", "audit_log"})
            for (const QString &value : allText(db, table))
                QVERIFY2(!value.contains(token),
                         qPrintable(QString("token still stored in ") + table));
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM outbox WHERE id = ? AND redacted = ? AND "
                       "status = 'sent'",
                       {outboxId, true}),
                 1);

        // The agent sees it handed to the relay; the customer's click works once.
        auto tokens = service.tokens(account);
        QTRY_VERIFY(tokens.isFinished());
        QCOMPARE(tokens.result()->first().state, TokenState::Sent);
        QCOMPARE(tokens.result()->first().mailAcceptedAt.toMSecsSinceEpoch(), kT0 + 1000);
        QCOMPARE(TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 5 * kMinuteMs).value(),
                 account);
        QCOMPARE(TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 6 * kMinuteMs).error().code,
                 Error::Code::NotFound);
        // The ticket's timeline has the link and its delivery.
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind IN "
                       "('account_link_sent', 'mail_sent')",
                       {ticket}),
                 2);
        worker.drain();
    }

    void activationAndLockMailsReachTheRelay_data() { addDialectRows(); }
    void activationAndLockMailsReachTheRelay()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("activate-" + dialect), 0, &error),
                 qPrintable(error));
        configureMail(db, relay.port(), TestRelay::User);
        const Staff lead = addStaffMember(db, "lena.v", StaffRole::Lead);
        AccountRow pending;
        pending.email = "new.customer@example.net";
        pending.name = "Noor Customer";
        pending.status = "pending_activation";
        const qint64 newAccount = addAccount(db, pending);
        const qint64 active = addAccount(db, AccountRow{});

        DbWorker worker(tdb.settings());
        auto opened = worker.open(false);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        AccountService service(&worker);
        service.setActor(lead);
        service.setClock(TestClock(kT0).fn());
        auto activation = service.sendActivationLink(newAccount);
        auto locked = service.lockNow(active, "Phishing victim, password typed into a fake site");
        QTRY_VERIFY(activation.isFinished() && locked.isFinished());
        QVERIFY(activation.result().ok() && locked.result().ok());

        OutboxSenderOptions options;
        options.clock = TestClock(kT0 + 1000).fn();
        options.senderId = "accounts-test";
        OutboxSender sender(&worker, relay.smtpSettings(m_certs), {}, options);
        std::optional<OutboxCycle> cycle;
        connect(&sender, &OutboxSender::cycleFinished, this,
                [&](const OutboxCycle &c) { cycle = c; });
        QVERIFY(sender.runOnce());
        QTRY_VERIFY_WITH_TIMEOUT(cycle.has_value(), 60000);
        QCOMPARE(cycle->sent, 2);

        bool sawActivation = false;
        bool sawLock = false;
        for (const QJsonObject &mail : deliveredMails(relay.maildir())) {
            const QString to = mail["to"].toArray().first()["address"].toString();
            const QString body = mail["parts"].toArray().first()["content"].toString();
            if (to == "new.customer@example.net") {
                sawActivation = true;
                QCOMPARE(mail["subject"].toString(), QString("Activate your account"));
                QCOMPARE(tokenIn(body).size(), 43);
                QVERIFY(body.contains("https://portal.example.com/activate?token="));
                QVERIFY(!text(db, "SELECT text_body FROM outbox WHERE to_address = ?", {to})
                             .contains(tokenIn(body)));
            } else {
                sawLock = true;
                QCOMPARE(to, QString("pat@example.com"));
                QCOMPARE(mail["subject"].toString(), QString("Your account has been locked"));
                QVERIFY(tokenIn(body).isEmpty());
                QVERIFY(body.contains("Example Support"));
            }
        }
        QVERIFY(sawActivation && sawLock);
        // The lock notice holds no secret, so its stored copy stays readable.
        QVERIFY(text(db, "SELECT text_body FROM outbox WHERE to_address = 'pat@example.com'")
                    .contains("locked"));
        worker.drain();
    }

private:
    QTemporaryDir m_dir;
    QString m_python;
    TestCertificates m_certs;
};

QTEST_GUILESS_MAIN(TestAccountMail)
#include "tst_accountmail.moc"
