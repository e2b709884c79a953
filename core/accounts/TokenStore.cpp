#include "accounts/TokenStore.h"

#include "db/Database.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TokenStore", text);
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.account_id, t.kind, t.issued_at, t.issued_by, COALESCE(s.display_name, ''), "
    "t.expires_at, t.used_at, t.revoked_at, COALESCE(t.revoke_reason, ''), t.ticket_id, "
    "t.outbox_id, o.status, o.sent_at, COALESCE(o.message_id, '') FROM account_tokens t LEFT "
    "JOIN staff s ON s.id = t.issued_by LEFT JOIN outbox o ON o.id = t.outbox_id WHERE ");
} // namespace

Result<QList<TokenInfo>> TokenStore::query(const QString &where, const QVariantList &values,
                                           qint64 nowMs, const QString &tail)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, kSelect + where + tail, values));
    QList<TokenInfo> list;
    while (q.next()) {
        const QSqlQuery &r = q;
        TokenInfo t;
        t.id = r.value(0).toLongLong();
        t.accountId = r.value(1).toLongLong();
        t.kind = TokenKinds::fromKey(r.value(2).toString()).value_or(TokenKind::Reset);
        t.issuedAt = fromEpochMs(r.value(3));
        t.issuedById = optionalId(r.value(4));
        t.issuedByName = r.value(5).toString();
        t.expiresAt = fromEpochMs(r.value(6));
        t.usedAt = fromEpochMs(r.value(7));
        t.revokedAt = fromEpochMs(r.value(8));
        t.revokeReason = r.value(9).toString();
        t.ticketId = optionalId(r.value(10));
        t.outboxId = optionalId(r.value(11));
        if (!r.value(12).isNull())
            t.mailStatus = OutboxStatuses::fromKey(r.value(12).toString());
        t.mailAcceptedAt = fromEpochMs(r.value(13));
        t.messageId = r.value(14).toString();
        t.state = t.stateAt(nowMs);
        list.append(t);
    }
    q.finish();
    return list;
}

Result<qint64> TokenStore::insert(const NewToken &n)
{
    if (n.sha256.size() != 64)
        return Error::make(Error::Code::InvalidInput,
                           tr("A link could not be stored: its fingerprint is malformed."));
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("INSERT INTO account_tokens (account_id, kind, token_sha256, issued_by, "
                           "issued_at, expires_at, ticket_id, outbox_id) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?) RETURNING id"),
            {QVariant::fromValue(n.accountId), TokenKinds::key(n.kind), n.sha256,
             nullableId(n.issuedBy), QVariant::fromValue(n.issuedAtMs),
             QVariant::fromValue(n.expiresAtMs), nullableId(n.ticketId), nullableId(n.outboxId)}));
    if (!q.next())
        return Error::make(Error::Code::DatabaseQuery, tr("Storing the link failed."));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite cannot commit while a RETURNING statement is open
    return id;
}

Result<bool> TokenStore::mintedByDatabase(QSqlDatabase &db)
{
    if (Database::dialect(db) != Dialect::PostgreSQL)
        return false;
    HD_TRY_ASSIGN(const QVariant mayInsert,
                  Database::scalar(db, QStringLiteral("SELECT has_table_privilege("
                                                      "'public.account_tokens', 'INSERT')")));
    return !mayInsert.toBool();
}

Result<qint64> TokenStore::mint(qint64 accountId, TokenKind kind, std::optional<qint64> ticketId,
                                qint64 outboxId, int minutes)
{
    HD_TRY_ASSIGN(const QVariant id,
                  Database::scalar(m_db, QStringLiteral("SELECT helpdesk.mint_link(?, ?, ?, ?, ?)"),
                                   {QVariant::fromValue(accountId), TokenKinds::key(kind),
                                    nullableId(ticketId), QVariant::fromValue(outboxId), minutes}));
    if (id.isNull())
        return Error::make(Error::Code::DatabaseQuery, tr("Storing the link failed."));
    return id.toLongLong();
}

