#include "sla/BusinessCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <limits>

namespace helpdesk {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr qint64 kWeekMs = 7 * kDayMs;
constexpr qint64 kDayMinutes = 24 * 60;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
// Without a further zone transition a piece of constant offset is cut at this length, which
// keeps every sum far from overflowing.
constexpr qint64 kFarMs = 1000LL * 366 * kDayMs;
// 9999-12-31T23:59:59.999Z: nothing is scheduled beyond what QDate can print.
constexpr qint64 kLatestMs = 253402300799999LL;
constexpr qint64 kNoDay = std::numeric_limits<qint64>::max();

QString tr(const char *text)
{
    return QCoreApplication::translate("BusinessCalendar", text);
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message, QStringLiteral("field ") + field);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Days since 1970-01-01 were Thursdays when divisible by 7; 0 = Monday here.
int weekdayIndex(qint64 epochDay)
{
    const qint64 shifted = epochDay + 3;
    return int(shifted - floorDiv(shifted, 7) * 7);
}

qint64 epochDayOf(QDate date)
{
    return date.toJulianDay() - kJulianDayOfEpoch;
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

constexpr std::array<const char *, 7> kDayKeys = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

std::optional<Qt::DayOfWeek> dayFromKey(const QString &key)
{
    for (int i = 0; i < 7; ++i)
        if (key == QLatin1String(kDayKeys[size_t(i)]))
            return Qt::DayOfWeek(i + 1);
    return std::nullopt;
}

QString minutesText(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "HH:mm", 00:00 .. 24:00.
std::optional<int> minutesFromText(const QString &text)
{
    if (text.size() != 5 || text.at(2) != QLatin1Char(':'))
        return std::nullopt;
    bool hOk = false;
    bool mOk = false;
    const int h = QStringView(text).left(2).toInt(&hOk);
    const int m = QStringView(text).mid(3).toInt(&mOk);
    if (!hOk || !mOk || !text.at(0).isDigit() || !text.at(3).isDigit() || h < 0 || m < 0 ||
        m > 59 || h > 24 || (h == 24 && m != 0))
        return std::nullopt;
    return h * 60 + m;
}

Result<void> checkIntervals(const QList<WorkingInterval> &hours, const QString &field)
{
    for (int i = 0; i < hours.size(); ++i) {
        const auto &iv = hours.at(i);
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (iv.startMinute < 0 || iv.startMinute >= kDayMinutes || iv.endMinute <= 0 ||
            iv.endMinute > kDayMinutes)
            return fieldError(name, tr("The working hours in %1 must lie between 00:00 and "
                                       "24:00.")
                                        .arg(name));
        if (iv.endMinute <= iv.startMinute)
            return fieldError(
                name, tr("The working hours in %1 end at %2, which is not after "
                         "their start at %3.")
                          .arg(name, minutesText(iv.endMinute), minutesText(iv.startMinute)));
    }
    QList<int> order;
    for (int i = 0; i < hours.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return hours.at(a).startMinute < hours.at(b).startMinute; });
    for (int k = 1; k < order.size(); ++k) {
        const auto &prev = hours.at(order.at(k - 1));
        const auto &next = hours.at(order.at(k));
        if (next.startMinute < prev.endMinute) {
            const QString name = QStringLiteral("%1[%2]").arg(field).arg(order.at(k));
            return fieldError(
                name, tr("The working hours in %1 (%2-%3) overlap the interval %4-%5.")
                          .arg(name, minutesText(next.startMinute), minutesText(next.endMinute),
                               minutesText(prev.startMinute), minutesText(prev.endMinute)));
        }
    }
    return {};
}

QJsonArray intervalsToJson(const QList<WorkingInterval> &hours)
{
    QJsonArray out;
    for (const auto &iv : hours)
        out.append(QJsonObject{{QStringLiteral("start"), minutesText(iv.startMinute)},
                               {QStringLiteral("end"), minutesText(iv.endMinute)}});
    return out;
}

Result<QList<WorkingInterval>> intervalsFromJson(const QJsonValue &value, const QString &field)
{
    if (!value.isArray())
        return fieldError(field,
                          tr("The working hours in %1 must be a list of intervals.").arg(field));
    QList<WorkingInterval> out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString name = QStringLiteral("%1[%2]").arg(field).arg(i);
        const QJsonObject obj = array.at(i).toObject();
        WorkingInterval iv;
        for (const auto &[key, target] : {std::pair{QStringLiteral("start"), &iv.startMinute},
                                          std::pair{QStringLiteral("end"), &iv.endMinute}}) {
            const auto minutes = minutesFromText(obj.value(key).toString());
            if (!minutes) {
                const QString sub = name + u'.' + key;
                return fieldError(sub, tr("%1 must be a time of day written as HH:mm "
                                          "(00:00 to 24:00).")
                                           .arg(sub));
            }
            *target = *minutes;
        }
        out.append(iv);
    }
    return out;
}

} // namespace

