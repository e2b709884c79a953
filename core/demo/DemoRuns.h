#pragma once
// The demo desk's troubleshooting runs: on part of the recent login, recovery and security
// tickets, a run of the built-in guide for the category walked step by step as agents answer
// them — most sign-in problems end at one of the browser steps or the reset link, some at the
// account check or an escalation, a few are abandoned midway — so that the Funnel report shows
// which step solves login problems. Written straight into the run tables (the runner would send
// links and mail); the same seed gives the same runs.

#include "common/Result.h"

#include <QSqlDatabase>

namespace helpdesk::DemoRuns {

// Runs for tickets created in the `days` days before nowMs; returns how many it wrote. Only on a
// desk without runs.
Result<int> seed(QSqlDatabase &db, quint32 seed, qint64 nowMs, int days = 30);

} // namespace helpdesk::DemoRuns
