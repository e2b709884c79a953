#pragma once
// One-time links for an account: the kinds, the states an agent sees, and what is stored about
// a token (never the token itself), plus making a token and hashing it.

#include "mail/Outbox.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace helpdesk {

enum class TokenKind { Reset, Activation };

// What an agent sees about a link. Precedence when several apply: used, revoked, expired,
// handed to the relay, issued.
enum class TokenState {
    Issued,  // created; its mail is still in the outbox (queued, sending or failed)
    Sent,    // the mail relay accepted the mail with the link
    Used,    // the customer used the link
    Expired, // not used in time
    Revoked, // replaced by a newer link, revoked by an agent, or revoked by a lock
};

namespace TokenKinds {
QString key(TokenKind kind); // "reset", "activation"
std::optional<TokenKind> fromKey(const QString &key);
QString label(TokenKind kind); // translated: "Password reset"
} // namespace TokenKinds

namespace TokenStates {
QString key(TokenState state);   // "issued", "sent", "used", "expired", "revoked"
QString label(TokenState state); // translated: "Handed to the mail relay"
} // namespace TokenStates

// Why a token was revoked (the revoke_reason column).
namespace RevokeReasons {
inline const QString Reissued = QStringLiteral("reissued");
inline const QString Locked = QStringLiteral("locked");
inline const QString Revoked = QStringLiteral("revoked");
QString label(const QString &reason); // translated
} // namespace RevokeReasons

// A stored link as the agent may see it.
struct TokenInfo
{
    qint64 id = 0;
    qint64 accountId = 0;
    TokenKind kind = TokenKind::Reset;
    QDateTime issuedAt;
    std::optional<qint64> issuedById;
    QString issuedByName; // display name, or login
    QDateTime expiresAt;
    QDateTime usedAt;
    QDateTime revokedAt;
    QString revokeReason; // RevokeReasons key; empty unless revoked
    std::optional<qint64> ticketId;
    std::optional<qint64> outboxId;
    std::optional<OutboxStatus> mailStatus; // the outbox row's status, when it still exists
    QDateTime mailAcceptedAt;               // when the relay accepted the mail
    QString messageId;                      // the mail's Message-ID
    TokenState state = TokenState::Issued;  // as of when it was read

    TokenState stateAt(qint64 nowMs) const;
    // True while the link could still be used.
    bool isOutstanding(qint64 nowMs) const
    {
        const TokenState s = stateAt(nowMs);
        return s == TokenState::Issued || s == TokenState::Sent;
    }
};

// Making and hashing tokens. A token is 256 bits from the system's cryptographic random source
// (QRandomGenerator::system()), written as base64url without padding: 43 characters from
// [A-Za-z0-9_-], safe in a URL as it is.
namespace OneTimeToken {
constexpr int Bits = 256;
constexpr int Length = 43;
QString generate();
// Lowercase hex SHA-256 of the token's ASCII text: what account_tokens.token_sha256 holds and
// what the customer portal computes from the link it is given.
QString sha256Hex(const QString &token);
// The shape of a token (43 base64url characters); anything else cannot be one.
bool isWellFormed(const QString &token);
} // namespace OneTimeToken

} // namespace helpdesk
