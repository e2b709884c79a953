// The shared deployment in the main window, each app signed in as its own database login: an
// administrator adds an agent on Tools › Staff and the agent can then sign in; an action the
// database refuses (a lead demoted while their app was open de-escalates) shows the clear
// message; a refused Add keeps everything typed. Needs the PostgreSQL of tests/run.sh.
#include "MainWindow.h"
#include "SecurityFixture.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "db/Database.h"
#include "staff/StaffDialog.h"
#include "staff/StaffMemberDialog.h"
#include "team/StaffAdmin.h"
#include "ticket/CommentDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr int TimeoutMs = 30000;

struct Signed
{
    std::unique_ptr<AppSession> session;
    std::unique_ptr<MainWindow> window;
};
} // namespace

class TestSecurityGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<SecurityFixture> f;

    Signed signIn(const QString &login)
    {
        Signed s;
        s.session = openSession(f->settingsFor(login), login);
        s.window = std::make_unique<MainWindow>(s.session.get());
        s.window->resize(1300, 800);
        s.window->show();
        if (!QTest::qWaitForWindowExposed(s.window.get()))
            qFatal("the main window did not show");
        return s;
    }

    StaffDialog *openStaff(QWidget *window)
    {
        if (!trigger(window, QStringLiteral("tools.staff")))
            return nullptr;
        StaffDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = visibleChild<StaffDialog>(window)) != nullptr; }, TimeoutMs);
        return dialog;
    }

    // Fills the Add dialog of `staff` and presses Add.
    StaffMemberDialog *add(StaffDialog *staff, const QString &login, const QString &role)
    {
        QTest::mouseClick(child<QPushButton>(staff, QStringLiteral("staffAddButton")),
                          Qt::LeftButton);
        StaffMemberDialog *dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] { return (dialog = visibleChild<StaffMemberDialog>(staff)) != nullptr; },
            TimeoutMs);
        if (!dialog)
            qFatal("the Add Staff Member dialog did not open");
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("staffLoginEdit")), login);
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("staffNameEdit")),
                         QStringLiteral("Nia Agent"));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("staffEmailEdit")),
                         QStringLiteral("nia@example.com"));
        auto *roles = child<QComboBox>(dialog, QStringLiteral("staffRoleCombo"));
        roles->setCurrentIndex(roles->findData(role));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("staffPasswordEdit")),
                         QStringLiteral("a long enough secret"));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("staffMemberAccept")),
                          Qt::LeftButton);
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
        QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
    }

    void cleanupTestCase() { f.reset(); }

    void staffScreenAddsAnAgentWhoCanSignIn()
    {
        // An agent's app has no Staff screen.
        {
            Signed agent = signIn(f->login(QStringLiteral("agent")));
            QVERIFY(!action(agent.window.get(), QStringLiteral("tools.staff"))->isVisible());
            QVERIFY2(child<QLabel>(agent.window.get(), QStringLiteral("meLabel"))
                         ->text()
                         .contains(f->login(QStringLiteral("agent"))),
                     "the app acts as its database user");
        }
        Signed admin = signIn(f->login(QStringLiteral("admin")));
        StaffDialog *staff = openStaff(admin.window.get());
        QVERIFY(staff);
        const QString login = f->login(QStringLiteral("nia"));
        f->forgetLoginLater(login);
        const QPointer<StaffMemberDialog> dialog = add(staff, login, QStringLiteral("agent"));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, TimeoutMs); // closed once the member exists
        auto *table = child<QTableWidget>(staff, QStringLiteral("staffTable"));
        QTRY_VERIFY_WITH_TIMEOUT(!table->findItems(login, Qt::MatchExactly).isEmpty(), TimeoutMs);
        QVERIFY(f->scalar("SELECT pg_has_role(?, 'helpdesk_agent', 'MEMBER')", {login}).toBool());

        // The new agent signs in and is an agent.
        Signed nia = signIn(login);
        QVERIFY(nia.session->me().has_value());
        QCOMPARE(nia.session->me()->role, StaffRole::Agent);
        QCOMPARE(nia.session->me()->displayName, QStringLiteral("Nia Agent"));
    }

    void refusedActionsSayWhy()
    {
        // A lead's app is open when an administrator makes them an agent again.
        const qint64 ticket =
            f->scalar("INSERT INTO tickets (subject, requester_email, requester_name, category, "
                      "priority, status, channel, created_at, updated_at) VALUES ('Escalated "
                      "sign-in problem', 'pat@example.com', 'Pat', 'login', 1, 'escalated', "
                      "'email', 1, 1) RETURNING id")
                .toLongLong();
        Signed lead = signIn(f->login(QStringLiteral("lead2")));
        QCOMPARE(lead.session->me()->role, StaffRole::Lead);
        QVERIFY(tryExec(f->admin(), QStringLiteral("SELECT helpdesk.staff_set_role(?, 'agent')"),
                        {f->login(QStringLiteral("lead2"))}));

        QVERIFY(showTicket(lead.window.get(), ticket));
        QVERIFY(trigger(lead.window.get(), QStringLiteral("ticket.deEscalate")));
        CommentDialog *comment = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((comment = visibleChild<CommentDialog>(lead.window.get())),
                                 TimeoutMs);
        QTest::keyClicks(comment->findChild<QPlainTextEdit *>(), QStringLiteral("Handled."));
        comment->accept();
        MessageBar *bar = messageBar(lead.window.get());
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && !bar->text().isEmpty(), TimeoutMs);
        QVERIFY2(bar->text().contains(QLatin1String("Your role does not allow this")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QLatin1String("team lead")), qPrintable(bar->text()));
        QCOMPARE(f->scalar("SELECT status FROM tickets WHERE id = ?", {ticket}).toString(),
                 QStringLiteral("escalated"));

        // An administrator demoted while the Staff screen is open: Add is refused, and what was
        // typed is still there to try again later.
        const QString former = f->login(QStringLiteral("former"));
        f->forgetLoginLater(former);
        QVERIFY(tryExec(f->admin(),
                        QStringLiteral("SELECT helpdesk.staff_add(?, 'Former Admin', "
                                       "'former@example.com', 'admin', NULL)"),
                        {former}));
        Signed admin = signIn(former);
        StaffDialog *staff = openStaff(admin.window.get());
        QVERIFY(staff);
        QVERIFY(tryExec(f->admin(), QStringLiteral("SELECT helpdesk.staff_set_role(?, 'agent')"),
                        {former}));
        const QString wanted = f->login(QStringLiteral("wanted"));
        f->forgetLoginLater(wanted);
        StaffMemberDialog *dialog = add(staff, wanted, QStringLiteral("lead"));
        auto *error = child<QLabel>(dialog, QStringLiteral("staffMemberError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), TimeoutMs);
        QVERIFY2(error->text().contains(QLatin1String("Your role does not allow this")),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("staffLoginEdit"))->text(), wanted);
        QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("staffEmailEdit"))->text(),
                 QStringLiteral("nia@example.com"));
        QCOMPARE(f->scalar("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?", {wanted}).toInt(), 0);
        dialog->reject();
    }
};

QTEST_MAIN(TestSecurityGui)
#include "tst_securitygui.moc"
