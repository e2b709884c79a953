#pragma once
// What the UI asks of tickets. Every call runs on the DbWorker and answers with a QFuture, so
// the GUI thread never waits on the database.

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace helpdesk {

class DbWorker;

class TicketService : public QObject
{
    Q_OBJECT
public:
    explicit TicketService(DbWorker *worker, QObject *parent = nullptr);

    DbWorker *worker() const { return m_worker; }

    QFuture<Result<Ticket>> ticket(qint64 id);
    QFuture<Result<QList<TicketEvent>>> events(qint64 ticketId);
    QFuture<Result<QHash<QueueKind, qint64>>> queueCounts(const TicketQuery &base);

signals:
    // A ticket changed (here or, on PostgreSQL, in another client): queues and panels refresh.
    void ticketChanged(qint64 ticketId);

private:
    DbWorker *m_worker;
};

} // namespace helpdesk
