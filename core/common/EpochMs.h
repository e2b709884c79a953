#pragma once
// Times are stored as UTC milliseconds since the epoch in both dialects: the conversions.

#include <QDateTime>
#include <QVariant>

namespace helpdesk {

// Milliseconds since the epoch <-> UTC QDateTime; null stays null.
QDateTime fromEpochMs(const QVariant &v);
QVariant toEpochMs(const QDateTime &dt);

} // namespace helpdesk
