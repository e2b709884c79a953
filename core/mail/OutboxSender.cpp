#include "mail/OutboxSender.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "mail/MailLogging.h"
#include "mail/MimeBuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QPointer>
#include <QRandomGenerator>

namespace helpdesk {

namespace {
QString duplicateNote()
{
    return QCoreApplication::translate("OutboxSender",
                                       "The relay may already have received this message, so "
                                       "the next attempt can deliver it twice.");
}

QString defaultSenderId()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}
} // namespace

OutboxSender::OutboxSender(DbWorker *worker, SmtpSettings smtp, MailAddress defaultFrom,
                           OutboxSenderOptions options, QObject *parent)
    : QObject(parent), m_worker(worker), m_client(new SmtpClient(smtp, this)),
      m_smtp(std::move(smtp)), m_defaultFrom(std::move(defaultFrom)), m_options(std::move(options))
{
    qRegisterMetaType<helpdesk::OutboxCycle>();
    if (m_options.senderId.isEmpty())
        m_options.senderId = defaultSenderId();
    m_options.batchSize = std::max(1, m_options.batchSize);
    m_options.leaseMs = std::max<qint64>(1000, m_options.leaseMs);
    connect(m_client, &SmtpClient::messageFinished, this, &OutboxSender::onMessageFinished);
    connect(m_client, &SmtpClient::finished, this, &OutboxSender::onBatchFinished);
    m_poll.setInterval(std::max(100, m_options.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_busy)
            startCycle();
    });
    // Renews the claims while a batch is out or outcomes wait to be recorded, well before the
    // lease runs out.
    m_heartbeat.setInterval(int(std::clamp<qint64>(m_options.heartbeatMs, 50,
                                                   std::max<qint64>(50, m_options.leaseMs / 3))));
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_busy || !m_unrecorded.isEmpty())
            renewLease();
        else
            m_heartbeat.stop();
    });
    m_flushRetry.setSingleShot(true);
    connect(&m_flushRetry, &QTimer::timeout, this, &OutboxSender::flushUnrecorded);
    // Back from an outage: first what is known but unrecorded, then the queue.
    connect(m_worker, &DbWorker::connectionRestored, this, [this] {
        if (!m_unrecorded.isEmpty())
            flushUnrecorded();
        if (m_started)
            wake();
    });
}

OutboxSender::~OutboxSender()
{
    // Abort the SMTP session without recording anything: what was claimed stays 'sending'
    // until its lease runs out, exactly as if the process had died.
    disconnect(m_client, nullptr, this, nullptr);
    delete m_client;
    m_client = nullptr;
}

void OutboxSender::setSmtpSettings(SmtpSettings smtp)
{
    m_smtp = std::move(smtp);
}

void OutboxSender::setDefaultFrom(MailAddress from)
{
    m_defaultFrom = std::move(from);
}

qint64 OutboxSender::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void OutboxSender::start()
{
    m_started = true;
    m_poll.start();
    if (!m_busy)
        startCycle();
}

void OutboxSender::stop()
{
    m_started = false;
    m_wakeRequested = false;
    m_poll.stop();
}

bool OutboxSender::runOnce()
{
    if (m_busy) {
        m_wakeRequested = true;
        return false;
    }
    startCycle();
    return true;
}

void OutboxSender::wake()
{
    if (m_busy)
        m_wakeRequested = true;
    else
        startCycle();
}

void OutboxSender::abortSending()
{
    if (m_smtpRunning)
        m_client->abort();
}

OutboxSender::Disposition OutboxSender::disposition(const SmtpError &error)
{
    switch (error.kind) {
    case SmtpError::Kind::Temporary:
    case SmtpError::Kind::Cancelled:
        return Disposition::Retry;
    case SmtpError::Kind::Permanent:
    case SmtpError::Kind::RecipientRefused:
    case SmtpError::Kind::MessageTooLarge:
    case SmtpError::Kind::InvalidMessage:
        return Disposition::Fail;
    // The relay cannot be reached or stopped answering: nothing is lost, but whoever runs the
    // sender should hear why mail is waiting.
    case SmtpError::Kind::CannotConnect:
    case SmtpError::Kind::Timeout:
    case SmtpError::Kind::ConnectionLost:
    case SmtpError::Kind::TlsFailed:
    case SmtpError::Kind::StartTlsUnavailable:
    case SmtpError::Kind::AuthenticationRejected:
    case SmtpError::Kind::Configuration:
    case SmtpError::Kind::Protocol:
        return Disposition::RetryAndReport;
    }
    return Disposition::Retry;
}

