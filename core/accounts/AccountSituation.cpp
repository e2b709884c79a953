#include "accounts/AccountSituation.h"

#include "accounts/AccountStore.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "mail/MailSettings.h"
#include "settings/Settings.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountActions", text);
}
} // namespace

Result<AccountSituation> AccountSituation::load(QSqlDatabase &db, qint64 accountId,
                                                std::optional<qint64> ticketId, qint64 nowMs,
                                                bool forUpdate)
{
    AccountSituation s;
    AccountStore accounts(db);
    HD_TRY_ASSIGN(auto account,
                  forUpdate ? accounts.accountForUpdate(accountId) : accounts.account(accountId));
    s.account = account;

    Settings settings(db);
    HD_TRY_ASSIGN(auto loaded, AccountSettings::load(settings));
    s.settings = loaded;
    HD_TRY_ASSIGN(auto mail, MailSettings::load(settings));
    s.mailConfigured = mail.isConfigured();
    s.companyName = mail.fromName.trimmed().isEmpty() ? tr("Customer Support") : mail.fromName;

    if (ticketId) {
        HD_TRY_ASSIGN(auto ticket, TicketStore(db).ticket(*ticketId));
        AccountSituation::TicketRef ref;
        ref.id = ticket.id;
        ref.subject = ticket.subject;
        ref.requesterEmail = ticket.requesterEmail;
        ref.accountId = ticket.accountId;
        // The ticket must be about this account: linked to it, or (unlinked) from its address.
        const bool linked = ref.accountId && *ref.accountId == s.account.id;
        const bool sameAddress =
            !ref.accountId && ref.requesterEmail.compare(s.account.email, Qt::CaseInsensitive) == 0;
        if (!linked && !sameAddress)
            return Error::make(Error::Code::InvalidInput,
                               tr("Ticket %1 is not about the account %2. Open the account from "
                                  "the customer's own ticket.")
                                   .arg(ticketNumberText(ref.id), s.account.email));
        s.ticket = ref;
        HD_TRY_ASSIGN(auto verification,
                      RecoveryStore(db).verification(ref.id, s.account.id, nowMs,
                                                     s.settings.verificationValidHours));
        s.verification = verification;
    }

    HD_TRY_ASSIGN(auto pending, RecoveryStore(db).pendingUnlockRequest(s.account.id));
    s.pending = pending;

    TokenStore tokens(db);
    HD_TRY_ASSIGN(auto outstanding, tokens.outstanding(s.account.id, nowMs));
    s.outstandingTokens = outstanding;
    HD_TRY_ASSIGN(auto recent, tokens.issuedSince(s.account.id, nowMs - RateWindowMs + 1));
    s.recentIssues = recent;
    return s;
}

} // namespace helpdesk
