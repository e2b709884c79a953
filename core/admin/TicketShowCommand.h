#pragma once
// `helpdesk-admin tickets show NUMBER [--json]`: a ticket, its timeline (kind, time, author,
// text, data) and the attachments of the mail it received, for scripts and for checking what
// the inbound pipeline did. AdminCli puts this row into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::TicketShowCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::TicketShowCommand
