#pragma once
// The main window on a demo-seeded temporary SQLite database, as the ticket-work suites
// (tst_ticketwork, tst_ticketconflicts) drive it: a session as the demo agent, the lead
// priya.n, helpers to create a ticket and show it in the detail pane.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "app/AppSession.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace helpdesk {
class TicketQueueModel;
}

namespace helpdesk::test {

inline constexpr int LoadTimeoutMs = 30000;
inline constexpr qint64 Hour = 3600 * 1000;

// The ticket as the database has it now; fails hard when it cannot be read.
Ticket mustGet(AppSession *session, qint64 id);

class TicketWorkFixture : public QObject
{
protected:
    // initTestCase, cleanupTestCase and cleanup of the suites.
    void setUpWindow();
    void tearDownWindow();
    void closeLeftovers();

    void activate(QWidget *window);
    qint64 createTicket(const QString &subject, TicketPriority priority = TicketPriority::Normal);
    void showInDetail(qint64 id);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    TicketQueueModel *m_model = nullptr;
    Staff m_lead;
};

} // namespace helpdesk::test
