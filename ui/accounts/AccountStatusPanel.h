#pragma once
// The account-status panel: everything support needs to know about one customer account, and
// the account actions, beside a ticket (with the ticket as context for verification and the
// timeline) or on the Accounts screen (without one).
//
// In sections, top to bottom: the header (name, email, status badge); the warnings (why it is
// locked or suspended, suspicious activity); the facts (two-step sign-in, last sign-in, failed
// sign-ins in 24 hours, created, email verified, phone); the recovery state (the identity
// verification on the ticket, a pending unlock request with Approve / Turn Down); the action
// buttons with the reasons the unavailable ones are unavailable; and, in tabs, the history
// (sign-ins loaded lazily, devices, the one-time links and their states — never a token — and
// the changes made to the account).
//
// Every action goes through AccountService (the core checks roles and state and writes the
// timeline, audit and outbox in one transaction). The panel reloads when
// AccountService::accountChanged names its account (or 0: unknown which), so another agent's
// change shows without reloading by hand. Its actions (account.*) are in its own
// ActionRegistry, which a window that shows the panel includes; their keys work wherever the
// panel's window has focus. Constructible from just the service and an account id, e.g. for
// the wizard's account check (TroubleshootingWizard's AccountPanelFactory).

#include "accounts/AccountOverview.h"
#include "accounts/AccountPermissions.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QStackedWidget;

namespace helpdesk {

class AccountActionButtons;
class AccountFacts;
class AccountHeader;
class AccountHistoryTabs;
class AccountRecovery;
class AccountService;
class AccountWarnings;
class ActionRegistry;
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

public slots:
    void reload();
    // The actions. Those that need words or choices open a dialog first.
    void sendResetLink();
    void sendActivationLink();
    void sendLink(AccountAction action, TokenKind kind);
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
    bool canRun(AccountAction action) const;
    void showOverview(const AccountOverview &o);
    void updateActions();
    void setBusy(bool busy);
    void run(AccountAction action, QFuture<Result<AccountActionResult>> future);
    void keep(QDialog *dialog);
    std::optional<ActionAvailability> availability(AccountAction action) const;
    AccountAction unlockKind() const;
    QString displayName() const;
    void onAccountChanged(qint64 accountId);

    AccountService *m_service;
    qint64 m_accountId = 0;
    std::optional<qint64> m_ticketId;
    std::optional<AccountOverview> m_overview;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_askingLink = false;            // a link or lock confirmation is open or on its way
    QTimer m_reloadTimer;                 // coalesces a burst of change notices
    QHash<QString, QString> m_staffNames; // login -> display name

    ActionRegistry *m_registry = nullptr;
    QHash<int, QAction *> m_actions; // AccountAction -> action (RequestUnlock maps to Unlock)
    QAction *m_forwardedAction = nullptr;
    QMenu *m_menu = nullptr;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    MessageBar *m_messages = nullptr;
    AccountHeader *m_header = nullptr;
    AccountWarnings *m_warnings = nullptr;
    AccountFacts *m_facts = nullptr;
    AccountRecovery *m_recovery = nullptr;
    AccountActionButtons *m_buttons = nullptr;
    AccountHistoryTabs *m_history = nullptr;
};

} // namespace helpdesk
