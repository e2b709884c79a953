#pragma once
// A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677, as pg_authid stores it), made on
// the client so that a new staff member's password never travels to the server, nor into its
// statement log, in clear text.

#include <QByteArray>
#include <QString>

namespace helpdesk {

namespace ScramVerifier {
inline constexpr int Iterations = 4096; // PostgreSQL's scram_iterations default

// "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>", base64 parts.
QString make(const QString &password, const QByteArray &salt, int iterations = Iterations);
// The same with a fresh random 16-byte salt.
QString make(const QString &password);
} // namespace ScramVerifier

} // namespace helpdesk
