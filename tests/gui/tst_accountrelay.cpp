// The "done when", end to end from the GUI, on both dialects: on a demo ticket whose
// requester is an active account, one click in the account panel sends a password-reset mail
// that reaches the aiosmtpd test relay (tests/services/smtp_relay.py, STARTTLS + AUTH) with a
// working link; the panel shows the link as handed to the relay without a reload; the stored
// copy of the mail no longer holds the token; the forwarded-mail check then finds that mail.

#include "MainWindow.h"
#include "OutboxTestUtil.h"
#include "TestDatabase.h"
#include "TestServices.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountStatusPanel.h"
#include "accounts/ForwardedMailDialog.h"
#include "accounts/LinkConfirmDialog.h"
#include "accounts/LoginEventModel.h"
#include "accounts/TokenStore.h"
#include "app/AppSession.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "mail/MailDelivery.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/SmtpClient.h"
#include "queue/TicketTableView.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr int TimeoutMs = 60000;
} // namespace

class TestAccountRelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resetLinkReachesTheRelay_data() { addDialectRows(); }
    void resetLinkReachesTheRelay();

private:
    QTemporaryDir m_dir;
    QString m_python;
    TestCertificates m_certs;
};

void TestAccountRelay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_python = findRelayPython();
    if (!m_python.isEmpty()) {
        QString error;
        QVERIFY2(makeTestCertificates(m_dir.path(), &m_certs, &error), qPrintable(error));
    }
}

