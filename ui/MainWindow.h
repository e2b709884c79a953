#pragma once
// The main window: a frame holding the panes — the queues on the left, the ticket list in the
// centre, the ticket shown and its customer's account on the right — with the menus and the
// status bar. Every action is registered once in the window's ActionRegistry (the panes' with
// them), and the menus, the context menu and Help › Keyboard Shortcuts are made from it.
//
// The frame wires the panes together: the ticket chosen in the list is the ticket shown, the
// ticket shown names the account beside it, and changes made here, by colleagues and by the
// SLA monitor refresh what they touch. Tests drive it as an agent does: by the panes' object
// names and the registry's actions (see tests/support/gui/WindowDriver.h).

#include "tickets/TicketQuery.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QTimer>

class QLabel;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace helpdesk {

class AccountStatusPanel;
class ActionRegistry;
class AppSession;
class BulkActions;
class MailNotices;
class MessageBar;
class QueueWatcher;
class QueuePane;
class SideWindows;
class TicketActionController;
class TicketDetailView;
class TicketListPane;
class TicketService;
struct Ticket;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window's actions, its panes' included.
    ActionRegistry *actions() const { return m_actions; }
    // A line in the window's message bar: a problem, or (information) a notice.
    void showError(const QString &message);
    void showInformation(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void createMenus();
    void createStatusBar();
    void connectPanes();
    void connectSession();
    void restoreSettings();
    void saveSettings() const;
    void loadDeskSettings();

    void onQueueSelected(QueueKind kind);
    void refresh();
    void refreshCounts();
    void onTicketsChanged();
    void showChosenTicket();
    void openTicket(qint64 ticketId);
    void showTicketElsewhere(qint64 ticketId); // chosen in search, the Outbox: not in the list
    void showTicketAccount();
    void showTableMenu(const QPoint &globalPos);
    void updateMeLabel();
    void newTicket();
    void draftArticle();
    void onTicketCreated(const Ticket &ticket);
    void showShortcuts();
    void showAbout();

    AppSession *m_session;
    TicketService *m_tickets;
    ActionRegistry *m_actions;

    MessageBar *m_messages = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolBar *m_toolBar = nullptr;
    QueuePane *m_queues = nullptr;
    TicketListPane *m_list = nullptr;
    TicketDetailView *m_detail = nullptr;
    AccountStatusPanel *m_accountPanel = nullptr;
    TicketActionController *m_work = nullptr;
    BulkActions *m_bulk = nullptr;
    MailNotices *m_mail = nullptr;
    SideWindows *m_windows = nullptr;

    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_meLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    qint64 m_warningWindowMs = 4LL * 3600 * 1000; // from the SLA set-up once loaded
    QTimer m_detailTimer;  // debounces loading the detail panel while arrowing through rows
    QTimer m_countsTimer;  // refreshes the queue counts now and then
    QTimer m_changedTimer; // coalesces bursts of ticketChanged
    QSet<qint64> m_changedTickets;
    QueueWatcher *m_watcher = nullptr;
};

} // namespace helpdesk
