#pragma once
// The head of the account panel: the customer's name and email address, and the status badge.

#include "accounts/Account.h"

#include <QWidget>

class QLabel;

namespace helpdesk {

class AccountStatusBadge;

class AccountHeader : public QWidget
{
    Q_OBJECT
public:
    explicit AccountHeader(QWidget *parent = nullptr);

    void setAccount(const QString &displayName, const Account &account);

private:
    QLabel *m_name;
    QLabel *m_email;
    AccountStatusBadge *m_badge;
};

} // namespace helpdesk
