#pragma once
// The `helpdesk-admin mail ...` commands: `mail ingest` (one message from an MTA pipe or a file,
// exit 0 handled, 65 refused, 75 try again later), `mail fetch [--once]` (the IMAP mailbox of
// the incoming mail settings; password from the keychain or HELPDESK_IMAP_PASSWORD) and
// `mail unprocessed` (what an admin has to look at). AdminCli puts these rows into its table.

#include "admin/AdminCommand.h"

#include <QList>

namespace helpdesk::admin::MailCommand {

// sysexits.h, which MTAs read: retry later, and a message refused for good.
inline constexpr int TempFail = 75;
inline constexpr int DataError = 65;

QList<CommandSpec> commands();

} // namespace helpdesk::admin::MailCommand
