#pragma once
// The desk a user sees after `helpdesk --demo`, for the suites that check the whole app as it
// ships (German, accessibility, themes, screenshots): settings in a temporary folder, a demo
// database, a session acting as the demo agent, the main window with a ticket and its
// customer's account shown; and every main screen and dialog, opened the way an agent opens it
// (its action) and closed again.

#include "MainWindow.h"
#include "TestDatabase.h"
#include "app/AppSession.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace helpdesk::test {

class DemoDesk
{
public:
    // Settings first (call before the QApplication's translators and palette are set, if the
    // test sets them: nothing here reads them before open()).
    DemoDesk();
    ~DemoDesk();

    // Seeds the database, opens the session and shows the main window at `size` with a
    // ticket whose requester has a customer account. False (with a QTest failure) on error.
    bool open(QSize size = QSize(1400, 860), int tickets = 400);

    MainWindow *window() const { return m_window.get(); }
    AppSession *session() const { return m_session.get(); }
    TestDatabase *database() const { return m_db.get(); }
    qint64 ticketId() const { return m_ticketId; }
    QString settingsFolder() const { return m_settings.path(); }

    // The screens openScreen() knows, in the order a walk goes through them.
    static QStringList screens();
    // Opens the screen (as its action does) and waits until it is shown and filled in:
    // "main", "settings", "templates", "outbox", "accounts", "search", "newTicket",
    // "assign", "comment", "wizard", "identityCheck", "forwardedMail", "lockReason",
    // "shortcuts", "about". Null (with a QTest failure) when it does not appear.
    QWidget *openScreen(const QString &name);
    // Closes what openScreen() opened (the main window stays).
    void closeScreen(QWidget *screen);

private:
    QWidget *openedBy(const QString &actionId, const QString &objectName);

    QTemporaryDir m_settings;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ticketId = 0;
};

} // namespace helpdesk::test
