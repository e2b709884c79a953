#include "accounts/LinkPreview.h"

#include "accounts/AccountSettings.h"
#include "accounts/TokenStore.h"
#include "db/Database.h"
#include "settings/Settings.h"

namespace helpdesk {

namespace {

Result<std::optional<LinkPreview::TicketRef>> ticketRef(QSqlDatabase &db, qint64 ticketId)
{
    HD_TRY_ASSIGN(QSqlQuery q, Database::exec(db,
                                              QStringLiteral("SELECT subject FROM tickets "
                                                             "WHERE id = ?"),
                                              {ticketId}));
    if (!q.next())
        return std::optional<LinkPreview::TicketRef>();
    return std::optional(LinkPreview::TicketRef{ticketId, q.value(0).toString()});
}

Result<std::optional<LinkPreview::WaitingRun>> openRun(QSqlDatabase &db, qint64 ticketId)
{
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(db,
                       QStringLiteral("SELECT r.id, r.flow_title, r.status, "
                                      "(SELECT s.step_title FROM troubleshooting_run_steps s "
                                      "WHERE s.run_id = r.id ORDER BY s.seq DESC LIMIT 1) "
                                      "FROM troubleshooting_runs r "
                                      "WHERE r.ticket_id = ? AND r.status IN ('active', 'paused')"),
                       {ticketId}));
    if (!q.next())
        return std::optional<LinkPreview::WaitingRun>();
    LinkPreview::WaitingRun run;
    run.id = q.value(0).toLongLong();
    run.flowTitle = q.value(1).toString();
    run.paused = q.value(2).toString() == QLatin1String("paused");
    run.stepTitle = q.value(3).toString();
    return std::optional(run);
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
        if (token.ticketId) {
            HD_TRY_ASSIGN(o.ticket, ticketRef(db, *token.ticketId));
            HD_TRY_ASSIGN(o.run, openRun(db, *token.ticketId));
        }
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
