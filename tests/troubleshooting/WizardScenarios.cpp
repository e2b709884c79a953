#include "WizardScenarios.h"

#include "Fixtures.h"
#include "db/Database.h"
#include "tickets/TicketActions.h"
#include "troubleshooting/FlowLoader.h"

#include <QAtomicInteger>

namespace helpdesk::test {

namespace {
WizardScenario row(QString name, QString flow, QString account, QStringList answers,
                   QStringList path, QStringList actions, QString ticketStatus, QString runStatus,
                   QString result, QString resolvedStep = {}, int mails = 0, bool finish = true)
{
    WizardScenario s;
    s.name = std::move(name);
    s.flow = std::move(flow);
    s.accountStatus = std::move(account);
    s.answers = std::move(answers);
    s.path = std::move(path);
    s.accountActions = std::move(actions);
    s.ticketStatus = std::move(ticketStatus);
    s.runStatus = std::move(runStatus);
    s.result = std::move(result);
    s.resolvedStep = std::move(resolvedStep);
    s.mails = mails;
    s.finish = finish;
    return s;
}

const QStringList kBrowser{"other_browser", "private_window", "clear_cache", "other_device"};
} // namespace

QList<WizardScenario> wizardScenarios()
{
    const QString login = "login_problem";
    const QString recovery = "account_recovery";
    const QString security = "security_concern";
    const QStringList dnh4{"did_not_help", "did_not_help", "did_not_help", "did_not_help"};
    const QStringList toAccount = kBrowser + QStringList{"account_status"};
    return {
        // Login: resolved at each browser and device step; the funnel counts where.
        row("login: another browser fixes it", login, "active", {"resolved:Firefox works"},
            {"other_browser", "solved"}, {}, "resolved", "finished", "resolved", "other_browser"),
        row("login: private window fixes it", login, "active", {"did_not_help", "resolved"},
            {"other_browser", "private_window", "solved"}, {}, "resolved", "finished", "resolved",
            "private_window"),
        row("login: clearing the cache fixes it", login, "active",
            {"could_not_try:only one browser installed", "did_not_help", "resolved"},
            {"other_browser", "private_window", "clear_cache", "solved"}, {}, "resolved",
            "finished", "resolved", "clear_cache"),
        row("login: another device fixes it", login, "active",
            {"did_not_help", "could_not_try", "did_not_help", "resolved"},
            kBrowser + QStringList{"solved"}, {}, "resolved", "finished", "resolved",
            "other_device"),
        // The "done when": reset link sent, customer emailed, ticket pending customer.
        row("login: active account, reset link sent, waiting", login, "active",
            {"did_not_help", "did_not_help", "could_not_try", "could_not_try", "account",
             "done:customer on the phone"},
            toAccount + QStringList{"send_reset", "link_result"}, {"send_reset_link"},
            "pending_customer", "active", {}, {}, 1, false),
        row("login: reset link works", login, "active",
            dnh4 + QStringList{"account", "done", "resolved:new password set"},
            toAccount + QStringList{"send_reset", "link_result", "solved"}, {"send_reset_link"},
            "resolved", "finished", "resolved", "link_result", 1),
        row("login: reset link does not help", login, "active",
            dnh4 +
                QStringList{"account", "done", "did_not_help:forwarded mail shows an expired link"},
            toAccount + QStringList{"send_reset", "link_result", "escalate"}, {"send_reset_link"},
            "escalated", "finished", "escalated", {}, 1),
        row("login: inactive account, activation not tried", login, "inactive",
            dnh4 + QStringList{"account", "done", "could_not_try"},
            toAccount + QStringList{"send_activation", "link_result", "escalate"},
            {"send_activation_link"}, "escalated", "finished", "escalated", {}, 1),
        row("login: pending activation, activation works", login, "pending_activation",
            dnh4 + QStringList{"account", "done", "resolved"},
            toAccount + QStringList{"send_activation", "link_result", "solved"},
            {"send_activation_link"}, "resolved", "finished", "resolved", "link_result", 1),
        row("login: reset link skipped", login, "active",
            dnh4 + QStringList{"account", "skipped:mail bounced earlier"},
            toAccount + QStringList{"send_reset", "escalate"}, {}, "escalated", "finished",
            "escalated"),
        row("login: activation link skipped", login, "inactive",
            dnh4 + QStringList{"account", "skipped"},
            toAccount + QStringList{"send_activation", "escalate"}, {}, "escalated", "finished",
            "escalated"),
        row("login: locked, identity confirmed", login, "locked",
            dnh4 + QStringList{"account", "verified"},
            toAccount + QStringList{"locked_identity", "locked_escalate"}, {"verify_identity"},
            "escalated", "finished", "escalated"),
        row("login: locked, identity not confirmed", login, "locked",
            dnh4 + QStringList{"account", "not_verified:could not name the registered phone"},
            toAccount + QStringList{"locked_identity", "locked_unverified"}, {"verify_identity"},
            "pending_customer", "finished", "pending_customer"),
        row("login: suspended", login, "suspended", dnh4 + QStringList{"account"},
            toAccount + QStringList{"suspended"}, {}, "escalated", "finished", "escalated"),

        // Account recovery.
        row("recovery: identity not confirmed", recovery, "active", {"not_verified"},
            {"verify_identity", "identity_not_confirmed"}, {"verify_identity"}, "pending_customer",
            "finished", "pending_customer"),
        row("recovery: mailbox lost", recovery, "active", {"verified", "no:old work address"},
            {"verify_identity", "email_access", "address_change"}, {"verify_identity"}, "escalated",
            "finished", "escalated"),
        row("recovery: reset link, back in", recovery, "active",
            {"verified", "yes", "account", "done", "resolved"},
            {"verify_identity", "email_access", "account_status", "recovery_reset", "follow_up",
             "recovered"},
            {"verify_identity", "revoke_tokens", "send_reset_link"}, "resolved", "finished",
            "resolved", "follow_up"),
        row("recovery: activation does not help", recovery, "inactive",
            {"verified", "yes", "account", "done", "did_not_help"},
            {"verify_identity", "email_access", "account_status", "recovery_activation",
             "follow_up", "escalate"},
            {"verify_identity", "revoke_tokens", "send_activation_link"}, "escalated", "finished",
            "escalated"),
        row("recovery: pending activation, not tried", recovery, "pending_activation",
            {"verified", "yes", "account", "done", "could_not_try"},
            {"verify_identity", "email_access", "account_status", "recovery_activation",
             "follow_up", "escalate"},
            {"verify_identity", "revoke_tokens", "send_activation_link"}, "escalated", "finished",
            "escalated"),
        row("recovery: locked", recovery, "locked", {"verified", "yes", "account"},
            {"verify_identity", "email_access", "account_status", "locked"}, {"verify_identity"},
            "escalated", "finished", "escalated"),
        row("recovery: suspended", recovery, "suspended", {"verified", "yes", "account"},
            {"verify_identity", "email_access", "account_status", "suspended"}, {"verify_identity"},
            "escalated", "finished", "escalated"),
        row("recovery: reset skipped", recovery, "active",
            {"verified", "yes", "account", "skipped"},
            {"verify_identity", "email_access", "account_status", "recovery_reset", "escalate"},
            {"verify_identity"}, "escalated", "finished", "escalated"),
        row("recovery: activation skipped", recovery, "inactive",
            {"verified", "yes", "account", "skipped"},
            {"verify_identity", "email_access", "account_status", "recovery_activation",
             "escalate"},
            {"verify_identity"}, "escalated", "finished", "escalated"),

        // Security concern.
        row("security: takeover cleaned up", security, "active",
            {"done", "unknown_activity:sign-in from abroad at 03:12", "done", "unlocked", "done",
             "enabled", "done", "resolved"},
            {"lock_now", "review_activity", "revoke_links", "lift_lock", "reset_credentials",
             "advise_mfa", "notify", "follow_up", "secured"},
            {"lock_account", "revoke_tokens", "send_reset_link"}, "resolved", "finished",
            "resolved", "follow_up", 1),
        row("security: waiting for the customer", security, "active",
            {"done", "unknown_activity", "done", "unlocked", "done", "enabled", "done"},
            {"lock_now", "review_activity", "revoke_links", "lift_lock", "reset_credentials",
             "advise_mfa", "notify", "follow_up"},
            {"lock_account", "revoke_tokens", "send_reset_link"}, "pending_customer", "active", {},
            {}, 1, false),
        row("security: already locked, still worried", security, "locked",
            {"skipped:already locked by the monitor", "all_known", "unlocked", "done", "later",
             "skipped", "did_not_help"},
            {"lock_now", "review_activity", "lift_lock", "reset_credentials", "advise_mfa",
             "notify", "follow_up", "escalate"},
            {"send_reset_link"}, "escalated", "finished", "escalated"),
        row("security: review impossible", security, "active", {"done", "could_not_review"},
            {"lock_now", "review_activity", "escalate"}, {"lock_account"}, "escalated", "finished",
            "escalated"),
        row("security: reset skipped", security, "active",
            {"done", "unknown_activity", "skipped", "unlocked", "skipped"},
            {"lock_now", "review_activity", "revoke_links", "lift_lock", "reset_credentials",
             "escalate"},
            {"lock_account"}, "escalated", "finished", "escalated"),
        row("security: MFA declined, follow-up not possible", security, "active",
            {"done", "all_known", "unlocked", "done", "declined", "done", "could_not_try"},
            {"lock_now", "review_activity", "lift_lock", "reset_credentials", "advise_mfa",
             "notify", "follow_up", "escalate"},
            {"lock_account", "send_reset_link"}, "escalated", "finished", "escalated", {}, 1),
        row("security: lock not lifted yet", security, "active",
            {"done", "unknown_activity", "done", "still_locked:lead on holiday"},
            {"lock_now", "review_activity", "revoke_links", "lift_lock", "escalate"},
            {"lock_account", "revoke_tokens"}, "escalated", "finished", "escalated"),
    };
}

FlowLibrary shippedFlows()
{
    return FlowLibrary::load({FlowLoader::builtInFolder()});
}

Staff makeStaff(QSqlDatabase &db, const QString &login, const QString &name, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = name;
    s.role = role;
    s.email = login + "@support.example.com";
    s.id = addStaff(db, login, name, StaffRoles::key(role));
    return s;
}

qint64 addAccount(QSqlDatabase &db, const QString &email, const QString &name,
                  const QString &status)
{
    auto q = Database::exec(db,
                            "INSERT INTO accounts (email, display_name, status, created_at, "
                            "updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                            {email, name, status, 1, 1});
    if (!q || !q.value().next())
        qFatal("account insert failed");
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

Ticket openTicket(QSqlDatabase &db, const Staff &agent, TicketCategory category,
                  const QString &accountStatus, qint64 nowMs)
{
    static QAtomicInteger<int> serial;
    const int n = ++serial;
    const QString email = QStringLiteral("customer%1@example.org").arg(n);
    if (!accountStatus.isEmpty())
        addAccount(db, email, QStringLiteral("Customer %1").arg(n), accountStatus);
    TicketActions actions(db, agent, nowMs);
    NewTicket t;
    t.subject = QStringLiteral("Cannot get in (%1)").arg(n);
    t.requester = email;
    t.requesterName = QStringLiteral("Customer %1").arg(n);
    t.category = category;
    t.body = QStringLiteral("Please help.");
    auto created = actions.create(t);
    if (!created)
        qFatal("ticket create failed: %s", qPrintable(created.error().toString()));
    auto taken = actions.take(created.value().id, created.value().version);
    if (!taken)
        qFatal("take failed: %s", qPrintable(taken.error().toString()));
    return taken.value();
}

int countRows(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("count failed: %s", qPrintable(v.error().toString()));
    return v.value().toInt();
}

} // namespace helpdesk::test
