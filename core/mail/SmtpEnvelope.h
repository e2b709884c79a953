#pragma once
// SmtpEnvelope: one rendered message plus the SMTP envelope (MAIL FROM, RCPT TO) to send it with.

#include <QByteArray>
#include <QList>

namespace helpdesk {

struct SmtpEnvelope
{
    QByteArray reversePath;       // MAIL FROM address, ASCII addr-spec (may be empty for bounces)
    QList<QByteArray> recipients; // RCPT TO addresses, ASCII addr-specs
    QByteArray data;              // the RFC 5322 message, CRLF line endings, not dot-stuffed
    QByteArray messageId;         // for logs and the outbox; not sent separately
    qint64 tag = -1;              // caller's id (e.g. the outbox row), echoed in the result
};

} // namespace helpdesk
