#pragma once
// A member of the support staff and their role.

#include <QString>

#include <optional>

namespace helpdesk {

enum class StaffRole { Agent, Lead, Admin };

struct Staff
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString email;
    StaffRole role = StaffRole::Agent;
    bool active = true;
    QString signature;
};

namespace StaffRoles {
QString key(StaffRole role);
QString label(StaffRole role);
std::optional<StaffRole> fromKey(const QString &key);
} // namespace StaffRoles

} // namespace helpdesk
