// The account-status panel in the main window, on a demo-seeded database of each dialect:
// sending a reset link from a ticket (outbox, link state, timeline, rate limit, shortcut), a
// security-locked account with flagged sign-ins (and its screenshot), the four-eyes unlock
// between an agent and two leads in separate clients (with live refresh), the forwarded-email
// check, and the Accounts screen's search.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountReasonDialog.h"
#include "accounts/AccountService.h"
#include "accounts/AccountStatusPanel.h"
#include "accounts/AccountsWindow.h"
#include "accounts/ForwardedMailDialog.h"
#include "accounts/IdentityCheckDialog.h"
#include "accounts/LinkConfirmDialog.h"
#include "accounts/LoginEventModel.h"
#include "app/AppSession.h"
#include "common/ActionRegistry.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/Template.h"
#include "queue/TicketTableView.h"
#include "settings/Settings.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>
#include <vector>

using namespace helpdesk;
using helpdesk::test::openSession;
using helpdesk::test::TestDatabase;
using helpdesk::test::waitFor;

namespace {

constexpr int TimeoutMs = 30000;
constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

qint64 insertId(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q.value().next())
        qFatal("test insert failed: %s", q ? "no row" : qPrintable(q.error().toString()));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

struct Place
{
    const char *country;
    const char *city;
    const char *ip;
};
const Place Home{"Germany", "Hamburg", "203.0.113.24"};
const Place Abroad{"Singapore", "Singapore", "198.51.100.77"};

void insertLogin(QSqlDatabase &db, qint64 accountId, qint64 at, bool success, const Place &place,
                 const QString &device = QStringLiteral("Windows laptop"),
                 const QString &browser = QStringLiteral("Chrome"))
{
    insertId(db,
             QStringLiteral("INSERT INTO login_events (account_id, at, success, ip, user_agent, "
                            "device, browser, country, city) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {accountId, at, success, QString::fromLatin1(place.ip),
              QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64)"), device, browser,
              QString::fromLatin1(place.country), QString::fromLatin1(place.city)});
}

struct Story
{
    qint64 accountId = 0;
    qint64 ticketId = 0;
    QString email;
};

// A customer whose password was guessed from abroad: months of ordinary sign-ins from home,
// then today a burst of failures from Singapore, a success right after them, and the
// platform's security lock. The ticket is the customer's own report.
Story lockedForSecurity(QSqlDatabase &db, const QString &email, const QString &name, qint64 now)
{
    Story s;
    s.email = email;
    const qint64 lockedAt = now - 38 * Minute;
    s.accountId = insertId(
        db,
        QStringLiteral("INSERT INTO accounts (email, display_name, status, lock_reason, "
                       "locked_by, locked_at, lock_kind, mfa_enabled, mfa_method, "
                       "email_verified, phone, failed_login_count, last_login_at, created_at, "
                       "updated_at) VALUES (?, ?, 'locked', ?, 'system', ?, 'security', ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        {email, name,
         QStringLiteral("Sign-in from a new country right after a burst of failed attempts"),
         lockedAt, false, nullText(), true, QStringLiteral("+49 40 5550 1234"), 0,
         now - 44 * Minute, now - 900 * Day, lockedAt});
    // The baseline: a sign-in from home every few days over the last two months.
    for (qint64 d = 58; d >= 1; d -= 3)
        insertLogin(db, s.accountId, now - d * Day - 9 * Hour, true, Home);
    insertLogin(db, s.accountId, now - 45 * Day, true, Home, QStringLiteral("iPhone"),
                QStringLiteral("Safari"));
    // Today.
    for (int i = 0; i < 6; ++i)
        insertLogin(db, s.accountId, now - 52 * Minute + i * 40'000, false, Abroad);
    insertLogin(db, s.accountId, now - 44 * Minute, true, Abroad);
    s.ticketId = insertId(
        db,
        QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, account_id, "
                       "category, priority, status, channel, created_at, updated_at) VALUES (?, "
                       "?, ?, ?, 'security', 2, 'open', 'email', ?, ?)"),
        {QStringLiteral("Someone signed in to my account from abroad"), email, name, s.accountId,
         now - 20 * Minute, now - 20 * Minute});
    return s;
}

void configureMail(QSqlDatabase &db)
{
    Settings settings(db);
    MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = 2525;
    mail.fromAddress = QStringLiteral("support@example.org");
    mail.fromName = QStringLiteral("Example Support");
    mail.messageIdDomain = QStringLiteral("helpdesk.example.org");
    auto saved = mail.save(settings);
    if (!saved)
        qFatal("mail settings: %s", qPrintable(saved.error().toString()));
}

// The link confirmation the panel opened, once it is on screen (null after the timeout).
LinkConfirmDialog *linkConfirmation(AccountStatusPanel *panel)
{
    LinkConfirmDialog *dialog = nullptr;
    test::waitUntil([&] { return (dialog = test::visibleChild<LinkConfirmDialog>(panel)); });
    return dialog;
}

AccountReasonDialog *reasonDialog(AccountStatusPanel *panel, const QString &name)
{
    return test::visibleChild<AccountReasonDialog>(panel, name);
}

QPushButton *button(QWidget *panel, const QString &name)
{
    auto *b = panel->findChild<QPushButton *>(name);
    if (!b)
        qFatal("no button %s", qPrintable(name));
    return b;
}

