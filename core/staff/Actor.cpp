#include "staff/Actor.h"

namespace helpdesk {

Actor Actor::staff(const Staff &staff)
{
    Actor a;
    if (staff.id > 0)
        a.staffId = staff.id;
    a.name = staff.login;
    return a;
}

Actor Actor::system(const QString &name)
{
    Actor a;
    a.name = name;
    return a;
}

QVariant Actor::staffIdValue() const
{
    return staffId ? QVariant::fromValue(*staffId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace helpdesk