void OutboxSender::startCycle()
{
    m_busy = true;
    m_wakeRequested = false;
    m_cycle = {};
    m_inFlight.clear();
    m_heartbeat.start();
    if (!m_unrecorded.isEmpty()) {
        // Nothing new is claimed before what is known has been recorded; once it has been,
        // another cycle follows at once.
        flushUnrecorded();
        maybeFinishCycle();
        return;
    }
    const qint64 at = now();
    const qint64 dueBy = m_options.dueByMs > 0 ? std::min(at, m_options.dueByMs) : at;
    ++m_pendingJobs;
    whenDone(m_worker->run([id = m_options.senderId, at, dueBy, lease = m_options.leaseMs,
                            limit = m_options.batchSize](QSqlDatabase &db) {
        return Outbox::claim(db, id, at, lease, limit, dueBy);
    }),
             this, [this](const Result<QList<OutboxEntry>> &claimed) {
                 --m_pendingJobs;
                 onClaimed(claimed);
             });
}

void OutboxSender::onClaimed(const Result<QList<OutboxEntry>> &claimed)
{
    if (!claimed) {
        reportProblem(claimed.error());
        maybeFinishCycle();
        return;
    }
    m_cycle.claimed = int(claimed.value().size());
    if (claimed.value().isEmpty()) {
        maybeFinishCycle();
        return;
    }
    qCDebug(lcMail) << "claimed" << m_cycle.claimed << "outbox messages as" << m_options.senderId;

    // Recording jobs may finish while the batch is still being put together.
    m_dispatching = true;
    QList<SmtpEnvelope> batch;
    const MimeBuilder builder;
    for (const OutboxEntry &entry : claimed.value()) {
        if (entry.from.isEmpty() && m_defaultFrom.isEmpty()) {
            const Error e = Error::make(Error::Code::InvalidInput,
                                        tr("Mail is waiting because no sender address is set. "
                                           "Enter the From address in the mail settings."));
            reportProblem(e);
            retryLater(entry, e.message, {});
            continue;
        }
        auto envelope = builder.buildEnvelope(entry.toMessage(m_defaultFrom), entry.id);
        if (!envelope) {
            fail(entry, envelope.error().message, {});
            continue;
        }
        m_inFlight.insert(entry.id, entry);
        batch.append(envelope.value());
    }
    if (!batch.isEmpty()) {
        m_client->setSettings(m_smtp);
        m_smtpRunning = m_client->send(batch);
        if (!m_smtpRunning) {
            // Cannot happen while cycles are serialised; the rows wait for their lease.
            reportProblem(Error::make(Error::Code::Unknown, tr("The mail client is busy.")));
            m_inFlight.clear();
        }
    }
    m_dispatching = false;
    maybeFinishCycle();
}

void OutboxSender::onMessageFinished(const SmtpSendResult &result)
{
    const auto it = m_inFlight.constFind(result.tag);
    if (it == m_inFlight.constEnd())
        return;
    const OutboxEntry entry = it.value();
    m_inFlight.erase(it);

    if (result.accepted) {
        record({Outcome::Kind::Sent, entry, {}, result.serverReply, now()});
        return;
    }

    const SmtpError error = result.error.value_or(
        SmtpError::make(SmtpError::Kind::Protocol, tr("The mail relay gave no result.")));
    if (error.kind == SmtpError::Kind::Cancelled) {
        // Stopped by this sender: due again at once, no backoff.
        QString why = error.error.message;
        if (error.mayHaveBeenDelivered)
            why += u' ' + duplicateNote();
        record({Outcome::Kind::Retry, entry, why, error.serverReply, now()});
        return;
    }
    switch (disposition(error)) {
    case Disposition::Fail:
        fail(entry, error.error.message, error.serverReply);
        break;
    case Disposition::RetryAndReport:
        reportProblem(error.error);
        retryLater(entry, error.error.message, error.serverReply, error.mayHaveBeenDelivered);
        break;
    case Disposition::Retry:
        retryLater(entry, error.error.message, error.serverReply, error.mayHaveBeenDelivered);
        break;
    }
}

void OutboxSender::retryLater(const OutboxEntry &entry, const QString &error,
                              const QString &serverReply, bool mayBeDuplicate)
{
    QString why = error;
    if (mayBeDuplicate)
        why += u' ' + duplicateNote();
    if (entry.attempts >= m_options.maxAttempts) {
        fail(entry,
             tr("Gave up after %1 attempts. The last error was: %2").arg(entry.attempts).arg(why),
             serverReply);
        return;
    }
    const qint64 retryAt =
        now() + Outbox::backoffMs(entry.attempts, m_options.backoffBaseMs, m_options.backoffCapMs);
    record({Outcome::Kind::Retry, entry, why, serverReply, retryAt});
}

void OutboxSender::fail(const OutboxEntry &entry, const QString &error, const QString &serverReply)
{
    record({Outcome::Kind::Fail, entry, error, serverReply, now()});
}

void OutboxSender::record(Outcome outcome)
{
    writeOutcome(outcome);
}

