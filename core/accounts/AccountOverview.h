#pragma once
// Everything the account-status panel shows at once, read in one go on the DB worker: the
// account, failed sign-ins in the last 24 hours, suspicious-activity flags, the links and their
// states, a pending unlock request, the identity verification on the ticket (when opened from
// one) and which actions the viewer can take now (and why not).

#include "accounts/Account.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountToken.h"
#include "accounts/IdentityCheck.h"
#include "accounts/SuspiciousActivity.h"
#include "accounts/UnlockRequest.h"
#include "common/Result.h"
#include "staff/Staff.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

struct AccountOverview
{
    Account account;
    LockCause lockCause = LockCause::None;
    int failedSignIns24h = 0;
    QList<SuspiciousFlag> flags; // newest first
    QList<TokenInfo> tokens;     // newest first, at most 20
    std::optional<UnlockRequest> pendingUnlock;
    std::optional<qint64> ticketId;                // the ticket it was opened from
    std::optional<VerificationState> verification; // with a ticket
    QList<ActionAvailability> actions;             // for `viewer`; empty without one
    QDateTime loadedAt;

    // viewer: whose permissions the actions reflect (an invalid Staff leaves actions empty).
    static Result<AccountOverview> load(QSqlDatabase &db, qint64 accountId,
                                        std::optional<qint64> ticketId, const Staff &viewer,
                                        qint64 nowMs, const SuspicionRules &rules = {});
};

} // namespace helpdesk
