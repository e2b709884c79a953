#pragma once
// The outbox's value types: a queued message with its delivery state (OutboxEntry), the status
// vocabulary, and what holds unsent mail back (OutboxLeases). The SQL is Outbox's.

#include "mail/MailMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

enum class OutboxStatus { Queued, Sending, Sent, Failed, Cancelled };

namespace OutboxStatuses {
QString key(OutboxStatus status); // "queued", ...
std::optional<OutboxStatus> fromKey(const QString &key);
QString label(OutboxStatus status); // translated
} // namespace OutboxStatuses

struct OutboxEntry
{
    qint64 id = 0;
    std::optional<qint64> ticketId;
    std::optional<qint64> eventId; // the timeline event that caused the mail (e.g. the reply)
    QString templateKey;
    MailAddress from; // empty: the sender's configured From is used when it is sent
    MailAddress replyTo;
    MailAddress to;
    QString subject;
    QString textBody;
    QString htmlBody;
    QList<MailHeader> extraHeaders;
    QString messageId;
    OutboxStatus status = OutboxStatus::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString claimedBy;
    QDateTime leaseUntil;
    QString lastError;
    QString serverReply;
    QDateTime createdAt;
    QDateTime sentAt;
    bool hasSecret = false;
    bool redacted = false;
    // A delivery report came back for it: undeliverable, with the remote server's reason.
    QDateTime bouncedAt;
    QString bounceReason;
    // PostgreSQL: the one-time link was minted by the database and waits in outbox_secrets,
    // where only the mailer reads it; the bodies hold LinkPlaceholder until it is sent (a web
    // address, as the templates' checks want, that needs no escaping in HTML and never resolves).
    bool needsMailer = false;
    static constexpr const char *LinkPlaceholder = "https://one-time-link.invalid/";

    // The message as it goes out: stored fields, the creation time as its Date.
    MailMessage toMessage(const MailAddress &fallbackFrom) const;
    // The text as staff may read it on screen: a message that holds a one-time link and is
    // not redacted yet (queued, failed) shows every link replaced by a note, so the link is
    // never on anyone's screen; a redacted one shows its stored copy.
    QString readableText() const;
};

// What holds mail that is not sent yet: leases of running senders, and backoff.
struct OutboxLeases
{
    qint64 held = 0;         // 'sending' under a lease that still runs
    QDateTime heldUntil;     // when the last of those leases runs out
    QStringList holders;     // the senders holding them (host/pid/random)
    qint64 expired = 0;      // 'sending' whose lease ran out: any sender takes them next
    qint64 waiting = 0;      // queued, not due yet (backoff)
    QDateTime nextAttemptAt; // the earliest of those
    qint64 due = 0;          // queued and due now
    qint64 forMailer = 0;    // queued with a link only the server's mailer may send (PostgreSQL)

    // One line for summaries and the Outbox screen, or empty when nothing waits.
    QString describe() const;
};

} // namespace helpdesk
