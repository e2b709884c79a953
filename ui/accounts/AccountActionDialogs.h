#pragma once
// The questions the account panel asks before an account action: what will happen, to whom,
// and the reason or note that goes on the account and the ticket.

#include "accounts/AccountOverview.h"

#include <QCoreApplication>

class QWidget;

namespace helpdesk {

class AccountReasonDialog;

class AccountActionDialogs
{
    Q_DECLARE_TR_FUNCTIONS(AccountActionDialogs)
public:
    // displayName: the customer's name as the panel shows it.
    // Outside a ticket, `tickets` are the customer's open tickets to choose from (with "none").
    static AccountReasonDialog *lock(const AccountOverview &o, const QString &displayName,
                                     QWidget *parent, bool chooseTicket = false,
                                     const QList<std::pair<qint64, QString>> &tickets = {});
    // A security lock: ask a lead (the four-eyes rule); recorded on ticketId.
    static AccountReasonDialog *requestUnlock(const Account &a, qint64 ticketId, QWidget *parent);
    // A lock after failed sign-ins: lift it now.
    static AccountReasonDialog *unlock(const QString &displayName, QWidget *parent);
    static AccountReasonDialog *approveUnlock(const AccountOverview &o, QWidget *parent);
    static AccountReasonDialog *rejectUnlock(const AccountOverview &o, QWidget *parent);
};

} // namespace helpdesk
