#pragma once
// BusinessCalendar: the opening hours an SLA counts in (working days, local hours, holidays, zone).

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <array>
#include <utility>
#include <vector>

namespace helpdesk {

// One stretch of working hours on a local day, [start, end) in minutes after local midnight.
// end may be 1440 (written "24:00"); an interval never crosses midnight.
struct WorkingInterval
{
    int startMinute = 0;
    int endMinute = 0;

    static WorkingInterval fromHours(int startHour, int startMin, int endHour, int endMin)
    {
        return {startHour * 60 + startMin, endHour * 60 + endMin};
    }
    friend bool operator==(const WorkingInterval &, const WorkingInterval &) = default;
};

// Working time is every instant whose wall-clock time in timeZone() falls inside one of the
// working intervals of its local date, when that date is a working day and not a holiday.
// Business time is real elapsed time inside working time. So a 09:00-17:00 day is always 8 h,
// and a 24x7 calendar counts 23 h on a spring-forward day and 25 h on a fall-back day; an
// interval that the jump cuts through (01:00-05:00 in Europe/Berlin) is 3 h on the
// spring-forward night and 5 h on the fall-back night, because the clock shows working hours
// for that long.
//
// All instants are taken and returned in UTC. Functions given an invalid QDateTime return
// 0 / false / an invalid QDateTime.
class BusinessCalendar
{
public:
    // 24x7 in UTC: business time equals wall time.
    BusinessCalendar();

    static BusinessCalendar alwaysOpen(const QTimeZone &zone);
    // The given days, each with the same intervals.
    static BusinessCalendar weekly(const QTimeZone &zone, const QSet<Qt::DayOfWeek> &days,
                                   const QList<WorkingInterval> &hours);

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone);

    QSet<Qt::DayOfWeek> workingDays() const;
    void setWorkingDays(const QSet<Qt::DayOfWeek> &days);

    // Hours of every working day without an override of its own.
    QList<WorkingInterval> defaultHours() const { return m_defaultHours; }
    void setWorkingHours(const QList<WorkingInterval> &hours);
    // A different set of hours for one weekday (e.g. a short Friday); an empty list removes it.
    void setWorkingHours(Qt::DayOfWeek day, const QList<WorkingInterval> &hours);
    bool hasOwnHours(Qt::DayOfWeek day) const { return !m_dayHours[day].isEmpty(); }
    // The hours that apply on a weekday; empty when it is not a working day.
    QList<WorkingInterval> workingHours(Qt::DayOfWeek day) const;

    // Local dates on which nothing counts.
    QList<QDate> holidays() const { return m_holidays; }
    void setHolidays(const QList<QDate> &dates);
    void addHoliday(QDate date);

    // InvalidInput naming the field (same names as in the JSON form) when the calendar cannot
    // be used: unknown zone, no working day, end not after start, overlapping intervals.
    Result<void> validate() const;

    bool isWorkingTime(const QDateTime &utc) const;
    // Business milliseconds in [fromUtc, toUtc); 0 when toUtc <= fromUtc.
    qint64 workingMsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const;
    // The earliest instant at which `ms` business milliseconds have elapsed, counting from
    // startUtc (from the next opening when startUtc is outside working time). The result may
    // be a closing time: Friday 13:00 + 4 h is Friday 17:00, not Monday 09:00.
    // ms == 0 returns nextOpening(startUtc), so a zero target set outside hours falls due when
    // the office opens. Negative ms, or a calendar without any working time, gives an invalid
    // QDateTime.
    QDateTime addWorkingMs(const QDateTime &startUtc, qint64 ms) const;
    // The earliest working instant at or after utc: utc itself when it is in working time.
    QDateTime nextOpening(const QDateTime &utc) const;

    // {"timeZone": "Europe/Berlin", "workingDays": ["mon", ...],
    //  "hours": [{"start": "09:00", "end": "17:00"}], "dayHours": {"fri": [...]},
    //  "holidays": ["2026-12-25"]}
    QJsonObject toJson() const;
    static Result<BusinessCalendar> fromJson(const QJsonObject &json);

    // JSON day keys "mon".."sun".
    static QString dayKey(Qt::DayOfWeek day);

    friend bool operator==(const BusinessCalendar &a, const BusinessCalendar &b);

private:
    struct Piece;
    void rebuild();
    Piece pieceAt(qint64 utcMs) const;
    bool isHolidayDay(qint64 epochDay) const;
    qint64 nextHolidayDay(qint64 epochDay) const;
    const std::vector<std::pair<qint64, qint64>> &dayRanges(qint64 epochDay) const;
    qint64 workingMsInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs) const;
    bool consumeInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs, qint64 &remaining,
                        qint64 &result) const;
    bool firstWorkingInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs, qint64 &result) const;

    QTimeZone m_zone;
    quint8 m_dayMask = 0; // bit (day - 1) set for each working Qt::DayOfWeek
    QList<WorkingInterval> m_defaultHours;
    std::array<QList<WorkingInterval>, 8> m_dayHours; // index Qt::DayOfWeek, 0 unused
    QList<QDate> m_holidays;                          // sorted, unique

    // Derived in rebuild(): per weekday (0 = Monday) sorted, merged ranges in ms after
    // midnight, the business ms of a plain week, and holidays as days since 1970-01-01.
    std::array<std::vector<std::pair<qint64, qint64>>, 7> m_ranges;
    qint64 m_weekMs = 0;
    std::vector<qint64> m_holidayDays;
};

} // namespace helpdesk