void TestAccountRelay::resetLinkReachesTheRelay()
{
    QFETCH(QString, dialect);
    HELPDESK_REQUIRE_RELAY(m_python);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QSqlDatabase &db = tdb.db();
    DemoOptions options;
    options.tickets = 200;
    options.accounts = 60;
    options.seed = 5;
    QVERIFY(DemoSeeder::seed(db, options).ok());

    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("relay-" + dialect), 0, &error),
             qPrintable(error));
    MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = relay.port();
    mail.security = SmtpSettings::Security::StartTls;
    mail.user = TestRelay::User;
    mail.fromAddress = QStringLiteral("support@example.org");
    mail.fromName = QStringLiteral("Example Support");
    mail.messageIdDomain = QStringLiteral("helpdesk.example.org");
    mail.trustedCertSha256 = SmtpClient::sha256Fingerprint(m_certs.server);
    {
        Settings settings(db);
        QVERIFY(mail.save(settings).ok());
    }
    auto secrets = std::make_shared<MemorySecretStore>();
    secrets->setValue(mail.passwordKey(), TestRelay::Password);

    // The demo agent's desk, with live updates and mail delivery as the app runs them.
    const auto opened =
        openSession(tdb.settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin), {secrets});
    AppSession &session = *opened;
    OutboxSenderOptions sender;
    sender.pollIntervalMs = 400;
    sender.senderId = QStringLiteral("account-relay-test");
    session.mailDelivery()->setSenderOptions(sender);
    session.startLiveUpdates(3'600'000, 150);
    session.startMail();
    QTRY_COMPARE_WITH_TIMEOUT(session.mailDelivery()->state(), MailDelivery::State::Running,
                              TimeoutMs);
    auto window = std::make_unique<MainWindow>(&session);
    window->resize(1500, 860);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));

    // A demo ticket whose requester is an active account.
    auto found = Database::exec(
        db, QStringLiteral("SELECT t.id, a.id, a.email FROM tickets t JOIN accounts a ON a.id = "
                           "t.account_id WHERE a.status = 'active' ORDER BY t.id DESC LIMIT 1"));
    QVERIFY(found && found.value().next());
    const qint64 ticketId = found.value().value(0).toLongLong();
    const qint64 accountId = found.value().value(1).toLongLong();
    const QString email = found.value().value(2).toString();
    found.value().finish();
    QVERIFY(showTicket(window.get(), ticketId));
    AccountStatusPanel *panel = accountPanel(window.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->isVisible() && panel->accountId() == accountId && panel->isLoaded(), TimeoutMs);

    // One click, and the confirmation that says to whom and on which ticket.
    auto *reset = panel->findChild<QPushButton *>(QStringLiteral("button_send_reset_link"));
    QVERIFY(reset);
    QVERIFY2(reset->isEnabled(),
             qPrintable(panel->unavailableReason(AccountAction::SendResetLink)));
    QSignalSpy finished(panel, &AccountStatusPanel::actionFinished);
    QTest::mouseClick(reset, Qt::LeftButton);
    LinkConfirmDialog *confirm = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((confirm = panel->findChild<LinkConfirmDialog *>()) != nullptr,
                             TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(confirm->isVisible(), TimeoutMs);
    QCOMPARE(confirm->ticketId(), std::optional<qint64>(ticketId));
    QVERIFY(finished.isEmpty()); // nothing is sent before the agent confirms
    confirm->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));

    // The mail reaches the relay, with a link whose hash is the stored one.
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 1, TimeoutMs);
    const QDir maildir(relay.maildir());
    QFile eml(maildir.filePath(maildir.entryList({QStringLiteral("*.eml")}).constFirst()));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QString received = QString::fromUtf8(eml.readAll());
    QVERIFY2(received.contains(email, Qt::CaseInsensitive), qPrintable(received.left(600)));
    // The text part, decoded by Python's email package.
    QString why;
    const QJsonObject facts = checkMimeFile(eml.fileName(), &why);
    QVERIFY2(!facts.isEmpty(), qPrintable(why));
    const QString text = facts[QStringLiteral("parts")]
                             .toArray()
                             .at(0)
                             .toObject()[QStringLiteral("content")]
                             .toString();
    static const QRegularExpression link(QStringLiteral("/reset\\?token=([A-Za-z0-9_-]{43})"));
    const auto m = link.match(text);
    QVERIFY2(m.hasMatch(), qPrintable(text));
    const QString token = m.captured(1);
    const auto stored = Database::scalar(
        db,
        QStringLiteral("SELECT COUNT(*) FROM account_tokens WHERE account_id = ? AND "
                       "token_sha256 = ? AND used_at IS NULL AND revoked_at IS NULL"),
        {accountId, OneTimeToken::sha256Hex(token)});
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().toInt(), 1);

    // The panel follows by itself; the token is nowhere to be seen, and gone from the outbox.
    QTRY_COMPARE_WITH_TIMEOUT(accountLinkStates(panel).value(0),
                              TokenStates::label(TokenState::Sent), TimeoutMs);
    QVERIFY(panel->overview() && !panel->overview()->tokens.isEmpty());
    const TokenInfo sent = panel->overview()->tokens.constFirst();
    QVERIFY(sent.mailAcceptedAt.isValid());
    QVERIFY(sent.outboxId);
    const auto entry = waitFor(session.worker()->run(
        [id = *sent.outboxId](QSqlDatabase &c) { return Outbox::entry(c, id); }));
    QVERIFY(entry.ok());
    QCOMPARE(entry->status, OutboxStatus::Sent);
    QVERIFY(!entry->textBody.contains(token));
    QVERIFY(!entry->htmlBody.contains(token));
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window.get())
            .contains(QStringLiteral("Sent a password-reset link to %1").arg(email)),
        TimeoutMs);

    // The customer forwards it back: it is ours, accepted by the relay, its link unused.
    auto *check = panel->findChild<QPushButton *>(QStringLiteral("button_check_forwarded"));
    QTest::mouseClick(check, Qt::LeftButton);
    ForwardedMailDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<ForwardedMailDialog>(panel)));
    QSignalSpy checked(dialog, &ForwardedMailDialog::checked);
    dialog->setPastedText(QStringLiteral("---------- Forwarded message ---------\n") + received);
    dialog->check();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, TimeoutMs);
    QCOMPARE(dialog->report()->verdict, ForwardedMailReport::Verdict::SentByUs);
    QVERIFY2(dialog->verdictText().contains(QStringLiteral("the mail relay accepted it at")),
             qPrintable(dialog->verdictText()));
    QVERIFY(dialog->verdictText().contains(QStringLiteral("unused")));
    QVERIFY(dialog->report()->containsLink);
    QVERIFY(!dialog->detailsText().contains(token));
    dialog->reject();

    window.reset();
    session.mailDelivery()->stop();
    session.worker()->drain();
}

QTEST_MAIN(TestAccountRelay)
#include "tst_accountrelay.moc"
