#pragma once
// The `helpdesk-admin followup run [--once]` and `survey record TOKEN SCORE` commands: the
// follow-up due job for cron or a service (without --once it runs every --interval seconds
// until Ctrl+C / SIGTERM, and opens the database again after a lost connection), and recording
// a customer's answer the way the portal does (for testing and integrations). AdminCli puts
// these rows into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::FollowupCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::FollowupCommand
