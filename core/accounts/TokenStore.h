#pragma once
// The SQL behind one-time links (account_tokens). Only a token's SHA-256 is ever written;
// nothing here returns or logs a token. Synchronous on the connection it is given.

#include "accounts/AccountToken.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

struct NewToken
{
    qint64 accountId = 0;
    TokenKind kind = TokenKind::Reset;
    QString sha256; // OneTimeToken::sha256Hex(token)
    std::optional<qint64> issuedBy;
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0;
    std::optional<qint64> ticketId;
    std::optional<qint64> outboxId;
};

class TokenStore
{
public:
    explicit TokenStore(QSqlDatabase &db) : m_db(db) {}

    Result<qint64> insert(const NewToken &token);

    // Whether links are minted by the database (PostgreSQL, a session that may not write token
    // rows itself: every staff login of a shared deployment). Then the token is made, hashed and
    // kept for the mailer inside the database (helpdesk.mint_link), and the client never has it.
    static Result<bool> mintedByDatabase(QSqlDatabase &db);
    // helpdesk.mint_link: a link for the account in the queued mail outboxId, whose bodies hold
    // OutboxEntry::LinkPlaceholder where the link goes. Returns the token row's id.
    Result<qint64> mint(qint64 accountId, TokenKind kind, std::optional<qint64> ticketId,
                        qint64 outboxId, int minutes);
    Result<TokenInfo> token(qint64 id, qint64 nowMs);
    // The account's links, newest first, with their mail's state.
    Result<QList<TokenInfo>> forAccount(qint64 accountId, qint64 nowMs, int limit = 50);
    // The links whose mail is one of these outbox rows.
    Result<QList<TokenInfo>> forOutbox(const QList<qint64> &outboxIds, qint64 nowMs);

    // Revokes the account's links that could still be used (of one kind, or all); returns how
    // many. reason: a RevokeReasons key.
    Result<int> revokeOutstanding(qint64 accountId, std::optional<TokenKind> kind, qint64 nowMs,
                                  std::optional<qint64> revokedBy, const QString &reason);
    // How many links could still be used.
    Result<int> outstanding(qint64 accountId, qint64 nowMs);
    // Issue times of the account's links at or after sinceMs, oldest first (rate limiting).
    Result<QList<qint64>> issuedSince(qint64 accountId, qint64 sinceMs);

    // The customer portal's contract, also used by tests: hash the presented token, and in ONE
    // statement mark the matching unexpired, unused, unrevoked row of that kind used:
    //   UPDATE account_tokens SET used_at = :now WHERE token_sha256 = :sha256 AND kind = :kind
    //     AND used_at IS NULL AND revoked_at IS NULL AND expires_at > :now RETURNING account_id
    // Returns the account; NotFound (one message for every reason, so that the answer does not
    // tell an attacker which part was wrong) when no row matched.
    static Result<qint64> redeem(QSqlDatabase &db, TokenKind kind, const QString &presentedToken,
                                 qint64 nowMs);

private:
    Result<QList<TokenInfo>> query(const QString &where, const QVariantList &values, qint64 nowMs,
                                   const QString &tail = {});

    QSqlDatabase &m_db;
};

} // namespace helpdesk
