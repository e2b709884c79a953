#pragma once
// The `helpdesk-admin tickets ...` commands: list, create, reply NUMBER and note NUMBER. A reply
// queues the customer's mail in its own transaction through OutboxReplyHook, as the app does;
// a note stays internal. AdminCli puts these rows into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::TicketsCommand {

// The rows of the command table, in the order --help lists them.
QList<CommandSpec> commands();

} // namespace helpdesk::admin::TicketsCommand
