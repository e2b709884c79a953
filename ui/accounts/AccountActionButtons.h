#pragma once
// The account panel's action buttons, two to a row, with "All Actions" (the menu of every
// action) above them, and under them one visible line per action that is not available now,
// saying why. Each button triggers its action; AccountStatusPanel says what each may do.

#include "accounts/AccountPermissions.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;

namespace helpdesk {

// What the panel lets an action do now, as its buttons and reason lines show it.
struct AccountActionState
{
    bool enabled = false;
    QString text;    // the button's text (empty: as it is)
    QString toolTip; // what it does and its keys, or why not
    QString reason;  // why it is not available; empty when it is (or still loading)
};

class AccountActionButtons : public QWidget
{
    Q_OBJECT
public:
    // actions: AccountAction -> its action (the buttons trigger them); forwarded: the check of
    // a forwarded email; menu: every action, for "All Actions".
    AccountActionButtons(const QHash<int, QAction *> &actions, QAction *forwarded, QMenu *menu,
                         QWidget *parent = nullptr);

    // The actions that have a button, in the order of the buttons.
    static const QList<AccountAction> &order();
    void setState(AccountAction action, const AccountActionState &state);

private:
    QHash<int, QPushButton *> m_buttons;
    QHash<int, QLabel *> m_reasons;
};

} // namespace helpdesk
