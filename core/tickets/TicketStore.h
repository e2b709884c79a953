#pragma once
// The SQL behind tickets (their timelines: TimelineStore). Runs on whatever thread owns the
// connection (the DbWorker in the GUI, the main thread in the CLI). Every value is bound.

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <utility>

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
    // The statement firstPage() runs and its bound values (tests explain it).
    std::pair<QString, QVariantList> firstPageStatement(const TicketQuery &query, int limit) const;
    // Every matching ticket id, in order. A million ids is 8 MB: the queue's row index.
    // `cancelled` is polled while reading, so a stale request stops early.
    Result<QList<qint64>> orderedIds(const TicketQuery &query,
                                     const std::function<bool()> &cancelled = {});
    // Tickets by id, returned in the order of `ids` (missing ones are skipped).
    Result<QList<Ticket>> byIds(const QList<qint64> &ids);
    Result<qint64> count(const TicketQuery &query);
    // Live counts for the queue list: counterCounts() plus breachingCount().
    Result<QHash<QueueKind, qint64>> queueCounts(const TicketQuery &base);
    // Every queue but "Breaching SLA", from the queue_counts table the database keeps (a few
    // dozen rows, whatever the number of tickets).
    Result<QHash<QueueKind, qint64>> counterCounts(const TicketQuery &base);
    // "Breaching SLA" (time-dependent): the hourly sla_due_counts the database keeps for the
    // whole hours before the bound, plus an index range over the hour the bound falls in.
    Result<qint64> breachingCount(const TicketQuery &base);

    // Where changed tickets now belong in a queue: whether each still matches, its row, and
    // the ticket just before it in the queue's order (none: it comes first). One statement
    // for the rows, one index seek per matching ticket.
    struct Placement
    {
        qint64 id = 0;
        bool exists = false;
        bool matches = false;
        Ticket ticket;
        std::optional<qint64> predecessor;
    };
    Result<QList<Placement>> placements(const TicketQuery &query, const QList<qint64> &ids);
    // Whether placements() can find a position for this order (by an index seek); otherwise
    // the queue reloads its id list. Not for the assignee's name (another table) or the risk
    // order (depends on the time).
    static bool canPlace(const TicketQuery &query);

    Result<Ticket> ticket(qint64 id);
    Result<QList<TicketEvent>> events(qint64 ticketId);
    // Requesters of earlier tickets whose name or address contains `text` (at least two
    // characters), most recent first. An interim source until core has a customer-account search.
    Result<QList<RequesterSuggestion>> requesterSuggestions(const QString &text, int limit);

private:
    struct Where
    {
        QString sql;       // " WHERE ..." or empty
        QString condition; // the same without WHERE
        QVariantList values;
    };
    Where whereClause(const TicketQuery &query) const;
    // Appends the ORDER BY's bound values (if any) to values.
    QString orderBy(const TicketQuery &query, QVariantList &values) const;
    Result<std::optional<qint64>> predecessor(const TicketQuery &query, const Ticket &ticket);

    QSqlDatabase &m_db;
};

} // namespace helpdesk