QLabel *label(QWidget *panel, const QString &name)
{
    auto *l = panel->findChild<QLabel *>(name);
    if (!l)
        qFatal("no label %s", qPrintable(name));
    return l;
}

// Everything the Links tab shows, tooltips included: a token must never be among it.
QString linksTabText(AccountStatusPanel *panel)
{
    auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("accountTokens"));
    QString text;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i)
        for (int c = 0; c < tree->columnCount(); ++c)
            text += tree->topLevelItem(i)->text(c) + u' ' + tree->topLevelItem(i)->toolTip(c);
    return text;
}

} // namespace

// A fresh demo database of the row's dialect (skipped when PostgreSQL is not there).
#define SET_UP()                                                                                   \
    do {                                                                                           \
        QFETCH(QString, dialect);                                                                  \
        m_db = std::make_unique<TestDatabase>(dialect);                                            \
        HELPDESK_REQUIRE_DB(*m_db);                                                                \
        setUp();                                                                                   \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

#define OPEN_TICKET(ticket, account)                                                               \
    openTicket(ticket, account);                                                                   \
    if (QTest::currentTestFailed())                                                                \
        return;                                                                                    \
    AccountStatusPanel *panel = test::accountPanel(m_window.get())

class TestAccountPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resetLinkFromTicket_data() { test::addDialectRows(); }
    void resetLinkFromTicket();
    void securityLockNeedsSecondLead_data() { test::addDialectRows(); }
    void securityLockNeedsSecondLead();
    void leadCannotApproveOwnRequest_data() { test::addDialectRows(); }
    void leadCannotApproveOwnRequest();
    void forwardedMailCheck_data() { test::addDialectRows(); }
    void forwardedMailCheck();
    void accountsScreenSearch_data() { test::addDialectRows(); }
    void accountsScreenSearch();

private:
    // A demo-seeded database of the row's dialect with mail set up, a session acting as the
    // demo agent with live updates, and the main window.
    void setUp();
    // Shows the ticket in the window and waits for its account beside it.
    void openTicket(qint64 ticketId, qint64 accountId);
    void showTicket(qint64 ticketId);
    std::unique_ptr<AppSession> secondClient(const QString &login);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<AppSession>> m_others;
};

void TestAccountPanel::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAccountPanel::init()
{
    QSettings().clear();
}

void TestAccountPanel::cleanup()
{
    // Widgets before the sessions whose services they use; the sessions drain their workers.
    m_window.reset();
    m_others.clear();
    m_session.reset();
    m_db.reset();
}

void TestAccountPanel::setUp()
{
    DemoOptions options;
    options.tickets = 250;
    options.accounts = 80;
    options.seed = 11;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));
    configureMail(m_db->db());

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    m_session->startLiveUpdates(3'600'000, 150);
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1500, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

std::unique_ptr<AppSession> TestAccountPanel::secondClient(const QString &login)
{
    return openSession(m_db->settings(), login);
}

void TestAccountPanel::showTicket(qint64 ticketId)
{
    QVERIFY(test::showTicket(m_window.get(), ticketId));
}

void TestAccountPanel::openTicket(qint64 ticketId, qint64 accountId)
{
    showTicket(ticketId);
    if (QTest::currentTestFailed())
        return;
    AccountStatusPanel *panel = test::accountPanel(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible() && panel->accountId() == accountId &&
                                 panel->isLoaded() && !test::signInHistory(panel)->isLoading(),
                             TimeoutMs);
    QCOMPARE(panel->ticketId(), std::optional<qint64>(ticketId));
}

