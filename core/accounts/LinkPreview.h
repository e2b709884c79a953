#pragma once
// What sending a one-time link would do, read before the agent confirms it: the links of that
// kind that still work and would be revoked by a new one, each with the ticket it was sent on
// and the troubleshooting run on that ticket that may be waiting for it; the account's open
// tickets, for an action started outside a ticket; and how long the new link would work.

#include "accounts/AccountToken.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

struct LinkPreview
{
    struct TicketRef
    {
        qint64 id = 0;
        QString subject;
    };
    struct WaitingRun
    {
        qint64 id = 0;
        QString flowTitle;
        QString stepTitle; // the step it stands at
        bool paused = false;
    };
    struct Outstanding
    {
        TokenInfo token;
        std::optional<TicketRef> ticket;
        std::optional<WaitingRun> run; // an open run on the link's ticket
    };

    TokenKind kind = TokenKind::Reset;
    QList<Outstanding> outstanding; // newest first; a new link revokes them all
    QList<TicketRef> openTickets;   // the account's tickets that are not resolved or closed
    int expiryMinutes = 0;          // how long the new link would work

    static Result<LinkPreview> load(QSqlDatabase &db, qint64 accountId, TokenKind kind,
                                    qint64 nowMs);
};

} // namespace helpdesk
