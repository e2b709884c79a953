#pragma once
// The SQL behind account recovery: identity checks recorded on tickets (identity_checks) and
// requests to lift a security lock (account_unlock_requests). Synchronous on the connection it
// is given; every value is bound.

#include "accounts/IdentityCheck.h"
#include "accounts/UnlockRequest.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

class RecoveryStore
{
public:
    explicit RecoveryStore(QSqlDatabase &db) : m_db(db) {}

    Result<IdentityCheck> addCheck(qint64 ticketId, qint64 accountId, VerificationMethod method,
                                   bool passed, const QString &note, qint64 staffId, qint64 nowMs);
    // The checks recorded on a ticket for an account, newest first.
    Result<QList<IdentityCheck>> checks(qint64 ticketId, qint64 accountId);
    // The checks evaluated with VerificationRule.
    Result<VerificationState> verification(qint64 ticketId, qint64 accountId, qint64 nowMs,
                                           int validHours);

    Result<UnlockRequest> addUnlockRequest(qint64 accountId, std::optional<qint64> ticketId,
                                           qint64 requestedBy, const QString &reason, qint64 nowMs);
    Result<UnlockRequest> unlockRequest(qint64 id);
    Result<std::optional<UnlockRequest>> pendingUnlockRequest(qint64 accountId);
    // Newest first.
    Result<QList<UnlockRequest>> unlockRequests(qint64 accountId, int limit = 20);
    // pending -> approved/rejected/cancelled; false when it was no longer pending.
    Result<bool> decide(qint64 requestId, UnlockRequestStatus decision,
                        std::optional<qint64> decidedBy, const QString &note, qint64 nowMs);
    // Cancels the account's pending request (a new lock replaces what it was about).
    Result<int> cancelPending(qint64 accountId, qint64 nowMs);

private:
    Result<QList<UnlockRequest>> requests(const QString &where, const QVariantList &values,
                                          const QString &tail = {});

    QSqlDatabase &m_db;
};

} // namespace helpdesk
