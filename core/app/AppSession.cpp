#include "app/AppSession.h"

#include "accounts/AccountService.h"
#include "accounts/SignInWatchMonitor.h"
#include "app/DemoService.h"
#include "common/Futures.h"
#include "db/ChangeNotifier.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "followup/FollowupMonitor.h"
#include "ingest/InboundService.h"
#include "ingest/MailFetchService.h"
#include "knowledge/KnowledgeService.h"
#include "mail/MailDelivery.h"
#include "mail/MailSetupService.h"
#include "mail/OutboxService.h"
#include "presence/PresenceService.h"
#include "secrets/FallbackSecretStore.h"
#include "settings/LocalSettings.h"
#include "sla/EscalationMonitor.h"
#include "sla/SlaService.h"
#include "staff/StaffService.h"
#include "tickets/OutboxReplyHook.h"
#include "tickets/TicketMailValues.h"
#include "tickets/TicketService.h"
#include "troubleshooting/AccountFlowActions.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/TroubleshootingService.h"

namespace helpdesk {

AppSession::AppSession(ConnectionSettings settings, QObject *parent,
                       std::shared_ptr<SecretStore> secrets)
    : QObject(parent), m_settings(settings), m_worker(new DbWorker(std::move(settings), this)),
      m_tickets(new TicketService(m_worker, this)), m_staff(new StaffService(m_worker, this)),
      m_sla(new SlaService(m_worker, this)), m_demo(new DemoService(m_worker, this)),
      m_notifier(new ChangeNotifier(m_settings, this)),
      m_escalation(new EscalationMonitor(m_worker, this)),
      m_signInWatch(new SignInWatchMonitor(m_worker, this)),
      m_presence(new PresenceService(m_worker, this)),
      m_secrets(secrets ? std::move(secrets) : std::make_shared<FallbackSecretStore>()),
      m_outbox(new OutboxService(m_worker, this)),
      // Template previews fill in a real ticket's values.
      m_mailSetup(new MailSetupService(m_worker, &TicketMailValues::forPreview, this)),
      m_mail(new MailDelivery(m_worker, m_secrets.get(), this)),
      m_inbound(new InboundService(m_worker, this)),
      m_fetch(new MailFetchService(m_worker, m_secrets.get(), this))
{
    // Only the worker and the listener need the password, and only until they connect.
    m_settings.password.clear();
    connect(m_notifier, &ChangeNotifier::ticketChanged, m_tickets,
            &TicketService::notifyExternalChange);
    connect(m_notifier, &ChangeNotifier::presenceChanged, m_presence,
            &PresenceService::notifyExternalChange);
    connect(m_escalation, &EscalationMonitor::escalated, m_tickets,
            [this](const QList<qint64> &ids) {
                for (qint64 id : ids)
                    m_tickets->notifyExternalChange(id);
            });

    // A public reply becomes outgoing mail in the reply's own transaction. When mail is not
    // set up yet, the reply is still saved and its mail waits in the outbox (MailDelivery says
    // so) until an administrator sets mail up; a reply whose mail cannot be queued at all
    // (e.g. the requester's address is not an address) is refused with the reason.
    m_tickets->setReplyMailHook(std::make_shared<OutboxReplyHook>());
    connect(m_tickets, &TicketService::mailQueued, m_mail, [this](qint64 ticketId) {
        m_outbox->notifyChanged(ticketId);
        m_mail->wake();
    });
    connect(m_outbox, &OutboxService::retryRequested, m_mail, &MailDelivery::wake);
    // Delivery outcomes are timeline events: the ticket's views refresh like for any change.
    const auto delivered = [this](qint64 ticketId) {
        m_outbox->notifyChanged(ticketId);
        if (ticketId > 0)
            m_tickets->notifyExternalChange(ticketId);
    };
    connect(m_mail, &MailDelivery::messageSent, this,
            [delivered](qint64, qint64 ticketId) { delivered(ticketId); });
    connect(m_mail, &MailDelivery::messageFailed, this,
            [delivered](qint64, qint64 ticketId, const QString &) { delivered(ticketId); });
    connect(m_mail, &MailDelivery::cycleFinished, this, [this](const OutboxCycle &cycle) {
        if (cycle.claimed > 0)
            m_outbox->notifyChanged(0);
    });

    // Customer mail fetched by this app changes tickets like another client would; a bounce
    // changes the outbox.
    connect(m_fetch, &MailFetchService::customerMessage, m_tickets,
            &TicketService::notifyTicketChanged);
    connect(m_fetch, &MailFetchService::fetched, m_outbox, [this](const FetchReport &report) {
        if (report.handled > 0)
            m_outbox->notifyChanged(0);
    });

    // Customer accounts: other clients' changes refresh the open panels; an action that wrote
    // on a ticket refreshes its views; a link or notice mail is delivered at once.
    m_accounts = new AccountService(m_worker, this);
    connect(m_notifier, &ChangeNotifier::accountChanged, m_accounts,
            &AccountService::notifyExternalChange);
    connect(m_accounts, &AccountService::ticketTimelineChanged, m_tickets,
            &TicketService::notifyTicketChanged);
    connect(m_accounts, &AccountService::mailQueued, m_mail, [this] {
        m_outbox->notifyChanged(0);
        m_mail->wake();
    });
    // Unusual sign-ins: one client per desk watches the new ones and notices the customer.
    connect(m_signInWatch, &SignInWatchMonitor::noticesQueued, m_mail, [this] {
        m_outbox->notifyChanged(0);
        m_mail->wake();
    });

    m_troubleshooting =
        new TroubleshootingService(m_worker, FlowLibrary::loadDefault(&m_flowReport), this);
    // Wizard answers change the ticket's timeline and status: views refresh as for any change.
    connect(m_troubleshooting, &TroubleshootingService::ticketChanged, m_tickets,
            &TicketService::notifyTicketChanged);
    // The steps mails it queues go out like any other mail.
    m_troubleshooting->setMailQueued(m_mail->wakeFromAnyThread());
    // Account steps run the real account actions, with their rules, events and mails.
    m_troubleshooting->setActionHandler(
        std::make_shared<AccountFlowActions>(m_mail->wakeFromAnyThread()));
    connect(m_troubleshooting, &TroubleshootingService::ticketChanged, m_outbox,
            &OutboxService::notifyChanged);

    m_knowledge = new KnowledgeService(m_worker, this);
    connect(m_knowledge, &KnowledgeService::ticketChanged, m_tickets,
            &TicketService::notifyTicketChanged);

    // Follow-up surveys: the due job runs here too (each survey goes once across clients); its
    // mail goes out like any other, and tickets a low rating reopened refresh.
    m_followup = new FollowupMonitor(m_worker, this);
    m_followup->setMailQueued(m_mail->wakeFromAnyThread());
    connect(m_followup, &FollowupMonitor::ticketsChanged, m_tickets,
            [this](const QList<qint64> &ids) {
                for (qint64 id : ids)
                    m_tickets->notifyExternalChange(id);
                m_outbox->notifyChanged(0);
            });
}

AppSession::~AppSession()
{
    // Services first: they may still hold continuations on the worker's futures.
    delete m_followup;
    delete m_knowledge;
    delete m_troubleshooting;
    delete m_accounts;
    delete m_fetch;
    delete m_inbound;
    delete m_mail;
    delete m_mailSetup;
    delete m_outbox;
    delete m_presence;
    delete m_signInWatch;
    delete m_escalation;
    delete m_notifier;
    delete m_demo;
    delete m_sla;
    delete m_staff;
    delete m_tickets;
    delete m_worker;
}

void AppSession::startLiveUpdates(int escalationIntervalMs, int sqlitePollMs, int pingMs)
{
    if (m_live)
        return;
    m_live = true;
    m_notifier->start(sqlitePollMs, pingMs);
    m_escalation->start(escalationIntervalMs);
    m_signInWatch->start(escalationIntervalMs);
    m_presence->start();
}

void AppSession::startMail()
{
    m_mail->start();
    m_fetch->start();
    m_followup->start();
}

QFuture<Result<int>> AppSession::open()
{
    return m_worker->open(true);
}

QString AppSession::operatingSystemUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

QString AppSession::defaultLogin(const ConnectionSettings &settings, bool demo)
{
    if (demo)
        return QString::fromLatin1(DemoSeeder::DemoAgentLogin);
    if (settings.dialect == Dialect::PostgreSQL)
        return settings.user.isEmpty() ? operatingSystemUser() : settings.user; // as libpq does
    const QString configured = LocalSettings::staffLogin();
    return configured.isEmpty() ? operatingSystemUser() : configured;
}

QFuture<std::optional<Staff>> AppSession::resolveMe(const QString &login)
{
    return whenDone(m_staff->byLogin(login), this,
                    [this, login](const std::optional<Staff> &staff) {
                        setMe(login, staff);
                        return staff;
                    });
}

void AppSession::setMe(const QString &login, std::optional<Staff> staff)
{
    m_meLogin = login;
    m_me = std::move(staff);
    // Without a staff member nobody may change tickets: the actor stays id 0, which the
    // window treats as read-only.
    m_tickets->setActor(m_me.value_or(Staff()));
    m_troubleshooting->setActor(m_me.value_or(Staff()));
    m_accounts->setActor(m_me.value_or(Staff()));
    m_knowledge->setActor(m_me.value_or(Staff()));
    m_presence->setMe(m_me ? std::optional<qint64>(m_me->id) : std::nullopt);
}

bool AppSession::isAuthenticationError(const Error &error)
{
    if (error.code != Error::Code::DatabaseOpen)
        return false;
    // libpq's wording: "password authentication failed", "no password supplied", ...
    return error.detail.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           error.detail.contains(QLatin1String("authentication"), Qt::CaseInsensitive);
}

} // namespace helpdesk
