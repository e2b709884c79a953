#include "accounts/AccountOverview.h"

#include "accounts/AccountSettings.h"
#include "accounts/AccountStore.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "settings/Settings.h"

namespace helpdesk {

Result<AccountOverview> AccountOverview::load(QSqlDatabase &db, qint64 accountId,
                                              std::optional<qint64> ticketId, const Staff &viewer,
                                              qint64 nowMs, const SuspicionRules &rules)
{
    AccountOverview o;
    o.loadedAt = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    o.ticketId = ticketId;
    AccountStore store(db);
    auto account = store.account(accountId);
    if (!account)
        return account.error();
    o.account = account.value();
    o.lockCause = o.account.lockCause();

    auto failed = store.failedSignInsSince(accountId, nowMs - 24 * 3'600'000LL);
    if (!failed)
        return failed.error();
    o.failedSignIns24h = failed.value();

    auto events = store.loginEventsSince(accountId, nowMs - rules.historyMs());
    if (!events)
        return events.error();
    o.flags = SuspiciousActivity::analyze(events.value(), nowMs, rules);

    auto tokens = TokenStore(db).forAccount(accountId, nowMs, 20);
    if (!tokens)
        return tokens.error();
    o.tokens = tokens.value();

    RecoveryStore recovery(db);
    auto pending = recovery.pendingUnlockRequest(accountId);
    if (!pending)
        return pending.error();
    o.pendingUnlock = pending.value();

    if (ticketId) {
        Settings settings(db);
        auto accountSettings = AccountSettings::load(settings);
        if (!accountSettings)
            return accountSettings.error();
        auto verification = recovery.verification(*ticketId, accountId, nowMs,
                                                  accountSettings->verificationValidHours);
        if (!verification)
            return verification.error();
        o.verification = verification.value();
    }

    if (viewer.id > 0) {
        auto actions = AccountActions(db, viewer, nowMs).availability(accountId, ticketId);
        if (!actions)
            return actions.error();
        o.actions = actions.value();
    }
    return o;
}

} // namespace helpdesk
