#pragma once
// `helpdesk-admin report NAME --from YYYY-MM-DD --to YYYY-MM-DD [--by DIMENSION]
// [--format table|csv|json]` with filters and --compare: one report (core/reports) printed for
// scripts and spreadsheets. AdminCli puts these rows into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::ReportCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::ReportCommand
