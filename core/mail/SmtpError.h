#pragma once
// SmtpError: why a message or an SMTP session failed, classified so that an admin (and the
// outbox's retry logic) can act on it.

#include "common/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace helpdesk {

// What an admin needs to decide whether to trust a relay's certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime expiry;
    QString sha256;       // "AB:CD:..." upper-case hex; paste into SmtpSettings::trustedCertSha256
    QStringList problems; // why verification failed

    bool isNull() const { return sha256.isEmpty(); }
};

struct SmtpError
{
    enum class Kind {
        CannotConnect,          // DNS, refused, unreachable
        TlsFailed,              // handshake or certificate verification failed; see certificate
        StartTlsUnavailable,    // STARTTLS configured but not offered (or refused) by the server
        AuthenticationRejected, // wrong user/password, or no usable AUTH mechanism
        RecipientRefused,       // a RCPT TO got a 5xx; refusedRecipients names them
        MessageTooLarge,        // larger than the server's SIZE, or 552 from the server
        Temporary,              // a 4xx reply: try again later
        Permanent,              // a 5xx reply: do not retry unchanged
        Timeout,                // no answer within the phase's timeout
        ConnectionLost,         // the server closed or reset the connection
        Protocol,               // the server said something that is not SMTP
        Configuration,          // the settings forbid this (plain SMTP off-host, ...); nothing sent
        InvalidMessage,         // the message itself is unusable (no recipients, ...)
        Cancelled,              // SmtpClient::abort() before the message was sent
    };

    Kind kind = Kind::Protocol;
    Error error;         // message for the user (translated), detail for logs
    int replyCode = 0;   // the server's reply code, 0 when there was none
    QString serverReply; // the server's reply text, lines joined with "\n"
    QStringList refusedRecipients;
    CertificateInfo certificate; // for TlsFailed
    // True only when the whole message data (up to the final ".") had been written to the relay
    // and no final reply was read: a timeout, a closed or reset connection, an unreadable reply
    // or abort() while waiting for it. The relay may then have queued the message (RFC 1047),
    // so a retry can deliver it twice. False for every other failure: the message was not sent.
    bool mayHaveBeenDelivered = false;

    // 4xx, connection failures, timeouts, lost connections: the outbox should try again later.
    bool isRetryable() const;
    static QString kindName(Kind kind); // "Temporary", ... for logs and tests

    static SmtpError make(Kind kind, QString message, QString detail = {}, int replyCode = 0,
                          QString serverReply = {});
};

} // namespace helpdesk
