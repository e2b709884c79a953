#pragma once
// `helpdesk-admin accounts watch [--once] [--interval S]`: the unusual-sign-in notices
// (accounts/SignInWatch) without the app, e.g. on the server that runs the mailer. Safe next to
// running apps and other watchers: each notice is sent once. AdminCli puts the row into its table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::WatchCommand {

QList<CommandSpec> commands();

} // namespace helpdesk::admin::WatchCommand
