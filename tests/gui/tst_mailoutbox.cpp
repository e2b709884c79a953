// Mail from the main window, against real things: a reply on a ticket travels through the outbox
// to the aiosmtpd relay (tests/services/smtp_relay.py, STARTTLS + AUTH, certificate made at test
// time) and arrives as a well-formed multipart/alternative message (checked with Python's email
// package); its delivery state shows on the timeline. The mail settings page reports a TLS
// failure with the relay's certificate and trusts exactly that fingerprint; the password goes to
// the SecretStore, never to the settings. A send the relay refuses with 5xx (the scripted SMTP
// peer) is visible in the Outbox screen and on the timeline, and is sent after Retry once the
// relay works. Without a keychain the app asks for the relay password for this session only.
// Screenshots of the settings page and the Outbox screen go to docs/screenshots/.

#include "AppController.h"
#include "Fixtures.h"
#include "MainWindow.h"
#include "OutboxTestUtil.h"
#include "ScriptedSmtpPeer.h"
#include "TestDatabase.h"
#include "TestServices.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "mail/MailDelivery.h"
#include "mail/MailSetupService.h"
#include "mail/Outbox.h"
#include "mail/OutboxService.h"
#include "mail/SmtpClient.h"
#include "outbox/OutboxDialog.h"
#include "outbox/OutboxTableModel.h"
#include "queue/TicketTableView.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "settings/MailSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "settings/TemplatePreviewPage.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

constexpr int TimeoutMs = 60000;

// A keychain that is not there (no Secret Service), or one that is, in memory.
class FakeKeychain : public SecretStore
{
public:
    explicit FakeKeychain(bool available) : m_available(available) {}
    bool isEncrypted() const override { return true; }
    bool isPersistent() const override { return true; }
    // What the real keychain store calls itself, so that the screens read as they would.
    QString description() const override { return KeychainSecretStore().description(); }
    QFuture<Result<QString>> read(const QString &key) override
    {
        reads << key;
        if (!m_available)
            return QtFuture::makeReadyFuture(Result<QString>(unavailable()));
        if (!m_data.contains(key))
            return QtFuture::makeReadyFuture(
                Result<QString>(Error::make(Error::Code::NotFound, QStringLiteral("no entry"))));
        return QtFuture::makeReadyFuture(Result<QString>(m_data.value(key)));
    }
    QFuture<Result<void>> write(const QString &key, const QString &secret) override
    {
        writes << key;
        if (!m_available)
            return QtFuture::makeReadyFuture(Result<void>(unavailable()));
        m_data.insert(key, secret);
        return QtFuture::makeReadyFuture(Result<void>());
    }
    QFuture<Result<void>> remove(const QString &key) override
    {
        m_data.remove(key);
        return QtFuture::makeReadyFuture(Result<void>());
    }
    static Error unavailable()
    {
        return Error::make(Error::Code::Unavailable,
                           QStringLiteral("No keychain is available on this computer, so the "
                                          "password cannot be saved."));
    }
    QStringList reads;
    QStringList writes;
    QHash<QString, QString> m_data;

private:
    bool m_available;
};

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

QString screenshotPath(const QString &name)
{
    const QString dir = QDir(sourceDir()).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

void settle(AppSession *session, QWidget *window)
{
    window->hide();
    for (QWidget *w : QApplication::topLevelWidgets())
        w->hide();
    session->mailDelivery()->stop();
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::processEvents();
        session->worker()->drain();
    }
    QCoreApplication::processEvents();
    session->worker()->drain();
}

// One database, one session acting as an administrator, one main window.
struct World
{
    std::unique_ptr<TestDatabase> db;
    std::shared_ptr<SecretStore> secrets;
    std::unique_ptr<AppSession> session;
    std::unique_ptr<MainWindow> window;
    qint64 ticketId = 0;
    Staff admin;

    ~World()
    {
        // Let answers in flight reach the window while it still exists (Qt 6.4 asserts when a
        // continuation's context is gone). Hidden first, so that painting asks for no more.
        if (session && window)
            settle(session.get(), window.get());
        window.reset();
        session.reset();
        db.reset();
    }
};

} // namespace

class TestMailOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void replyFromTheWindowReachesTheRelay_data();
    void replyFromTheWindowReachesTheRelay();
    void failedSendIsVisibleAndRetryable_data();
    void failedSendIsVisibleAndRetryable();
    void withoutKeychainThePasswordIsForThisSessionOnly();
    void databasePasswordComesFromTheKeychainFirst();
    void onlyAnAdministratorSaves();
    void templatePreviewUsesTheTicketsValues();
    void replyWhoseMailCannotBeBuiltIsRefused();
    void deliveryProblemShowsInTheMessageBar();

private:
    bool makeWorld(World &w, const QString &dialect, std::shared_ptr<SecretStore> secrets,
                   const QString &role = QStringLiteral("admin"));
    void showTicket(World &w, qint64 id);
    void replyFromComposer(World &w, const QString &text);
    void configureMail(World &w, const MailSettings &mail, const QString &password);
    MailSettings relayMail(const TestRelay &relay) const;

    QTemporaryDir m_dir;
    QString m_python;
    TestCertificates m_certs;
    int m_worldCount = 0;
};

void TestMailOutbox::initTestCase()
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

void TestMailOutbox::cleanup()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->reject();
}

