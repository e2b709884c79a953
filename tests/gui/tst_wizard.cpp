// The troubleshooting wizard against a real (temporary, demo-seeded) database on both dialects:
// the login flow driven by the keyboard alone from the main window to "reset link sent, customer
// emailed, ticket pending customer" (each page grabbed to docs/screenshots/wizard-*.png), a run
// paused by one agent and resumed by another in a new wizard, the refusals a page shows (no
// account-action handler, another agent moving the run on) with Reload, and the app session's
// real account actions sending a reset link from the wizard.

#include "AccountFixtures.h"
#include "MainWindow.h"
#include "RecordingActionHandler.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "accounts/AccountStatusPanel.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "mail/MailDelivery.h"
#include "queue/TicketTableView.h"
#include "staff/StaffStore.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"
#include "troubleshooting/AccountFlowActions.h"
#include "troubleshooting/FlowLoader.h"
#include "troubleshooting/TroubleshootingService.h"
#include "wizard/TroubleshootingWizard.h"
#include "wizard/WizardFinishedPage.h"
#include "wizard/WizardHistoryView.h"
#include "wizard/WizardStartPage.h"
#include "wizard/WizardStepPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace helpdesk;
using helpdesk::test::openSession;
using helpdesk::test::RecordingActionHandler;
using helpdesk::test::TestDatabase;
using helpdesk::test::waitFor;
using helpdesk::test::waitUntil;

