#pragma once
// OutboxSender: drains the outbox through the mail relay without blocking its thread. A cycle
// claims a batch of due messages with a lease (on the DbWorker), sends them over one SmtpClient
// connection, and records each outcome as it arrives:
//  - accepted: sent, with the relay's reply (a secret in the body is removed from the stored
//    copy), and a 'mail_sent' event on the ticket;
//  - 4xx, connection failures, timeouts: queued again with exponential backoff (1 min * 2^n,
//    at most 1 h, plus jitter); after maxAttempts tries, failed;
//  - 5xx and other faults of the message itself: failed with the server's reply, and a
//    'mail_failed' event on the ticket;
//  - faults of the settings (TLS, sign-in, STARTTLS missing): queued again with backoff and
//    deliveryProblem() emitted, so an admin can fix them; nothing is lost meanwhile.
// A claim is a short lease that the sender renews while it works (a heartbeat), so the
// messages of a sender that died are taken over by any sender within leaseMs. An outcome that
// cannot be recorded (the database went away) is kept and recorded once the database is back,
// before anything new is claimed: a message the relay accepted is not sent again. The only
// case that can repeat a message is a relay that took the whole message and dropped the
// connection before confirming it; the outbox then says the retry may be a duplicate.

#include "common/Result.h"
#include "mail/MailAddress.h"
#include "mail/Outbox.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpSettings.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace helpdesk {

class DbWorker;

struct OutboxSenderOptions
{
    int batchSize = 20;
    qint64 leaseMs = 90'000;     // how long a claim holds without a heartbeat
    int heartbeatMs = 20'000;    // how often a working sender renews its claims
    int pollIntervalMs = 30'000; // between cycles while started, unless woken earlier
    // Claim only messages due at or before this time (0: no limit). A one-off run sets its start
    // time, so that what it puts back with backoff waits for the next run instead of looping.
    qint64 dueByMs = 0;
    qint64 backoffBaseMs = 60'000;
    qint64 backoffCapMs = 3'600'000;
    int maxAttempts = 48;          // about two days of retries at the capped interval
    std::function<qint64()> clock; // empty: the system clock (tests pin it)
    QString senderId;              // empty: host, process id and a random suffix
};

// What one cycle did.
struct OutboxCycle
{
    int claimed = 0;
    int sent = 0;
    int retrying = 0;
    int failed = 0;
    std::optional<Error> problem; // a settings or database problem that held mail back
};

class OutboxSender : public QObject
{
    Q_OBJECT
public:
    // The worker's connection is used for every claim and update; run it on the same DbWorker
    // as the actions that queue mail, so that wake() after an action sees its commit.
    // defaultFrom is used for messages queued without a From.
    OutboxSender(DbWorker *worker, SmtpSettings smtp, MailAddress defaultFrom,
                 OutboxSenderOptions options = {}, QObject *parent = nullptr);
    ~OutboxSender() override;

    const QString &senderId() const { return m_options.senderId; }
    // Take effect from the next cycle.
    void setSmtpSettings(SmtpSettings smtp);
    void setDefaultFrom(MailAddress from);

    // Cycles now and then every pollIntervalMs (sooner when woken or a full batch was sent).
    void start();
    // No new cycles; a running one finishes and records its results.
    void stop();
    bool isStarted() const { return m_started; }
    bool isBusy() const { return m_busy; }
    // Outcomes known (e.g. the relay accepted a message) but not yet recorded in the database.
    int unrecordedOutcomes() const { return int(m_unrecorded.size()); }
    // Stops the SMTP session now: what was not handed over goes back to the queue, due at once
    // (finish() still records every outcome that is known).
    void abortSending();

    // One cycle now; false (and one more cycle right after) when a cycle is running.
    bool runOnce();
    // New mail was queued: cycle as soon as possible.
    void wake();

    enum class Disposition { Retry, Fail, RetryAndReport };
    // How the outbox treats an SMTP error (public for tests and the Outbox screen).
    static Disposition disposition(const SmtpError &error);

signals:
    void cycleFinished(const helpdesk::OutboxCycle &cycle);
    void messageSent(qint64 outboxId, qint64 ticketId); // ticketId 0: not about a ticket
    void messageFailed(qint64 outboxId, qint64 ticketId, const QString &error);
    // A temporary failure: the message goes again at nextAttempt.
    void messageRetrying(qint64 outboxId, qint64 ticketId, const QString &error,
                         const QDateTime &nextAttempt);
    // Mail is held back by something an admin must fix (settings, certificate, password) or
    // by the database; the messages stay queued.
    void deliveryProblem(const helpdesk::Error &error);

private:
    // An outcome to write; kept and written again while the database cannot be reached.
    struct Outcome
    {
        enum class Kind { Sent, Retry, Fail };
        Kind kind = Kind::Sent;
        OutboxEntry entry;
        QString error;
        QString serverReply;
        qint64 atMs = 0; // sent/failed: when; retry: the next attempt
    };

    void startCycle();
    void record(Outcome outcome);
    void writeOutcome(const Outcome &outcome);
    void flushUnrecorded();
    void renewLease();
    void onClaimed(const Result<QList<OutboxEntry>> &claimed);
    void onMessageFinished(const SmtpSendResult &result);
    void onBatchFinished();
    void retryLater(const OutboxEntry &entry, const QString &error, const QString &serverReply,
                    bool mayBeDuplicate = false);
    void fail(const OutboxEntry &entry, const QString &error, const QString &serverReply);
    void reportProblem(const Error &error);
    void maybeFinishCycle();
    qint64 now() const;

    DbWorker *m_worker;
    SmtpClient *m_client;
    SmtpSettings m_smtp;
    MailAddress m_defaultFrom;
    OutboxSenderOptions m_options;
    QTimer m_poll;
    QTimer m_heartbeat;
    QTimer m_flushRetry;
    QList<Outcome> m_unrecorded;
    QSet<QString> m_reportedInCycle;
    bool m_flushing = false;
    bool m_started = false;
    bool m_busy = false;
    bool m_wakeRequested = false;
    bool m_smtpRunning = false;
    bool m_dispatching = false;
    int m_pendingJobs = 0;
    OutboxCycle m_cycle;
    QHash<qint64, OutboxEntry> m_inFlight; // claimed and handed to the SMTP client
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::OutboxCycle)
