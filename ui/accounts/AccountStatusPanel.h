#pragma once
// The account-status panel: everything support needs to know about one customer account, and
// the account actions, beside a ticket (with the ticket as context for verification and the
// timeline) or on the Accounts screen (without one).
//
// Shown: the status as a coloured badge with the lock reason, who locked it and when; two-step
// sign-in; last sign-in; failed sign-ins in the last 24 hours; created; email verified;
// suspicious activity with the reason; a pending unlock request; the identity verification on
// the ticket; and, in tabs, the sign-in history (lazily loaded), devices seen, the one-time
// links and their states (never a token) and the changes made to the account.
//
// Every action goes through AccountService (the core checks roles and state and writes the
// timeline, audit and outbox in one transaction). An action that cannot be done now is
// disabled, with the core's reason in its tooltip and on a visible line. The panel reloads
// when AccountService::accountChanged names its account (or 0: unknown which), so another
// agent's change shows without reloading by hand.
//
// Constructible from just the service and an account id, e.g. for the wizard's account panel
// (TroubleshootingWizard's AccountPanelFactory):
//   [service](qint64 id, QWidget *parent) { return new AccountStatusPanel(service, id, {}, parent);
//   }
// Its actions (account.*) are in its own ActionRegistry, which a window showing the panel
// includes in its own; their keys work wherever the panel's window has focus.

#include "accounts/AccountOverview.h"
#include "accounts/AccountPermissions.h"
#include "staff/Staff.h"

#include <QDialog>
#include <QFuture>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QFrame;
class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QVBoxLayout;

namespace helpdesk {

class AccountReasonDialog;
class AccountService;
class ActionRegistry;
class AccountStatusBadge;
class ForwardedMailDialog;
class IdentityCheckDialog;
class LoginEventModel;
class MessageBar;

class AccountStatusPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountStatusPanel(AccountService *service, QWidget *parent = nullptr);
    AccountStatusPanel(AccountService *service, qint64 accountId,
                       std::optional<qint64> ticketId = std::nullopt, QWidget *parent = nullptr);
    ~AccountStatusPanel() override;

    AccountService *service() const { return m_service; }
    // Shows another account (0: none); ticketId is the ticket it is looked at from.
    void setAccount(qint64 accountId, std::optional<qint64> ticketId = std::nullopt);
    void clear();
    qint64 accountId() const { return m_accountId; }
    std::optional<qint64> ticketId() const { return m_ticketId; }

    // The last overview read (empty until the first one arrived).
    const std::optional<AccountOverview> &overview() const { return m_overview; }
    bool isLoaded() const
    {
        return m_overview.has_value() && m_overview->account.id == m_accountId;
    }
    bool isBusy() const { return m_busy; }

    // The actions, in menu order (a window's Account menu lists them).
    ActionRegistry *actions() const { return m_registry; }
    // The action's id: "account." and its key (AccountActionKeys), "account.send_reset_link".
    // Unlock and RequestUnlock share one entry, "account.unlock", which asks a lead when needed.
    static QString actionId(AccountAction action);
    // Names for the staff logins shown (who locked the account); logins are shown without it.
    void setStaffDirectory(const QList<Staff> &staff);
    // Why an action is unavailable now, as shown under the buttons (empty: available).
    QString unavailableReason(AccountAction action) const;

    // What the agent sees, as text (for screen readers and tests).
    QString statusText() const;     // the badge: "LOCKED"
    QString lockText() const;       // reason, by whom and when; empty when not locked
    QString suspiciousText() const; // the flags; empty when none
    QString factsText() const;      // the facts form, "label: value" per line
    QString unlockRequestText() const;
    QString verificationText() const;
    QStringList tokenStates() const; // the Links tab's State column, newest first
    LoginEventModel *loginModel() const { return m_logins; }
    QTableView *loginView() const { return m_loginView; }
    QTabWidget *tabs() const { return m_tabs; }
    MessageBar *messageBar() const { return m_messages; }
    // The dialog an action opened, while it is open.
    QDialog *openDialog() const { return m_dialog; }

public slots:
    void reload();
    // The actions. Those that need words or choices open a dialog first.
    void sendResetLink();
    void sendActivationLink();
    void lockNow();
    void unlock(); // or request the unlock of a security lock
    void approveUnlock();
    void rejectUnlock();
    void revokeTokens();
    void markEmailVerified();
    void recordVerification();
    void checkForwardedMail();

signals:
    void loaded(qint64 accountId);
    void busyChanged(bool busy);
    // An action finished: ok, and the summary or the error message.
    void actionFinished(helpdesk::AccountAction action, bool ok, const QString &message);

private:
    void build();
    void createActions();
    QAction *action(AccountAction action) const;
    void showOverview(const AccountOverview &o);
    void showDevices(const QList<DeviceSummary> &devices);
    void showChanges(const QList<AccountChange> &changes);
    void updateActions();
    void setBusy(bool busy);
    void run(AccountAction action, QFuture<Result<AccountActionResult>> future);
    QDialog *keep(QDialog *dialog);
    std::optional<ActionAvailability> availability(AccountAction action) const;
    AccountAction unlockKind() const;
    QString displayName() const;
    QString staffName(const QString &login) const;
    void onAccountChanged(qint64 accountId);

    AccountService *m_service;
    qint64 m_accountId = 0;
    std::optional<qint64> m_ticketId;
    std::optional<AccountOverview> m_overview;
    quint64 m_generation = 0;
    bool m_busy = false;
    QTimer m_reloadTimer; // coalesces a burst of change notices
    QPointer<QDialog> m_dialog;
    QHash<QString, QString> m_staffNames; // login -> display name

    ActionRegistry *m_registry = nullptr;
    QHash<int, QAction *> m_actions; // AccountAction -> action (RequestUnlock maps to Unlock)
    QAction *m_forwardedAction = nullptr;
    QMenu *m_menu = nullptr;
    QHash<int, QPushButton *> m_buttons;
    QHash<int, QLabel *> m_reasons;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    MessageBar *m_messages = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_email = nullptr;
    AccountStatusBadge *m_badge = nullptr;
    QFrame *m_lockBox = nullptr;
    QLabel *m_lockTitle = nullptr;
    QLabel *m_lockDetail = nullptr;
    QFrame *m_flagBox = nullptr;
    QLabel *m_flagTitle = nullptr;
    QLabel *m_flagList = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_mfa = nullptr;
    QLabel *m_lastSignIn = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_verified = nullptr;
    QLabel *m_phone = nullptr;
    QFrame *m_verificationBox = nullptr;
    QLabel *m_verification = nullptr;
    QFrame *m_requestBox = nullptr;
    QLabel *m_request = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
    QLabel *m_requestReason = nullptr;
    QTabWidget *m_tabs = nullptr;
    LoginEventModel *m_logins = nullptr;
    QTableView *m_loginView = nullptr;
    QLabel *m_loginFooter = nullptr;
    QPushButton *m_loadOlder = nullptr;
    QTreeWidget *m_devices = nullptr;
    QTreeWidget *m_tokens = nullptr;
    QTreeWidget *m_changes = nullptr;
};

} // namespace helpdesk
