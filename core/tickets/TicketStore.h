#pragma once
// The SQL behind tickets (their timelines: TimelineStore). Runs on whatever thread owns the
// connection (the DbWorker in the GUI, the main thread in the CLI). Every value is bound.

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace helpdesk {

// A customer who wrote in before, offered while typing a new ticket's requester.
struct RequesterSuggestion
{
    QString name;
    QString email;
};

class TicketStore
{
public:
    explicit TicketStore(QSqlDatabase &db) : m_db(db) {}

    // The first `limit` tickets of a query, in order: what a queue shows before anything else.
    Result<QList<Ticket>> firstPage(const TicketQuery &query, int limit);
    // Every matching ticket id, in order. A million ids is 8 MB: the queue's row index.
    // `cancelled` is polled while reading, so a stale request stops early.
    Result<QList<qint64>> orderedIds(const TicketQuery &query,
                                     const std::function<bool()> &cancelled = {});
    // Tickets by id, returned in the order of `ids` (missing ones are skipped).
    Result<QList<Ticket>> byIds(const QList<qint64> &ids);
    Result<qint64> count(const TicketQuery &query);
    // Live counts for the queue list.
    Result<QHash<QueueKind, qint64>> queueCounts(const TicketQuery &base);

    Result<Ticket> ticket(qint64 id);
    Result<QList<TicketEvent>> events(qint64 ticketId);
    // Requesters of earlier tickets whose name or address contains `text` (at least two
    // characters), most recent first. An interim source until core has a customer-account search.
    Result<QList<RequesterSuggestion>> requesterSuggestions(const QString &text, int limit);

private:
    struct Where
    {
        QString sql;
        QVariantList values;
    };
    Where whereClause(const TicketQuery &query) const;
    // Appends the ORDER BY's bound values (if any) to values.
    QString orderBy(const TicketQuery &query, QVariantList &values) const;

    QSqlDatabase &m_db;
};

} // namespace helpdesk