namespace {

constexpr int LoadTimeoutMs = 30000;

int count(QSqlDatabase &db, const QString &sql, qint64 ticketId)
{
    auto v = Database::scalar(db, sql, {QVariant::fromValue(ticketId)});
    if (!v)
        qFatal("count failed: %s", qPrintable(v.error().toString()));
    return v.value().toInt();
}

// Makes the window the one the keyboard goes to. QTest::qWaitForWindowActive() is not enough
// for a dialog: a window counts as active while its transient parent (the main window) is.
bool activate(QWidget *window)
{
    return waitUntil([window] {
        window->activateWindow();
        return QApplication::activeWindow() == window;
    });
}

// Sends Alt+key (or another chord) to whatever has the keyboard in the window, as an agent
// typing into that window does.
void press(QWidget *window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::AltModifier)
{
    if (!activate(window))
        qWarning("the window did not become active");
    QWidget *target = QApplication::focusWidget();
    if (!target || target->window() != window)
        target = window;
    QTest::keyClick(target, key, modifiers);
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void keyboardWalkToResetLink_data() { test::addDialectRows(); }
    void keyboardWalkToResetLink();
    void pauseThenResumeAsAnotherAgent_data() { test::addDialectRows(); }
    void pauseThenResumeAsAnotherAgent();
    void refusalsAreShownWithReload_data() { test::addDialectRows(); }
    void refusalsAreShownWithReload();
    void realAccountActionsSendTheLink_data() { test::addDialectRows(); }
    void realAccountActionsSendTheLink();

private:
    // A demo-seeded database and a login ticket taken by the demo agent, whose requester is an
    // active customer account (so the ticket is linked to it).
    bool prepare(TestDatabase &tdb);
    TroubleshootingWizard *openWizard(AppSession *session,
                                      TroubleshootingWizard::AccountPanelFactory panels = {});
    // The step page once the run shows stepId and the wizard is idle; null (with what it shows
    // instead in the log) when that does not happen in time.
    WizardStepPage *reachedStep(TroubleshootingWizard *wizard, const QString &stepId);
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_settingsDir;
    QString m_dialect;
    Staff m_maria;
    Staff m_tom;
    qint64 m_ticketId = 0;
    qint64 m_accountId = 0;
    QString m_email;
};

void TestWizard::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // An admin's flows folder with a broken file: the other flows load, and the app says so.
    QStandardPaths::setTestModeEnabled(true);
    QDir(FlowLoader::userFolder()).removeRecursively();
    QVERIFY(QDir().mkpath(FlowLoader::userFolder()));
    QFile broken(QDir(FlowLoader::userFolder()).filePath(QStringLiteral("broken_flow.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": 1, \"id\": \"half\", \"steps\": [");
    broken.close();
}

void TestWizard::cleanupTestCase()
{
    QDir(FlowLoader::userFolder()).removeRecursively();
}

bool TestWizard::prepare(TestDatabase &tdb)
{
    QSqlDatabase &db = tdb.db();
    DemoOptions options;
    options.tickets = 40;
    options.accounts = 30;
    options.seed = 11;
    const auto seeded = DemoSeeder::seed(db, options);
    if (!seeded) {
        qWarning("seeding failed: %s", qPrintable(seeded.error().toString()));
        return false;
    }
    StaffStore staff(db);
    m_maria = staff.byLogin(QString::fromLatin1(DemoSeeder::DemoAgentLogin)).value();
    m_tom = staff.byLogin(QStringLiteral("tom.h")).value();

    auto account = Database::exec(
        db, QStringLiteral("SELECT id, email FROM accounts WHERE status = ? ORDER BY id"),
        {QStringLiteral("active")});
    if (!account || !account.value().next()) {
        qWarning("the demo data has no active account");
        return false;
    }
    m_accountId = account.value().value(0).toLongLong();
    m_email = account.value().value(1).toString();
    account.value().finish();

    TicketActions actions(db, m_maria, QDateTime::currentMSecsSinceEpoch());
    NewTicket n;
    n.subject = QStringLiteral("Cannot sign in since this morning");
    n.requester = m_email;
    n.category = TicketCategory::Login;
    n.body = QStringLiteral("The sign-in page says my password is wrong, but it is not.");
    auto created = actions.create(n);
    if (!created) {
        qWarning("create failed: %s", qPrintable(created.error().toString()));
        return false;
    }
    auto taken = actions.take(created.value().id, created.value().version);
    if (!taken)
        return false;
    m_ticketId = taken.value().id;
    return taken.value().accountId == m_accountId;
}

TroubleshootingWizard *TestWizard::openWizard(AppSession *session,
                                              TroubleshootingWizard::AccountPanelFactory panels)
{
    const auto ticket = waitFor(session->tickets()->ticket(m_ticketId));
    if (!ticket)
        qFatal("cannot read the ticket");
    auto *wizard =
        new TroubleshootingWizard(session->troubleshooting(), ticket.value(), std::move(panels));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    if (!activate(wizard))
        qWarning("the wizard did not become active");
    return wizard;
}

WizardStepPage *TestWizard::reachedStep(TroubleshootingWizard *wizard, const QString &stepId)
{
    const auto shown = [wizard, &stepId] {
        WizardStepPage *page = wizard->currentStepPage();
        return page && page->stepId() == stepId && !wizard->isBusy();
    };
    if (waitUntil(shown))
        return wizard->currentStepPage();
    WizardStepPage *page = wizard->currentStepPage();
    qWarning(
        "waiting for step %s; the wizard shows page %d %s (error: %s), busy %d, active "
        "window %s, focus %s",
        qPrintable(stepId), wizard->currentId(), page ? qPrintable(page->stepId()) : "no step page",
        page
            ? qPrintable(page->errorText())
            : qPrintable(
                  test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"))->errorText()),
        int(wizard->isBusy()),
        QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className()
                                     : "none",
        QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className()
                                    : "none");
    return nullptr;
}

void TestWizard::shoot(QWidget *widget, const QString &name)
{
    // What is shown is also checked: every Alt+letter on it means one thing.
    const QStringList clashes = test::keyClashes(widget);
    QVERIFY2(clashes.isEmpty(), qPrintable(name + QStringLiteral(": ") + clashes.join(u'\n')));
    if (m_dialect != QLatin1String("sqlite"))
        return; // one set of pictures
    const QString sourceDir = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    if (sourceDir.isEmpty())
        return;
    QTest::qWait(50); // let the last layout pass paint
    const QString dir = QDir(sourceDir).filePath(QStringLiteral("docs/screenshots"));
    QDir().mkpath(dir);
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(dir).filePath(name)));
}

void TestWizard::keyboardWalkToResetLink()
{
    QFETCH(QString, dialect);
    m_dialect = dialect;
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QVERIFY(prepare(tdb));

    auto session = openSession(tdb.settings(), m_maria.login);
    auto handler = std::make_shared<RecordingActionHandler>();
    session->troubleshooting()->setActionHandler(handler);
    {
        MainWindow window(session.get());
        window.resize(1400, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(test::showTicket(&window, m_ticketId));
        TicketQueueModel *model = test::ticketModel(&window);
        TicketDetailView *detail = test::ticketDetail(&window);
        QAction *troubleshoot = test::action(&window, QStringLiteral("ticket.troubleshoot"));
        QCOMPARE(troubleshoot->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
        QTRY_VERIFY(troubleshoot->isEnabled());
        QVERIFY(test::troubleshootingHint(&window).isEmpty());
        // The rejected flow file is reported, naming the file.
        MessageBar *bar = test::messageBar(&window);
        QVERIFY2(bar->isVisible() && bar->text().contains("broken_flow.json"),
                 qPrintable(bar->text()));

        // Ctrl+Shift+T opens the wizard on the ticket shown.
        press(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<TroubleshootingWizard> wizard;
        QTRY_VERIFY((wizard = test::visibleChild<TroubleshootingWizard>(&window)));
        QCOMPARE(wizard->ticketId(), m_ticketId);
        QVERIFY(activate(wizard));
        WizardStartPage *start =
            test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"));
        QTRY_VERIFY_WITH_TIMEOUT(start->isComplete(), LoadTimeoutMs);
        // The flow meant for login tickets is offered first.
        QCOMPARE(start->chosenFlowId(), QString("login_problem"));
        QVERIFY(start->openRunText().isEmpty());
        QVERIFY(start->flowErrorsText().contains("broken_flow.json"));
        QCOMPARE(start->flowCombo()->count(), 3); // the shipped flows still load
        QCOMPARE(wizard->button(QWizard::NextButton)->text(), QString("&Start"));
        shoot(wizard, QStringLiteral("wizard-01-start.png"));

        press(wizard, Qt::Key_S);
        WizardStepPage *page = reachedStep(wizard, "other_browser");
        QVERIFY(page);
        QStringList buttons;
        for (QPushButton *b : page->outcomeButtons())
            buttons << b->text();
        QCOMPARE(buttons,
                 (QStringList{"&1  Resolved", "&2  Did not help", "&3  Customer could not try"}));
        QVERIFY(page->customerText().contains("different web browser"));
        // The notes field has the keyboard: type, then answer with Alt+number.
        QTRY_VERIFY(QApplication::focusWidget() ==
                    static_cast<QWidget *>(page->findChild<QPlainTextEdit *>("notesEdit")));
        QTest::keyClicks(QApplication::focusWidget(), "Chrome shows the same error");
        press(wizard, Qt::Key_C);
        // A mnemonic "animates" the click: it lands a moment later.
        QTRY_COMPARE(page->noticeText(), QString("Copied to the clipboard."));
        QCOMPARE(QApplication::clipboard()->text(), page->customerText());
        press(wizard, Qt::Key_E); // email these steps to the customer
        QTRY_VERIFY_WITH_TIMEOUT(page->emailStatusText().contains(m_email), LoadTimeoutMs);
        QVERIFY(page->errorText().isEmpty());
        QTRY_VERIFY(!wizard->isBusy());
        QCOMPARE(count(tdb.db(),
                       "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = "
                       "'login_troubleshooting'",
                       m_ticketId),
                 1);
        shoot(wizard, QStringLiteral("wizard-02-browser-step.png"));
        press(wizard, Qt::Key_2); // did not help

        page = reachedStep(wizard, "private_window");
        QVERIFY(page);
        press(wizard, Qt::Key_2);
        page = reachedStep(wizard, "clear_cache");
        QVERIFY(page);
        press(wizard, Qt::Key_3); // the customer could not try
        page = reachedStep(wizard, "other_device");
        QVERIFY(page);
        QTest::keyClicks(QApplication::focusWidget(), "Phone fails too");
        press(wizard, Qt::Key_2);

        // The account check reads the linked account and offers its branch.
        page = reachedStep(wizard, "account_status");
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasAccount(), LoadTimeoutMs);
        QVERIFY2(page->accountText().contains("Active"), qPrintable(page->accountText()));
        // Opened from the ticket, the step hosts the live account panel of the ticket's account.
        auto *panel = page->accountPanelHost()->findChild<AccountStatusPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->accountId(), m_accountId);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), LoadTimeoutMs);
        // Its actions are the wizard's now, keys and all.
        QCOMPARE(test::action(wizard, QStringLiteral("account.send_reset_link"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
        QCOMPARE(page->outcomeButtons().size(), 1);
        QCOMPARE(page->outcomeButtons().first()->property("outcome").toString(), QString("active"));
        shoot(wizard, QStringLiteral("wizard-03-account-check.png"));
        press(wizard, Qt::Key_1);

        // The action step says what confirming does, for this customer.
        page = reachedStep(wizard, "send_reset");
        QVERIFY(page);
        QVERIFY2(page->actionsText().contains(
                     QStringLiteral("Send a password-reset link to %1").arg(m_email)),
                 qPrintable(page->actionsText()));
        QVERIFY(page->actionsText().contains("Set the ticket to pending customer"));
        QVERIFY(handler->actions().isEmpty());
        shoot(wizard, QStringLiteral("wizard-04-reset-action.png"));
        press(wizard, Qt::Key_1); // confirm and do it

        page = reachedStep(wizard, "link_result");
        QVERIFY(page);
        // Reset link sent, customer emailed, ticket pending customer: the page says so.
        const QString done = page->justDoneText();
        QVERIFY2(done.contains(QStringLiteral("send_reset_link for %1").arg(m_email)) &&
                     done.contains(
                         QStringLiteral("Emailed Send a password-reset link to %1").arg(m_email)) &&
                     done.contains("Ticket set to Pending customer"),
                 qPrintable(done));
        QCOMPARE(handler->actions(), QStringList{"send_reset_link"});
        QVERIFY(handler->calls().first().accountId == m_accountId);
        QCOMPARE(handler->calls().first().actor, m_maria.login);
        QCOMPARE(waitFor(session->tickets()->ticket(m_ticketId)).value().status,
                 TicketStatus::PendingCustomer);
        QCOMPARE(count(tdb.db(),
                       "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = "
                       "'login_troubleshooting'",
                       m_ticketId),
                 2);
        // One timeline event per answer: four checks, the account check and the action.
        QCOMPARE(count(tdb.db(),
                       "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                       "'wizard_step'",
                       m_ticketId),
                 6);
        const QString history =
            test::child<WizardHistoryView>(wizard, QStringLiteral("wizardHistory"))->text();
        for (const char *title :
             {"Try another web browser", "Try a private window", "Clear the cache and cookies",
              "Try another device", "Check the account", "Send a password-reset link"})
            QVERIFY2(history.contains(QLatin1String(title)), title);
        QVERIFY(history.contains("Notes: Chrome shows the same error"));
        QVERIFY(history.contains("Customer could not try"));
        shoot(wizard, QStringLiteral("wizard-05-link-sent.png"));

        // The main window's timeline followed the answers.
        QTRY_VERIFY_WITH_TIMEOUT(test::timelineText(&window).contains(
                                     "Troubleshooting step \"Send a password-reset link\""),
                                 LoadTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            test::timelineText(&window).contains("Troubleshooting step \"Try another device\""),
            LoadTimeoutMs);
        QVERIFY(test::timelineText(&window).contains("Notes: Phone fails too"));
        QTRY_VERIFY_WITH_TIMEOUT(test::troubleshootingHint(&window).contains("in progress"),
                                 LoadTimeoutMs);

        // Alt+P: paused on the ticket, the wizard closes.
        press(wizard, Qt::Key_P);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard || !wizard->isVisible(), LoadTimeoutMs);
        auto open = waitFor(session->troubleshooting()->openRun(m_ticketId));
        QVERIFY(open.ok() && open.value().has_value());
        QCOMPARE(open.value()->status, FlowRunStatus::Paused);
        QCOMPARE(open.value()->currentStep, QString("link_result"));
        QTRY_VERIFY_WITH_TIMEOUT(test::troubleshootingHint(&window).contains("paused"),
                                 LoadTimeoutMs);
        // "Resume" in the hint opens a wizard that offers to continue the paused run.
        auto *hint = detail->findChild<QLabel *>("troubleshootingHint");
        QVERIFY(hint);
        emit hint->linkActivated(QStringLiteral("resume"));
        QPointer<TroubleshootingWizard> again;
        QTRY_VERIFY((again = test::visibleChild<TroubleshootingWizard>(&window)));
        QTRY_VERIFY_WITH_TIMEOUT(
            test::child<WizardStartPage>(again, QStringLiteral("wizardStart"))->isLoaded(),
            LoadTimeoutMs);
        QVERIFY2(
            test::child<WizardStartPage>(again, QStringLiteral("wizardStart"))
                ->openRunText()
                .contains("paused at “Did the link help?”"),
            qPrintable(
                test::child<WizardStartPage>(again, QStringLiteral("wizardStart"))->openRunText()));
        again->close();
        QTRY_VERIFY(!again);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->ticketAt(0).has_value(),
                                 LoadTimeoutMs);
        auto *timeline = detail->findChild<QTextBrowser *>("detailTimeline");
        QVERIFY(timeline);
        timeline->verticalScrollBar()->setValue(timeline->verticalScrollBar()->maximum());
        shoot(&window, QStringLiteral("wizard-06-ticket-timeline.png"));
    }
    session->worker()->drain();
    QCoreApplication::processEvents();
}

void TestWizard::pauseThenResumeAsAnotherAgent()
{
    QFETCH(QString, dialect);
    m_dialect = dialect;
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QVERIFY(prepare(tdb));

    auto maria = openSession(tdb.settings(), m_maria.login);
    {
        QPointer<TroubleshootingWizard> wizard = openWizard(maria.get());
        QTRY_VERIFY_WITH_TIMEOUT(
            test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"))->isComplete(),
            LoadTimeoutMs);
        press(wizard, Qt::Key_S);
        QVERIFY(reachedStep(wizard, "other_browser"));
        QTest::keyClicks(QApplication::focusWidget(), "Firefox: same message");
        press(wizard, Qt::Key_2);
        QVERIFY(reachedStep(wizard, "private_window"));
        QTest::keyClicks(QApplication::focusWidget(), "Customer has to leave, will call back");
        press(wizard, Qt::Key_P);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, LoadTimeoutMs); // closed and gone
    }
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                   "'wizard_paused' AND body LIKE '%will call back%'",
                   m_ticketId),
             1);

    // Tom opens the ticket later, in his own client.
    auto tom = openSession(tdb.settings(), m_tom.login);
    QPointer<TroubleshootingWizard> wizard = openWizard(tom.get());
    WizardStartPage *start = test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"));
    QTRY_VERIFY_WITH_TIMEOUT(start->isLoaded(), LoadTimeoutMs);
    QVERIFY2(start->openRunText().contains("paused at “Try a private window”"),
             qPrintable(start->openRunText()));
    QVERIFY(start->openRunText().contains(m_maria.displayName));
    QCOMPARE(start->choice(), WizardStartPage::Choice::Continue);
    QCOMPARE(wizard->button(QWizard::NextButton)->text(), QString("&Resume"));
    QVERIFY(!start->flowCombo()->isEnabled());
    // What Maria did is in view before anything is resumed.
    QString history =
        test::child<WizardHistoryView>(wizard, QStringLiteral("wizardHistory"))->text();
    QVERIFY2(history.contains("Try another web browser") && history.contains("Did not help") &&
                 history.contains(m_maria.displayName) &&
                 history.contains("Notes: Firefox: same message"),
             qPrintable(history));
    shoot(wizard, QStringLiteral("wizard-07-resume-offer.png"));

    press(wizard, Qt::Key_R);
    WizardStepPage *page = reachedStep(wizard, "private_window");
    QVERIFY(page);
    QCOMPARE(page->seq(), 2); // the same step, not a new run
    QCOMPARE(wizard->run()->status, FlowRunStatus::Active);
    QCOMPARE(wizard->run()->steps.size(), 2);
    QVERIFY(test::child<WizardHistoryView>(wizard, QStringLiteral("wizardHistory"))
                ->text()
                .contains("current step"));
    shoot(wizard, QStringLiteral("wizard-08-resumed.png"));
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                   "'wizard_resumed'",
                   m_ticketId),
             1);

    QTest::keyClicks(QApplication::focusWidget(), "Works in a private window");
    press(wizard, Qt::Key_1); // resolved
    page = reachedStep(wizard, "solved");
    QVERIFY(page);
    QVERIFY(page->actionsText().contains("Resolve the ticket"));
    QCOMPARE(page->outcomeButtons().size(), 1);
    press(wizard, Qt::Key_1); // finish
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(TroubleshootingWizard::FinishedPageId),
                              LoadTimeoutMs);
    QVERIFY2(test::child<WizardFinishedPage>(wizard, QStringLiteral("wizardFinished"))
                 ->summaryText()
                 .contains("“Try a private window” fixed it"),
             qPrintable(test::child<WizardFinishedPage>(wizard, QStringLiteral("wizardFinished"))
                            ->summaryText()));
    shoot(wizard, QStringLiteral("wizard-09-finished.png"));
    const FlowRun run = *wizard->run();
    QCOMPARE(run.status, FlowRunStatus::Finished);
    QCOMPARE(run.resolvedStep, QString("private_window"));
    QCOMPARE(run.steps.at(0).answeredByName, m_maria.displayName);
    QCOMPARE(run.steps.at(1).answeredByName, m_tom.displayName);
    QCOMPARE(run.steps.at(1).notes, QString("Works in a private window"));
    QCOMPARE(waitFor(tom->tickets()->ticket(m_ticketId)).value().status, TicketStatus::Resolved);
    press(wizard, Qt::Key_C); // Close
    QTRY_VERIFY_WITH_TIMEOUT(!wizard, LoadTimeoutMs);
    maria->worker()->drain();
    tom->worker()->drain();
    QCoreApplication::processEvents();
}

