#pragma once
// The history under the account panel's summary, in tabs: the sign-ins (newest first, loaded a
// page at a time, the suspicious ones marked), the devices seen, the one-time links and their
// states (never a token: there is none to show), and the changes made to the account.

#include "accounts/AccountOverview.h"

#include <QSet>
#include <QTabWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace helpdesk {

class AccountService;
class LoginEventModel;

class AccountHistoryTabs : public QTabWidget
{
    Q_OBJECT
public:
    explicit AccountHistoryTabs(AccountService *service, QWidget *parent = nullptr);

    // Another account (0: none): its sign-ins start loading, the other tabs are emptied.
    void setAccount(qint64 accountId);
    // Newer sign-ins, on top of the pages loaded.
    void refreshSignIns();
    void setFlaggedSignIns(const QSet<qint64> &eventIds);
    void showTokens(const QList<TokenInfo> &tokens);
    void showDevices(const QList<DeviceSummary> &devices);
    void showChanges(const QList<AccountChange> &changes);

signals:
    void errorOccurred(const QString &message);

private:
    QWidget *buildSignIns();
    QTreeWidget *addTree(const QString &name, const QStringList &headers, const QString &title);
    void updateFooter();

    LoginEventModel *m_logins;
    QTableView *m_loginView = nullptr;
    QLabel *m_loginFooter = nullptr;
    QPushButton *m_loadOlder = nullptr;
    QTreeWidget *m_devices;
    QTreeWidget *m_tokens;
    QTreeWidget *m_changes;
};

} // namespace helpdesk