struct BusinessCalendar::Piece
{
    qint64 endUtc;   // the next zone transition, or far away
    qint64 offsetMs; // local wall time = UTC + offsetMs until endUtc
};

BusinessCalendar::BusinessCalendar() : m_zone(QTimeZone::utc())
{
    m_dayMask = 0x7f;
    m_defaultHours = {{0, int(kDayMinutes)}};
    rebuild();
}

BusinessCalendar BusinessCalendar::alwaysOpen(const QTimeZone &zone)
{
    BusinessCalendar c;
    c.setTimeZone(zone);
    return c;
}

BusinessCalendar BusinessCalendar::weekly(const QTimeZone &zone, const QSet<Qt::DayOfWeek> &days,
                                          const QList<WorkingInterval> &hours)
{
    BusinessCalendar c;
    c.m_zone = zone;
    c.setWorkingDays(days);
    c.setWorkingHours(hours);
    return c;
}

void BusinessCalendar::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

QSet<Qt::DayOfWeek> BusinessCalendar::workingDays() const
{
    QSet<Qt::DayOfWeek> out;
    for (int d = 1; d <= 7; ++d)
        if (m_dayMask & (1u << (d - 1)))
            out.insert(Qt::DayOfWeek(d));
    return out;
}

void BusinessCalendar::setWorkingDays(const QSet<Qt::DayOfWeek> &days)
{
    m_dayMask = 0;
    for (Qt::DayOfWeek d : days)
        if (d >= Qt::Monday && d <= Qt::Sunday)
            m_dayMask |= quint8(1u << (d - 1));
    rebuild();
}

void BusinessCalendar::setWorkingHours(const QList<WorkingInterval> &hours)
{
    m_defaultHours = hours;
    rebuild();
}

void BusinessCalendar::setWorkingHours(Qt::DayOfWeek day, const QList<WorkingInterval> &hours)
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return;
    m_dayHours[day] = hours;
    rebuild();
}

QList<WorkingInterval> BusinessCalendar::workingHours(Qt::DayOfWeek day) const
{
    if (day < Qt::Monday || day > Qt::Sunday || !(m_dayMask & (1u << (day - 1))))
        return {};
    return m_dayHours[day].isEmpty() ? m_defaultHours : m_dayHours[day];
}

void BusinessCalendar::setHolidays(const QList<QDate> &dates)
{
    m_holidays.clear();
    for (QDate d : dates)
        if (d.isValid())
            m_holidays.append(d);
    std::sort(m_holidays.begin(), m_holidays.end());
    m_holidays.erase(std::unique(m_holidays.begin(), m_holidays.end()), m_holidays.end());
    rebuild();
}

void BusinessCalendar::addHoliday(QDate date)
{
    QList<QDate> all = m_holidays;
    all.append(date);
    setHolidays(all);
}

void BusinessCalendar::rebuild()
{
    m_weekMs = 0;
    for (int d = 1; d <= 7; ++d) {
        auto &ranges = m_ranges[size_t(d - 1)];
        ranges.clear();
        for (const auto &iv : workingHours(Qt::DayOfWeek(d))) {
            const qint64 s = std::clamp<qint64>(iv.startMinute, 0, kDayMinutes) * kMinuteMs;
            const qint64 e = std::clamp<qint64>(iv.endMinute, 0, kDayMinutes) * kMinuteMs;
            if (e > s)
                ranges.emplace_back(s, e);
        }
        // Merged so that an unvalidated calendar with overlaps never counts an hour twice.
        std::sort(ranges.begin(), ranges.end());
        std::vector<std::pair<qint64, qint64>> merged;
        for (const auto &r : ranges) {
            if (!merged.empty() && r.first <= merged.back().second)
                merged.back().second = std::max(merged.back().second, r.second);
            else
                merged.push_back(r);
        }
        ranges = std::move(merged);
        for (const auto &r : ranges)
            m_weekMs += r.second - r.first;
    }
    m_holidayDays.clear();
    for (QDate d : m_holidays)
        m_holidayDays.push_back(epochDayOf(d));
}

