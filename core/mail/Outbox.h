#pragma once
// Outbox: the durable mail queue. enqueue() writes a message in the caller's transaction, so it
// exists exactly when the action that caused it was committed; OutboxSender sends it later.
// queueTemplate() is how an action mails a customer: render a template, queue it in the write.
// The rest is the SQL the sender and the Outbox screen need: claiming with a lease, recording
// the outcome (with a timeline event on the ticket), retry and cancel. Synchronous on the
// connection it is given; every value is bound.

#include "common/Result.h"
#include "mail/MailMessage.h"
#include "mail/OutboxEntry.h"
#include "mail/Template.h"
#include "write/Recorder.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

struct EnqueueOptions
{
    qint64 nowMs = 0;    // 0: the current time
    QString templateKey; // for the Outbox screen
};

// A customer mail made from a template (see Outbox::queueTemplate).
struct TemplateMail
{
    QString templateKey; // TemplateKeys::...
    MailAddress to;
    // The template's placeholders. Without company.name, the sender name of the mail settings
    // is used (when one is set).
    TemplateValues values;
    std::optional<qint64> ticketId;
    std::optional<qint64> eventId; // the timeline event that caused the mail
    bool containsSecret = false;   // a one-time link: removed from the stored copy once sent
};

struct QueuedMail
{
    qint64 id = 0;     // the outbox row
    QString messageId; // "<...@domain>", e.g. for the event that caused it
};

class Outbox
{
public:
    // The one "render this template with these values and queue it in this transaction": loads
    // the template and the mail settings, renders (a placeholder without a value refuses it,
    // naming it), gives it a Message-ID and enqueue()s it in the record's transaction; the
    // record announces it after the commit (WritePath::setMailQueued).
    static Result<QueuedMail> queueTemplate(Recorder &record, const TemplateMail &mail);

    // Validates and renders the message with MimeBuilder first and refuses (InvalidInput naming
    // the field) anything that could not be sent; then inserts a queued row. Does not begin or
    // commit a transaction: the caller's transaction decides whether the mail exists.
    // An empty From is filled from the mail settings (or, if none, when sending); an empty
    // Message-ID is generated on the configured domain. One recipient per message.
    static Result<qint64> enqueue(QSqlDatabase &db, MailMessage message,
                                  std::optional<qint64> ticketId, std::optional<qint64> eventId,
                                  bool containsSecret, const EnqueueOptions &options = {});

    // Claims up to `limit` due messages for `senderId` in its own write transaction: queued rows
    // whose next attempt is due and sending rows whose lease ran out (their sender died). Each
    // claimed row is 'sending' with lease_until = now + leaseMs and one more attempt counted.
    // PostgreSQL skips rows another sender is claiming at the same moment (SKIP LOCKED).
    // dueByMs limits the queued rows to those due by then (0: by nowMs).
    static Result<QList<OutboxEntry>> claim(QSqlDatabase &db, const QString &senderId, qint64 nowMs,
                                            qint64 leaseMs, int limit, qint64 dueByMs = 0);
    // Keeps this sender's claimed rows from being taken over while a long batch runs.
    static Result<void> renewLease(QSqlDatabase &db, const QString &senderId, qint64 leaseUntilMs);

    // The relay accepted the message: sent, with its reply; the bodies of a message with a
    // secret are replaced by a note. Adds a 'mail_sent' event on the ticket. False when the
    // row was already sent or cancelled (nothing changed).
    static Result<bool> markSent(QSqlDatabase &db, qint64 id, const QString &serverReply,
                                 qint64 nowMs);
    // A temporary failure: back to queued, next attempt at retryAtMs. Only while the row is
    // still claimed by senderId (false otherwise).
    static Result<bool> markRetry(QSqlDatabase &db, qint64 id, const QString &senderId,
                                  const QString &error, const QString &serverReply,
                                  qint64 retryAtMs);
    // A permanent failure: failed with the error and the server's reply; a 'mail_failed'
    // event on the ticket. Only while the row is still claimed by senderId.
    static Result<bool> markFailed(QSqlDatabase &db, qint64 id, const QString &senderId,
                                   const QString &error, const QString &serverReply, qint64 nowMs);

    // A delivery status notification says the relay's hand-over did not reach the recipient:
    // the message stays as it was sent, with bounced_at and the remote reason (the Outbox
    // screen shows it as undeliverable), a 'mail_bounced' event on its ticket and an audit row.
    // False when it was marked already (nothing changed).
    static Result<bool> markUndeliverable(Recorder &record, qint64 id, const QString &reason);

    // failed (or queued) -> queued, due now. InvalidInput for other states.
    static Result<void> retry(QSqlDatabase &db, qint64 id, qint64 nowMs);
    // queued or failed -> cancelled (a secret in it is removed). InvalidInput for other states.
    static Result<void> cancel(QSqlDatabase &db, qint64 id, qint64 nowMs);

    static Result<OutboxEntry> entry(QSqlDatabase &db, qint64 id);
    // Newest first; all statuses when status is empty.
    static Result<QList<OutboxEntry>> list(QSqlDatabase &db, std::optional<OutboxStatus> status,
                                           int limit);
    static Result<QList<OutboxEntry>> forTicket(QSqlDatabase &db, qint64 ticketId);
    static Result<QHash<OutboxStatus, qint64>> counts(QSqlDatabase &db);
    static Result<OutboxLeases> leases(QSqlDatabase &db, qint64 nowMs);

    // Exponential backoff after `attempts` failed tries: base * 2^(attempts-1), at most cap,
    // plus up to 10% random jitter so that many clients do not retry in step.
    static qint64 backoffMs(int attempts, qint64 baseMs = 60'000, qint64 capMs = 3'600'000);

    // What replaces the bodies of a delivered message that held a secret.
    static QString redactionNote();

private:
    // Puts each claimed message's one-time link (outbox_secrets) where its bodies hold the
    // placeholder: only a sender that may read the links claims such messages.
    static Result<void> insertLinks(QSqlDatabase &db, QList<OutboxEntry> &claimed);
};

} // namespace helpdesk
