// The main window fixture of the ticket-work suites.

#include "TicketWorkFixture.h"

#include "TestSession.h"
#include "TestWait.h"
#include "WindowDriver.h"
#include "common/MessageBar.h"
#include "demo/DemoSeeder.h"
#include "queue/BulkRunner.h"
#include "staff/StaffService.h"
#include "ticket/TicketActionController.h"
#include "ticket/TicketDetailView.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLocale>
#include <QSettings>
#include <QTest>

namespace helpdesk::test {

Ticket mustGet(AppSession *session, qint64 id)
{
    const auto t = waitFor(session->tickets()->ticket(id));
    if (!t)
        qFatal("cannot read ticket %lld: %s", id, qPrintable(t.error().toString()));
    return t.value();
}

void TicketWorkFixture::setUpWindow()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-tests"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_db = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
    DemoOptions options;
    options.tickets = 1500;
    options.accounts = 200;
    options.seed = 7;
    const auto seeded = DemoSeeder::seed(m_db->db(), options);
    QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().toString()));

    m_session = openSession(m_db->settings(), QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    QVERIFY(m_session->me().has_value());
    QCOMPARE(m_session->tickets()->actor().login, QString::fromLatin1(DemoSeeder::DemoAgentLogin));
    const auto staff = waitFor(m_session->staff()->all());
    QVERIFY(staff.ok());
    for (const Staff &s : staff.value())
        if (s.login == QLatin1String("priya.n"))
            m_lead = s;
    QCOMPARE(m_lead.role, StaffRole::Lead);

    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_model = ticketModel(m_window.get());
    QVERIFY(test::waitForQueue(m_model));
}

void TicketWorkFixture::tearDownWindow()
{
    m_window.reset();
    m_session.reset();
    m_db.reset();
}

void TicketWorkFixture::closeLeftovers()
{
    // A failed test must not leave a modal dialog that takes the next test's keys.
    for (QDialog *dialog : m_window->findChildren<QDialog *>())
        if (dialog->isVisible())
            dialog->reject();
    const auto *bulk = child<BulkRunner>(m_window.get(), QStringLiteral("bulkRunner"));
    QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), LoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!ticketActions(m_window.get())->isBusy(), LoadTimeoutMs);
    messageBar(m_window.get())->hide();
}

void TicketWorkFixture::activate(QWidget *window)
{
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

qint64 TicketWorkFixture::createTicket(const QString &subject, TicketPriority priority)
{
    NewTicket n;
    n.subject = subject;
    n.requester = QStringLiteral("robin.test@example.org");
    n.requesterName = QStringLiteral("Robin Test");
    n.priority = priority;
    n.body = QStringLiteral("Please help.");
    const auto created = waitFor(m_session->tickets()->create(n));
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().toString()));
    return created.value().id;
}

void TicketWorkFixture::showInDetail(qint64 id)
{
    QVERIFY(showTicket(m_window.get(), id));
    // Let refreshes queued by earlier changes run, so they do not land mid-test.
    QTest::qWait(500);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), LoadTimeoutMs);
    QVERIFY(ticketDetail(m_window.get())->ticketId() == id);
}

} // namespace helpdesk::test
