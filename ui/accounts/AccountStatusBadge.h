#pragma once
// The account's status as a coloured pill ("LOCKED" on red), readable at a glance and by a
// screen reader (the accessible name says the status in words).

#include "accounts/Account.h"
#include "common/Colors.h"

#include <QColor>
#include <QLabel>

namespace helpdesk {

class AccountStatusBadge : public QLabel
{
    Q_OBJECT
public:
    explicit AccountStatusBadge(QWidget *parent = nullptr);

    void setStatus(AccountStatus status);
    AccountStatus status() const { return m_status; }

    // The colour of each status (also used by the Accounts screen's list).
    static QColor color(AccountStatus status); // the badge's background (white text on it)
    static Colors::Tone tone(AccountStatus status);

private:
    AccountStatus m_status = AccountStatus::Active;
};

} // namespace helpdesk
