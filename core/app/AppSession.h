#pragma once
// One open database for the desktop app: the DB worker, the services over it, and the staff
// member the app acts as ("me"). No widgets; the ui/ layer drives it.

#include "common/Result.h"
#include "db/ConnectionSettings.h"
#include "staff/Staff.h"
#include "tickets/SlaConfig.h"
#include "troubleshooting/FlowLoader.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace helpdesk {

class AccountService;
class ChangeNotifier;
class DbWorker;
class EscalationMonitor;
class MailDelivery;
class MailSetupService;
class OutboxService;
class SecretStore;
class TicketService;
class TroubleshootingService;
struct DemoOptions;
struct DemoSummary;

// A customer who wrote in before, offered while typing a new ticket's requester.
struct RequesterSuggestion
{
    QString name;
    QString email;
};

class AppSession : public QObject
{
    Q_OBJECT
public:
    // secrets: where passwords live (empty: the OS keychain, falling back to this session's
    // memory when there is none; tests pass a MemorySecretStore).
    explicit AppSession(ConnectionSettings settings, QObject *parent = nullptr,
                        std::shared_ptr<SecretStore> secrets = {});
    ~AppSession() override;

    const ConnectionSettings &settings() const { return m_settings; }
    DbWorker *worker() const { return m_worker; }
    TicketService *tickets() const { return m_tickets; }
    // Customer accounts on the same worker, acting as "me"; other clients' account changes
    // arrive through the ChangeNotifier once live updates run.
    AccountService *accounts() const { return m_accounts; }
    // Live collaboration: both exist from the start and do nothing until startLiveUpdates().
    ChangeNotifier *changeNotifier() const { return m_notifier; }
    EscalationMonitor *escalationMonitor() const { return m_escalation; }
    // The troubleshooting wizard's runs, over the built-in and app-data flows. Its account
    // steps go through AccountFlowActions (the real account actions); tests may swap the
    // handler with setActionHandler().
    TroubleshootingService *troubleshooting() const { return m_troubleshooting; }
    // What loading the flow files found, including the files that were rejected (shown to the
    // agent, so a broken flow file does not go unnoticed).
    const FlowLoadReport &flowLoadReport() const { return m_flowReport; }
    // Mail: the outbox (Outbox screen, timeline), the settings page's service, and the
    // sender that delivers queued mail. A public reply queues its mail in its own transaction.
    OutboxService *outbox() const { return m_outbox; }
    MailSetupService *mailSetup() const { return m_mailSetup; }
    MailDelivery *mailDelivery() const { return m_mail; }
    SecretStore *secrets() const { return m_secrets.get(); }
    // Starts delivering queued mail (after open()); see MailDelivery for what it reports.
    void startMail();

    // Starts listening for other clients' changes and the periodic SLA escalation scan. Both
    // end in TicketService::ticketChanged, so views refresh through the one signal they know.
    // pingMs: how often the PostgreSQL listener checks its connection (and reconnects).
    void startLiveUpdates(int escalationIntervalMs = 60000, int sqlitePollMs = 1500,
                          int pingMs = 15000);
    bool isLive() const { return m_live; }

    // Opens and migrates the database on the worker thread.
    QFuture<Result<int>> open();
    // How many tickets the database holds (for the empty state and the demo seeding decision).
    QFuture<Result<qint64>> ticketCount();

    // Fills an empty database with demo data on the worker. The future reports progress
    // (tickets written) through its progress range and value; cancelSeeding() stops it after
    // the current batch, and the future then holds a Cancelled error.
    QFuture<Result<DemoSummary>> seedDemo(const DemoOptions &options);
    void cancelSeeding();

    // The login the app acts as: the connection user on PostgreSQL; on SQLite the "staff/login"
    // setting, else the operating-system user name. Demo mode always acts as the demo agent.
    static QString defaultLogin(const ConnectionSettings &settings, bool demo);
    static QString operatingSystemUser();

    // Every staff member (active or not), for pickers and for naming people on the timeline.
    QFuture<Result<QList<Staff>>> staff();
    // The desk's SLA set-up (warning window, policies).
    QFuture<Result<SlaConfig>> slaConfig();
    // Requesters of earlier tickets whose name or address contains `text`, most recent first.
    // An interim source until core has a customer-account search.
    QFuture<Result<QList<RequesterSuggestion>>> requesterSuggestions(const QString &text,
                                                                     int limit = 12);

    // Looks the login up among staff and remembers the outcome as "me" (and as the actor of
    // ticket changes). A login that is not found is not an error here: the app still works,
    // with an empty "My open tickets" and no ticket actions.
    QFuture<std::optional<Staff>> resolveMe(const QString &login);
    void setMe(const QString &login, std::optional<Staff> staff);
    const std::optional<Staff> &me() const { return m_me; }
    QString meLogin() const { return m_meLogin; }

    // True for an error that a password prompt might fix (PostgreSQL refused the login).
    static bool isAuthenticationError(const Error &error);

private:
    ConnectionSettings m_settings;
    DbWorker *m_worker;
    TicketService *m_tickets;
    ChangeNotifier *m_notifier;
    EscalationMonitor *m_escalation;
    FlowLoadReport m_flowReport;
    TroubleshootingService *m_troubleshooting = nullptr;
    std::shared_ptr<SecretStore> m_secrets;
    OutboxService *m_outbox;
    MailSetupService *m_mailSetup;
    MailDelivery *m_mail;
    bool m_live = false;
    std::shared_ptr<std::atomic_bool> m_cancelSeeding;
    std::optional<Staff> m_me;
    QString m_meLogin;
    AccountService *m_accounts = nullptr;
};

} // namespace helpdesk