void OutboxSender::writeOutcome(const Outcome &o)
{
    ++m_pendingJobs;
    const QString sender = m_options.senderId;
    const qint64 lease = m_options.leaseMs;
    const qint64 renewAt = now();
    QFuture<Result<bool>> job;
    switch (o.kind) {
    case Outcome::Kind::Sent:
        job = m_worker->run([id = o.entry.id, reply = o.serverReply, at = o.atMs, sender, lease,
                             renewAt](QSqlDatabase &db) -> Result<bool> {
            auto sent = Outbox::markSent(db, id, reply, at);
            if (sent)
                (void)Outbox::renewLease(db, sender, renewAt + lease).ok(); // best effort
            return sent;
        });
        break;
    case Outcome::Kind::Retry:
        job = m_worker->run([id = o.entry.id, sender, error = o.error, reply = o.serverReply,
                             at = o.atMs](QSqlDatabase &db) {
            return Outbox::markRetry(db, id, sender, error, reply, at);
        });
        break;
    case Outcome::Kind::Fail:
        job = m_worker->run([id = o.entry.id, sender, error = o.error, reply = o.serverReply,
                             at = o.atMs](QSqlDatabase &db) {
            return Outbox::markFailed(db, id, sender, error, reply, at);
        });
        break;
    }
    whenDone(job, this, [this, o](const Result<bool> &recorded) {
        --m_pendingJobs;
        if (!recorded) {
            // Kept until the database takes it: a message the relay accepted must not be
            // sent again because its "sent" could not be written.
            m_unrecorded.append(o);
            reportProblem(Error::make(recorded.error().code,
                                      tr("%1 Mail already handed over is recorded once the "
                                         "database is back.")
                                          .arg(recorded.error().message),
                                      recorded.error().detail));
            if (!m_flushRetry.isActive())
                m_flushRetry.start(2000);
            m_heartbeat.start();
        } else if (recorded.value()) {
            switch (o.kind) {
            case Outcome::Kind::Sent:
                ++m_cycle.sent;
                emit messageSent(o.entry.id, o.entry.ticketId.value_or(0));
                break;
            case Outcome::Kind::Retry:
                ++m_cycle.retrying;
                emit messageRetrying(o.entry.id, o.entry.ticketId.value_or(0), o.error,
                                     QDateTime::fromMSecsSinceEpoch(o.atMs, Qt::UTC));
                break;
            case Outcome::Kind::Fail:
                ++m_cycle.failed;
                emit messageFailed(o.entry.id, o.entry.ticketId.value_or(0),
                                   o.serverReply.isEmpty() ? o.error : o.serverReply);
                break;
            }
        }
        if (m_flushing && m_pendingJobs == 0) {
            m_flushing = false;
            if (m_unrecorded.isEmpty()) {
                m_flushRetry.stop();
                if (m_busy)
                    m_wakeRequested = m_wakeRequested || m_started;
                else if (m_started)
                    QTimer::singleShot(0, this, &OutboxSender::wake);
            }
        }
        maybeFinishCycle();
    });
}

void OutboxSender::flushUnrecorded()
{
    if (m_unrecorded.isEmpty())
        return;
    qCInfo(lcMail) << "recording" << m_unrecorded.size() << "outbox outcomes kept meanwhile";
    const QList<Outcome> pending = std::exchange(m_unrecorded, {});
    // Whatever fails again comes back into m_unrecorded and re-arms the retry timer; once all
    // is written, the queue is claimed again (see writeOutcome).
    m_flushing = true;
    for (const Outcome &o : pending)
        writeOutcome(o);
}

void OutboxSender::renewLease()
{
    whenDone(m_worker->run([sender = m_options.senderId, until = now() + m_options.leaseMs](
                               QSqlDatabase &db) { return Outbox::renewLease(db, sender, until); }),
             this, [](const Result<void> &renewed) {
                 if (!renewed)
                     qCInfo(lcMail)
                         << "renewing the outbox lease failed:" << renewed.error().detail;
             });
}

void OutboxSender::reportProblem(const Error &error)
{
    if (!m_cycle.problem)
        m_cycle.problem = error;
    // One report per distinct problem and cycle, not one per message of a batch.
    if (m_reportedInCycle.contains(error.message))
        return;
    m_reportedInCycle.insert(error.message);
    emit deliveryProblem(error);
}

void OutboxSender::onBatchFinished()
{
    m_smtpRunning = false;
    // Anything the client did not report on stays claimed until its lease runs out.
    m_inFlight.clear();
    maybeFinishCycle();
}

void OutboxSender::maybeFinishCycle()
{
    if (!m_busy || m_dispatching || m_smtpRunning || m_pendingJobs > 0)
        return;
    m_busy = false;
    m_reportedInCycle.clear();
    if (m_unrecorded.isEmpty())
        m_heartbeat.stop();
    const OutboxCycle cycle = m_cycle;
    qCDebug(lcMail) << "outbox cycle:" << cycle.claimed << "claimed," << cycle.sent << "sent,"
                    << cycle.retrying << "to retry," << cycle.failed << "failed";
    emit cycleFinished(cycle);
    // A full batch suggests more is due; a problem waits for the next poll instead.
    // While outcomes wait to be recorded, the retry timer and the reconnection go first.
    const bool more = m_started && cycle.claimed >= m_options.batchSize && !cycle.problem;
    if ((m_wakeRequested || more) && m_unrecorded.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_busy && (m_started || m_wakeRequested))
                startCycle();
        });
}

} // namespace helpdesk
