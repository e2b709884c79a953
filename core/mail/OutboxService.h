#pragma once
// OutboxService: what the Outbox screen and the ticket timeline ask of the mail outbox. Every
// call runs on the DbWorker and answers with a QFuture; retry and cancel announce themselves
// with changed() (and retry with retryRequested(), so that the sender goes at once).

#include "common/Result.h"
#include "mail/Outbox.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace helpdesk {

class DbWorker;

class OutboxService : public QObject
{
    Q_OBJECT
public:
    explicit OutboxService(DbWorker *worker, QObject *parent = nullptr);

    DbWorker *worker() const { return m_worker; }
    // The clock for retries (tests pin it).
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }

    // Newest first; every status when status is empty.
    QFuture<Result<QList<OutboxEntry>>> list(std::optional<OutboxStatus> status, int limit = 500);
    QFuture<Result<QHash<OutboxStatus, qint64>>> counts();
    // What holds unsent mail now: running senders' leases, stopped senders, backoff.
    QFuture<Result<OutboxLeases>> leases();
    // The mail of one ticket, oldest first.
    QFuture<Result<QList<OutboxEntry>>> forTicket(qint64 ticketId);
    QFuture<Result<OutboxEntry>> entry(qint64 id);

    // A failed (or queued) message is queued again, due now. The future holds the message as
    // it is afterwards.
    QFuture<Result<OutboxEntry>> retry(qint64 id);
    // A queued or failed message is never sent (a one-time link in it is removed).
    QFuture<Result<OutboxEntry>> cancel(qint64 id);

    // Something changed the outbox outside this service (the sender, another client).
    void notifyChanged(qint64 ticketId = 0) { emit changed(ticketId); }

signals:
    // The outbox changed; ticketId is the ticket of the message concerned (0: none or unknown).
    void changed(qint64 ticketId);
    // A message was queued again by hand: the sender should cycle now.
    void retryRequested(qint64 outboxId);

private:
    QFuture<Result<OutboxEntry>> change(qint64 id, bool retry);

    DbWorker *m_worker;
    std::function<qint64()> m_clock;
};

} // namespace helpdesk
