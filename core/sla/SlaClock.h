#pragma once
// SlaClock: the recorded running and paused stretches of one ticket's SLA, from which elapsed
// business time, the due time and breaches are derived for any calendar and target.

#include "common/Result.h"
#include "sla/BusinessCalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace helpdesk {

struct SlaSegment
{
    enum class Kind { Running, Paused };
    Kind kind = Kind::Running;
    QDateTime startUtc;
    QDateTime endUtc; // invalid while this is the open (current) segment

    bool isOpen() const { return !endUtc.isValid(); }
    friend bool operator==(const SlaSegment &, const SlaSegment &) = default;
};

// Everything the queue shows about one target at one instant.
struct SlaStatus
{
    qint64 elapsedMs = 0;   // business ms counted up to now
    qint64 remainingMs = 0; // target - elapsed; negative once overdue
    // When the target is (or was) reached: known once reached, or while the clock runs.
    // Empty while paused or stopped short of the target, and before start.
    std::optional<QDateTime> dueUtc;
    bool paused = false;   // counting suspended (pending customer): show "paused", not a time
    bool breached = false; // the target was reached before now and before the clock stopped
};

// Segments are kept rather than one mutable deadline, so a new target or calendar (a policy
// change, a corrected holiday list) is applied by asking again; nothing is recomputed in place.
// Operations reject instants earlier than the last recorded one; equal instants are allowed.
// After stop(), resume() continues the count (a reopened ticket keeps the time it used).
class SlaClock
{
public:
    enum class State { NotStarted, Running, Paused, Stopped };

    State state() const;
    QList<SlaSegment> segments() const { return m_segments; }
    // The last recorded instant (start of the open segment or end of the last closed one).
    QDateTime lastChangeUtc() const;

    Result<void> start(const QDateTime &at);
    Result<void> pause(const QDateTime &at);
    Result<void> resume(const QDateTime &at);
    Result<void> stop(const QDateTime &at);

    // Queries look at the clock as it stood at nowUtc: later segments are ignored and the one
    // holding nowUtc counts as open. With nowUtc at or after lastChangeUtc() that is simply
    // the recorded clock. An invalid nowUtc means "everything recorded".

    // Business ms of the running segments before nowUtc.
    qint64 elapsedBusinessMs(const BusinessCalendar &calendar, const QDateTime &nowUtc) const;
    // When targetMs of business time is reached: the past instant if it already was, the
    // projected one if the clock is running, nullopt while paused/stopped short of it.
    // The projection does not depend on now, only on the recorded segments.
    std::optional<QDateTime> dueAt(const BusinessCalendar &calendar, qint64 targetMs,
                                   const QDateTime &nowUtc) const;
    qint64 remainingMs(const BusinessCalendar &calendar, qint64 targetMs,
                       const QDateTime &nowUtc) const;
    bool isBreached(const BusinessCalendar &calendar, qint64 targetMs,
                    const QDateTime &nowUtc) const;
    SlaStatus status(const BusinessCalendar &calendar, qint64 targetMs,
                     const QDateTime &nowUtc) const;

    // {"segments": [{"kind": "running", "start": "2026-03-27T15:00:00.000Z",
    //                "end": "2026-03-27T16:00:00.000Z"}, {"kind": "paused", "start": ...}]}
    QJsonObject toJson() const;
    // Checks what the operations guarantee: known kinds, valid times in order without overlap,
    // only the last segment open; errors name the field ("segments[1].end").
    static Result<SlaClock> fromJson(const QJsonObject &json);

    friend bool operator==(const SlaClock &, const SlaClock &) = default;

private:
    Result<void> checkTime(const QDateTime &at) const;
    QList<SlaSegment> asOf(const QDateTime &nowUtc) const;
    void openSegment(SlaSegment::Kind kind, const QDateTime &at);

    QList<SlaSegment> m_segments;
};

} // namespace helpdesk
