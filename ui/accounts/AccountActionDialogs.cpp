#include "accounts/AccountActionDialogs.h"

#include "accounts/AccountReasonDialog.h"
#include "tickets/Ticket.h"

namespace helpdesk {

namespace {
AccountReasonDialog *make(const AccountReasonDialog::Options &options, const QString &name,
                          QWidget *parent)
{
    auto *dialog = new AccountReasonDialog(options, parent);
    dialog->setObjectName(name);
    return dialog;
}
} // namespace

AccountReasonDialog *AccountActionDialogs::lock(const AccountOverview &overview,
                                                const QString &displayName, QWidget *parent,
                                                bool chooseTicket,
                                                const QList<std::pair<qint64, QString>> &tickets)
{
    int outstanding = 0;
    for (const TokenInfo &t : overview.tokens)
        if (t.state == TokenState::Issued || t.state == TokenState::Sent)
            ++outstanding;
    AccountReasonDialog::Options o;
    o.title = tr("Lock Account");
    o.heading = tr("Lock %1's account now?").arg(displayName);
    o.explanation =
        tr("Nobody can sign in to %1 until the lock is lifted. %2The customer is told by email. "
           "Lifting this lock later needs a team lead's approval.")
            .arg(overview.account.email,
                 outstanding > 0 ? tr("%n outstanding link(s) stop working. ", nullptr, outstanding)
                                 : QString());
    o.fieldLabel = tr("&Reason (required, recorded on the account and the ticket):");
    o.placeholder = tr("Why the account must be locked");
    o.acceptText = tr("Lock Now");
    o.destructive = true;
    o.suggestions = {tr("Customer reported a compromise"), tr("Sign-in from an unknown country"),
                     tr("Customer asked us to lock it")};
    o.chooseTicket = chooseTicket;
    o.tickets = tickets;
    if (chooseTicket)
        o.fieldLabel = tr("&Reason (required, recorded on the account and the chosen ticket):");
    return make(o, QStringLiteral("lockDialog"), parent);
}

AccountReasonDialog *AccountActionDialogs::requestUnlock(const Account &a, qint64 ticketId,
                                                         QWidget *parent)
{
    AccountReasonDialog::Options o;
    o.title = tr("Request Unlock");
    o.heading = tr("Ask a team lead to lift the security lock?");
    o.explanation =
        tr("%1 was locked for a security reason (%2). A team lead other than you must "
           "approve lifting the lock (four-eyes rule); until then the account stays locked. "
           "Your request and the decision are recorded on %3.")
            .arg(a.email, a.lockReason.isEmpty() ? tr("no reason recorded") : a.lockReason,
                 ticketNumberText(ticketId));
    o.fieldLabel = tr("&Why it is safe to unlock (required):");
    o.placeholder = tr("E.g. identity verified by email code and registration details; "
                       "customer confirmed the foreign sign-in was theirs.");
    o.acceptText = tr("Request Unlock");
    return make(o, QStringLiteral("requestUnlockDialog"), parent);
}

AccountReasonDialog *AccountActionDialogs::unlock(const QString &displayName, QWidget *parent)
{
    AccountReasonDialog::Options o;
    o.title = tr("Unlock Account");
    o.heading = tr("Unlock %1's account?").arg(displayName);
    o.explanation = tr("The account was locked after failed sign-ins. Once unlocked, the customer "
                       "can sign in again at once.");
    o.fieldLabel = tr("&Note:");
    o.acceptText = tr("Unlock");
    o.required = false;
    return make(o, QStringLiteral("unlockDialog"), parent);
}

AccountReasonDialog *AccountActionDialogs::approveUnlock(const AccountOverview &overview,
                                                         QWidget *parent)
{
    const UnlockRequest &r = *overview.pendingUnlock;
    AccountReasonDialog::Options o;
    o.title = tr("Approve Unlock");
    o.heading = tr("Approve %1's request and unlock the account?").arg(r.requestedByName);
    o.explanation = tr("You are the second pair of eyes: the account of %1 is unlocked at once. "
                       "Their reason: “%2”.")
                        .arg(overview.account.email, r.reason);
    o.fieldLabel = tr("&Note for the timeline:");
    o.acceptText = tr("Approve and Unlock");
    o.required = false;
    return make(o, QStringLiteral("approveUnlockDialog"), parent);
}

AccountReasonDialog *AccountActionDialogs::rejectUnlock(const AccountOverview &overview,
                                                        QWidget *parent)
{
    const UnlockRequest &r = *overview.pendingUnlock;
    AccountReasonDialog::Options o;
    o.title = tr("Turn Down Unlock");
    o.heading = tr("Turn down %1's request to unlock the account?").arg(r.requestedByName);
    o.explanation = tr("The account stays locked. Say what is missing, so that %1 knows what "
                       "to do next.")
                        .arg(r.requestedByName);
    o.fieldLabel = tr("&Reason (required):");
    o.acceptText = tr("Turn Down");
    return make(o, QStringLiteral("rejectUnlockDialog"), parent);
}

} // namespace helpdesk