void TestWizard::refusalsAreShownWithReload()
{
    QFETCH(QString, dialect);
    m_dialect = dialect;
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QVERIFY(prepare(tdb));

    // The account panel hook: the account-check step hosts what the wizard's factory builds.
    QList<qint64> panelsFor;
    const auto panels = [&panelsFor](qint64 accountId, QWidget *parent) -> QWidget * {
        panelsFor << accountId;
        auto *panel = new QLabel(QStringLiteral("Account panel %1").arg(accountId), parent);
        panel->setObjectName(QStringLiteral("fakeAccountPanel"));
        return panel;
    };

    // No FlowActionHandler: the account action is refused, and the page says so.
    auto maria = openSession(tdb.settings(), m_maria.login);
    maria->troubleshooting()->setActionHandler(nullptr);
    const TicketStatus statusBefore = waitFor(maria->tickets()->ticket(m_ticketId)).value().status;
    QPointer<TroubleshootingWizard> wizard = openWizard(maria.get(), panels);
    QTRY_VERIFY_WITH_TIMEOUT(
        test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"))->isComplete(),
        LoadTimeoutMs);
    wizard->startOrResume();
    QVERIFY(reachedStep(wizard, "other_browser"));
    for (const char *step : {"other_browser", "private_window", "clear_cache", "other_device"}) {
        QVERIFY(reachedStep(wizard, step));
        wizard->answer("did_not_help", {});
    }
    WizardStepPage *page = reachedStep(wizard, "account_status");
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->hasAccount(), LoadTimeoutMs);
    QCOMPARE(panelsFor, QList<qint64>{m_accountId});
    auto *panel = page->accountPanelHost()->findChild<QLabel *>("fakeAccountPanel");
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(page->outcomeButton("active") && page->outcomeButton("active")->isVisible());
    press(wizard, Qt::Key_1);
    page = reachedStep(wizard, "send_reset");
    QVERIFY(page);
    press(wizard, Qt::Key_1);
    QTRY_VERIFY_WITH_TIMEOUT(!page->errorText().isEmpty(), LoadTimeoutMs);
    QVERIFY2(page->errorText().contains("Account actions are not available"),
             qPrintable(page->errorText()));
    QVERIFY(page->reloadButton()->isVisible());
    QCOMPARE(wizard->currentStepPage(), page); // nothing moved
    QCOMPARE(waitFor(maria->tickets()->ticket(m_ticketId)).value().status, statusBefore);
    shoot(wizard, QStringLiteral("wizard-10-action-refused.png"));

    // Tom moves the run on meanwhile (he skips the link and escalates).
    auto tom = openSession(tdb.settings(), m_tom.login);
    auto open = waitFor(tom->troubleshooting()->openRun(m_ticketId));
    QVERIFY(open.ok() && open.value().has_value());
    auto moved = waitFor(tom->troubleshooting()->answer(*open.value(), "skipped",
                                                        "sending the link from the admin tool"));
    QVERIFY2(moved.ok(), moved ? "" : qPrintable(moved.error().toString()));
    QCOMPARE(moved.value().currentStep, QString("escalate"));

    // Maria's answer is refused with who moved it and what to do; Reload shows where it is.
    press(wizard, Qt::Key_2); // skip
    QTRY_VERIFY_WITH_TIMEOUT(page->errorText().contains(m_tom.displayName), LoadTimeoutMs);
    QVERIFY2(page->errorText().contains("reload", Qt::CaseInsensitive),
             qPrintable(page->errorText()));
    QTRY_VERIFY(!wizard->isBusy());
    press(wizard, Qt::Key_R);
    page = reachedStep(wizard, "escalate");
    QVERIFY(page);
    QVERIFY(page->errorText().isEmpty());
    QVERIFY(test::child<WizardHistoryView>(wizard, QStringLiteral("wizardHistory"))
                ->text()
                .contains("sending the link from the admin tool"));
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND kind = "
                   "'wizard_step'",
                   m_ticketId),
             6);
    wizard->close();
    QTRY_VERIFY(!wizard);
    maria->worker()->drain();
    tom->worker()->drain();
    QCoreApplication::processEvents();
}

