#pragma once
// The SQL behind customer accounts: look-ups and search, the sign-in history (keyset paging,
// newest first), devices seen, changes from the audit log, and the few account updates the
// actions make. Synchronous on the connection it is given; every value is bound.

#include "accounts/Account.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

class AccountStore
{
public:
    explicit AccountStore(QSqlDatabase &db) : m_db(db) {}

    // The columns of login_events that loginEventFrom() reads, in its order (for queries of
    // sign-ins elsewhere, such as the sign-in watch).
    static const QString &loginEventColumns();
    static LoginEvent loginEventFrom(const QSqlQuery &query);

    Result<Account> account(qint64 id);
    // Inside a write transaction: the row, locked against other writers until commit on
    // PostgreSQL (SQLite's write transaction already holds the lock).
    Result<Account> accountForUpdate(qint64 id);
    // Case-insensitive exact match; NotFound names the address.
    Result<Account> byEmail(const QString &email);
    // For an Accounts screen: accounts whose email address or name starts with `text` (case-
    // insensitive; exact address first), then those that contain it elsewhere, at most `limit`.
    Result<QList<Account>> search(const QString &text, int limit = 50);

    // Failed sign-ins at or after sinceMs (e.g. the last 24 hours).
    Result<int> failedSignInsSince(qint64 accountId, qint64 sinceMs);
    // One page of sign-ins, newest first, starting after `after` (the first page without).
    Result<LoginEventPage> loginEvents(qint64 accountId, std::optional<LoginCursor> after = {},
                                       int limit = 50);
    // Every sign-in at or after sinceMs, oldest first (for the suspicious-activity rules).
    Result<QList<LoginEvent>> loginEventsSince(qint64 accountId, qint64 sinceMs);
    // Devices and browsers seen, most recently used first.
    Result<QList<DeviceSummary>> devices(qint64 accountId, int limit = 50);
    // Audit-log rows about the account, newest first.
    Result<QList<AccountChange>> changes(qint64 accountId, int limit = 100);

    // Updates made by AccountActions (in their transaction). Each returns false when the
    // account was not in the expected state any more (nothing changed).
    Result<bool> setLocked(qint64 id, AccountStatus expected, const QString &reason,
                           const QString &lockedBy, LockCause cause, qint64 nowMs);
    Result<bool> setUnlocked(qint64 id, qint64 nowMs);
    Result<bool> setEmailVerified(qint64 id, qint64 nowMs);

private:
    Result<QList<Account>> query(const QString &where, const QVariantList &values,
                                 const QString &tail = {});

    QSqlDatabase &m_db;
};

} // namespace helpdesk
