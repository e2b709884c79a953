#pragma once
// Short human texts for spans of time and SLA due times ("in 2 h 10 min", "overdue 35 min"),
// shared by the queue's countdown, the detail panel and the lead's view.

#include "tickets/Ticket.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>

namespace helpdesk {

class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    // A point in time as the user's locale writes it, short ("12/2/26 10:19 AM"), in local
    // time; empty for an invalid one.
    static QString dateTime(const QDateTime &dt);
    // "35 min", "2 h 10 min", "14 h", "3 d 4 h"; never empty (under a minute is "1 min").
    static QString duration(qint64 ms);

    struct Due
    {
        enum class State {
            None,    // no due time, or the ticket is done: nothing to count down
            OnTrack, // due later than the warning window
            Warning, // due within the warning window
            Overdue,
            Paused, // pending the customer: the clock is stopped
        };
        State state = State::None;
        QString text; // "in 2 h 10 min", "overdue 35 min", "paused", or empty
    };
    // The countdown of a ticket's resolution due time at `now`.
    static Due due(const QDateTime &dueAt, TicketStatus status, const QDateTime &now,
                   qint64 warningWindowMs);
    // Ink for a countdown: amber near the breach, red past it, grey while paused; invalid for
    // the default text colour.
    static QColor dueColor(Due::State state, const QPalette &palette,
                           QPalette::ColorRole background = QPalette::Base);

    // "Held by Maria Kowalski for 3 h 20 min"; without assignedAt just "Held by …".
    static QString heldBy(const QString &assignee, const QDateTime &assignedAt,
                          const QDateTime &now);
};

} // namespace helpdesk
