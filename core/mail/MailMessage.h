#pragma once
// MailMessage: what one outgoing email says, before MimeBuilder turns it into RFC 5322 bytes.
// A plain value: the outbox stores its fields, templates fill them in.

#include "mail/MailAddress.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace helpdesk {

struct MailHeader
{
    QByteArray name; // e.g. "Auto-Submitted"; not one of the headers MimeBuilder writes itself
    QString value;   // unstructured text; encoded by MimeBuilder when it is not plain ASCII

    bool operator==(const MailHeader &) const = default;
};

struct MailMessage
{
    MailAddress from;
    QList<MailAddress> to;
    MailAddress replyTo; // empty: no Reply-To header
    QString subject;
    QString textBody;  // plain text alternative; recommended whenever htmlBody is set
    QString htmlBody;  // empty: a text/plain message without multipart
    QString messageId; // "<unique@domain>"; empty: MimeBuilder generates one
    QDateTime date;    // empty: MimeBuilder uses the current time
    QList<MailHeader> extraHeaders;

    bool operator==(const MailMessage &) const = default;
};

} // namespace helpdesk