Result<void> BusinessCalendar::validate() const
{
    if (!m_zone.isValid())
        return fieldError(QStringLiteral("timeZone"),
                          tr("The time zone in timeZone is not known; use an IANA name such as "
                             "Europe/Berlin."));
    if (m_dayMask == 0)
        return fieldError(QStringLiteral("workingDays"),
                          tr("The calendar needs at least one working day (workingDays)."));
    bool needDefault = false;
    for (int d = 1; d <= 7; ++d) {
        const bool working = m_dayMask & (1u << (d - 1));
        const QString field = QStringLiteral("dayHours.") + dayKey(Qt::DayOfWeek(d));
        if (!m_dayHours[size_t(d)].isEmpty()) {
            if (!working)
                return fieldError(field, tr("%1 sets working hours for a day that is not in "
                                            "workingDays.")
                                             .arg(field));
            if (auto r = checkIntervals(m_dayHours[size_t(d)], field); !r)
                return r;
        } else if (working) {
            needDefault = true;
        }
    }
    if (needDefault && m_defaultHours.isEmpty())
        return fieldError(QStringLiteral("hours"),
                          tr("The calendar needs at least one interval of working hours "
                             "(hours)."));
    return checkIntervals(m_defaultHours, QStringLiteral("hours"));
}

BusinessCalendar::Piece BusinessCalendar::pieceAt(qint64 utcMs) const
{
    const QDateTime at = utcFromMs(utcMs);
    Piece p{utcMs + kFarMs, qint64(m_zone.offsetFromUtc(at)) * 1000};
    if (m_zone.hasTransitions()) {
        const QTimeZone::OffsetData next = m_zone.nextTransition(at);
        if (next.atUtc.isValid()) {
            const qint64 t = next.atUtc.toMSecsSinceEpoch();
            if (t > utcMs && t < p.endUtc)
                p.endUtc = t;
        }
    }
    return p;
}

bool BusinessCalendar::isHolidayDay(qint64 epochDay) const
{
    return std::binary_search(m_holidayDays.begin(), m_holidayDays.end(), epochDay);
}

qint64 BusinessCalendar::nextHolidayDay(qint64 epochDay) const
{
    const auto it = std::lower_bound(m_holidayDays.begin(), m_holidayDays.end(), epochDay);
    return it == m_holidayDays.end() ? kNoDay : *it;
}

const std::vector<std::pair<qint64, qint64>> &BusinessCalendar::dayRanges(qint64 epochDay) const
{
    static const std::vector<std::pair<qint64, qint64>> none;
    return isHolidayDay(epochDay) ? none : m_ranges[size_t(weekdayIndex(epochDay))];
}

// Within one piece the offset is constant, so wall time runs in step with UTC and the local
// days can be walked in order; whole weeks without a holiday are skipped in one step.
qint64 BusinessCalendar::workingMsInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs) const
{
    const qint64 a = fromUtc + offsetMs;
    const qint64 b = toUtc + offsetMs;
    qint64 total = 0;
    for (qint64 day = floorDiv(a, kDayMs); day * kDayMs < b;) {
        const qint64 dayStart = day * kDayMs;
        if (dayStart >= a && m_weekMs > 0) {
            const qint64 weeksFit = (b - dayStart) / kWeekMs;
            const qint64 holiday = nextHolidayDay(day);
            const qint64 weeks =
                std::min(weeksFit, holiday == kNoDay ? weeksFit : (holiday - day) / 7);
            if (weeks > 0) {
                total += weeks * m_weekMs;
                day += weeks * 7;
                continue;
            }
        }
        for (const auto &[rs, re] : dayRanges(day)) {
            const qint64 s = std::max(dayStart + rs, a);
            const qint64 e = std::min(dayStart + re, b);
            if (e > s)
                total += e - s;
        }
        ++day;
    }
    return total;
}

