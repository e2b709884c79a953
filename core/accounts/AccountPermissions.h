#pragma once
// Who may do what to a customer account: the actions, and the role matrix as data. Admins count
// as leads here (an admin may approve a security unlock), so that a team with one lead can still
// apply the four-eyes rule; the approver must always be a different person from the requester.

#include "common/Result.h"
#include "staff/Staff.h"

#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

enum class AccountAction {
    SendResetLink,
    SendActivationLink,
    LockNow,
    Unlock,        // lift a lock caused by failed sign-ins
    RequestUnlock, // ask for a security lock to be lifted
    ApproveUnlock, // lift a security lock someone else asked to lift
    RejectUnlock,
    RevokeTokens,
    MarkEmailVerified,
    RecordVerification,
};

namespace AccountActionKeys {
QString key(AccountAction action); // "send_reset_link", ...
std::optional<AccountAction> fromKey(const QString &key);
QString label(AccountAction action); // translated button text: "Send reset link"
QList<AccountAction> all();
} // namespace AccountActionKeys

class AccountPermissions
{
public:
    struct Rule
    {
        AccountAction action;
        bool agent;
        bool lead;
        bool admin;
        bool needsVerification; // a passed identity check on the ticket first
    };
    // The matrix, one row per action.
    static const QList<Rule> &matrix();
    static const Rule &rule(AccountAction action);

    static bool allows(StaffRole role, AccountAction action);
    static bool needsVerification(AccountAction action);
    // PermissionDenied with a message naming who may do it; also refuses inactive staff and an
    // actor the database does not know.
    static Result<void> check(const Staff &actor, AccountAction action);
};

} // namespace helpdesk
