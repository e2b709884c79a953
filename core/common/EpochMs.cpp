#include "common/EpochMs.h"

namespace helpdesk {

QDateTime fromEpochMs(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toEpochMs(const QDateTime &dt)
{
    if (!dt.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(dt.toMSecsSinceEpoch());
}

} // namespace helpdesk