bool BusinessCalendar::consumeInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs,
                                      qint64 &remaining, qint64 &result) const
{
    const qint64 a = fromUtc + offsetMs;
    const qint64 b = toUtc + offsetMs;
    for (qint64 day = floorDiv(a, kDayMs); day * kDayMs < b;) {
        const qint64 dayStart = day * kDayMs;
        if (dayStart >= a && m_weekMs > 0) {
            // Stop short of the week in which the count runs out; that one is walked by day.
            const qint64 weeksFit = (b - dayStart) / kWeekMs;
            const qint64 holiday = nextHolidayDay(day);
            const qint64 weeks =
                std::min({weeksFit, holiday == kNoDay ? weeksFit : (holiday - day) / 7,
                          (remaining - 1) / m_weekMs});
            if (weeks > 0) {
                remaining -= weeks * m_weekMs;
                day += weeks * 7;
                continue;
            }
        }
        for (const auto &[rs, re] : dayRanges(day)) {
            const qint64 s = std::max(dayStart + rs, a);
            const qint64 e = std::min(dayStart + re, b);
            if (e <= s)
                continue;
            if (remaining <= e - s) {
                result = s + remaining - offsetMs;
                return true;
            }
            remaining -= e - s;
        }
        ++day;
    }
    return false;
}

bool BusinessCalendar::firstWorkingInPiece(qint64 fromUtc, qint64 toUtc, qint64 offsetMs,
                                           qint64 &result) const
{
    const qint64 a = fromUtc + offsetMs;
    const qint64 b = toUtc + offsetMs;
    for (qint64 day = floorDiv(a, kDayMs); day * kDayMs < b; ++day) {
        const qint64 dayStart = day * kDayMs;
        for (const auto &[rs, re] : dayRanges(day)) {
            const qint64 s = std::max(dayStart + rs, a);
            const qint64 e = std::min(dayStart + re, b);
            if (e > s) {
                result = s - offsetMs;
                return true;
            }
        }
    }
    return false;
}

bool BusinessCalendar::isWorkingTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return false;
    const qint64 t = utc.toMSecsSinceEpoch();
    const qint64 wall = t + qint64(m_zone.offsetFromUtc(utc)) * 1000;
    const qint64 day = floorDiv(wall, kDayMs);
    const qint64 inDay = wall - day * kDayMs;
    const auto &ranges = dayRanges(day);
    return std::any_of(ranges.begin(), ranges.end(),
                       [inDay](const auto &r) { return inDay >= r.first && inDay < r.second; });
}

qint64 BusinessCalendar::workingMsBetween(const QDateTime &fromUtc, const QDateTime &toUtc) const
{
    if (!fromUtc.isValid() || !toUtc.isValid() || m_weekMs == 0)
        return 0;
    const qint64 to = toUtc.toMSecsSinceEpoch();
    qint64 total = 0;
    for (qint64 t = fromUtc.toMSecsSinceEpoch(); t < to;) {
        const Piece p = pieceAt(t);
        const qint64 end = std::min(p.endUtc, to);
        total += workingMsInPiece(t, end, p.offsetMs);
        t = end;
    }
    return total;
}

QDateTime BusinessCalendar::addWorkingMs(const QDateTime &startUtc, qint64 ms) const
{
    if (!startUtc.isValid() || ms < 0 || m_weekMs == 0)
        return {};
    if (ms == 0)
        return nextOpening(startUtc);
    qint64 remaining = ms;
    for (qint64 t = startUtc.toMSecsSinceEpoch(); t <= kLatestMs;) {
        const Piece p = pieceAt(t);
        qint64 result = 0;
        if (consumeInPiece(t, p.endUtc, p.offsetMs, remaining, result))
            return result <= kLatestMs ? utcFromMs(result) : QDateTime();
        t = p.endUtc;
    }
    return {};
}

QDateTime BusinessCalendar::nextOpening(const QDateTime &utc) const
{
    if (!utc.isValid() || m_weekMs == 0)
        return {};
    for (qint64 t = utc.toMSecsSinceEpoch(); t <= kLatestMs;) {
        const Piece p = pieceAt(t);
        qint64 result = 0;
        if (firstWorkingInPiece(t, p.endUtc, p.offsetMs, result))
            return result <= kLatestMs ? utcFromMs(result) : QDateTime();
        t = p.endUtc;
    }
    return {};
}

