#pragma once
// `helpdesk-admin accounts send-link EMAIL --kind reset|activation --ticket NUMBER` and
// `accounts lock EMAIL --reason TEXT [--ticket NUMBER]`: the Account panel's buttons for scripts
// and tests, through the same AccountActions (checks, timeline, audit, the customer's mail), as
// the connected staff member (--as only where the database allows it, see actingStaff).

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::AccountActionsCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::AccountActionsCommand
