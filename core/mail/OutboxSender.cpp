#include "mail/OutboxSender.h"

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
    connect(m_client, &SmtpClient::messageFinished, this, &OutboxSender::onMessageFinished);
    connect(m_client, &SmtpClient::finished, this, &OutboxSender::onBatchFinished);
    m_poll.setInterval(std::max(100, m_options.pollIntervalMs));
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_busy)
            startCycle();
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

OutboxSender::Disposition OutboxSender::disposition(const SmtpError &error)
{
    switch (error.kind) {
    case SmtpError::Kind::Temporary:
    case SmtpError::Kind::CannotConnect:
    case SmtpError::Kind::Timeout:
    case SmtpError::Kind::ConnectionLost:
    case SmtpError::Kind::Cancelled:
        return Disposition::Retry;
    case SmtpError::Kind::Permanent:
    case SmtpError::Kind::RecipientRefused:
    case SmtpError::Kind::MessageTooLarge:
    case SmtpError::Kind::InvalidMessage:
        return Disposition::Fail;
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
    // The job captures values only: it may still run after this object is gone.
    m_worker
        ->run([id = m_options.senderId, at = now(), lease = m_options.leaseMs,
               limit = m_options.batchSize](QSqlDatabase &db) {
            return Outbox::claim(db, id, at, lease, limit);
        })
        .then(m_worker,
              [self = QPointer<OutboxSender>(this)](const Result<QList<OutboxEntry>> &claimed) {
                  if (self)
                      self->onClaimed(claimed);
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
        const qint64 at = now();
        track(m_worker->run([id = entry.id, reply = result.serverReply, at,
                             sender = m_options.senderId,
                             lease = m_options.leaseMs](QSqlDatabase &db) -> Result<bool> {
            auto sent = Outbox::markSent(db, id, reply, at);
            if (sent)
                (void)Outbox::renewLease(db, sender, at + lease).ok(); // best effort
            return sent;
        }),
              [this, entry](bool recorded) {
                  if (!recorded)
                      return;
                  ++m_cycle.sent;
                  emit messageSent(entry.id, entry.ticketId.value_or(0));
              });
        return;
    }

    const SmtpError error = result.error.value_or(
        SmtpError::make(SmtpError::Kind::Protocol, tr("The mail relay gave no result.")));
    switch (disposition(error)) {
    case Disposition::Fail:
        fail(entry, error.error.message, error.serverReply);
        break;
    case Disposition::RetryAndReport:
        reportProblem(error.error);
        retryLater(entry, error.error.message, error.serverReply);
        break;
    case Disposition::Retry:
        retryLater(entry, error.error.message, error.serverReply);
        break;
    }
}

void OutboxSender::retryLater(const OutboxEntry &entry, const QString &error,
                              const QString &serverReply)
{
    if (entry.attempts >= m_options.maxAttempts) {
        fail(entry,
             tr("Gave up after %1 attempts. The last error was: %2").arg(entry.attempts).arg(error),
             serverReply);
        return;
    }
    const qint64 retryAt =
        now() + Outbox::backoffMs(entry.attempts, m_options.backoffBaseMs, m_options.backoffCapMs);
    track(m_worker->run([id = entry.id, sender = m_options.senderId, error, serverReply,
                         retryAt](QSqlDatabase &db) {
        return Outbox::markRetry(db, id, sender, error, serverReply, retryAt);
    }),
          [this](bool recorded) {
              if (recorded)
                  ++m_cycle.retrying;
          });
}

void OutboxSender::fail(const OutboxEntry &entry, const QString &error, const QString &serverReply)
{
    track(m_worker->run([id = entry.id, sender = m_options.senderId, error, serverReply,
                         at = now()](QSqlDatabase &db) {
        return Outbox::markFailed(db, id, sender, error, serverReply, at);
    }),
          [this, entry, error, serverReply](bool recorded) {
              if (!recorded)
                  return;
              ++m_cycle.failed;
              emit messageFailed(entry.id, entry.ticketId.value_or(0),
                                 serverReply.isEmpty() ? error : serverReply);
          });
}

void OutboxSender::reportProblem(const Error &error)
{
    if (!m_cycle.problem)
        m_cycle.problem = error;
    emit deliveryProblem(error);
}

void OutboxSender::track(QFuture<Result<bool>> future, std::function<void(bool)> onRecorded)
{
    ++m_pendingJobs;
    // The continuation's context is the worker, not this sender: Qt 6.4 asserts when a
    // continuation's context is destroyed before its future finishes, and a sender may go
    // away mid-batch. The worker outlives every job it runs.
    future.then(m_worker, [self = QPointer<OutboxSender>(this), this,
                           onRecorded = std::move(onRecorded)](const Result<bool> &recorded) {
        if (!self)
            return;
        --m_pendingJobs;
        if (!recorded)
            reportProblem(recorded.error());
        else
            onRecorded(recorded.value());
        maybeFinishCycle();
    });
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
    const OutboxCycle cycle = m_cycle;
    qCDebug(lcMail) << "outbox cycle:" << cycle.claimed << "claimed," << cycle.sent << "sent,"
                    << cycle.retrying << "to retry," << cycle.failed << "failed";
    emit cycleFinished(cycle);
    // A full batch suggests more is due; a problem waits for the next poll instead.
    const bool more = m_started && cycle.claimed >= m_options.batchSize && !cycle.problem;
    if (m_wakeRequested || more)
        QTimer::singleShot(0, this, [this] {
            if (!m_busy && (m_started || m_wakeRequested))
                startCycle();
        });
}

} // namespace helpdesk
