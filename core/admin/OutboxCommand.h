#pragma once
// `helpdesk-admin outbox run [--once [--timeout SECONDS]]`: drains the mail outbox without the
// GUI, for a server-side deployment. Uses the mail settings from the database and the SMTP
// password from the keychain, or from HELPDESK_SMTP_PASSWORD where no keychain exists (a
// service account). Without --once it keeps polling until interrupted (Ctrl+C / SIGTERM: the
// current batch is finished and recorded first) and reconnects when the database comes back.
// With --once it sends what was due when it started and ends within --timeout (default 300 s):
// every reason mail waits is one line on stderr.

#include "db/ConnectionSettings.h"

#include <QStringList>

class QTextStream;

namespace helpdesk {

// args: what follows "outbox run" (e.g. {"--once"}); a leading "run" is accepted too.
// Returns 0 when every message handled was sent, 1 on a failure (or mail held back), 2 for a
// usage error, 75 when a one-off run had to be stopped by its watchdog.
int runOutboxCommand(const QStringList &args, const ConnectionSettings &settings, QTextStream &out,
                     QTextStream &err);

} // namespace helpdesk
