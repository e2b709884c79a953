#pragma once
// The rules of acting on a customer account. Each action, in ONE transaction (the write path,
// write/WritePath.h):
//   1. checks the staff member's role against AccountPermissions and the account's state (and,
//      for recovery actions, a passed identity verification on the ticket): AccountChecks over
//      an AccountSituation,
//   2. makes the change,
//   3. writes a timeline event on the ticket when done in a ticket's context (ticket_events,
//      with structured JSON data, never a token),
//   4. appends an audit_log row (entity_type 'account'),
//   5. queues the customer's email through the outbox (password_reset, account_activation,
//      account_locked templates); a mail with a one-time link is queued with containsSecret, so
//      the outbox removes the link from its stored copy once the relay accepted it;
//   6. queues the customer's proactive notice (AccountNotices: locked, unlocked, recovered,
//      email address verified, links revoked).
// Nothing is written when any step fails. Synchronous on the connection it is given
// (AccountService runs it on the DB worker; the CLI and tests run it directly).
//
// A UI asks can() or availability() to disable an action and show why, with the same checks
// the action makes.

#include "accounts/Account.h"
#include "accounts/AccountChecks.h"
#include "accounts/AccountNotices.h"
#include "accounts/AccountPermissions.h"
#include "accounts/AccountSettings.h"
#include "accounts/AccountSituation.h"
#include "accounts/AccountToken.h"
#include "accounts/IdentityCheck.h"
#include "accounts/UnlockRequest.h"
#include "common/Result.h"
#include "mail/Template.h"
#include "staff/Staff.h"
#include "write/WritePath.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace helpdesk {

// What an action did.
struct AccountActionResult
{
    AccountAction action = AccountAction::SendResetLink;
    Account account;                               // as it is after the action
    std::optional<TokenInfo> token;                // the link sent (never the token itself)
    std::optional<qint64> outboxId;                // the customer's mail, when one was queued
    std::optional<qint64> noticeOutboxId;          // the proactive notice (AccountNotices)
    std::optional<qint64> eventId;                 // the ticket timeline event, in a ticket context
    std::optional<qint64> ticketId;                // the ticket that event is on
    std::optional<UnlockRequest> unlockRequest;    // request / approve / reject
    std::optional<IdentityCheck> check;            // record verification
    std::optional<VerificationState> verification; // after recording a check
    int revokedTokens = 0;
    QString summary; // translated one-liner for a status bar
};

class AccountActions
{
public:
    AccountActions(QSqlDatabase &db, Staff actor, qint64 nowMs);

    // Called after a commit that queued a customer mail (e.g. to wake the OutboxSender).
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_write.setMailQueued(std::move(queued));
    }

    // Active accounts only. Revokes earlier unused reset links; at most linksPerHour links
    // (any kind) per account per hour.
    Result<AccountActionResult> sendResetLink(qint64 accountId,
                                              std::optional<qint64> ticketId = {});
    // Inactive or pending-activation accounts only; otherwise as sendResetLink.
    Result<AccountActionResult> sendActivationLink(qint64 accountId,
                                                   std::optional<qint64> ticketId = {});
    // A security lock, at once: revokes every outstanding link, cancels a pending unlock
    // request and emails the customer. reason is required. An active account, or one locked
    // after failed sign-ins (the lock becomes a security lock).
    Result<AccountActionResult> lockNow(qint64 accountId, const QString &reason,
                                        std::optional<qint64> ticketId = {});
    // Lifts a lock caused by failed sign-ins (needs a passed identity verification on the
    // ticket). A security lock is refused: use requestUnlock().
    Result<AccountActionResult> unlock(qint64 accountId, qint64 ticketId, const QString &note = {});
    // Asks for a security lock to be lifted (needs a passed verification); reason required.
    Result<AccountActionResult> requestUnlock(qint64 accountId, qint64 ticketId,
                                              const QString &reason);
    // A lead (or admin) other than the requester approves: the account is unlocked and both the
    // request and the approval are on the request's ticket timeline.
    Result<AccountActionResult> approveUnlock(qint64 requestId, const QString &note = {});
    // A lead (or admin) turns the request down; note required.
    Result<AccountActionResult> rejectUnlock(qint64 requestId, const QString &note);
    // Revokes every link that could still be used.
    Result<AccountActionResult> revokeTokens(qint64 accountId, std::optional<qint64> ticketId = {});
    // Needs a passed verification on the ticket that includes a code sent to the registered
    // email address.
    Result<AccountActionResult> markEmailVerified(qint64 accountId, qint64 ticketId);
    // One line of the recovery checklist on the ticket.
    Result<AccountActionResult> recordVerification(qint64 ticketId, qint64 accountId,
                                                   VerificationMethod method, bool passed,
                                                   const QString &note = {});

    // The checks an action makes before changing anything: role, account state, verification,
    // rate limit. ApproveUnlock/RejectUnlock look at the account's pending request.
    Result<void> can(AccountAction action, qint64 accountId, std::optional<qint64> ticketId = {});
    // can() for every action, in AccountActionKeys::all() order, from one read of the data.
    Result<QList<ActionAvailability>> availability(qint64 accountId,
                                                   std::optional<qint64> ticketId = {});

private:
    // What an action tells the timeline (in a ticket's context) and the audit log.
    struct Recorded
    {
        TicketEventKind kind = TicketEventKind::AccountAction;
        QString body; // also the result's summary
        QJsonObject data;
    };
    // The customer's mail an action sends (the account's owner is the recipient).
    struct CustomerMail
    {
        QString templateKey;
        TemplateValues values; // besides customer.*, agent.*, ticket.* and company.name
        bool containsSecret = false;
        // Once the mail is queued, with its outbox id: writes what refers to it and adds that
        // to the recorded data.
        std::function<Result<void>(qint64 outboxId, QJsonObject &data)> onQueued;
    };

    // The write path of an account action: loads the AccountSituation for update, refuses
    // with AccountChecks, runs `plan` (what the action does and records), commits, and returns
    // the result with the account as it is afterwards.
    template <typename Plan>
    Result<AccountActionResult> perform(AccountAction action, qint64 accountId,
                                        std::optional<qint64> ticketId, Plan plan);
    // The record step: the ticket event (with a ticket) and the audit row.
    Result<void> recordAction(Recorder &record, AccountAction action, const AccountSituation &s,
                              const Recorded &what, AccountActionResult &result);
    // The same with the customer's mail queued between the event and the audit row.
    Result<void> recordActionAndMail(Recorder &record, AccountAction action,
                                     const AccountSituation &s, Recorded what,
                                     const CustomerMail &mail, AccountActionResult &result);
    Result<AccountActionResult> finish(qint64 accountId, AccountActionResult result);
    // The customer's notice of the action (AccountNotices), in the action's transaction.
    Result<void> notify(Recorder &record, const AccountSituation &s, NoticeKind kind,
                        const QString &key, AccountActionResult &result);

    Result<AccountActionResult> sendLink(TokenKind kind, qint64 accountId,
                                         std::optional<qint64> ticketId);
    Result<AccountActionResult> decideUnlock(qint64 requestId, bool approve, const QString &note);

    QSqlDatabase &m_db;
    Staff m_actor;
    qint64 m_now;
    AccountChecks m_checks;
    WritePath m_write;
};

} // namespace helpdesk
