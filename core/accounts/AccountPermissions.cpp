#include "accounts/AccountPermissions.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountPermissions", text);
}
} // namespace

namespace AccountActionKeys {

QString key(AccountAction action)
{
    switch (action) {
    case AccountAction::SendResetLink:
        return QStringLiteral("send_reset_link");
    case AccountAction::SendActivationLink:
        return QStringLiteral("send_activation_link");
    case AccountAction::LockNow:
        return QStringLiteral("lock");
    case AccountAction::Unlock:
        return QStringLiteral("unlock");
    case AccountAction::RequestUnlock:
        return QStringLiteral("request_unlock");
    case AccountAction::ApproveUnlock:
        return QStringLiteral("approve_unlock");
    case AccountAction::RejectUnlock:
        return QStringLiteral("reject_unlock");
    case AccountAction::RevokeTokens:
        return QStringLiteral("revoke_tokens");
    case AccountAction::MarkEmailVerified:
        return QStringLiteral("mark_email_verified");
    case AccountAction::RecordVerification:
        return QStringLiteral("identity_check");
    }
    return {};
}

std::optional<AccountAction> fromKey(const QString &k)
{
    for (AccountAction a : all())
        if (key(a) == k)
            return a;
    return std::nullopt;
}

QString label(AccountAction action)
{
    switch (action) {
    case AccountAction::SendResetLink:
        return tr("Send password-reset link");
    case AccountAction::SendActivationLink:
        return tr("Send activation link");
    case AccountAction::LockNow:
        return tr("Lock now");
    case AccountAction::Unlock:
        return tr("Unlock");
    case AccountAction::RequestUnlock:
        return tr("Request unlock");
    case AccountAction::ApproveUnlock:
        return tr("Approve unlock");
    case AccountAction::RejectUnlock:
        return tr("Turn down unlock");
    case AccountAction::RevokeTokens:
        return tr("Revoke outstanding links");
    case AccountAction::MarkEmailVerified:
        return tr("Mark email verified");
    case AccountAction::RecordVerification:
        return tr("Record identity check");
    }
    return {};
}

QList<AccountAction> all()
{
    QList<AccountAction> list;
    for (const AccountPermissions::Rule &r : AccountPermissions::matrix())
        list.append(r.action);
    return list;
}

} // namespace AccountActionKeys

const QList<AccountPermissions::Rule> &AccountPermissions::matrix()
{
    // action                              agent  lead   admin  needs verification
    static const QList<Rule> rules = {
        {AccountAction::SendResetLink, true, true, true, false},
        {AccountAction::SendActivationLink, true, true, true, false},
        {AccountAction::LockNow, true, true, true, false},
        {AccountAction::Unlock, true, true, true, true},
        {AccountAction::RequestUnlock, true, true, true, true},
        {AccountAction::ApproveUnlock, false, true, true, false},
        {AccountAction::RejectUnlock, false, true, true, false},
        {AccountAction::RevokeTokens, true, true, true, false},
        {AccountAction::MarkEmailVerified, true, true, true, true},
        {AccountAction::RecordVerification, true, true, true, false},
    };
    return rules;
}

const AccountPermissions::Rule &AccountPermissions::rule(AccountAction action)
{
    for (const Rule &r : matrix())
        if (r.action == action)
            return r;
    Q_UNREACHABLE();
}

bool AccountPermissions::allows(StaffRole role, AccountAction action)
{
    const Rule &r = rule(action);
    switch (role) {
    case StaffRole::Agent:
        return r.agent;
    case StaffRole::Lead:
        return r.lead;
    case StaffRole::Admin:
        return r.admin;
    }
    return false;
}

bool AccountPermissions::needsVerification(AccountAction action)
{
    return rule(action).needsVerification;
}

Result<void> AccountPermissions::check(const Staff &actor, AccountAction action)
{
    if (actor.id <= 0)
        return Error::make(Error::Code::PermissionDenied,
                           tr("You are not signed in as a known staff member, so account actions "
                              "are not available. Ask an administrator to add your login."));
    if (!actor.active)
        return Error::make(Error::Code::PermissionDenied,
                           tr("Your staff account is inactive; account actions are not "
                              "available."));
    if (allows(actor.role, action))
        return {};
    QStringList roles;
    for (StaffRole role : {StaffRole::Agent, StaffRole::Lead, StaffRole::Admin})
        if (allows(role, action))
            roles << StaffRoles::label(role).toLower();
    return Error::make(Error::Code::PermissionDenied,
                       tr("\"%1\" is for %2 only; you are signed in as %3.")
                           .arg(AccountActionKeys::label(action), roles.join(tr(" or ")),
                                StaffRoles::label(actor.role).toLower()));
}

} // namespace helpdesk