void TestAccountPanel::resetLinkFromTicket()
{
    SET_UP();
    // A demo ticket whose requester is an active account.
    auto found = Database::exec(
        m_db->db(),
        QStringLiteral("SELECT t.id, a.id, a.email FROM tickets t JOIN accounts a ON a.id = "
                       "t.account_id WHERE a.status = 'active' AND t.status <> 'closed' "
                       "ORDER BY t.id DESC LIMIT 1"));
    QVERIFY(found && found.value().next());
    const qint64 ticketId = found.value().value(0).toLongLong();
    const qint64 accountId = found.value().value(1).toLongLong();
    const QString email = found.value().value(2).toString();
    found.value().finish();

    // A ticket without an account hides the panel.
    auto unlinked = Database::scalar(m_db->db(), QStringLiteral("SELECT MIN(id) FROM tickets WHERE "
                                                                "account_id IS NULL"));
    if (unlinked && !unlinked.value().isNull()) {
        showTicket(unlinked.value().toLongLong());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!test::accountPanel(m_window.get())->isVisible());
    }

    OPEN_TICKET(ticketId, accountId);
    QCOMPARE(test::accountStatus(panel), QStringLiteral("ACTIVE"));
    QVERIFY(test::accountNotice(panel, QStringLiteral("accountLockBox")).isEmpty());
    QVERIFY2(test::accountFacts(panel).contains(QStringLiteral("Failed sign-ins (24 h): ")),
             qPrintable(test::accountFacts(panel)));
    // What does not apply says why, on a visible line and in the tooltip.
    QPushButton *activation = button(panel, QStringLiteral("button_send_activation_link"));
    QVERIFY(!activation->isEnabled());
    QLabel *activationWhy = label(panel, QStringLiteral("reason_send_activation_link"));
    QVERIFY(activationWhy->isVisible());
    QVERIFY2(activationWhy->text().contains(QStringLiteral("already active")),
             qPrintable(activationWhy->text()));
    QVERIFY(activation->toolTip().contains(QStringLiteral("already active")));
    QVERIFY(!button(panel, QStringLiteral("button_revoke_tokens"))->isEnabled());

    // Send the reset link from the panel.
    QPushButton *reset = button(panel, QStringLiteral("button_send_reset_link"));
    QVERIFY(reset->isEnabled());
    QVERIFY(!label(panel, QStringLiteral("reason_send_reset_link"))->isVisible());
    QSignalSpy finished(panel, &AccountStatusPanel::actionFinished);
    QTest::mouseClick(reset, Qt::LeftButton);
    // First the question: to whom, for how long, on which ticket; nothing is sent before it.
    LinkConfirmDialog *confirm = linkConfirmation(panel);
    QVERIFY(confirm);
    QCOMPARE(confirm->ticketId(), std::optional<qint64>(ticketId));
    QVERIFY2(confirm->warningText().isEmpty(), qPrintable(confirm->warningText()));
    QVERIFY(finished.isEmpty());
    confirm->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));

    // The outbox holds a queued password-reset mail to the customer, with the link.
    const auto queued = waitFor(m_session->worker()->run(
        [](QSqlDatabase &db) { return Outbox::list(db, OutboxStatus::Queued, 100); }));
    QVERIFY(queued.ok());
    std::optional<OutboxEntry> mail;
    for (const OutboxEntry &e : queued.value())
        if (e.to.address.compare(email, Qt::CaseInsensitive) == 0 &&
            e.templateKey == TemplateKeys::PasswordReset)
            mail = e;
    QVERIFY2(mail.has_value(), qPrintable(email));
    QCOMPARE(mail->ticketId, std::optional<qint64>(ticketId));
    static const QRegularExpression link(QStringLiteral("/reset\\?token=([A-Za-z0-9_-]{43})"));
    const auto m = link.match(mail->textBody);
    QVERIFY2(m.hasMatch(), qPrintable(mail->textBody));
    const QString token = m.captured(1);

    // The panel shows the link's state, never the link.
    QTRY_VERIFY_WITH_TIMEOUT(!test::accountLinkStates(panel).isEmpty(), TimeoutMs);
    QCOMPARE(test::accountLinkStates(panel).constFirst(), TokenStates::label(TokenState::Issued));
    QVERIFY(!linksTabText(panel).contains(token));
    if (qEnvironmentVariable("HELPDESK_REVIEW_DIR").size())
        m_window->grab().save(qEnvironmentVariable("HELPDESK_REVIEW_DIR") +
                              QStringLiteral("/window.png"));
    QTRY_VERIFY_WITH_TIMEOUT(button(panel, QStringLiteral("button_revoke_tokens"))->isEnabled(),
                             TimeoutMs);

    // The ticket's timeline shows the action (the window refreshed it by itself).
    QTRY_VERIFY2_WITH_TIMEOUT(
        test::timelineText(m_window.get())
            .contains(QStringLiteral("Sent a password-reset link to %1").arg(email)),
        qPrintable(test::timelineText(m_window.get())), TimeoutMs);
    QVERIFY(test::timelineText(m_window.get()).contains(QStringLiteral("Account link sent")));

    // The relay accepts the mail: the panel moves on without being told.
    const auto sent = waitFor(m_session->worker()->run([id = mail->id](QSqlDatabase &db) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto claimed = Outbox::claim(db, QStringLiteral("test-relay"), now, Minute, 50);
        if (!claimed)
            return Result<bool>(claimed.error());
        return Outbox::markSent(db, id, QStringLiteral("250 2.0.0 Ok: queued"), now);
    }));
    QVERIFY2(sent.ok() && sent.value(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QTRY_COMPARE_WITH_TIMEOUT(test::accountLinkStates(panel).constFirst(),
                              TokenStates::label(TokenState::Sent), TimeoutMs);

    // Two more links, the second by its shortcut; the fourth within the hour is refused. The
    // question says the link already sent stops working; cancelling it sends nothing.
    finished.clear();
    QTest::mouseClick(reset, Qt::LeftButton);
    confirm = linkConfirmation(panel);
    QVERIFY(confirm);
    QVERIFY2(confirm->warningText().contains(QStringLiteral("#%1").arg(ticketId)) &&
                 confirm->warningText().contains(QStringLiteral("stops working")),
             qPrintable(confirm->warningText()));
    confirm->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!test::visibleChild<LinkConfirmDialog>(panel), TimeoutMs);
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    QTest::mouseClick(reset, Qt::LeftButton);
    confirm = linkConfirmation(panel);
    QVERIFY(confirm);
    confirm->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(reset->isEnabled(), TimeoutMs);

    // A troubleshooting run on the ticket waits for the link: the question names it. Three
    // presses of the shortcut ask once.
    QVERIFY(Database::exec(m_db->db(),
                           QStringLiteral("INSERT INTO troubleshooting_runs (ticket_id, flow_id, "
                                          "flow_version, flow_title, status, current_step, "
                                          "started_at, updated_at) VALUES (?, 'login_problem', 1, "
                                          "'Login problem', 'paused', 'link_result', ?, ?)"),
                           {ticketId, QDateTime::currentMSecsSinceEpoch(),
                            QDateTime::currentMSecsSinceEpoch()})
                .ok());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    for (int press = 0; press < 3; ++press)
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    confirm = linkConfirmation(panel);
    QVERIFY(confirm);
    QTest::qWait(200);
    QCOMPARE(panel->findChildren<LinkConfirmDialog *>().size(), 1);
    QVERIFY2(confirm->warningText().contains(QStringLiteral("Login problem")) &&
                 confirm->warningText().contains(QStringLiteral("paused")),
             qPrintable(confirm->warningText()));
    if (qEnvironmentVariable("HELPDESK_REVIEW_DIR").size())
        confirm->grab().save(qEnvironmentVariable("HELPDESK_REVIEW_DIR") +
                             QStringLiteral("/link-confirmation.png"));
    confirm->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, TimeoutMs);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(test::accountLinkStates(panel).size(), 3, TimeoutMs);
    QCOMPARE(test::accountLinkStates(panel).at(0), TokenStates::label(TokenState::Issued));
    QCOMPARE(test::accountLinkStates(panel).at(1), TokenStates::label(TokenState::Revoked));
    QCOMPARE(test::accountLinkStates(panel).at(2), TokenStates::label(TokenState::Revoked));
    QTRY_VERIFY_WITH_TIMEOUT(!reset->isEnabled() && !panel->isBusy(), TimeoutMs);
    QLabel *resetWhy = label(panel, QStringLiteral("reason_send_reset_link"));
    QVERIFY(resetWhy->isVisible());
    QVERIFY2(resetWhy->text().contains(QStringLiteral("Rate limit")), qPrintable(resetWhy->text()));
    QVERIFY(reset->toolTip().contains(QStringLiteral("Rate limit")));
    // The Changes tab has the three links from the audit log.
    auto *changes = panel->findChild<QTreeWidget *>(QStringLiteral("accountChanges"));
    QTRY_VERIFY_WITH_TIMEOUT(changes->topLevelItemCount() >= 3, TimeoutMs);
    QCOMPARE(changes->topLevelItem(0)->text(2), QStringLiteral("Sent a password-reset link"));
    QCOMPARE(changes->topLevelItem(0)->text(1), QStringLiteral("Maria Kowalski"));
}