bool TestMailOutbox::makeWorld(World &w, const QString &dialect,
                               std::shared_ptr<SecretStore> secrets, const QString &role)
{
    w.db = std::make_unique<TestDatabase>(dialect);
    if (!w.db->isAvailable())
        return false;
    QSqlDatabase &db = w.db->db();
    w.admin.login = QStringLiteral("ada.admin");
    w.admin.id = addStaff(db, w.admin.login, QStringLiteral("Ada Admin"), role);
    TicketRow row;
    row.subject = QStringLiteral("Cannot sign in after the update");
    row.requesterEmail = QStringLiteral("pat@example.com");
    row.requesterName = QStringLiteral("Pat Doe");
    row.createdAt = row.updatedAt = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    w.ticketId = addTicket(db, row);

    w.secrets = std::move(secrets);
    w.session = openSession(w.db->settings(), w.admin.login, {w.secrets});
    OutboxSenderOptions options;
    options.pollIntervalMs = 400;
    options.backoffBaseMs = 500;
    options.backoffCapMs = 2000;
    options.senderId = QStringLiteral("gui-test-%1").arg(++m_worldCount);
    w.session->mailDelivery()->setSenderOptions(options);
    w.window = std::make_unique<MainWindow>(w.session.get());
    w.window->resize(1400, 820);
    w.window->show();
    if (!QTest::qWaitForWindowActive(w.window.get()))
        qFatal("main window not active");
    w.session->startMail();
    return true;
}

void TestMailOutbox::showTicket(World &w, qint64 id)
{
    QVERIFY(test::showTicket(w.window.get(), id));
}

void TestMailOutbox::replyFromComposer(World &w, const QString &text)
{
    MainWindow *window = w.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    TicketDetailView *detail = ticketDetail(window);
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(isComposerOpen(window));
    auto *editor = child<QPlainTextEdit>(detail, QStringLiteral("composerEdit"));
    // Typed as text: QTest::keyClicks takes Latin-1 only, and replies need not be.
    editor->insertPlainText(text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!ticketActions(window)->isBusy(), TimeoutMs);
    QVERIFY2(!isComposerOpen(window), qPrintable(messageBar(window)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(timelineText(window).contains(text), TimeoutMs);
}

void TestMailOutbox::configureMail(World &w, const MailSettings &mail, const QString &password)
{
    auto saved = waitFor(w.session->mailSetup()->save(mail, *w.session->me()));
    QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().toString()));
    if (!password.isEmpty())
        QVERIFY(waitFor(w.secrets->write(mail.passwordKey(), password)).ok());
    w.session->mailDelivery()->reload();
}

MailSettings TestMailOutbox::relayMail(const TestRelay &relay) const
{
    MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = relay.port();
    mail.security = SmtpSettings::Security::StartTls;
    mail.user = TestRelay::User;
    mail.fromAddress = QStringLiteral("helpdesk@example.org");
    mail.fromName = QStringLiteral("Example Support");
    mail.messageIdDomain = QStringLiteral("helpdesk.example.org");
    mail.trustedCertSha256 = SmtpClient::sha256Fingerprint(m_certs.server);
    return mail;
}

void TestMailOutbox::replyFromTheWindowReachesTheRelay_data()
{
    addDialectRows();
}