QString BusinessCalendar::dayKey(Qt::DayOfWeek day)
{
    if (day < Qt::Monday || day > Qt::Sunday)
        return {};
    return QLatin1String(kDayKeys[size_t(day - 1)]);
}

QJsonObject BusinessCalendar::toJson() const
{
    QJsonArray days;
    QJsonObject dayHours;
    for (int d = 1; d <= 7; ++d) {
        if (m_dayMask & (1u << (d - 1)))
            days.append(dayKey(Qt::DayOfWeek(d)));
        if (!m_dayHours[size_t(d)].isEmpty())
            dayHours.insert(dayKey(Qt::DayOfWeek(d)), intervalsToJson(m_dayHours[size_t(d)]));
    }
    QJsonArray holidays;
    for (QDate d : m_holidays)
        holidays.append(d.toString(Qt::ISODate));
    QJsonObject out{{QStringLiteral("timeZone"), QString::fromUtf8(m_zone.id())},
                    {QStringLiteral("workingDays"), days},
                    {QStringLiteral("hours"), intervalsToJson(m_defaultHours)},
                    {QStringLiteral("holidays"), holidays}};
    if (!dayHours.isEmpty())
        out.insert(QStringLiteral("dayHours"), dayHours);
    return out;
}

Result<BusinessCalendar> BusinessCalendar::fromJson(const QJsonObject &json)
{
    BusinessCalendar c;

    const QString zoneId = json.value(QStringLiteral("timeZone")).toString();
    const QTimeZone zone(zoneId.toUtf8());
    if (zoneId.isEmpty() || !zone.isValid())
        return fieldError(QStringLiteral("timeZone"),
                          tr("The time zone \"%1\" in timeZone is not known; use an IANA name "
                             "such as Europe/Berlin.")
                              .arg(zoneId));
    c.m_zone = zone;

    const QJsonValue daysValue = json.value(QStringLiteral("workingDays"));
    if (!daysValue.isArray())
        return fieldError(QStringLiteral("workingDays"),
                          tr("workingDays must list the working days (mon, tue, ...)."));
    QSet<Qt::DayOfWeek> days;
    const QJsonArray daysArray = daysValue.toArray();
    for (qsizetype i = 0; i < daysArray.size(); ++i) {
        const auto day = dayFromKey(daysArray.at(i).toString());
        if (!day) {
            const QString name = QStringLiteral("workingDays[%1]").arg(i);
            return fieldError(name,
                              tr("%1 is not a day of the week (mon, tue, ... sun).").arg(name));
        }
        days.insert(*day);
    }
    c.setWorkingDays(days);

    HD_TRY_ASSIGN(auto hours,
                  intervalsFromJson(json.value(QStringLiteral("hours")), QStringLiteral("hours")));
    c.m_defaultHours = hours;

    const QJsonObject dayHours = json.value(QStringLiteral("dayHours")).toObject();
    for (auto it = dayHours.begin(); it != dayHours.end(); ++it) {
        const QString field = QStringLiteral("dayHours.") + it.key();
        const auto day = dayFromKey(it.key());
        if (!day)
            return fieldError(field,
                              tr("%1 is not a day of the week (mon, tue, ... sun).").arg(field));
        HD_TRY_ASSIGN(auto list, intervalsFromJson(it.value(), field));
        c.m_dayHours[size_t(*day)] = list;
    }

    const QJsonArray holidays = json.value(QStringLiteral("holidays")).toArray();
    QList<QDate> dates;
    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const QDate d = QDate::fromString(holidays.at(i).toString(), Qt::ISODate);
        if (!d.isValid()) {
            const QString name = QStringLiteral("holidays[%1]").arg(i);
            return fieldError(name, tr("%1 must be a date written as yyyy-MM-dd.").arg(name));
        }
        dates.append(d);
    }
    c.setHolidays(dates); // also rebuilds the derived tables

    HD_TRY(c.validate());
    return c;
}

bool operator==(const BusinessCalendar &a, const BusinessCalendar &b)
{
    return a.m_zone.id() == b.m_zone.id() && a.m_dayMask == b.m_dayMask &&
           a.m_defaultHours == b.m_defaultHours && a.m_dayHours == b.m_dayHours &&
           a.m_holidays == b.m_holidays;
}

} // namespace helpdesk
