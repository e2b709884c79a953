#pragma once
// The `helpdesk-admin kb ...` and `macros ...` commands: add an article from a Markdown file,
// list and search articles, export the public FAQ site, list macros. AdminCli puts these rows
// into its command table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::KbCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::KbCommand