void TestMailOutbox::replyFromTheWindowReachesTheRelay()
{
    QFETCH(QString, dialect);
    HELPDESK_REQUIRE_RELAY(m_python);
    // A working keychain (in memory), behind the same fallback the app uses.
    auto keychain = std::make_unique<FakeKeychain>(true);
    FakeKeychain *fake = keychain.get();
    auto secrets = std::make_shared<FallbackSecretStore>(std::move(keychain));
    World w;
    if (!makeWorld(w, dialect, secrets))
        HELPDESK_REQUIRE_DB(*w.db);
    MainWindow *window = w.window.get();
    QSqlDatabase &db = w.db->db();
    MailDelivery *delivery = w.session->mailDelivery();
    QTRY_COMPARE_WITH_TIMEOUT(delivery->state(), MailDelivery::State::NotConfigured, TimeoutMs);

    // 1. Mail is not set up yet: the reply is saved, its mail waits, and the window says so.
    showTicket(w, w.ticketId);
    TicketDetailView *detail = ticketDetail(window);
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    const auto *hint = detail->findChild<QLabel *>(QStringLiteral("composerHint"));
    QVERIFY2(hint->text().contains(QLatin1String("once mail is configured")),
             qPrintable(hint->text()));
    QTest::keyClick(detail->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")),
                    Qt::Key_Escape);
    const QString firstReply = QStringLiteral("Please sign out everywhere and try again, Pat.");
    replyFromComposer(w, firstReply);
    QTRY_VERIFY_WITH_TIMEOUT(messageBar(window)->isVisible() &&
                                 messageBar(window)->text().contains(QLatin1String("not set up")),
                             TimeoutMs);
    QVERIFY2(messageBar(window)->text().contains(QLatin1String("1 email")),
             qPrintable(messageBar(window)->text()));
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window).contains(QLatin1String("waits in the outbox: mail is not set up yet")),
        TimeoutMs);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'queued'")), 1);

    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("relay-a-" + dialect), 0, &error),
             qPrintable(error));

    // 2. The settings page, opened with its shortcut: the first test email meets a certificate
    //    the system does not trust; the page shows it and trusts exactly that one.
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY(
        (settings = visibleChild<SettingsDialog>(window, QStringLiteral("settingsDialog"))));
    MailSettingsPage *page = settings->mailPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), TimeoutMs);
    QVERIFY(page->canSave());
    // Every Alt+letter on the page (and its tabs) means one thing.
    QVERIFY2(keyClashes(settings).isEmpty(), qPrintable(keyClashes(settings).join(u'\n')));
    const auto edit = [page](const char *name) {
        auto *e = page->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!e)
            qFatal("no %s", name);
        return e;
    };
    edit("mailHost")->setText(QStringLiteral("localhost"));
    page->findChild<QSpinBox *>(QStringLiteral("mailPort"))->setValue(relay.port());
    QCOMPARE(page->findChild<QComboBox *>(QStringLiteral("mailSecurity"))->currentData().toString(),
             QStringLiteral("starttls"));
    edit("mailUser")->setText(TestRelay::User);
    edit("mailPassword")->setText(TestRelay::Password);
    edit("mailFromAddress")->setText(QStringLiteral("helpdesk@example.org"));
    edit("mailFromName")->setText(QStringLiteral("Example Support"));
    edit("mailMessageIdDomain")->setText(QStringLiteral("helpdesk.example.org"));
    edit("mailTestAddress")->setText(QStringLiteral("ada.admin@example.org"));
    QSignalSpy tested(page, &MailSettingsPage::testFinished);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mailSendTest")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, TimeoutMs);
    QVERIFY(page->lastTestResult() && !page->lastTestResult()->accepted);
    QCOMPARE(page->lastTestResult()->error->kind, SmtpError::Kind::TlsFailed);
    const QString fingerprint = SmtpClient::sha256Fingerprint(m_certs.server);
    auto *certBox = page->findChild<QGroupBox *>(QStringLiteral("mailCertificateBox"));
    QVERIFY(!certBox->isHidden());
    const QString certText =
        page->findChild<QLabel *>(QStringLiteral("mailCertificateText"))->text();
    QVERIFY2(certText.contains(fingerprint), qPrintable(certText));
    QVERIFY2(certText.contains(QLatin1String("localhost")), qPrintable(certText));
    QVERIFY2(certText.contains(QLatin1String("Helpdesk Test CA")), qPrintable(certText));
    QVERIFY2(page->testResultText().contains(QLatin1String("TLS failed")),
             qPrintable(page->testResultText()));
    QCOMPARE(mailCount(relay.maildir()), 0);
    settings->resize(760, 900);
    QVERIFY(settings->grab().save(screenshotPath("mail-settings.png")));

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mailTrustCert")),
                      Qt::LeftButton);
    QCOMPARE(edit("mailTrustedCert")->text(), fingerprint);
    // A wrong password is reported as such (and nothing is sent).
    edit("mailPassword")->setText(QStringLiteral("not-the-password"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mailSendTest")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, TimeoutMs);
    QCOMPARE(page->lastTestResult()->error->kind, SmtpError::Kind::AuthenticationRejected);
    QVERIFY2(page->testResultText().contains(QLatin1String("Sign-in rejected")),
             qPrintable(page->testResultText()));
    QVERIFY(page->findChild<QGroupBox *>(QStringLiteral("mailCertificateBox"))->isHidden());
    edit("mailPassword")->setText(TestRelay::Password);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mailSendTest")),
                      Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 3, TimeoutMs);
    QVERIFY2(page->lastTestResult()->accepted, qPrintable(page->testResultText()));
    QVERIFY2(page->testResultText().contains(QLatin1String("250")),
             qPrintable(page->testResultText()));
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 1, TimeoutMs);

    // 3. Save: settings to the shared table, the password to the SecretStore only. Delivery
    //    starts and the reply that waited goes out.
    QSignalSpy saved(page, &MailSettingsPage::saved);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("mailSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, TimeoutMs);
    QVERIFY2(page->statusText().contains(QLatin1String("saved")), qPrintable(page->statusText()));
    const QString key = QStringLiteral("smtp/%1@localhost").arg(TestRelay::User);
    QCOMPARE(fake->m_data.value(key), TestRelay::Password);
    QVERIFY(secrets->isPersistent());
    QVERIFY2(page->statusText().contains(QLatin1String("Secret Service")),
             qPrintable(page->statusText()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE ?"),
                    {QStringLiteral("%") + TestRelay::Password + QStringLiteral("%")}),
             0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                   "'mail_settings_saved' AND staff_id = ?"),
                    {w.admin.id}),
             1);
    QTRY_COMPARE_WITH_TIMEOUT(delivery->state(), MailDelivery::State::Running, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 2, TimeoutMs);
    settings->close();

    // 4. A reply now goes out at once; both arrive as well-formed multipart/alternative mail.
    showTicket(w, w.ticketId);
    QTRY_VERIFY(hint->text().contains(QLatin1String("emailed to pat@example.com")));
    const QString secondReply =
        QStringLiteral("Grüße! Your account is unlocked; sign in with your usual password.");
    replyFromComposer(w, secondReply);
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 3, TimeoutMs);
    const QDir maildir(relay.maildir());
    const QStringList emls = maildir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QCOMPARE(emls.size(), 3);
    const QStringList replies{firstReply, secondReply};
    for (int i = 0; i < 2; ++i) {
        QString why;
        const QJsonObject facts = checkMimeFile(maildir.filePath(emls.at(i + 1)), &why);
        QVERIFY2(!facts.isEmpty(), qPrintable(why));
        QCOMPARE(facts[QStringLiteral("content_type")].toString(),
                 QStringLiteral("multipart/alternative"));
        QVERIFY2(facts[QStringLiteral("defects")].toArray().isEmpty(),
                 qPrintable(QJsonDocument(facts[QStringLiteral("defects")].toArray()).toJson()));
        QVERIFY(facts[QStringLiteral("all_crlf")].toBool());
        QVERIFY(facts[QStringLiteral("max_line_length")].toInt() <= 998);
        QCOMPARE(facts[QStringLiteral("subject")].toString(),
                 QStringLiteral("Re: Cannot sign in after the update [#%1]").arg(w.ticketId));
        const QJsonObject to = facts[QStringLiteral("to")].toArray().at(0).toObject();
        QCOMPARE(to[QStringLiteral("address")].toString(), QStringLiteral("pat@example.com"));
        QCOMPARE(to[QStringLiteral("name")].toString(), QStringLiteral("Pat Doe"));
        const QJsonObject from = facts[QStringLiteral("from")].toArray().at(0).toObject();
        QCOMPARE(from[QStringLiteral("address")].toString(),
                 QStringLiteral("helpdesk@example.org"));
        QCOMPARE(from[QStringLiteral("name")].toString(), QStringLiteral("Example Support"));
        const QJsonArray parts = facts[QStringLiteral("parts")].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).toObject()[QStringLiteral("content_type")].toString(),
                 QStringLiteral("text/plain"));
        QCOMPARE(parts.at(1).toObject()[QStringLiteral("content_type")].toString(),
                 QStringLiteral("text/html"));
        // The two parts say the same: every word of the text part is in the HTML part.
        QVERIFY(
            parts.at(0).toObject()[QStringLiteral("content")].toString().contains(replies.at(i)));
        const QJsonArray textWords = parts.at(0).toObject()[QStringLiteral("words")].toArray();
        const QJsonArray htmlWords = parts.at(1).toObject()[QStringLiteral("words")].toArray();
        for (const QJsonValue &word : textWords)
            QVERIFY2(htmlWords.contains(word), qPrintable(word.toString()));
    }
    // Configured before the second reply was queued: its Message-ID is on the configured domain.
    QVERIFY2(messageIdCounts(relay.maildir())
                 .keys()
                 .join(u' ')
                 .contains(QLatin1String("@helpdesk.example.org>")),
             qPrintable(messageIdCounts(relay.maildir()).keys().join(u' ')));

    // 5. The timeline tells the delivery: a mail_sent event per reply, and the replies' state.
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window).count(QLatin1String("Reply emailed to pat@example.com")) == 2,
        TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window).count(QLatin1String("Emailed to pat@example.com at")) == 2, TimeoutMs);
    QVERIFY(!timelineText(window).contains(QLatin1String("not set up")));
    if (dialect == QLatin1String("sqlite")) {
        QTest::qWait(400); // the refresh that the delivery started
        QVERIFY(waitForQueue(ticketModel(window)));
        QVERIFY(window->grab().save(screenshotPath("reply-timeline.png")));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), 2);
    // The "not set up" notice is gone once mail moves.
    QVERIFY(!messageBar(window)->isVisible() ||
            !messageBar(window)->text().contains(QLatin1String("not set up")));
}

