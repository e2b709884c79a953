#include "sla/SlaConfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace helpdesk {

namespace {
const QString kDefaultCalendar = QStringLiteral("always");
}

SlaConfig SlaConfig::defaults()
{
    SlaConfig c;
    c.calendars.insert(kDefaultCalendar, BusinessCalendar::alwaysOpen(QTimeZone::utc()));
    const struct
    {
        TicketPriority p;
        int first;
        int resolve;
    } targets[] = {{TicketPriority::Urgent, 60, 240},
                   {TicketPriority::High, 240, 480},
                   {TicketPriority::Normal, 480, 1440},
                   {TicketPriority::Low, 1440, 4320}};
    for (const auto &t : targets) {
        SlaPolicy policy;
        policy.priority = t.p;
        policy.firstResponseMinutes = t.first;
        policy.resolutionMinutes = t.resolve;
        policy.calendarId = kDefaultCalendar;
        (void)c.policies.add(policy);
    }
    return c;
}

QJsonObject SlaConfig::toJson() const
{
    QJsonObject cals;
    for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
        cals.insert(it.key(), it.value().toJson());
    QJsonObject o = policies.toJson();
    o.insert(QStringLiteral("calendars"), cals);
    o.insert(QStringLiteral("warningWindowMinutes"), double(warningWindowMs / 60000));
    return o;
}

Result<SlaConfig> SlaConfig::fromJson(const QJsonObject &json)
{
    SlaConfig c;
    HD_TRY_ASSIGN(c.policies, SlaPolicySet::fromJson(json));
    const QJsonObject cals = json.value(QStringLiteral("calendars")).toObject();
    for (auto it = cals.constBegin(); it != cals.constEnd(); ++it) {
        HD_TRY_ASSIGN(const BusinessCalendar calendar,
                      BusinessCalendar::fromJson(it.value().toObject()));
        c.calendars.insert(it.key(), calendar);
    }
    if (json.contains(QStringLiteral("warningWindowMinutes"))) {
        const double minutes = json.value(QStringLiteral("warningWindowMinutes")).toDouble(-1);
        if (minutes < 0)
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate(
                                   "SlaConfig", "The warning window must be a number of minutes."));
        c.warningWindowMs = qint64(minutes) * 60000;
    }
    HD_TRY(c.validate());
    return c;
}

Result<void> SlaConfig::validate() const
{
    for (const SlaPolicy &p : policies.policies()) {
        if (!calendars.contains(p.calendarId))
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate(
                                   "SlaConfig", "The SLA policy for %1 tickets uses the calendar "
                                                "\"%2\", which is not defined.")
                                   .arg(Vocabulary::label(p.priority), p.calendarId));
    }
    for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
        HD_TRY(it.value().validate());
    return {};
}

SlaConfig::Due SlaConfig::dueFor(TicketPriority priority, TicketCategory category,
                                 const QDateTime &createdAt, const SlaClock &clock) const
{
    Due due;
    const auto policy = policies.policyFor(priority, category);
    if (!policy)
        return due;
    const BusinessCalendar calendar = calendars.value(policy->calendarId);
    if (createdAt.isValid())
        due.firstResponse = calendar.addWorkingMs(createdAt, policy->firstResponseMs());
    if (auto at = clock.dueAt(calendar, policy->resolutionMs(), QDateTime()))
        due.resolution = *at;
    return due;
}

SlaClock SlaConfig::clockOf(const QString &segments, const QDateTime &createdAt)
{
    if (!segments.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(segments.toUtf8());
        if (auto clock = SlaClock::fromJson(doc.object()))
            return clock.value();
    }
    SlaClock clock;
    if (createdAt.isValid())
        (void)clock.start(createdAt);
    return clock;
}

} // namespace helpdesk