void TestAccountPanel::securityLockNeedsSecondLead()
{
    SET_UP();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Story story = lockedForSecurity(m_db->db(), QStringLiteral("lena.vogt@example.net"),
                                          QStringLiteral("Lena Vogt"), now);
    OPEN_TICKET(story.ticketId, story.accountId);

    // Locked, why, by what, and the flagged sign-ins.
    QCOMPARE(test::accountStatus(panel), QStringLiteral("LOCKED"));
    const QString lock = test::accountNotice(panel, QStringLiteral("accountLockBox"));
    QVERIFY2(lock.contains(QStringLiteral("Locked for a security reason")), qPrintable(lock));
    QVERIFY(lock.contains(QStringLiteral("Sign-in from a new country right after a burst")));
    QVERIFY(lock.contains(QStringLiteral("automatic lockout")));
    QVERIFY(lock.contains(QStringLiteral("team lead's approval")));
    const QString flags = test::accountNotice(panel, QStringLiteral("accountFlagBox"));
    QVERIFY2(flags.contains(QStringLiteral("Suspicious activity")), qPrintable(flags));
    QVERIFY2(flags.contains(SuspicionKinds::label(SuspicionKind::FailureBurst)), qPrintable(flags));
    QVERIFY2(flags.contains(SuspicionKinds::label(SuspicionKind::NewCountry)), qPrintable(flags));
    QVERIFY2(flags.contains(SuspicionKinds::label(SuspicionKind::SuccessAfterFailures)),
             qPrintable(flags));
    QVERIFY(flags.contains(QStringLiteral("Singapore")));
    QVERIFY(test::accountFacts(panel).contains(QStringLiteral("Failed sign-ins (24 h): 6")));
    // The flagged sign-ins are marked in the history, newest first.
    LoginEventModel *logins = test::signInHistory(panel);
    QVERIFY(logins->rowCount() > 8);
    QCOMPARE(logins->eventAt(0).country, QStringLiteral("Singapore"));
    QVERIFY(logins->eventAt(0).success);
    QVERIFY(logins->index(0, 0).data(LoginEventModel::FlaggedRole).toBool());
    QVERIFY(logins->index(1, 0).data(LoginEventModel::FlaggedRole).toBool());
    QCOMPARE(logins->index(1, LoginEventModel::Outcome).data().toString(),
             QStringLiteral("Failed"));
    QVERIFY(!logins->index(logins->rowCount() - 1, 0).data(LoginEventModel::FlaggedRole).toBool());

    // The picture: the panel as it sits beside the ticket in a full-HD window.
    m_window->resize(1680, 1050);
    auto *split = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(split && split->count() == 4);
    split->setSizes({170, 470, 420, 620});
    auto *inner = panel->findChild<QSplitter *>(QStringLiteral("accountSplitter"));
    QVERIFY(inner);
    inner->setSizes({730, 270});
    QTest::qWait(300);
    const QImage image = panel->grab().toImage();
    QVERIFY(image.width() >= 380 && image.height() >= 600);
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (QTest::currentDataTag() == QLatin1String("sqlite") && !sourceDir.isEmpty()) {
        const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("account-panel-locked.png"))));
    }

    // No recovery without identity verification: the reason is on screen.
    QPushButton *unlock = button(panel, QStringLiteral("button_unlock"));
    QCOMPARE(unlock->text(), QStringLiteral("Request Unlock…"));
    QVERIFY(!unlock->isEnabled());
    QLabel *unlockWhy = label(panel, QStringLiteral("reason_unlock"));
    QVERIFY(unlockWhy->isVisible());
    QVERIFY2(unlockWhy->text().contains(QStringLiteral("identity verification")),
             qPrintable(unlockWhy->text()));
    QVERIFY(!button(panel, QStringLiteral("button_send_reset_link"))->isEnabled());
    QVERIFY(label(panel, QStringLiteral("reason_send_reset_link"))
                ->text()
                .contains(QStringLiteral("locked")));

    // The recovery checklist: two checks, one of them a code.
    QPushButton *verify = button(panel, QStringLiteral("button_identity_check"));
    QVERIFY(verify->isEnabled());
    QTest::mouseClick(verify, Qt::LeftButton);
    IdentityCheckDialog *checks = nullptr;
    QTRY_VERIFY((checks = test::visibleChild<IdentityCheckDialog>(panel)));
    QTRY_VERIFY(checks->isVisible());
    QVERIFY2(test::keyClashes(checks).isEmpty(), qPrintable(test::keyClashes(checks).join(u'\n')));
    QVERIFY(checks->isMethodAvailable(VerificationMethod::PhoneCode));
    checks->setMethod(VerificationMethod::EmailCode);
    checks->setPassed(true);
    checks->setNote(QStringLiteral("Code read back correctly"));
    checks->record();
    QTRY_COMPARE_WITH_TIMEOUT(checks->checkCount(), 1, TimeoutMs);
    QVERIFY(!checks->state().passed);
    checks->setMethod(VerificationMethod::RegistrationDetails);
    checks->setPassed(true);
    checks->record();
    QTRY_COMPARE_WITH_TIMEOUT(checks->checkCount(), 2, TimeoutMs);
    QVERIFY2(checks->state().passed, qPrintable(checks->summaryText()));
    QVERIFY(checks->errorText().isEmpty());
    checks->reject();
    QTRY_VERIFY_WITH_TIMEOUT(test::accountNotice(panel, QStringLiteral("accountVerificationBox"))
                                 .contains(QStringLiteral("Identity verified")),
                             TimeoutMs);

    // The agent's unlock becomes a request.
    QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), TimeoutMs);
    QVERIFY(!unlockWhy->isVisible());
    QTest::mouseClick(unlock, Qt::LeftButton);
    AccountReasonDialog *ask = nullptr;
    QTRY_VERIFY((ask = reasonDialog(panel, QStringLiteral("requestUnlockDialog"))));
    QVERIFY(!ask->acceptButton()->isEnabled()); // a reason is required
    QVERIFY2(test::keyClashes(ask).isEmpty(), qPrintable(test::keyClashes(ask).join(u'\n')));
    ask->setText(QStringLiteral("Customer verified; the Singapore sign-in was not theirs and the "
                                "password is changed."));
    QVERIFY(ask->acceptButton()->isEnabled());
    QSignalSpy finished(panel, &AccountStatusPanel::actionFinished);
    QTest::mouseClick(ask->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(test::accountNotice(panel, QStringLiteral("accountRequestBox"))
                                 .contains(QStringLiteral("Unlock requested by Maria Kowalski")),
                             TimeoutMs);
    QCOMPARE(test::accountStatus(panel), QStringLiteral("LOCKED"));
    // An agent cannot approve, not even someone else's request; the reason is shown.
    QPushButton *approve = button(panel, QStringLiteral("button_approve_unlock"));
    QVERIFY(!approve->isEnabled());
    QLabel *approveWhy = label(panel, QStringLiteral("reason_approve_unlock"));
    QVERIFY(approveWhy->isVisible());
    QVERIFY2(approveWhy->text().contains(QStringLiteral("agent")), qPrintable(approveWhy->text()));
    QVERIFY(!unlock->isEnabled()); // a request is already waiting

    // A lead, in another client, approves.
    m_others.push_back(secondClient(QStringLiteral("priya.n")));
    AppSession *lead = m_others.back().get();
    auto leadPanel =
        std::make_unique<AccountStatusPanel>(lead->accounts(), story.accountId, story.ticketId);
    leadPanel->resize(460, 800);
    leadPanel->show();
    QTRY_VERIFY_WITH_TIMEOUT(leadPanel->isLoaded(), TimeoutMs);
    QPushButton *leadApprove = button(leadPanel.get(), QStringLiteral("button_approve_unlock"));
    QVERIFY2(leadApprove->isEnabled(),
             qPrintable(leadPanel->unavailableReason(AccountAction::ApproveUnlock)));
    QTest::mouseClick(leadApprove, Qt::LeftButton);
    AccountReasonDialog *yes = nullptr;
    QTRY_VERIFY((yes = reasonDialog(leadPanel.get(), QStringLiteral("approveUnlockDialog"))));
    QVERIFY(yes->acceptButton()->isEnabled()); // a note is optional
    QSignalSpy leadFinished(leadPanel.get(), &AccountStatusPanel::actionFinished);
    QTest::mouseClick(yes->acceptButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(leadFinished.count(), 1, TimeoutMs);
    QVERIFY2(leadFinished.at(0).at(1).toBool(), qPrintable(leadFinished.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(test::accountStatus(leadPanel.get()), QStringLiteral("ACTIVE"),
                              TimeoutMs);

    // The agent's panel and timeline follow by themselves.
    QTRY_COMPARE_WITH_TIMEOUT(test::accountStatus(panel), QStringLiteral("ACTIVE"), TimeoutMs);
    QVERIFY(test::accountNotice(panel, QStringLiteral("accountLockBox")).isEmpty());
    QVERIFY(test::accountNotice(panel, QStringLiteral("accountRequestBox")).isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(
        test::timelineText(m_window.get())
            .contains(QStringLiteral("Approved Maria Kowalski's request and unlocked the account")),
        qPrintable(test::timelineText(m_window.get())), TimeoutMs);
    const QString timeline = test::timelineText(m_window.get());
    QVERIFY(timeline.contains(QStringLiteral("Asked a team lead to unlock the account")));
    QVERIFY(timeline.contains(QStringLiteral("Identity check passed")));
    leadPanel.reset();
}

void TestAccountPanel::leadCannotApproveOwnRequest()
{
    SET_UP();
    const Story story =
        lockedForSecurity(m_db->db(), QStringLiteral("omar.haddad@example.net"),
                          QStringLiteral("Omar Haddad"), QDateTime::currentMSecsSinceEpoch());
    m_others.push_back(secondClient(QStringLiteral("priya.n")));
    AppSession *priya = m_others.back().get();
    for (VerificationMethod m : {VerificationMethod::PhoneCode, VerificationMethod::RecentActivity})
        QVERIFY(
            waitFor(priya->accounts()->recordVerification(story.ticketId, story.accountId, m, true))
                .ok());
    AccountStatusPanel panel(priya->accounts(), story.accountId, story.ticketId);
    panel.resize(460, 800);
    panel.show();
    QTRY_VERIFY_WITH_TIMEOUT(panel.isLoaded(), TimeoutMs);
    QPushButton *unlock = button(&panel, QStringLiteral("button_unlock"));
    QVERIFY2(unlock->isEnabled(), qPrintable(panel.unavailableReason(AccountAction::Unlock)));
    // The Account menu's entry (with its shortcut) does what the button does.
    // One entry for both: it asks a lead when the lock needs one.
    QVERIFY(!ActionRegistry::of(&panel)->action(
        AccountStatusPanel::actionId(AccountAction::RequestUnlock)));
    QAction *unlockAction = test::action(&panel, QStringLiteral("account.unlock"));
    QCOMPARE(unlockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    QCOMPARE(unlockAction->text(), QStringLiteral("Request &Unlock…"));
    unlockAction->trigger();
    AccountReasonDialog *ask = nullptr;
    QTRY_VERIFY((ask = reasonDialog(&panel, QStringLiteral("requestUnlockDialog"))));
    ask->setText(QStringLiteral("Verified by phone code and recent activity."));
    QSignalSpy finished(&panel, &AccountStatusPanel::actionFinished);
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY(finished.at(0).at(1).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(panel.overview() && panel.overview()->pendingUnlock, TimeoutMs);
    const qint64 requestId = panel.overview()->pendingUnlock->id;

    // The requester, a lead, may not approve her own request: disabled, with the reason.
    QPushButton *approve = button(&panel, QStringLiteral("button_approve_unlock"));
    QVERIFY(!approve->isEnabled());
    QVERIFY2(
        panel.unavailableReason(AccountAction::ApproveUnlock).contains(QStringLiteral("four-eyes")),
        qPrintable(panel.unavailableReason(AccountAction::ApproveUnlock)));
    QVERIFY(label(&panel, QStringLiteral("reason_approve_unlock"))->isVisible());
    // ... and the core refuses it even when asked directly.
    const auto own = waitFor(priya->accounts()->approveUnlock(requestId));
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code, Error::Code::PermissionDenied);
    QVERIFY(own.error().message.contains(QStringLiteral("four-eyes")));
    // She may still turn it down (a rejection needs no second pair of eyes).
    QVERIFY(button(&panel, QStringLiteral("button_reject_unlock"))->isEnabled());

    // A different lead approves.
    m_others.push_back(secondClient(QStringLiteral("jonas.w")));
    AccountStatusPanel other(m_others.back()->accounts(), story.accountId, story.ticketId);
    other.show();
    QTRY_VERIFY_WITH_TIMEOUT(other.isLoaded(), TimeoutMs);
    QVERIFY(button(&other, QStringLiteral("button_approve_unlock"))->isEnabled());
    other.approveUnlock();
    AccountReasonDialog *yes = nullptr;
    QTRY_VERIFY((yes = reasonDialog(&other, QStringLiteral("approveUnlockDialog"))));
    yes->setText(QStringLiteral("Checked the verification on the ticket."));
    QSignalSpy otherFinished(&other, &AccountStatusPanel::actionFinished);
    yes->accept();
    QTRY_COMPARE_WITH_TIMEOUT(otherFinished.count(), 1, TimeoutMs);
    QVERIFY2(otherFinished.at(0).at(1).toBool(), qPrintable(otherFinished.at(0).at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(test::accountStatus(&other), QStringLiteral("ACTIVE"), TimeoutMs);
    // Priya's client does not listen for changes in this test: F5 shows it.
    panel.reload();
    QTRY_COMPARE_WITH_TIMEOUT(test::accountStatus(&panel), QStringLiteral("ACTIVE"), TimeoutMs);
}

void TestAccountPanel::forwardedMailCheck()
{
    SET_UP();
    auto found = Database::exec(
        m_db->db(), QStringLiteral("SELECT t.id, a.id, a.email FROM tickets t JOIN accounts a ON "
                                   "a.id = t.account_id WHERE a.status = 'active' ORDER BY t.id "
                                   "LIMIT 1"));
    QVERIFY(found && found.value().next());
    const qint64 ticketId = found.value().value(0).toLongLong();
    const qint64 accountId = found.value().value(1).toLongLong();
    const QString email = found.value().value(2).toString();
    found.value().finish();
    const auto sent = waitFor(m_session->accounts()->sendResetLink(accountId, ticketId));
    QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().message));
    QVERIFY(sent->token && !sent->token->messageId.isEmpty());
    const QString messageId = sent->token->messageId;

    OPEN_TICKET(ticketId, accountId);
    QTest::mouseClick(button(panel, QStringLiteral("button_check_forwarded")), Qt::LeftButton);
    ForwardedMailDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = test::visibleChild<ForwardedMailDialog>(panel)));
    QTRY_VERIFY(dialog->isVisible());

    // The customer forwarded our mail: found, with its kind and the link's state.
    QVERIFY2(test::keyClashes(dialog).isEmpty(), qPrintable(test::keyClashes(dialog).join(u'\n')));
    QSignalSpy checked(dialog, &ForwardedMailDialog::checked);
    dialog->setPastedText(QStringLiteral("Hi, here is the email you asked about.\n\n"
                                         "---------- Forwarded message ---------\n"
                                         "From: Example Support <support@example.org>\n"
                                         "Date: today\n"
                                         "Subject: Reset your password\n"
                                         "To: %1\n"
                                         "Message-ID: %2\n\n"
                                         "Hello, use this link to choose a new password.\n")
                              .arg(email, messageId));
    dialog->check();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, TimeoutMs);
    QVERIFY(dialog->report());
    QCOMPARE(dialog->report()->verdict, ForwardedMailReport::Verdict::SentByUs);
    QVERIFY2(dialog->verdictText().contains(QStringLiteral("Sent by this helpdesk")),
             qPrintable(dialog->verdictText()));
    QVERIFY(dialog->verdictText().contains(QStringLiteral("has not accepted it yet")));
    const QString details = dialog->detailsText();
    QVERIFY2(details.contains(QStringLiteral("Password-reset link")), qPrintable(details));
    QVERIFY(details.contains(messageId));
    QVERIFY(details.contains(email));
    QVERIFY(details.contains(TokenStates::label(TokenState::Issued)));
    QVERIFY(details.contains(QStringLiteral("Not yet")));

    // A message we never sent.
    dialog->setPastedText(QStringLiteral("From: Support Team <security@examp1e-support.com>\n"
                                         "Subject: Urgent: verify your account\n"
                                         "Message-ID: <8f2a1c9e.4471@mailer.examp1e-support.com>\n"
                                         "\nClick https://portal.example.com/reset?token="
                                         "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA now\n"));
    dialog->check();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, TimeoutMs);
    QCOMPARE(dialog->report()->verdict, ForwardedMailReport::Verdict::NotSentByUs);
    QVERIFY2(dialog->verdictText().contains(
                 QStringLiteral("We did not send this message — possible phishing")),
             qPrintable(dialog->verdictText()));
    QVERIFY(dialog->report()->containsLink);
    QVERIFY(dialog->verdictText().contains(QStringLiteral("do not open it")));
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (QTest::currentDataTag() == QLatin1String("sqlite") && !sourceDir.isEmpty()) {
        dialog->resize(720, 560);
        QTest::qWait(100);
        QVERIFY(dialog->grab().save(QDir(sourceDir).filePath(
            QStringLiteral("docs/screenshots/forwarded-mail-phishing.png"))));
    }
    QVERIFY(dialog->detailsText().contains(
        QStringLiteral("<8f2a1c9e.4471@mailer.examp1e-support.com>")));

    // Nothing that looks like a Message-ID.
    dialog->setPastedText(QStringLiteral("I got a strange email yesterday, can you check?"));
    dialog->check();
    QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 3, TimeoutMs);
    QCOMPARE(dialog->report()->verdict, ForwardedMailReport::Verdict::NoMessageId);
    QVERIFY(dialog->verdictText().contains(QStringLiteral("No Message-ID found")));
    dialog->reject();
}

