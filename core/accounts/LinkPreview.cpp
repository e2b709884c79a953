#include "accounts/LinkPreview.h"

#include "accounts/AccountSettings.h"
#include "accounts/TokenStore.h"
#include "db/Database.h"
#include "settings/Settings.h"

namespace helpdesk {

namespace {

// The ticket a link was sent on, with the open troubleshooting run on it, in one read.
Result<void> loadTicket(QSqlDatabase &db, qint64 ticketId, LinkPreview::Outstanding &o)
{
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(
            db,
            QStringLiteral("SELECT t.subject, r.id, r.flow_title, r.status, "
                           "(SELECT s.step_title FROM troubleshooting_run_steps s "
                           "WHERE s.run_id = r.id ORDER BY s.seq DESC LIMIT 1) "
                           "FROM tickets t LEFT JOIN troubleshooting_runs r ON r.ticket_id = t.id "
                           "AND r.status IN ('active', 'paused') WHERE t.id = ?"),
            {ticketId}));
    if (!q.next())
        return {};
    o.ticket = LinkPreview::TicketRef{ticketId, q.value(0).toString()};
    if (q.value(1).isNull())
        return {};
    LinkPreview::WaitingRun run;
    run.id = q.value(1).toLongLong();
    run.flowTitle = q.value(2).toString();
    run.paused = q.value(3).toString() == QLatin1String("paused");
    run.stepTitle = q.value(4).toString();
    o.run = run;
    return {};
}

} // namespace

Result<LinkPreview> LinkPreview::load(QSqlDatabase &db, qint64 accountId, TokenKind kind,
                                      qint64 nowMs)
{
    LinkPreview preview;
    preview.kind = kind;
    Settings settings(db);
    HD_TRY_ASSIGN(const AccountSettings accountSettings, AccountSettings::load(settings));
    preview.expiryMinutes = accountSettings.expiryMinutes(kind);

    HD_TRY_ASSIGN(const QList<TokenInfo> tokens, TokenStore(db).forAccount(accountId, nowMs));
    for (const TokenInfo &token : tokens) {
        if (token.kind != kind || !token.isOutstanding(nowMs))
            continue;
        Outstanding o;
        o.token = token;
        if (token.ticketId)
            HD_TRY(loadTicket(db, *token.ticketId, o));
        preview.outstanding.append(o);
    }

    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(db,
                                 QStringLiteral("SELECT id, subject FROM tickets "
                                                "WHERE account_id = ? AND status NOT IN "
                                                "('resolved', 'closed') ORDER BY id DESC LIMIT 20"),
                                 {accountId}));
    while (q.next())
        preview.openTickets.append(TicketRef{q.value(0).toLongLong(), q.value(1).toString()});
    return preview;
}

} // namespace helpdesk