void TestMailOutbox::failedSendIsVisibleAndRetryable_data()
{
    addDialectRows();
}

void TestMailOutbox::failedSendIsVisibleAndRetryable()
{
    QFETCH(QString, dialect);
    HELPDESK_REQUIRE_RELAY(m_python);
    auto secrets = std::make_shared<MemorySecretStore>();
    World w;
    if (!makeWorld(w, dialect, secrets))
        HELPDESK_REQUIRE_DB(*w.db);
    MainWindow *window = w.window.get();
    QSqlDatabase &db = w.db->db();

    // A relay that refuses the message after DATA (5xx): a permanent failure.
    ScriptedSmtpPeer peer(QStringList{
        QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C: EHLO *"),
        QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 8BITMIME"),
        QStringLiteral("C: MAIL FROM:<helpdesk@example.org>*"), QStringLiteral("S: 250 ok"),
        QStringLiteral("C: RCPT TO:<pat@example.com>"), QStringLiteral("S: 250 ok"),
        QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"), QStringLiteral("C: <DATA>"),
        QStringLiteral("S: 554 5.7.1 Message rejected: looks like spam"), QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 bye")});
    QVERIFY(peer.listen());
    MailSettings plain;
    plain.host = QStringLiteral("127.0.0.1");
    plain.port = peer.port();
    plain.security = SmtpSettings::Security::None;
    plain.fromAddress = QStringLiteral("helpdesk@example.org");
    plain.fromName = QStringLiteral("Example Support");
    plain.messageIdDomain = QStringLiteral("helpdesk.example.org");
    configureMail(w, plain, {});
    QTRY_COMPARE_WITH_TIMEOUT(w.session->mailDelivery()->state(), MailDelivery::State::Running,
                              TimeoutMs);

    showTicket(w, w.ticketId);
    const QString reply = QStringLiteral("Here is how to reset your second factor.");
    replyFromComposer(w, reply);
    QTRY_VERIFY_WITH_TIMEOUT(peer.scriptDone(), TimeoutMs);
    QVERIFY2(peer.mismatches().isEmpty(), qPrintable(peer.mismatches().join("; ")));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")), 1,
        TimeoutMs);
    const qint64 failedId =
        scalar(db, QStringLiteral("SELECT id FROM outbox WHERE status = 'failed'"));

    // On the timeline: the failure in words, with the way to retry.
    TicketDetailView *detail = ticketDetail(window);
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window).contains(QLatin1String(
            "Email to pat@example.com could not be delivered: 554 5.7.1 Message rejected")) &&
            timelineText(window).contains(QLatin1String("open the Outbox to retry")),
        TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(timelineText(window).contains(QLatin1String("Open in Outbox")),
                             TimeoutMs);

    // Some history for the screen: a message that went out, and one waiting for a retry. The
    // sender pauses meanwhile, so that it does not take them first.
    w.session->mailDelivery()->stop();
    const auto queueOther = [&db](const QString &to, const QString &subject) {
        MailMessage m;
        m.from = MailAddress(QStringLiteral("helpdesk@example.org"));
        m.to = {MailAddress(to)};
        m.subject = subject;
        m.textBody = QStringLiteral("Hello");
        auto id = Outbox::enqueue(db, m, std::nullopt, std::nullopt, false);
        if (!id)
            qFatal("enqueue: %s", qPrintable(id.error().toString()));
        return id.value();
    };
    const qint64 sentId = queueOther(QStringLiteral("sam.reed@example.org"),
                                     QStringLiteral("Your account is active"));
    const qint64 waitingId = queueOther(QStringLiteral("lee@example.net"),
                                        QStringLiteral("Unusual sign-in on your account"));
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto claimed = Outbox::claim(db, QStringLiteral("history"), now, 60'000, 5);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 2);
        QVERIFY(
            Outbox::markSent(db, sentId, QStringLiteral("250 2.0.0 Ok: queued as 77A1"), now).ok());
        QVERIFY(Outbox::markRetry(db, waitingId, QStringLiteral("history"),
                                  QStringLiteral("The relay asked to try again later."),
                                  QStringLiteral("451 4.3.0 Mailbox busy"), now + 25 * 60'000)
                    .ok());
    }

    // The Outbox screen, from its shortcut.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    OutboxDialog *outbox = nullptr;
    QTRY_VERIFY((outbox = visibleChild<OutboxDialog>(window, QStringLiteral("outboxDialog"))));
    auto *outboxTable = child<QTableView>(outbox, QStringLiteral("outboxTable"));
    auto *model = qobject_cast<OutboxTableModel *>(outboxTable->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(keyClashes(outbox).isEmpty(), qPrintable(keyClashes(outbox).join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && model->rowCount() == 3, TimeoutMs);
    const int failedRow = model->rowOfId(failedId);
    QVERIFY(failedRow >= 0);
    QCOMPARE(model->index(failedRow, OutboxTableModel::Status).data().toString(),
             QStringLiteral("Failed"));
    QCOMPARE(model->index(failedRow, OutboxTableModel::To).data().toString(),
             QStringLiteral("Pat Doe <pat@example.com>"));
    QCOMPARE(model->index(failedRow, OutboxTableModel::Ticket).data().toString(),
             QStringLiteral("#%1").arg(w.ticketId));
    QVERIFY2(model->index(failedRow, OutboxTableModel::Problem)
                 .data()
                 .toString()
                 .contains(QLatin1String("554 5.7.1 Message rejected")),
             qPrintable(model->index(failedRow, OutboxTableModel::Problem).data().toString()));
    QCOMPARE(model->index(failedRow, OutboxTableModel::Attempts).data().toInt(), 1);
    const int waitingRow = model->rowOfId(waitingId);
    QVERIFY2(model->index(waitingRow, OutboxTableModel::NextAttempt)
                 .data()
                 .toString()
                 .contains(QLatin1String("(in ")),
             qPrintable(model->index(waitingRow, OutboxTableModel::NextAttempt).data().toString()));
    QVERIFY(model->index(waitingRow, OutboxTableModel::Problem)
                .data()
                .toString()
                .contains(QLatin1String("451 4.3.0")));

    // Filter by status.
    auto *filter = child<QComboBox>(outbox, QStringLiteral("outboxStatusFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("failed")));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, TimeoutMs);
    QCOMPARE(model->entryAt(0)->id, failedId);
    QTRY_VERIFY(filter->itemText(filter->currentIndex()).contains(QLatin1String("(1)")));
    filter->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 3, TimeoutMs);

    // The failed message selected: its details say what happened and what to do.
    outbox->selectMessage(failedId);
    QTRY_COMPARE(outbox->selectedId(), failedId);
    QVERIFY(action(outbox, QStringLiteral("outbox.retry"))->isEnabled());
    QVERIFY(outbox->detailsText().contains(QLatin1String("554 5.7.1")));
    QVERIFY2(outbox->detailsText().contains(QLatin1String("press Retry")),
             qPrintable(outbox->detailsText()));
    outbox->resize(1180, 560);
    // What holds the rest back is said under the list: here the 451 waiting for its retry.
    auto *leases = outbox->findChild<QLabel *>(QStringLiteral("outboxLeases"));
    QVERIFY(leases);
    QTRY_VERIFY_WITH_TIMEOUT(leases->isVisible() &&
                                 leases->text().contains(QLatin1String("1 message waiting to be "
                                                                       "retried at")),
                             TimeoutMs);
    QVERIFY(outbox->grab().save(screenshotPath("outbox.png")));

    // The timeline's links lead to the same place: "Open in Outbox" selects the message, and
    // "Retry" asks for exactly that message to be sent again.
    outbox->close();
    auto *timeline = detail->findChild<QTextBrowser *>(QStringLiteral("detailTimeline"));
    QVERIFY(timeline->toHtml().contains(QStringLiteral("helpdesk-outbox:retry/%1").arg(failedId)));
    QSignalSpy retryLink(detail, &TicketDetailView::mailRetryRequested);
    emit timeline->anchorClicked(QUrl(QStringLiteral("helpdesk-outbox:show/%1").arg(failedId)));
    QTRY_VERIFY(outbox->isVisible());
    QTRY_COMPARE(outbox->selectedId(), failedId);
    QCOMPARE(retryLink.count(), 0);

    // Cancel the one that waits: asked first, then it is never sent.
    outbox->selectMessage(waitingId);
    QTRY_COMPARE(outbox->selectedId(), waitingId);
    QVERIFY(action(outbox, QStringLiteral("outbox.cancel"))->isEnabled());
    outbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    QCOMPARE(QApplication::activeWindow(), outbox);
    QTest::keyClick(outboxTable, Qt::Key_Delete);
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY(
        (confirm = visibleChild<QMessageBox>(outbox, QStringLiteral("outboxCancelConfirmation"))));
    for (QAbstractButton *b : confirm->buttons())
        if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
            b->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOfId(waitingId), OutboxTableModel::Status).data().toString(),
        QStringLiteral("Cancelled"), TimeoutMs);
    QVERIFY(outbox->noticeText().contains(QLatin1String("cancelled")));

    // The relay works again (the real one, its certificate pinned): Retry sends the message.
    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("relay-b-" + dialect), 0, &error),
             qPrintable(error));
    configureMail(w, relayMail(relay), TestRelay::Password);
    QTRY_COMPARE_WITH_TIMEOUT(w.session->mailDelivery()->state(), MailDelivery::State::Running,
                              TimeoutMs);
    outbox->selectMessage(failedId);
    QTRY_COMPARE(outbox->selectedId(), failedId);
    QVERIFY(action(outbox, QStringLiteral("outbox.retry"))->isEnabled());
    outbox->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(outbox));
    QCOMPARE(QApplication::activeWindow(), outbox);
    QTest::keyClick(outboxTable, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(outbox->noticeText().contains(QLatin1String("queued again")),
                             TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 1, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(model->rowOfId(failedId), OutboxTableModel::Status).data().toString(),
        QStringLiteral("Sent"), TimeoutMs);
    QCOMPARE(model->index(model->rowOfId(failedId), OutboxTableModel::Attempts).data().toInt(), 2);
    QVERIFY(!action(outbox, QStringLiteral("outbox.retry"))->isEnabled());
    // What arrived is the reply.
    const QDir maildir(relay.maildir());
    QString why;
    const QJsonObject facts =
        checkMimeFile(maildir.filePath(maildir.entryList({QStringLiteral("*.eml")}).first()), &why);
    QVERIFY2(!facts.isEmpty(), qPrintable(why));
    QCOMPARE(facts[QStringLiteral("content_type")].toString(),
             QStringLiteral("multipart/alternative"));
    QVERIFY(facts[QStringLiteral("parts")]
                .toArray()
                .at(0)
                .toObject()[QStringLiteral("content")]
                .toString()
                .contains(reply));
    // The timeline has the happy end too, and no more retry link for it.
    QTRY_VERIFY_WITH_TIMEOUT(
        timelineText(window).contains(QLatin1String("Reply emailed to pat@example.com")),
        TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(timelineText(window).contains(QLatin1String("Since then: sent")),
                             TimeoutMs);
    // The cancelled message never went out.
    QCOMPARE(mailCount(relay.maildir()), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'cancelled'")),
             1);
    outbox->close();
}

void TestMailOutbox::withoutKeychainThePasswordIsForThisSessionOnly()
{
    HELPDESK_REQUIRE_RELAY(m_python);
    auto keychain = std::make_unique<FakeKeychain>(false);
    FakeKeychain *fake = keychain.get();
    auto secrets = std::make_shared<FallbackSecretStore>(std::move(keychain));
    World w;
    QVERIFY(makeWorld(w, QStringLiteral("sqlite"), secrets));
    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("relay-c"), 0, &error),
             qPrintable(error));
    // Set up (by another client, say) while this one has no keychain.
    auto saved = waitFor(w.session->mailSetup()->save(relayMail(relay), *w.session->me()));
    QVERIFY(saved.ok());
    QSqlDatabase &db = w.db->db();
    // Polling only every ten minutes: below, mail goes out because it wakes the sender.
    OutboxSenderOptions slow;
    slow.pollIntervalMs = 600'000;
    slow.senderId = QStringLiteral("gui-test-slow");
    w.session->mailDelivery()->setSenderOptions(slow);
    w.session->mailDelivery()->reload();

    // The window asks for the password for this session, saying why.
    QInputDialog *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = visibleChild<QInputDialog>(w.window.get(), QStringLiteral("mailPasswordPrompt"))),
        TimeoutMs);
    QVERIFY2(prompt->labelText().contains(QLatin1String("No keychain")),
             qPrintable(prompt->labelText()));
    QVERIFY(prompt->labelText().contains(QLatin1String("this session only")));
    QCOMPARE(w.session->mailDelivery()->state(), MailDelivery::State::WaitingForPassword);
    QVERIFY(secrets->isKeychainUnavailable());
    QVERIFY(!secrets->isPersistent());
    prompt->setTextValue(TestRelay::Password);
    prompt->accept();
    QTRY_COMPARE_WITH_TIMEOUT(w.session->mailDelivery()->state(), MailDelivery::State::Running,
                              TimeoutMs);
    QVERIFY(messageBar(w.window.get())->text().contains(QLatin1String("this session only")));

    // Mail goes out with it, at once: the reply wakes the sender.
    showTicket(w, w.ticketId);
    replyFromComposer(w, QStringLiteral("We unlocked it."));
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 1, 20000);
    // Mail queued by a job on the worker thread wakes it too, through wakeFromAnyThread().
    const auto wake = w.session->mailDelivery()->wakeFromAnyThread();
    auto queued = waitFor(w.session->worker()->run([wake](QSqlDatabase &conn) -> Result<qint64> {
        MailMessage m;
        m.to = {MailAddress(QStringLiteral("pat@example.com"))};
        m.subject = QStringLiteral("Your unlock request");
        m.textBody = QStringLiteral("Done.");
        auto id = Outbox::enqueue(conn, m, std::nullopt, std::nullopt, false);
        if (id)
            wake(id.value());
        return id;
    }));
    QVERIFY(queued.ok());
    QTRY_COMPARE_WITH_TIMEOUT(mailCount(relay.maildir()), 2, 20000);
    // Nothing was written anywhere: not to the keychain, not to the shared settings, not to the
    // app's settings file.
    QVERIFY(fake->writes.isEmpty());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE value LIKE ?"),
                    {QStringLiteral("%") + TestRelay::Password + QStringLiteral("%")}),
             0);
    QSettings().sync();
    QFile ini(QSettings().fileName());
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(TestRelay::Password.toUtf8()));

    // The settings page says so too, and saving a password keeps it in memory only.
    QVERIFY(trigger(w.window.get(), QStringLiteral("tools.settings")));
    auto *settings = child<SettingsDialog>(w.window.get(), QStringLiteral("settingsDialog"));
    MailSettingsPage *page = settings->mailPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), TimeoutMs);
    const QString note = page->findChild<QLabel *>(QStringLiteral("mailPasswordNote"))->text();
    QVERIFY2(note.contains(QLatin1String("this session only")), qPrintable(note));
    page->findChild<QLineEdit *>(QStringLiteral("mailPassword"))->setText(TestRelay::Password);
    QSignalSpy pageSaved(page, &MailSettingsPage::saved);
    page->save();
    QTRY_COMPARE_WITH_TIMEOUT(pageSaved.count(), 1, TimeoutMs);
    QVERIFY2(page->statusText().contains(QLatin1String("session only")),
             qPrintable(page->statusText()));
    QVERIFY(fake->writes.size() <= 1); // tried the keychain at most once, then memory
    QCOMPARE(waitFor(secrets->read(relayMail(relay).passwordKey())).value(), TestRelay::Password);
    settings->close();
}

