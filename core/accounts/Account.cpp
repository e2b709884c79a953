#include "accounts/Account.h"

#include "accounts/IdentityCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Account", text);
}
QString methodLabel(const QString &key)
{
    const auto method = VerificationMethods::fromKey(key);
    return method ? VerificationMethods::label(*method) : key;
}
} // namespace

namespace AccountStatuses {

QString key(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return QStringLiteral("active");
    case AccountStatus::Inactive:
        return QStringLiteral("inactive");
    case AccountStatus::PendingActivation:
        return QStringLiteral("pending_activation");
    case AccountStatus::Locked:
        return QStringLiteral("locked");
    case AccountStatus::Suspended:
        return QStringLiteral("suspended");
    }
    return {};
}

std::optional<AccountStatus> fromKey(const QString &k)
{
    for (AccountStatus s : all())
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString label(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Inactive:
        return tr("Inactive");
    case AccountStatus::PendingActivation:
        return tr("Pending activation");
    case AccountStatus::Locked:
        return tr("Locked");
    case AccountStatus::Suspended:
        return tr("Suspended");
    }
    return {};
}

QList<AccountStatus> all()
{
    return {AccountStatus::Active, AccountStatus::Inactive, AccountStatus::PendingActivation,
            AccountStatus::Locked, AccountStatus::Suspended};
}

} // namespace AccountStatuses

namespace LockCauses {

QString key(LockCause cause)
{
    switch (cause) {
    case LockCause::None:
        return {};
    case LockCause::FailedSignIns:
        return QStringLiteral("failed_sign_ins");
    case LockCause::Security:
        return QStringLiteral("security");
    }
    return {};
}

std::optional<LockCause> fromKey(const QString &k)
{
    for (LockCause c : {LockCause::FailedSignIns, LockCause::Security})
        if (key(c) == k)
            return c;
    return std::nullopt;
}

QString label(LockCause cause)
{
    switch (cause) {
    case LockCause::None:
        return tr("Not locked");
    case LockCause::FailedSignIns:
        return tr("Locked after failed sign-ins");
    case LockCause::Security:
        return tr("Locked for a security reason");
    }
    return {};
}

} // namespace LockCauses

QString mfaMethodLabel(const QString &method)
{
    if (method == QLatin1String("totp"))
        return tr("Authenticator app");
    if (method == QLatin1String("sms"))
        return tr("Text message");
    if (method == QLatin1String("email"))
        return tr("Email code");
    if (method == QLatin1String("webauthn"))
        return tr("Security key");
    return method;
}

LockCause Account::lockCause() const
{
    if (status != AccountStatus::Locked)
        return LockCause::None;
    if (auto stored = LockCauses::fromKey(lockKind))
        return *stored;
    if (lockedBy.compare(QLatin1String(SystemLocker), Qt::CaseInsensitive) == 0 &&
        failedLoginCount >= FailedSignInLockThreshold)
        return LockCause::FailedSignIns;
    return LockCause::Security;
}

QString LoginEvent::location() const
{
    if (!city.isEmpty() && !country.isEmpty() && city != country)
        return tr("%1, %2").arg(city, country);
    return country.isEmpty() ? city : country;
}

QString LoginEvent::deviceLabel() const
{
    if (device.isEmpty())
        return browser;
    if (browser.isEmpty())
        return device;
    return tr("%1 · %2").arg(device, browser);
}

QString AccountChange::description() const
{
    const QJsonObject d = QJsonDocument::fromJson(details.toUtf8()).object();
    const auto text = [&d](const char *key) { return d.value(QLatin1String(key)).toString(); };
    if (action == QLatin1String("send_reset_link"))
        return tr("Sent a password-reset link");
    if (action == QLatin1String("send_activation_link"))
        return tr("Sent an activation link");
    if (action == QLatin1String("lock"))
        return tr("Locked the account: %1").arg(text("reason"));
    if (action == QLatin1String("unlock"))
        return tr("Unlocked the account");
    if (action == QLatin1String("request_unlock"))
        return tr("Asked a team lead to unlock the account: %1").arg(text("reason"));
    if (action == QLatin1String("approve_unlock"))
        return tr("Approved the unlock and unlocked the account");
    if (action == QLatin1String("reject_unlock"))
        return tr("Turned down the unlock request: %1").arg(text("note"));
    if (action == QLatin1String("revoke_tokens")) {
        // A string literal among translate()'s arguments sends Qt 6.4's lupdate into a loop.
        const int revoked = d.value(QLatin1String("revoked")).toInt();
        return QCoreApplication::translate("Account", "Revoked %n outstanding link(s)", nullptr,
                                           revoked);
    }
    if (action == QLatin1String("mark_email_verified"))
        return tr("Marked the email address as verified");
    if (action == QLatin1String("identity_check"))
        return d.value(QLatin1String("passed")).toBool()
                   ? tr("Identity check passed: %1").arg(methodLabel(text("method")))
                   : tr("Identity check failed: %1").arg(methodLabel(text("method")));
    return action;
}

} // namespace helpdesk