Result<TokenInfo> TokenStore::token(qint64 id, qint64 nowMs)
{
    HD_TRY_ASSIGN(auto list, query(QStringLiteral("t.id = ?"), {QVariant::fromValue(id)}, nowMs));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound, tr("That link does not exist (any more)."));
    return list.constFirst();
}

Result<QList<TokenInfo>> TokenStore::forAccount(qint64 accountId, qint64 nowMs, int limit)
{
    return query(QStringLiteral("t.account_id = ?"), {QVariant::fromValue(accountId), limit}, nowMs,
                 QStringLiteral(" ORDER BY t.issued_at DESC, t.id DESC LIMIT ?"));
}

Result<QList<TokenInfo>> TokenStore::forOutbox(const QList<qint64> &outboxIds, qint64 nowMs)
{
    if (outboxIds.isEmpty())
        return QList<TokenInfo>();
    QStringList marks;
    QVariantList values;
    for (qint64 id : outboxIds) {
        marks << QStringLiteral("?");
        values << QVariant::fromValue(id);
    }
    return query(QStringLiteral("t.outbox_id IN (") + marks.join(u',') + u')', values, nowMs,
                 QStringLiteral(" ORDER BY t.id"));
}

Result<int> TokenStore::revokeOutstanding(qint64 accountId, std::optional<TokenKind> kind,
                                          qint64 nowMs, std::optional<qint64> revokedBy,
                                          const QString &reason)
{
    QString sql = QStringLiteral(
        "UPDATE account_tokens SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE "
        "account_id = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?");
    QVariantList values{QVariant::fromValue(nowMs), nullableId(revokedBy), reason,
                        QVariant::fromValue(accountId), QVariant::fromValue(nowMs)};
    if (kind) {
        sql += QStringLiteral(" AND kind = ?");
        values << TokenKinds::key(*kind);
    }
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    return q.numRowsAffected();
}

Result<int> TokenStore::outstanding(qint64 accountId, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        auto v, Database::scalar(m_db,
                                 QStringLiteral("SELECT COUNT(*) FROM account_tokens WHERE "
                                                "account_id = ? AND used_at IS NULL AND revoked_at "
                                                "IS NULL AND expires_at > ?"),
                                 {QVariant::fromValue(accountId), QVariant::fromValue(nowMs)}));
    return v.toInt();
}

Result<QList<qint64>> TokenStore::issuedSince(qint64 accountId, qint64 sinceMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("SELECT issued_at FROM account_tokens WHERE account_id "
                                      "= ? AND issued_at >= ? ORDER BY issued_at"),
                       {QVariant::fromValue(accountId), QVariant::fromValue(sinceMs)}));
    QList<qint64> times;
    while (q.next())
        times.append(q.value(0).toLongLong());
    q.finish();
    return times;
}

Result<qint64> TokenStore::redeem(QSqlDatabase &db, TokenKind kind, const QString &presentedToken,
                                  qint64 nowMs)
{
    const Error invalid = Error::make(Error::Code::NotFound,
                                      tr("This link is not valid: it may have expired, been used "
                                         "already, or been replaced by a newer one."));
    if (!OneTimeToken::isWellFormed(presentedToken))
        return invalid;
    HD_TRY_ASSIGN(
        auto q, Database::exec(
                    db,
                    QStringLiteral(
                        "UPDATE account_tokens SET used_at = ? WHERE token_sha256 = ? AND kind = ? "
                        "AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ? RETURNING "
                        "account_id"),
                    {QVariant::fromValue(nowMs), OneTimeToken::sha256Hex(presentedToken),
                     TokenKinds::key(kind), QVariant::fromValue(nowMs)}));
    if (!q.next())
        return invalid;
    const qint64 accountId = q.value(0).toLongLong();
    q.finish();
    return accountId;
}

} // namespace helpdesk