void TestMailOutbox::databasePasswordComesFromTheKeychainFirst()
{
    TestDatabase pg(QStringLiteral("postgresql"));
    HELPDESK_REQUIRE_DB(pg);
    (void)pg.db(); // created and migrated
    auto keychain = std::make_shared<FakeKeychain>(true);
    keychain->m_data.insert(pg.settings().keychainKey(), QStringLiteral("from-the-keychain"));
    AppController::Options options;
    options.settings = pg.settings();
    options.settings.password.clear();
    options.secrets = keychain;
    options.startMail = false;
    AppController controller(options);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() && controller.mainWindow()->isVisible(),
                             TimeoutMs);
    // Asked before the first connection attempt, under one key per server, database and user.
    QCOMPARE(keychain->reads.value(0), pg.settings().keychainKey());
    QVERIFY(keychain->reads.value(0).startsWith(QLatin1String("postgresql/")));
    QVERIFY(keychain->reads.value(0).endsWith(u'/' + pg.settings().databaseName));
    // Nothing typed, so nothing written back.
    QVERIFY(keychain->writes.isEmpty());
    // Let the first refreshes and the SLA scan answer before the window and session go.
    QTest::qWait(300);
    settle(controller.session(), controller.mainWindow());
}

void TestMailOutbox::onlyAnAdministratorSaves()
{
    World w;
    QVERIFY(makeWorld(w, QStringLiteral("sqlite"), std::make_shared<MemorySecretStore>(),
                      QStringLiteral("agent")));
    QVERIFY(trigger(w.window.get(), QStringLiteral("tools.settings")));
    auto *settings = child<SettingsDialog>(w.window.get(), QStringLiteral("settingsDialog"));
    MailSettingsPage *page = settings->mailPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), TimeoutMs);
    QVERIFY(!page->canSave());
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("mailSave"))->isEnabled());
    QVERIFY(!page->findChild<QLineEdit *>(QStringLiteral("mailHost"))->isEnabled());
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("mailAdminNote"))->isHidden());
    // The service refuses too, whatever the window does.
    MailSettings mail;
    mail.host = QStringLiteral("smtp.example.com");
    mail.fromAddress = QStringLiteral("support@example.com");
    auto refused = waitFor(w.session->mailSetup()->save(mail, *w.session->me()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QCOMPARE(scalar(w.db->db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE "
                                               "'smtp/%'")),
             0);
    settings->close();
}