void TestWizard::realAccountActionsSendTheLink()
{
    // The handler the app session plugs in: the real account actions, with their rules.
    QFETCH(QString, dialect);
    m_dialect = dialect;
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QVERIFY(prepare(tdb));
    test::configureMail(tdb.db());

    auto maria = openSession(tdb.settings(), m_maria.login);
    QPointer<TroubleshootingWizard> wizard = openWizard(maria.get());
    QTRY_VERIFY_WITH_TIMEOUT(
        test::child<WizardStartPage>(wizard, QStringLiteral("wizardStart"))->isComplete(),
        LoadTimeoutMs);
    press(wizard, Qt::Key_S);
    for (const char *step : {"other_browser", "private_window", "clear_cache", "other_device"}) {
        QVERIFY(reachedStep(wizard, step));
        press(wizard, Qt::Key_2);
    }
    WizardStepPage *page = reachedStep(wizard, "account_status");
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->outcomeButton("active") && page->outcomeButton("active")->isVisible(), LoadTimeoutMs);
    press(wizard, Qt::Key_1);
    QVERIFY(reachedStep(wizard, "send_reset"));
    press(wizard, Qt::Key_1);
    page = reachedStep(wizard, "link_result");
    QVERIFY2(page, wizard->currentStepPage() ? qPrintable(wizard->currentStepPage()->errorText())
                                             : "no step page");
    // One real reset token for the customer's account, issued by Maria on this ticket, its
    // mail and the steps mail queued, and the ticket waiting for the customer.
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM account_tokens WHERE kind = 'reset' AND account_id = "
                   "(SELECT account_id FROM tickets WHERE id = ?)",
                   m_ticketId),
             1);
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = "
                   "'password_reset'",
                   m_ticketId),
             1);
    QCOMPARE(count(tdb.db(),
                   "SELECT COUNT(*) FROM outbox WHERE ticket_id = ? AND template_key = "
                   "'login_troubleshooting'",
                   m_ticketId),
             1);
    QCOMPARE(waitFor(maria->tickets()->ticket(m_ticketId)).value().status,
             TicketStatus::PendingCustomer);
    QVERIFY2(page->justDoneText().contains(m_email), qPrintable(page->justDoneText()));
    QVERIFY(page->justDoneText().contains("Ticket set to Pending customer"));
    shoot(wizard, QStringLiteral("wizard-11-real-reset-link.png"));
    wizard->close();
    QTRY_VERIFY(!wizard);
    maria->worker()->drain();
    QCoreApplication::processEvents();
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
