#include "accounts/AccountService.h"

#include "accounts/AccountStore.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "common/Futures.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "settings/Settings.h"
#include "write/WritePath.h"

#include <QDateTime>

namespace helpdesk {

AccountService::AccountService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QFuture<Result<Account>> AccountService::account(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return AccountStore(db).account(id); });
}

QFuture<Result<Account>> AccountService::accountByEmail(const QString &email)
{
    return m_worker->run([email](QSqlDatabase &db) { return AccountStore(db).byEmail(email); });
}

QFuture<Result<QList<Account>>> AccountService::search(const QString &text, int limit)
{
    return m_worker->run(
        [text, limit](QSqlDatabase &db) { return AccountStore(db).search(text, limit); });
}

QFuture<Result<AccountOverview>> AccountService::overview(qint64 accountId,
                                                          std::optional<qint64> ticketId)
{
    return m_worker->run(
        [accountId, ticketId, actor = m_actor, now = now(), rules = m_rules](QSqlDatabase &db) {
            return AccountOverview::load(db, accountId, ticketId, actor, now, rules);
        });
}

QFuture<Result<LoginEventPage>>
AccountService::loginEvents(qint64 accountId, std::optional<LoginCursor> after, int limit)
{
    return m_worker->run([accountId, after, limit](QSqlDatabase &db) {
        return AccountStore(db).loginEvents(accountId, after, limit);
    });
}

QFuture<Result<QList<DeviceSummary>>> AccountService::devices(qint64 accountId)
{
    return m_worker->run(
        [accountId](QSqlDatabase &db) { return AccountStore(db).devices(accountId); });
}

QFuture<Result<QList<AccountChange>>> AccountService::changes(qint64 accountId, int limit)
{
    return m_worker->run([accountId, limit](QSqlDatabase &db) {
        return AccountStore(db).changes(accountId, limit);
    });
}

QFuture<Result<QList<SuspiciousFlag>>> AccountService::suspiciousFlags(qint64 accountId)
{
    return m_worker->run([accountId, now = now(),
                          rules = m_rules](QSqlDatabase &db) -> Result<QList<SuspiciousFlag>> {
        HD_TRY_ASSIGN(auto events,
                      AccountStore(db).loginEventsSince(accountId, now - rules.historyMs()));
        return SuspiciousActivity::analyze(events, now, rules);
    });
}

QFuture<Result<QList<TokenInfo>>> AccountService::tokens(qint64 accountId, int limit)
{
    return m_worker->run([accountId, limit, now = now()](QSqlDatabase &db) {
        return TokenStore(db).forAccount(accountId, now, limit);
    });
}

QFuture<Result<LinkPreview>> AccountService::linkPreview(qint64 accountId, TokenKind kind)
{
    return m_worker->run([accountId, kind, now = now()](QSqlDatabase &db) {
        return LinkPreview::load(db, accountId, kind, now);
    });
}

QFuture<Result<VerificationState>> AccountService::verification(qint64 ticketId, qint64 accountId)
{
    return m_worker->run([ticketId, accountId,
                          now = now()](QSqlDatabase &db) -> Result<VerificationState> {
        Settings settings(db);
        HD_TRY_ASSIGN(auto s, AccountSettings::load(settings));
        return RecoveryStore(db).verification(ticketId, accountId, now, s.verificationValidHours);
    });
}

QFuture<Result<QList<UnlockRequest>>> AccountService::unlockRequests(qint64 accountId)
{
    return m_worker->run(
        [accountId](QSqlDatabase &db) { return RecoveryStore(db).unlockRequests(accountId); });
}

QFuture<Result<QList<ActionAvailability>>>
AccountService::availability(qint64 accountId, std::optional<qint64> ticketId)
{
    return m_worker->run([accountId, ticketId, actor = m_actor, now = now()](QSqlDatabase &db) {
        return AccountActions(db, actor, now).availability(accountId, ticketId);
    });
}

QFuture<Result<void>> AccountService::can(AccountAction action, qint64 accountId,
                                          std::optional<qint64> ticketId)
{
    return m_worker->run(
        [action, accountId, ticketId, actor = m_actor, now = now()](QSqlDatabase &db) {
            return AccountActions(db, actor, now).can(action, accountId, ticketId);
        });
}

