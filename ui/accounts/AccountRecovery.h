#pragma once
// The recovery state in the account panel: the identity verification recorded on the ticket,
// and a pending request to lift a security lock with the lead's Approve / Turn Down.

#include "accounts/AccountOverview.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace helpdesk {

class AccountNoticeBox;
struct AccountActionState;

class AccountRecovery : public QWidget
{
    Q_OBJECT
public:
    explicit AccountRecovery(QWidget *parent = nullptr);

    void setOverview(const AccountOverview &overview);
    // What Approve and Turn Down may do now (the reason shows under them).
    void setDecisionState(const AccountActionState &approve, const AccountActionState &reject);

signals:
    void approveRequested();
    void rejectRequested();

private:
    AccountNoticeBox *m_verification;
    AccountNoticeBox *m_request;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QLabel *m_reason;
};

} // namespace helpdesk
