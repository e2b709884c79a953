#pragma once
// The `helpdesk-admin staff ...` commands: add, set-role, disable, enable and list, through
// StaffAdmin (on PostgreSQL each staff member is a database login in the group of their role).
// AdminCli puts these rows into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::StaffCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::StaffCommand
