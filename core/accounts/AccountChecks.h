#pragma once
// The checks an account action makes before it changes anything: the actor's role
// (AccountPermissions), the account's state, the identity verification on the ticket, whether
// mail can go out and the rate limit. Pure rules over an AccountSituation, so that a disabled
// button says the same as a refused action.

#include "accounts/AccountPermissions.h"
#include "accounts/AccountSituation.h"
#include "common/Result.h"
#include "staff/Staff.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace helpdesk {

// Whether an action can be done now, and if not, why (for a disabled button's tooltip).
struct ActionAvailability
{
    AccountAction action = AccountAction::SendResetLink;
    bool available = false;
    QString reason; // translated; empty when available
    Error::Code code = Error::Code::Unknown;
    QDateTime retryAt; // rate limit: when the action becomes possible again
};

struct AccountRefusal
{
    Error error;
    QDateTime retryAt;
};

class AccountChecks
{
public:
    AccountChecks(Staff actor, qint64 nowMs);

    std::optional<AccountRefusal> refusal(AccountAction action, const AccountSituation &s) const;
    Result<void> check(AccountAction action, const AccountSituation &s) const;
    // Every action, in AccountActionKeys::all() order.
    QList<ActionAvailability> availability(const AccountSituation &s) const;

    // A time as the messages give it: "14:02" today, else with the date.
    QString when(qint64 ms) const;

private:
    Staff m_actor;
    qint64 m_now;
};

} // namespace helpdesk