QFuture<Result<ForwardedMailReport>>
AccountService::checkForwardedMail(const QString &pastedText, std::optional<qint64> ticketId)
{
    return m_worker->run([pastedText, ticketId, actor = m_actor,
                          now = now()](QSqlDatabase &db) -> Result<ForwardedMailReport> {
        if (!ticketId)
            return ForwardedMailCheck::check(db, pastedText, now);
        return WritePath(db, Actor::staff(actor), now)
            .run([&](Recorder &record) -> Result<ForwardedMailReport> {
                HD_TRY_ASSIGN(const QVariant requester,
                              Database::scalar(db,
                                               QStringLiteral("SELECT requester_email FROM "
                                                              "tickets WHERE id = ?"),
                                               {QVariant::fromValue(*ticketId)}));
                HD_TRY_ASSIGN(ForwardedMailReport report,
                              ForwardedMailCheck::check(db, pastedText, now, requester.toString()));
                if (report.verdict != ForwardedMailReport::Verdict::NoMessageId)
                    HD_TRY(ForwardedMailCheck::record(record, *ticketId, report));
                return report;
            });
    });
}

QFuture<Result<AccountSettings>> AccountService::settings()
{
    return m_worker->run([](QSqlDatabase &db) {
        Settings settings(db);
        return AccountSettings::load(settings);
    });
}

QFuture<Result<AccountActionResult>> AccountService::act(Action action)
{
    const Staff actor = m_actor;
    const qint64 at = now();
    QFuture<Result<AccountActionResult>> done =
        m_worker->run([actor, at, action](QSqlDatabase &db) {
            AccountActions actions(db, actor, at);
            return action(actions);
        });
    // Tell every view on this object's thread (whenDone: safe if this service goes first). A
    // QFuture holds one continuation, so the caller gets the continuation's future to chain on.
    return whenDone(done, this, [this](const Result<AccountActionResult> &r) {
        if (r) {
            if (r->outboxId)
                emit mailQueued(*r->outboxId);
            if (r->ticketId)
                emit ticketTimelineChanged(*r->ticketId);
            emit accountChanged(r->account.id);
        }
        return r;
    });
}

QFuture<Result<AccountActionResult>> AccountService::sendResetLink(qint64 accountId,
                                                                   std::optional<qint64> ticketId)
{
    return act([=](AccountActions &a) { return a.sendResetLink(accountId, ticketId); });
}

QFuture<Result<AccountActionResult>>
AccountService::sendActivationLink(qint64 accountId, std::optional<qint64> ticketId)
{
    return act([=](AccountActions &a) { return a.sendActivationLink(accountId, ticketId); });
}

QFuture<Result<AccountActionResult>>
AccountService::lockNow(qint64 accountId, const QString &reason, std::optional<qint64> ticketId)
{
    return act([=](AccountActions &a) { return a.lockNow(accountId, reason, ticketId); });
}

QFuture<Result<AccountActionResult>> AccountService::unlock(qint64 accountId, qint64 ticketId,
                                                            const QString &note)
{
    return act([=](AccountActions &a) { return a.unlock(accountId, ticketId, note); });
}

QFuture<Result<AccountActionResult>>
AccountService::requestUnlock(qint64 accountId, qint64 ticketId, const QString &reason)
{
    return act([=](AccountActions &a) { return a.requestUnlock(accountId, ticketId, reason); });
}

QFuture<Result<AccountActionResult>> AccountService::approveUnlock(qint64 requestId,
                                                                   const QString &note)
{
    return act([=](AccountActions &a) { return a.approveUnlock(requestId, note); });
}

QFuture<Result<AccountActionResult>> AccountService::rejectUnlock(qint64 requestId,
                                                                  const QString &note)
{
    return act([=](AccountActions &a) { return a.rejectUnlock(requestId, note); });
}

QFuture<Result<AccountActionResult>> AccountService::revokeTokens(qint64 accountId,
                                                                  std::optional<qint64> ticketId)
{
    return act([=](AccountActions &a) { return a.revokeTokens(accountId, ticketId); });
}

QFuture<Result<AccountActionResult>> AccountService::markEmailVerified(qint64 accountId,
                                                                       qint64 ticketId)
{
    return act([=](AccountActions &a) { return a.markEmailVerified(accountId, ticketId); });
}

QFuture<Result<AccountActionResult>>
AccountService::recordVerification(qint64 ticketId, qint64 accountId, VerificationMethod method,
                                   bool passed, const QString &note)
{
    return act([=](AccountActions &a) {
        return a.recordVerification(ticketId, accountId, method, passed, note);
    });
}

} // namespace helpdesk
