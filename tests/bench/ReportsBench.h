#pragma once
// helpdesk-bench --reports: each report over the last 90 days of the demo desk, as the Reports
// screen asks for it (its default grouping, no filter), on SQLite or PostgreSQL.

#include "db/ConnectionSettings.h"

namespace helpdesk::bench {

// Prints report_<name>_ms (median of `repeats` runs after one warm-up) for every report.
int runReports(const ConnectionSettings &settings, qint64 tickets, int repeats);

} // namespace helpdesk::bench
