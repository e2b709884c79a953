#include "accounts/RecoveryStore.h"

#include "db/Database.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RecoveryStore", text);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kRequestSelect = QStringLiteral(
    "SELECT r.id, r.account_id, r.ticket_id, r.requested_by, COALESCE(a.display_name, ''), "
    "r.requested_at, r.reason, r.status, r.decided_by, COALESCE(d.display_name, ''), "
    "r.decided_at, r.decision_note FROM account_unlock_requests r LEFT JOIN staff a ON a.id = "
    "r.requested_by LEFT JOIN staff d ON d.id = r.decided_by WHERE ");
} // namespace

Result<IdentityCheck> RecoveryStore::addCheck(qint64 ticketId, qint64 accountId,
                                              VerificationMethod method, bool passed,
                                              const QString &note, qint64 staffId, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(
                    m_db,
                    QStringLiteral(
                        "INSERT INTO identity_checks (ticket_id, account_id, method, passed, note, "
                        "staff_id, at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    {QVariant::fromValue(ticketId), QVariant::fromValue(accountId),
                     VerificationMethods::key(method), passed, notNull(note),
                     QVariant::fromValue(staffId), QVariant::fromValue(nowMs)}));
    if (!q.next())
        return Error::make(Error::Code::DatabaseQuery, tr("Recording the identity check failed."));
    IdentityCheck c;
    c.id = q.value(0).toLongLong();
    q.finish();
    c.ticketId = ticketId;
    c.accountId = accountId;
    c.method = method;
    c.passed = passed;
    c.note = notNull(note);
    c.staffId = staffId;
    c.at = fromEpochMs(QVariant::fromValue(nowMs));
    return c;
}

Result<QList<IdentityCheck>> RecoveryStore::checks(qint64 ticketId, qint64 accountId)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("SELECT c.id, c.ticket_id, c.account_id, c.method, c.passed, c.note, "
                           "c.staff_id, COALESCE(s.display_name, ''), c.at FROM identity_checks c "
                           "LEFT JOIN staff s ON s.id = c.staff_id WHERE c.ticket_id = ? AND "
                           "c.account_id = ? ORDER BY c.at DESC, c.id DESC"),
            {QVariant::fromValue(ticketId), QVariant::fromValue(accountId)}));
    QList<IdentityCheck> list;
    while (q.next()) {
        const QSqlQuery &r = q;
        const auto method = VerificationMethods::fromKey(r.value(3).toString());
        if (!method)
            continue;
        IdentityCheck c;
        c.id = r.value(0).toLongLong();
        c.ticketId = r.value(1).toLongLong();
        c.accountId = r.value(2).toLongLong();
        c.method = *method;
        c.passed = r.value(4).toBool();
        c.note = r.value(5).toString();
        c.staffId = optionalId(r.value(6));
        c.staffName = r.value(7).toString();
        c.at = fromEpochMs(r.value(8));
        list.append(c);
    }
    q.finish();
    return list;
}

Result<VerificationState> RecoveryStore::verification(qint64 ticketId, qint64 accountId,
                                                      qint64 nowMs, int validHours)
{
    HD_TRY_ASSIGN(auto list, checks(ticketId, accountId));
    return VerificationRule::evaluate(list, nowMs, validHours);
}

Result<QList<UnlockRequest>>
RecoveryStore::requests(const QString &where, const QVariantList &values, const QString &tail)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, kRequestSelect + where + tail, values));
    QList<UnlockRequest> list;
    while (q.next()) {
        const QSqlQuery &r = q;
        UnlockRequest u;
        u.id = r.value(0).toLongLong();
        u.accountId = r.value(1).toLongLong();
        u.ticketId = optionalId(r.value(2));
        u.requestedById = r.value(3).toLongLong();
        u.requestedByName = r.value(4).toString();
        u.requestedAt = fromEpochMs(r.value(5));
        u.reason = r.value(6).toString();
        u.status = UnlockRequestStatuses::fromKey(r.value(7).toString())
                       .value_or(UnlockRequestStatus::Cancelled);
        u.decidedById = optionalId(r.value(8));
        u.decidedByName = r.value(9).toString();
        u.decidedAt = fromEpochMs(r.value(10));
        u.decisionNote = r.value(11).toString();
        list.append(u);
    }
    q.finish();
    return list;
}

Result<UnlockRequest> RecoveryStore::addUnlockRequest(qint64 accountId,
                                                      std::optional<qint64> ticketId,
                                                      qint64 requestedBy, const QString &reason,
                                                      qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO account_unlock_requests (account_id, ticket_id, requested_by, "
                "requested_at, reason, status) VALUES (?, ?, ?, ?, ?, 'pending') "
                "RETURNING id"),
            {QVariant::fromValue(accountId), nullableId(ticketId), QVariant::fromValue(requestedBy),
             QVariant::fromValue(nowMs), notNull(reason)}));
    if (!q.next())
        return Error::make(Error::Code::DatabaseQuery, tr("Recording the unlock request failed."));
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return unlockRequest(id);
}

Result<UnlockRequest> RecoveryStore::unlockRequest(qint64 id)
{
    HD_TRY_ASSIGN(auto list, requests(QStringLiteral("r.id = ?"), {QVariant::fromValue(id)}));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Unlock request %1 does not exist (any more).").arg(id));
    return list.constFirst();
}

Result<std::optional<UnlockRequest>> RecoveryStore::pendingUnlockRequest(qint64 accountId)
{
    HD_TRY_ASSIGN(auto list, requests(QStringLiteral("r.account_id = ? AND r.status = 'pending'"),
                                      {QVariant::fromValue(accountId)}));
    if (list.isEmpty())
        return std::optional<UnlockRequest>();
    return std::optional<UnlockRequest>(list.constFirst());
}

Result<QList<UnlockRequest>> RecoveryStore::unlockRequests(qint64 accountId, int limit)
{
    return requests(QStringLiteral("r.account_id = ?"), {QVariant::fromValue(accountId), limit},
                    QStringLiteral(" ORDER BY r.requested_at DESC, r.id DESC LIMIT ?"));
}

Result<bool> RecoveryStore::decide(qint64 requestId, UnlockRequestStatus decision,
                                   std::optional<qint64> decidedBy, const QString &note,
                                   qint64 nowMs)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db,
                                 QStringLiteral("UPDATE account_unlock_requests SET status = ?, "
                                                "decided_by = ?, decided_at = ?, decision_note = ? "
                                                "WHERE id = ? AND status = 'pending'"),
                                 {UnlockRequestStatuses::key(decision), nullableId(decidedBy),
                                  QVariant::fromValue(nowMs), notNull(note),
                                  QVariant::fromValue(requestId)}));
    return q.numRowsAffected() == 1;
}

Result<int> RecoveryStore::cancelPending(qint64 accountId, qint64 nowMs)
{
    HD_TRY_ASSIGN(auto q, Database::exec(
                              m_db,
                              QStringLiteral("UPDATE account_unlock_requests SET status = "
                                             "'cancelled', decided_at = ? WHERE account_id = ? AND "
                                             "status = 'pending'"),
                              {QVariant::fromValue(nowMs), QVariant::fromValue(accountId)}));
    return q.numRowsAffected();
}

} // namespace helpdesk
