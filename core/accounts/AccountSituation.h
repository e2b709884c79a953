#pragma once
// What the checks of an account action look at, read in one go: the account, the ticket it is
// done on (with that ticket's identity verification), a pending unlock request, the links
// outstanding and sent lately, and the settings. AccountActions loads it inside the action's
// transaction; the panel's availability() from the same read.

#include "accounts/Account.h"
#include "accounts/AccountSettings.h"
#include "accounts/IdentityCheck.h"
#include "accounts/UnlockRequest.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

struct AccountSituation
{
    // The rate limit counts the links sent in this window.
    static constexpr qint64 RateWindowMs = 3'600'000;

    struct TicketRef
    {
        qint64 id = 0;
        QString subject;
        QString requesterEmail;
        std::optional<qint64> accountId;
    };

    Account account;
    std::optional<TicketRef> ticket;
    std::optional<VerificationState> verification; // with a ticket
    std::optional<UnlockRequest> pending;
    int outstandingTokens = 0;
    QList<qint64> recentIssues; // issue times of links in the last hour, oldest first
    AccountSettings settings;
    bool mailConfigured = false;
    QString companyName; // what the customer's mails sign with

    // forUpdate: the account row is locked until the transaction ends. A ticket that is not
    // about the account is refused (InvalidInput).
    static Result<AccountSituation> load(QSqlDatabase &db, qint64 accountId,
                                         std::optional<qint64> ticketId, qint64 nowMs,
                                         bool forUpdate);
};

} // namespace helpdesk
