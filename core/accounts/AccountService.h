#pragma once
// What the UI asks of customer accounts. Every call runs on the DbWorker and answers with a
// QFuture, so the GUI thread never waits on the database. Actions are made as the actor set
// with setActor() at the clock's time. After a successful action the service emits
// accountChanged (and ticketTimelineChanged / mailQueued when it wrote those); another client's
// change arrives through notifyExternalChange() (wire ChangeNotifier::accountChanged to it).

#include "accounts/Account.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountOverview.h"
#include "accounts/AccountSettings.h"
#include "accounts/ForwardedMailCheck.h"
#include "accounts/IdentityCheck.h"
#include "accounts/LinkPreview.h"
#include "accounts/SuspiciousActivity.h"
#include "accounts/UnlockRequest.h"
#include "common/Result.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <optional>

namespace helpdesk {

class DbWorker;

class AccountService : public QObject
{
    Q_OBJECT
public:
    explicit AccountService(DbWorker *worker, QObject *parent = nullptr);

    DbWorker *worker() const { return m_worker; }
    void setActor(const Staff &actor) { m_actor = actor; }
    const Staff &actor() const { return m_actor; }
    // The clock for actions and time-dependent reads (tests pin it).
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    void setSuspicionRules(const SuspicionRules &rules) { m_rules = rules; }

    // ---- Reads ----
    QFuture<Result<Account>> account(qint64 id);
    QFuture<Result<Account>> accountByEmail(const QString &email);
    // Prefix matches on email or name first, then matches anywhere (AccountStore::search).
    QFuture<Result<QList<Account>>> search(const QString &text, int limit = 50);
    // The panel in one round trip (AccountOverview), with actions for the current actor.
    QFuture<Result<AccountOverview>> overview(qint64 accountId,
                                              std::optional<qint64> ticketId = {});
    // Newest first; pass the previous page's `next` for the following page.
    QFuture<Result<LoginEventPage>>
    loginEvents(qint64 accountId, std::optional<LoginCursor> after = {}, int limit = 50);
    QFuture<Result<QList<DeviceSummary>>> devices(qint64 accountId);
    QFuture<Result<QList<AccountChange>>> changes(qint64 accountId, int limit = 100);
    QFuture<Result<QList<SuspiciousFlag>>> suspiciousFlags(qint64 accountId);
    QFuture<Result<QList<TokenInfo>>> tokens(qint64 accountId, int limit = 50);
    // What sending a link of this kind now would do (the confirmation shows it).
    QFuture<Result<LinkPreview>> linkPreview(qint64 accountId, TokenKind kind);
    QFuture<Result<VerificationState>> verification(qint64 ticketId, qint64 accountId);
    QFuture<Result<QList<UnlockRequest>>> unlockRequests(qint64 accountId);
    QFuture<Result<QList<ActionAvailability>>> availability(qint64 accountId,
                                                            std::optional<qint64> ticketId = {});
    QFuture<Result<void>> can(AccountAction action, qint64 accountId,
                              std::optional<qint64> ticketId = {});
    // The forwarded-mail check on pasted text; with a ticket, its verdict is recorded on the
    // ticket's timeline and in the audit log (as the actor), and the requester's address stands
    // in for an inline forward that does not show whom it was sent to.
    QFuture<Result<ForwardedMailReport>> checkForwardedMail(const QString &pastedText,
                                                            std::optional<qint64> ticketId = {});
    QFuture<Result<AccountSettings>> settings();

    // ---- Actions (AccountActions, as the actor) ----
    QFuture<Result<AccountActionResult>> sendResetLink(qint64 accountId,
                                                       std::optional<qint64> ticketId = {});
    QFuture<Result<AccountActionResult>> sendActivationLink(qint64 accountId,
                                                            std::optional<qint64> ticketId = {});
    QFuture<Result<AccountActionResult>> lockNow(qint64 accountId, const QString &reason,
                                                 std::optional<qint64> ticketId = {});
    QFuture<Result<AccountActionResult>> unlock(qint64 accountId, qint64 ticketId,
                                                const QString &note = {});
    QFuture<Result<AccountActionResult>> requestUnlock(qint64 accountId, qint64 ticketId,
                                                       const QString &reason);
    QFuture<Result<AccountActionResult>> approveUnlock(qint64 requestId, const QString &note = {});
    QFuture<Result<AccountActionResult>> rejectUnlock(qint64 requestId, const QString &note);
    QFuture<Result<AccountActionResult>> revokeTokens(qint64 accountId,
                                                      std::optional<qint64> ticketId = {});
    QFuture<Result<AccountActionResult>> markEmailVerified(qint64 accountId, qint64 ticketId);
    QFuture<Result<AccountActionResult>> recordVerification(qint64 ticketId, qint64 accountId,
                                                            VerificationMethod method, bool passed,
                                                            const QString &note = {});

    // Another client changed an account (0: unknown which; refresh what is shown).
    void notifyExternalChange(qint64 accountId) { emit accountChanged(accountId); }

signals:
    void accountChanged(qint64 accountId);
    // An action wrote a timeline event on this ticket.
    void ticketTimelineChanged(qint64 ticketId);
    // An action queued a customer mail (connect to OutboxSender::wake).
    void mailQueued(qint64 outboxId);

private:
    using Action = std::function<Result<AccountActionResult>(AccountActions &)>;
    QFuture<Result<AccountActionResult>> act(Action action);
    qint64 now() const { return m_clock(); }

    DbWorker *m_worker;
    Staff m_actor;
    std::function<qint64()> m_clock;
    SuspicionRules m_rules;
};

} // namespace helpdesk
