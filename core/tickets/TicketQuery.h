#pragma once
// What a queue shows: which tickets (queue, extra filters, filter text) and in which order.

#include "tickets/Ticket.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace helpdesk {

enum class QueueKind { MyOpen, Unassigned, AllOpen, Escalated, BreachingSla, Resolved, All };

// The columns of the ticket table, in display order.
enum class TicketColumn {
    Number,
    Subject,
    Requester,
    Category,
    Priority,
    Status,
    Assignee,
    Due,
    Updated,
    Count
};

namespace Queues {
QList<QueueKind> all();
QString label(QueueKind kind);
QString key(QueueKind kind); // "my-open", "unassigned", ... for settings and the CLI
std::optional<QueueKind> fromKey(const QString &key);
} // namespace Queues

struct TicketQuery
{
    QueueKind queue = QueueKind::All;
    std::optional<qint64> currentStaffId; // for "My open tickets"
    std::optional<TicketStatus> status;   // an extra status filter (CLI --status)
    std::optional<qint64> assigneeId;     // an extra assignee filter (CLI --assignee)
    QString filterText;                   // subject, requester, or #number
    TicketColumn sortColumn = TicketColumn::Updated;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;
    qint64 breachWarningMs = 4 * 3600 * 1000; // "Breaching SLA": due within this window
    QDateTime now;                            // reference time for SLA queues (defaults to now)
    // The lead's view: most at risk first (overdue minutes x priority), overriding sortColumn.
    bool sortByRisk = false;
    // Only these tickets (a report's drill-down: the tickets behind a bar or row); nullopt: no
    // such limit. Kept short by the caller (bound values: a few thousand at most).
    std::optional<QList<qint64>> onlyIds;

    bool operator==(const TicketQuery &) const = default;
};

} // namespace helpdesk
