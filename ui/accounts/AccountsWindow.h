#pragma once
// The Accounts screen: find a customer account by email address or name (typing searches after
// a short pause, on the DB worker), pick one from the results, and see it in an
// AccountStatusPanel with its actions (without a ticket, so recovery actions that need an
// identity check on a ticket say so).

#include "accounts/Account.h"
#include "staff/Staff.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace helpdesk {

class AccountService;
class AccountStatusPanel;

class AccountsWindow : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsWindow(AccountService *service, QWidget *parent = nullptr);

    // Types into the search box (the search runs after the pause, as when typing).
    void setQueryText(const QString &text);
    QString queryText() const;
    int resultCount() const;
    Account accountAt(int row) const;
    // Shows the account of that row in the panel.
    void selectRow(int row);
    QString statusText() const;
    void setStaffDirectory(const QList<Staff> &staff);
    void focusSearch();

signals:
    void searchFinished(int results);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showResults(const QList<Account> &accounts);

    AccountService *m_service;
    QTimer m_debounce;
    quint64 m_generation = 0;
    QList<Account> m_results;

    QLineEdit *m_search;
    QLabel *m_status;
    QTreeWidget *m_list;
    AccountStatusPanel *m_panel;
};

} // namespace helpdesk
