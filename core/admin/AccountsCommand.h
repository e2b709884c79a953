#pragma once
// `helpdesk-admin accounts show EMAIL [--json]` and `accounts token-state EMAIL [--json]`: a
// customer account and its one-time links for scripts and for supporting the support team.
// AdminCli opens the database and dispatches here; errors come back as Result for its one-line
// message (NotFound for an unknown address: exit 1). Never prints a token or a link.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

class QTextStream;

namespace helpdesk {

namespace AccountsCommand {
// The argument both commands take, as the help shows it.
inline const QString ArgumentName = QStringLiteral("EMAIL");

// Status, lock (reason, by whom, when, and whether a lead must lift it), MFA, email verified,
// last sign-in, failed sign-ins in the last 24 hours, suspicious activity, outstanding links and
// a pending unlock request.
Result<void> show(QSqlDatabase &db, const QString &email, bool json, qint64 nowMs,
                  QTextStream &out);
// Every link sent to the account, newest first: kind, state (issued, sent, used, expired,
// revoked), issued by and when, expiry, and the mail's Message-ID and relay acceptance.
Result<void> tokenState(QSqlDatabase &db, const QString &email, bool json, qint64 nowMs,
                        QTextStream &out);
} // namespace AccountsCommand

} // namespace helpdesk
