#pragma once
// Customer account value types: the Account with its status vocabulary, the sign-in history
// (LoginEvent, keyset cursor and page), devices seen, and changes from the audit log.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace helpdesk {

enum class AccountStatus { Active, Inactive, PendingActivation, Locked, Suspended };

// Why a locked account is locked; decides who may lift the lock.
enum class LockCause {
    None,          // not locked
    FailedSignIns, // the platform's lockout after failed sign-ins: an agent may lift it
    Security,      // a security concern: lifting it needs a second staff member (lead)
};

namespace AccountStatuses {
QString key(AccountStatus status); // "pending_activation"
std::optional<AccountStatus> fromKey(const QString &key);
QString label(AccountStatus status); // translated: "Pending activation"
QList<AccountStatus> all();
} // namespace AccountStatuses

namespace LockCauses {
QString key(LockCause cause); // "failed_sign_ins", "security"; empty for None
std::optional<LockCause> fromKey(const QString &key);
QString label(LockCause cause); // translated
} // namespace LockCauses

// "totp" -> "Authenticator app"; an unknown method is shown as stored.
QString mfaMethodLabel(const QString &method);

struct Account
{
    qint64 id = 0;
    QString email;
    QString displayName;
    AccountStatus status = AccountStatus::Active;
    QString lockReason; // free text, as the locker wrote it
    QString lockedBy;   // a staff login, or "system" for the platform's own lockout
    QDateTime lockedAt;
    QString lockKind; // the stored lock_kind column: "failed_sign_ins", "security" or empty
    bool mfaEnabled = false;
    QString mfaMethod; // "totp", "sms", "email", ... (empty when MFA is off)
    bool emailVerified = false;
    QString phone; // empty: none registered
    int failedLoginCount = 0;
    QDateTime lastLoginAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The customer switched off the notices that are not about security (AccountNotices).
    bool noticesOptOut = false;

    // A platform lock counts as caused by failed sign-ins when it was set by "system" with at
    // least this many failed sign-ins on the account.
    static constexpr int FailedSignInLockThreshold = 5;
    static constexpr const char *SystemLocker = "system";

    bool isLocked() const { return status == AccountStatus::Locked; }
    // The stored lock_kind when there is one; otherwise a lock by "system" with at least
    // FailedSignInLockThreshold failed sign-ins is FailedSignIns, and every other lock is
    // Security (the safe default: it needs a lead to lift it).
    LockCause lockCause() const;
};

struct LoginEvent
{
    qint64 id = 0;
    qint64 accountId = 0;
    QDateTime at;
    bool success = false;
    QString ip;
    QString userAgent;
    QString device;
    QString browser;
    QString country;
    QString city;

    // "Berlin, Germany", "Germany", or empty when unknown.
    QString location() const;
    // "Windows laptop · Chrome"; what DeviceSummary groups by.
    QString deviceLabel() const;
};

// Where the next (older) page of sign-ins starts: keyset paging on (at, id), newest first.
struct LoginCursor
{
    qint64 at = 0;
    qint64 id = 0;
};

struct LoginEventPage
{
    QList<LoginEvent> events;        // newest first
    std::optional<LoginCursor> next; // set when there may be older events
};

// One device and browser the account signed in from (successfully or not).
struct DeviceSummary
{
    QString device;
    QString browser;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int signIns = 0;   // every attempt
    int successes = 0; // successful ones
    QString lastCountry;
};

// One row of the audit log about the account (entity_type 'account').
struct AccountChange
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> staffId;
    QString actor;     // the staff login (or "system")
    QString staffName; // display name when the staff member is known
    QString action;    // "lock", "send_reset_link", ...
    QString details;   // JSON with the structured details (never a token)

    // Translated one-line description, e.g. "Locked the account: Reported compromise".
    QString description() const;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::Account)
