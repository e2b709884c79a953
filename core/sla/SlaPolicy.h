#pragma once
// SlaPolicy: first-response and resolution targets for a priority (optionally one category);
// SlaPolicySet picks the policy that applies to a ticket.

#include "common/Result.h"
#include "vocabulary/TicketVocabulary.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

struct SlaPolicy
{
    TicketPriority priority = TicketPriority::Normal;
    // Set: applies only to this category and wins over the priority's default policy.
    std::optional<TicketCategory> category;
    // Targets in business minutes of the named calendar.
    int firstResponseMinutes = 0;
    int resolutionMinutes = 0;
    QString calendarId; // key of the BusinessCalendar the targets are counted in

    qint64 firstResponseMs() const { return qint64(firstResponseMinutes) * 60 * 1000; }
    qint64 resolutionMs() const { return qint64(resolutionMinutes) * 60 * 1000; }

    // InvalidInput naming the field: targets > 0, first response <= resolution, a calendar.
    Result<void> validate() const;

    // {"priority": "high", "category": "security", "firstResponseMinutes": 60,
    //  "resolutionMinutes": 480, "calendar": "office"}; "category" is left out for a default.
    QJsonObject toJson() const;
    static Result<SlaPolicy> fromJson(const QJsonObject &json);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;
};

class SlaPolicySet
{
public:
    // Rejects an invalid policy and a second one for the same (priority, category).
    Result<void> add(const SlaPolicy &policy);
    // Replaces the policy for the same (priority, category), or adds it.
    Result<void> set(const SlaPolicy &policy);
    bool remove(TicketPriority priority, std::optional<TicketCategory> category);

    QList<SlaPolicy> policies() const { return m_policies; }
    bool isEmpty() const { return m_policies.isEmpty(); }

    // The category-specific policy if there is one, else the priority's default; nullopt when
    // the priority has no policy at all (the ticket then has no SLA).
    std::optional<SlaPolicy> policyFor(TicketPriority priority, TicketCategory category) const;

    // {"policies": [ ...SlaPolicy... ]}; errors name the field as "policies[2].priority".
    QJsonObject toJson() const;
    static Result<SlaPolicySet> fromJson(const QJsonObject &json);

    friend bool operator==(const SlaPolicySet &, const SlaPolicySet &) = default;

private:
    qsizetype indexOf(TicketPriority priority, std::optional<TicketCategory> category) const;

    QList<SlaPolicy> m_policies;
};

} // namespace helpdesk