void TestMailOutbox::templatePreviewUsesTheTicketsValues()
{
    World w;
    QVERIFY(makeWorld(w, QStringLiteral("sqlite"), std::make_shared<MemorySecretStore>()));
    showTicket(w, w.ticketId);
    MainWindow *window = w.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY(
        (settings = visibleChild<SettingsDialog>(window, QStringLiteral("settingsDialog"))));
    QCOMPARE(settings->currentPage(), SettingsDialog::Page::Templates);
    QVERIFY2(keyClashes(settings).isEmpty(), qPrintable(keyClashes(settings).join(u'\n')));
    TemplatePreviewPage *page = settings->templatePage();
    QCOMPARE(page->ticketId(), w.ticketId);
    page->selectTemplate(QStringLiteral("ticket_reply"));
    QTRY_VERIFY_WITH_TIMEOUT(
        page->isRendered() && page->templateKey() == QLatin1String("ticket_reply"), TimeoutMs);
    QCOMPARE(page->subjectText(),
             QStringLiteral("Re: Cannot sign in after the update [#%1]").arg(w.ticketId));
    QVERIFY(page->plainText().contains(QLatin1String("Hello Pat Doe,")));
    QVERIFY(page->plainText().contains(QLatin1String("Ada Admin")));
    QVERIFY(page->htmlText().contains(QLatin1String("Hello Pat Doe,")));
    QVERIFY(page->problemText().isEmpty());

    // A template that needs a link: the missing value is named, and marked where it goes.
    page->selectTemplate(QStringLiteral("password_reset"));
    QTRY_VERIFY_WITH_TIMEOUT(
        page->isRendered() && page->templateKey() == QLatin1String("password_reset"), TimeoutMs);
    QVERIFY2(page->problemText().contains(QLatin1String("{{link}}")),
             qPrintable(page->problemText()));
    QVERIFY(page->preview()->missing.contains(QStringLiteral("{{link}}")));
    QVERIFY(page->plainText().contains(QLatin1String("Pat Doe")));
    settings->close();
}

