#include "mail/OutboxService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"

#include <QDateTime>

namespace helpdesk {

OutboxService::OutboxService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QFuture<Result<QList<OutboxEntry>>> OutboxService::list(std::optional<OutboxStatus> status,
                                                        int limit)
{
    return m_worker->run(
        [status, limit](QSqlDatabase &db) { return Outbox::list(db, status, limit); });
}

QFuture<Result<QHash<OutboxStatus, qint64>>> OutboxService::counts()
{
    return m_worker->run([](QSqlDatabase &db) { return Outbox::counts(db); });
}

QFuture<Result<OutboxLeases>> OutboxService::leases()
{
    return m_worker->run([clock = m_clock](QSqlDatabase &db) {
        return Outbox::leases(db, clock ? clock() : QDateTime::currentMSecsSinceEpoch());
    });
}

QFuture<Result<QList<OutboxEntry>>> OutboxService::forTicket(qint64 ticketId)
{
    return m_worker->run([ticketId](QSqlDatabase &db) { return Outbox::forTicket(db, ticketId); });
}

QFuture<Result<OutboxEntry>> OutboxService::entry(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return Outbox::entry(db, id); });
}

QFuture<Result<OutboxEntry>> OutboxService::retry(qint64 id)
{
    return change(id, true);
}

QFuture<Result<OutboxEntry>> OutboxService::cancel(qint64 id)
{
    return change(id, false);
}

QFuture<Result<OutboxEntry>> OutboxService::change(qint64 id, bool retry)
{
    const qint64 now = m_clock();
    auto done = m_worker->run([id, retry, now](QSqlDatabase &db) -> Result<OutboxEntry> {
        HD_TRY(retry ? Outbox::retry(db, id, now) : Outbox::cancel(db, id, now));
        return Outbox::entry(db, id);
    });
    // The caller chains on the returned future (which answers even when this service is gone).
    return whenDone(done, this, [this, retry](const Result<OutboxEntry> &r) {
        if (r) {
            emit changed(r.value().ticketId.value_or(0));
            if (retry)
                emit retryRequested(r.value().id);
        }
        return r;
    });
}

} // namespace helpdesk
