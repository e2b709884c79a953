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
    HD_TRY_ASSIGN(auto account, store.account(accountId));
    o.account = account;
    o.lockCause = o.account.lockCause();

    HD_TRY_ASSIGN(auto failed, store.failedSignInsSince(accountId, nowMs - 24 * 3'600'000LL));
    o.failedSignIns24h = failed;

    HD_TRY_ASSIGN(auto events, store.loginEventsSince(accountId, nowMs - rules.historyMs()));
    o.flags = SuspiciousActivity::analyze(events, nowMs, rules);

    HD_TRY_ASSIGN(auto tokens, TokenStore(db).forAccount(accountId, nowMs, 20));
    o.tokens = tokens;

    RecoveryStore recovery(db);
    HD_TRY_ASSIGN(auto pending, recovery.pendingUnlockRequest(accountId));
    o.pendingUnlock = pending;

    if (ticketId) {
        Settings settings(db);
        HD_TRY_ASSIGN(auto accountSettings, AccountSettings::load(settings));
        HD_TRY_ASSIGN(auto verification,
                      recovery.verification(*ticketId, accountId, nowMs,
                                            accountSettings.verificationValidHours));
        o.verification = verification;
    }

    if (viewer.id > 0) {
        HD_TRY_ASSIGN(auto actions,
                      AccountActions(db, viewer, nowMs).availability(accountId, ticketId));
        o.actions = actions;
    }
    return o;
}

} // namespace helpdesk
