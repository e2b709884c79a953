#pragma once
// Takes the app from the command line to the main window: opens the database (with the
// PostgreSQL password from the keychain, or asking for it if the server wants one and saving it
// to the keychain after a successful login), seeds the demo database, finds the staff member
// the app acts as, shows the window and starts mail delivery. Startup failures end in a
// message, never a crash.

#include "db/ConnectionSettings.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QProgressDialog;

namespace helpdesk {

class AppSession;
class MainWindow;
class SecretStore;

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
        // Where passwords live; empty: the OS keychain, or this session's memory when there
        // is none. Tests pass a MemorySecretStore.
        std::shared_ptr<SecretStore> secrets;
        // Start delivering queued mail once the window is up.
        bool startMail = true;
    };

    explicit AppController(Options options, QObject *parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow *mainWindow() const { return m_window.get(); }
    AppSession *session() const { return m_session.get(); }
    SecretStore *secrets() const { return m_options.secrets.get(); }

private:
    void readStoredPassword();
    void openDatabase();
    void onOpenFailed(const Error &error);
    void rememberPassword();
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
    bool m_passwordFromKeychain = false;
    QString m_typedPassword; // typed at the prompt; saved to the keychain after it worked
    QString m_startupNotice; // shown in the window's message bar once it is up
};

} // namespace helpdesk
