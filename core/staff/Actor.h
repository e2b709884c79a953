#pragma once
// Who does an action: a staff member, or a part of the system (the SLA monitor, the mail
// sender). What the timeline and the audit log record as its author.

#include "staff/Staff.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace helpdesk {

struct Actor
{
    std::optional<qint64> staffId; // empty for the system, or for a login that is no staff
    QString name;                  // the staff login, or the system part's name

    // A staff member; one without an id (nobody signed in) has no staffId.
    static Actor staff(const Staff &staff);
    // A part of the system, e.g. "sla-monitor"; an empty name for one that signs nothing.
    static Actor system(const QString &name = {});

    bool isStaff() const { return staffId.has_value(); }
    // The staff id as a bound value: the id, or a typed NULL.
    QVariant staffIdValue() const;
};

} // namespace helpdesk
