#pragma once
// The demo desk's follow-up surveys: answered surveys on some of the tickets resolved in the
// last 30 days (so that the CSAT report has figures), and the surveys of every other recent
// resolution decided already, so that opening the demo does not mail the whole desk's past
// week at once. Deterministic for a given database.

#include "common/Result.h"

#include <QSqlDatabase>

namespace helpdesk::FollowupDemo {

// Returns how many answered surveys it wrote.
Result<qint64> seed(QSqlDatabase &db, qint64 nowMs);

} // namespace helpdesk::FollowupDemo