void TestAccountPanel::accountsScreenSearch()
{
    SET_UP();
    auto found =
        Database::exec(m_db->db(), QStringLiteral("SELECT id, email, display_name FROM accounts "
                                                  "WHERE status = 'locked' ORDER BY id LIMIT 1"));
    QVERIFY(found && found.value().next());
    const qint64 accountId = found.value().value(0).toLongLong();
    const QString email = found.value().value(1).toString();
    found.value().finish();

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    AccountsWindow *accounts = nullptr;
    QTRY_VERIFY((accounts = m_window->findChild<AccountsWindow *>()));
    QTRY_VERIFY(accounts->isVisible());
    QSignalSpy searched(accounts, &AccountsWindow::searchFinished);
    // Typed, not set: the pause before searching is part of what the agent sees.
    QTest::keyClicks(test::child<QLineEdit>(accounts, QStringLiteral("accountSearch")),
                     email.left(email.indexOf(u'@')));
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() >= 1, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!accounts->statusText().contains(QStringLiteral("Searching")),
                             TimeoutMs);
    int row = -1;
    for (int i = 0; i < accounts->resultCount(); ++i)
        if (accounts->accountAt(i).id == accountId)
            row = i;
    QVERIFY2(row >= 0, qPrintable(accounts->statusText()));
    QCOMPARE(accounts->accountAt(row).status, AccountStatus::Locked);
    accounts->selectRow(row);
    auto *panel = test::child<AccountStatusPanel>(accounts, QStringLiteral("accountStatusPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->accountId() == accountId, TimeoutMs);
    QCOMPARE(test::accountStatus(panel), QStringLiteral("LOCKED"));
    QVERIFY(!test::accountNotice(panel, QStringLiteral("accountLockBox")).isEmpty());
    QCOMPARE(panel->ticketId(), std::nullopt);
    // Without a ticket, recovery steps say where they belong.
    QVERIFY(!button(panel, QStringLiteral("button_identity_check"))->isEnabled());
    QVERIFY(panel->unavailableReason(AccountAction::RecordVerification)
                .contains(QStringLiteral("ticket")));

    // A link sent from here asks which ticket it belongs to: one of the account's open
    // tickets, or none on purpose.
    auto active = Database::exec(
        m_db->db(),
        QStringLiteral("SELECT a.id, a.email, MAX(t.id) FROM accounts a JOIN tickets t ON "
                       "t.account_id = a.id WHERE a.status = 'active' AND t.status NOT IN "
                       "('resolved', 'closed') GROUP BY a.id, a.email ORDER BY a.id LIMIT 1"));
    QVERIFY(active && active.value().next());
    const qint64 activeId = active.value().value(0).toLongLong();
    const QString activeEmail = active.value().value(1).toString();
    const qint64 openTicket = active.value().value(2).toLongLong();
    active.value().finish();
    searched.clear();
    accounts->setQueryText(activeEmail);
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() >= 1 && accounts->resultCount() >= 1, TimeoutMs);
    for (int i = 0; i < accounts->resultCount(); ++i)
        if (accounts->accountAt(i).id == activeId)
            accounts->selectRow(i);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && panel->accountId() == activeId, TimeoutMs);
    QPushButton *reset = button(panel, QStringLiteral("button_send_reset_link"));
    QVERIFY2(reset->isEnabled(),
             qPrintable(panel->unavailableReason(AccountAction::SendResetLink)));
    QSignalSpy finished(panel, &AccountStatusPanel::actionFinished);
    QTest::mouseClick(reset, Qt::LeftButton);
    LinkConfirmDialog *confirm = linkConfirmation(panel);
    QVERIFY(confirm);
    auto *choice = test::child<QComboBox>(confirm, QStringLiteral("linkTicketChoice"));
    int choiceRow = -1;
    for (int i = 0; i < choice->count(); ++i)
        if (choice->itemData(i).toLongLong() == openTicket)
            choiceRow = i;
    QVERIFY2(choiceRow >= 0, qPrintable(choice->itemText(0)));
    QVERIFY(choice->itemText(choice->count() - 1).contains(QStringLiteral("No ticket")));
    choice->setCurrentIndex(choiceRow);
    QCOMPARE(confirm->ticketId(), std::optional<qint64>(openTicket));
    confirm->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    const auto recordedOn =
        Database::scalar(m_db->db(),
                         QStringLiteral("SELECT ticket_id FROM account_tokens WHERE account_id = ? "
                                        "ORDER BY id DESC LIMIT 1"),
                         {activeId});
    QVERIFY(recordedOn.ok());
    QCOMPARE(recordedOn.value().toLongLong(), openTicket);

    // So does a lock: the chosen ticket's timeline records it.
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded() && !panel->isBusy(), TimeoutMs);
    QPushButton *lock = button(panel, QStringLiteral("button_lock"));
    QVERIFY2(lock->isEnabled(), qPrintable(panel->unavailableReason(AccountAction::LockNow)));
    finished.clear();
    QTest::mouseClick(lock, Qt::LeftButton);
    AccountReasonDialog *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((ask = reasonDialog(panel, QStringLiteral("lockDialog"))), TimeoutMs);
    auto *lockChoice = test::child<QComboBox>(ask, QStringLiteral("reasonTicketChoice"));
    QCOMPARE(lockChoice->itemData(choiceRow).toLongLong(), openTicket);
    QVERIFY(lockChoice->itemText(lockChoice->count() - 1).contains(QStringLiteral("No ticket")));
    lockChoice->setCurrentIndex(choiceRow);
    ask->setText(QStringLiteral("Customer reported a compromise"));
    ask->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, TimeoutMs);
    QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));
    const auto lockedOn = Database::scalar(
        m_db->db(),
        QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND body LIKE "
                       "'%Customer reported a compromise%'"),
        {openTicket});
    QVERIFY(lockedOn.ok());
    QCOMPARE(lockedOn.value().toInt(), 1);

    // Nothing found is said in words.
    searched.clear();
    accounts->setQueryText(QStringLiteral("zz-nobody-has-this-name"));
    QTRY_VERIFY_WITH_TIMEOUT(searched.count() >= 1, TimeoutMs);
    QCOMPARE(accounts->resultCount(), 0);
    QVERIFY(accounts->statusText().contains(QStringLiteral("No account matches")));
}

QTEST_MAIN(TestAccountPanel)
#include "tst_accountpanel.moc"
