#pragma once
// The desk's SLA set-up (calendars, policies, warning window) and the due-time arithmetic
// tickets use it for. Stored by SlaConfigStore.

#include "common/Result.h"
#include "sla/BusinessCalendar.h"
#include "sla/SlaClock.h"
#include "sla/SlaPolicy.h"
#include "vocabulary/TicketVocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

namespace helpdesk {

struct SlaConfig
{
    QHash<QString, BusinessCalendar> calendars;
    SlaPolicySet policies;
    qint64 warningWindowMs = 4LL * 3600 * 1000; // "Breaching SLA" shows tickets due this soon

    // Until an admin configures it: round-the-clock targets by priority (urgent 1 h / 4 h,
    // high 4 h / 8 h, normal 8 h / 24 h, low 24 h / 72 h).
    static SlaConfig defaults();

    QJsonObject toJson() const;
    static Result<SlaConfig> fromJson(const QJsonObject &json);
    // Every policy names a known calendar, and every calendar is valid.
    Result<void> validate() const;

    struct Due
    {
        QDateTime firstResponse; // invalid when the ticket has no policy
        QDateTime resolution;    // invalid while the clock is paused or stopped short
    };
    // The due times of a ticket with this priority and category, created at createdAt, whose
    // resolution clock is `clock`.
    Due dueFor(TicketPriority priority, TicketCategory category, const QDateTime &createdAt,
               const SlaClock &clock) const;

    // A ticket's clock: parsed from its stored segments (JSON), or started at its creation when
    // it has none yet (tickets written before clocks were kept).
    static SlaClock clockOf(const QString &segments, const QDateTime &createdAt);
};

} // namespace helpdesk