void TestMailOutbox::replyWhoseMailCannotBeBuiltIsRefused()
{
    World w;
    QVERIFY(makeWorld(w, QStringLiteral("sqlite"), std::make_shared<MemorySecretStore>()));
    QSqlDatabase &db = w.db->db();
    TicketRow row;
    row.subject = QStringLiteral("Imported from the old system");
    row.requesterEmail = QStringLiteral("pat at example dot com");
    const qint64 id = addTicket(db, row);
    showTicket(w, id);
    MainWindow *window = w.window.get();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    TicketDetailView *detail = ticketDetail(window);
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    auto *editor = child<QPlainTextEdit>(detail, QStringLiteral("composerEdit"));
    editor->insertPlainText(QStringLiteral("Hello Pat"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!ticketActions(window)->isBusy(), TimeoutMs);
    // The reason, naming the field; the text stays in the editor; nothing is saved or queued.
    QTRY_VERIFY(messageBar(window)->isVisible());
    QVERIFY2(messageBar(window)->text().contains(QLatin1String("To")),
             qPrintable(messageBar(window)->text()));
    QVERIFY(isComposerOpen(window));
    QCOMPARE(editor->toPlainText(), QStringLiteral("Hello Pat"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? "
                                   "AND kind = 'reply'"),
                    {id}),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    QTest::mouseClick(child<QPushButton>(detail, QStringLiteral("composerDiscard")),
                      Qt::LeftButton);
}

void TestMailOutbox::deliveryProblemShowsInTheMessageBar()
{
    HELPDESK_REQUIRE_RELAY(m_python);
    auto secrets = std::make_shared<MemorySecretStore>();
    World w;
    QVERIFY(makeWorld(w, QStringLiteral("sqlite"), secrets));
    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("relay-e"), 0, &error),
             qPrintable(error));
    // The relay's certificate is not pinned (and the system does not trust it).
    MailSettings mail = relayMail(relay);
    mail.trustedCertSha256.clear();
    configureMail(w, mail, TestRelay::Password);
    QTRY_COMPARE_WITH_TIMEOUT(w.session->mailDelivery()->state(), MailDelivery::State::Running,
                              TimeoutMs);
    showTicket(w, w.ticketId);
    replyFromComposer(w, QStringLiteral("We are on it."));
    MessageBar *bar = messageBar(w.window.get());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(QLatin1String("certificate")),
                             TimeoutMs);
    // What happened, and where to look next.
    QVERIFY2(bar->text().startsWith(QLatin1String("Mail: ")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("Outbox (Ctrl+Shift+O)")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("mail settings (Ctrl+,)")),
             qPrintable(bar->text()));
    // Nothing was sent, nothing is lost: the message waits for a retry.
    QCOMPARE(mailCount(relay.maildir()), 0);
    QTRY_COMPARE_WITH_TIMEOUT(scalar(w.db->db(), QStringLiteral("SELECT COUNT(*) FROM outbox "
                                                                "WHERE status = 'queued' AND "
                                                                "last_error <> ''")),
                              1, TimeoutMs);
}

QTEST_MAIN(TestMailOutbox)
#include "tst_mailoutbox.moc"
