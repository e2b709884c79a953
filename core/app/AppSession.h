#pragma once
// One open database for the desktop app: the DB worker, the services over it wired together,
// and the staff member the app acts as ("me"). It runs no queries of its own: each question
// goes to the service that owns it. No widgets; the ui/ layer drives it.

#include "common/Result.h"
#include "db/ConnectionSettings.h"
#include "staff/Staff.h"
#include "troubleshooting/FlowLoader.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace helpdesk {

class AccountService;
class ChangeNotifier;
class DbWorker;
class DemoService;
class EscalationMonitor;
class FollowupMonitor;
class SignInWatchMonitor;
class InboundService;
class MailFetchService;
class MailDelivery;
class MailSetupService;
class OutboxService;
class PresenceService;
class SecretStore;
class SlaService;
class StaffService;
class TicketService;
class TroubleshootingService;
class KnowledgeService;

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
    // Tickets: queues, actions, search, counts, requester suggestions.
    TicketService *tickets() const { return m_tickets; }
    // The staff directory (pickers, names on the timeline).
    StaffService *staff() const { return m_staff; }
    // The SLA set-up (warning window, policies).
    SlaService *sla() const { return m_sla; }
    // Filling an empty database with demo data.
    DemoService *demo() const { return m_demo; }
    // Customer accounts on the same worker, acting as "me"; other clients' account changes
    // arrive through the ChangeNotifier once live updates run.
    AccountService *accounts() const { return m_accounts; }
    // Live collaboration: both exist from the start and do nothing until startLiveUpdates().
    ChangeNotifier *changeNotifier() const { return m_notifier; }
    EscalationMonitor *escalationMonitor() const { return m_escalation; }
    FollowupMonitor *followupMonitor() const { return m_followup; }
    SignInWatchMonitor *signInWatch() const { return m_signInWatch; }
    // Who is viewing or replying to which ticket, on the whole desk; heartbeats run from
    // startLiveUpdates() on.
    PresenceService *presence() const { return m_presence; }
    // The troubleshooting wizard's runs, over the built-in and app-data flows. Its account
    // steps go through AccountFlowActions (the real account actions); tests may swap the
    // handler with setActionHandler().
    TroubleshootingService *troubleshooting() const { return m_troubleshooting; }
    KnowledgeService *knowledge() const { return m_knowledge; }
    // What loading the flow files found, including the files that were rejected (shown to the
    // agent, so a broken flow file does not go unnoticed).
    const FlowLoadReport &flowLoadReport() const { return m_flowReport; }
    // Mail: the outbox (Outbox screen, timeline), the settings page's service, and the
    // sender that delivers queued mail. A public reply queues its mail in its own transaction.
    OutboxService *outbox() const { return m_outbox; }
    MailSetupService *mailSetup() const { return m_mailSetup; }
    MailDelivery *mailDelivery() const { return m_mail; }
    SecretStore *secrets() const { return m_secrets.get(); }
    // Incoming mail: attachments of customer messages (the timeline), and the IMAP fetching
    // an administrator switches on (Settings > Incoming mail) with its settings page service.
    InboundService *inbound() const { return m_inbound; }
    MailFetchService *mailFetch() const { return m_fetch; }
    // Starts delivering queued mail and, when switched on, fetching incoming mail (after
    // open()); see MailDelivery and MailFetchService for what they report.
    void startMail();

    // Starts listening for other clients' changes and the periodic SLA escalation scan. Both
    // end in TicketService::ticketChanged, so views refresh through the one signal they know.
    // pingMs: how often the PostgreSQL listener checks its connection (and reconnects).
    void startLiveUpdates(int escalationIntervalMs = 60000, int sqlitePollMs = 1500,
                          int pingMs = 15000);
    bool isLive() const { return m_live; }

    // Opens and migrates the database on the worker thread.
    QFuture<Result<int>> open();

    // The login the app acts as: the connection user on PostgreSQL; on SQLite the "staff/login"
    // local setting, else the operating-system user name. Demo mode always acts as the demo
    // agent.
    static QString defaultLogin(const ConnectionSettings &settings, bool demo);
    static QString operatingSystemUser();

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
    StaffService *m_staff;
    SlaService *m_sla;
    DemoService *m_demo;
    ChangeNotifier *m_notifier;
    EscalationMonitor *m_escalation;
    SignInWatchMonitor *m_signInWatch;
    PresenceService *m_presence;
    FlowLoadReport m_flowReport;
    TroubleshootingService *m_troubleshooting = nullptr;
    KnowledgeService *m_knowledge = nullptr;
    FollowupMonitor *m_followup = nullptr;
    std::shared_ptr<SecretStore> m_secrets;
    OutboxService *m_outbox;
    MailSetupService *m_mailSetup;
    MailDelivery *m_mail;
    InboundService *m_inbound;
    MailFetchService *m_fetch;
    bool m_live = false;
    std::optional<Staff> m_me;
    QString m_meLogin;
    AccountService *m_accounts = nullptr;
};

} // namespace helpdesk
