#include "tickets/TicketService.h"

#include "db/DbWorker.h"
#include "tickets/TicketStore.h"

namespace helpdesk {

TicketService::TicketService(DbWorker *worker, QObject *parent) : QObject(parent), m_worker(worker)
{}

QFuture<Result<Ticket>> TicketService::ticket(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return TicketStore(db).ticket(id); });
}

QFuture<Result<QList<TicketEvent>>> TicketService::events(qint64 ticketId)
{
    return m_worker->run([ticketId](QSqlDatabase &db) { return TicketStore(db).events(ticketId); });
}

QFuture<Result<QHash<QueueKind, qint64>>> TicketService::queueCounts(const TicketQuery &base)
{
    return m_worker->run([base](QSqlDatabase &db) { return TicketStore(db).queueCounts(base); });
}

} // namespace helpdesk
