#pragma once
// The desk's SLA set-up (calendars, policies, warning window), stored as one JSON document in
// the shared settings table, and the due-time arithmetic tickets use it for.

#include "common/Result.h"
#include "sla/BusinessCalendar.h"
#include "sla/SlaClock.h"
#include "sla/SlaPolicy.h"
#include "tickets/Ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>

namespace helpdesk {

struct SlaConfig
{
    static constexpr const char *SettingsKey = "sla.config";

    QHash<QString, BusinessCalendar> calendars;
    SlaPolicySet policies;
    qint64 warningWindowMs = 4LL * 3600 * 1000; // "Breaching SLA" shows tickets due this soon

    // Until an admin configures it: round-the-clock targets by priority (urgent 1 h / 4 h,
    // high 4 h / 8 h, normal 8 h / 24 h, low 24 h / 72 h).
    static SlaConfig defaults();
    static Result<SlaConfig> load(QSqlDatabase &db);
    // Validates (every policy names a known calendar), saves, and recomputes the due times of
    // every ticket still being worked from its recorded clock, in one transaction. Returns how
    // many tickets were recomputed.
    static Result<qint64> save(QSqlDatabase &db, const SlaConfig &config);

    QJsonObject toJson() const;
    static Result<SlaConfig> fromJson(const QJsonObject &json);
    Result<void> validate() const;

    struct Due
    {
        QDateTime firstResponse; // invalid when the ticket has no policy
        QDateTime resolution;    // invalid while the clock is paused or stopped short
    };
    Due dueFor(const Ticket &ticket, const SlaClock &clock) const;

    // The ticket's clock: parsed from its segments, or started at its creation when it has
    // none yet (tickets written before clocks were kept).
    static SlaClock clockOf(const Ticket &ticket);
};

} // namespace helpdesk
