#pragma once
// Takes the app from the command line to the main window: opens the database (asking for a
// PostgreSQL password if the server wants one), seeds the demo database, finds the staff member
// the app acts as, and shows the window. Startup failures end in a message, never a crash.

#include "db/ConnectionSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;

namespace helpdesk {

class AppSession;
class MainWindow;

class AppController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ConnectionSettings settings;
        bool demo = false;
        qint64 demoTickets = 20000;
        qint64 demoAccounts = 1500;
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }

private:
    void openDatabase();
    void onOpenFailed(const Error &error);
    void checkDemoData();
    void seedDemo();
    void resolveMe();
    void showMainWindow();
    void fail(const QString &message);
    void showBusy(const QString &text);
    void hideBusy();

    Options m_options;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QProgressDialog> m_busy;
    bool m_passwordAsked = false;
};

} // namespace helpdesk
