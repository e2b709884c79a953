#pragma once
// The main window: queues on the left, the ticket table in the centre, the selected ticket's
// details and timeline on the right.

#include "common/Result.h"
#include "queue/BulkRunner.h"
#include "tickets/TicketQuery.h"

#include <QHash>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QStackedWidget;

namespace helpdesk {

class AccountStatusPanel;
class AccountsWindow;
class AppSession;
class MessageBar;
class OutboxDialog;
class SettingsDialog;
class TicketActionController;
class QueueListView;
class SearchDialog;
class TicketDetailView;
class TicketQueueModel;
class TicketService;
class TicketTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueueListView *queueList() const { return m_queues; }
    TicketTableView *ticketTable() const { return m_table; }
    TicketQueueModel *ticketModel() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    TicketDetailView *detailView() const { return m_detail; }
    MessageBar *messageBar() const { return m_messages; }
    TicketActionController *ticketActions() const { return m_work; }
    BulkRunner *bulkRunner() const { return m_bulk; }
    // The requester's account beside the ticket (hidden when the requester has none).
    AccountStatusPanel *accountPanel() const { return m_accountPanel; }
    qint64 warningWindowMs() const { return m_warningWindowMs; }
    // Mail: the Outbox screen and the settings (created when first opened), their actions,
    // and the session password prompt while it is open.
    OutboxDialog *outboxDialog() const { return m_outboxDialog; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    QAction *outboxAction() const { return m_outboxAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *templatePreviewAction() const { return m_templatePreviewAction; }
    QInputDialog *mailPasswordPrompt() const { return m_mailPasswordPrompt; }
    QueueKind currentQueue() const;
    // The query the queue counts are made with (the current staff member, no filter).
    TicketQuery countsQuery() const;
    bool isEmptyStateShown() const;
    QString emptyStateText() const;

public slots:
    void selectQueue(helpdesk::QueueKind kind);
    void refresh();
    void showError(const QString &message);
    // Ticket > New Ticket (Ctrl+N); the dialog selects the ticket once it exists.
    void newTicket();
    // Bulk changes on the selected rows, one ticket after another (see BulkRunner).
    void bulkAssign();
    void bulkAssignTo(std::optional<qint64> staffId);
    void bulkSetPriority(helpdesk::TicketPriority priority);
    void bulkSetStatus(helpdesk::TicketStatus status);
    // Tools > Outbox (Ctrl+Shift+O), optionally selecting one message.
    void showOutbox(qint64 outboxId = 0);
    // Tools > Settings (Ctrl+,) and Tools > Mail Template Preview (with the selected ticket).
    void showSettings();
    void showTemplatePreview();
    // View > Search Tickets (Ctrl+Shift+F): full-text search; the chosen ticket opens here.
    SearchDialog *openSearch(const QString &text = {});
    // Account > Find Account (Ctrl+Shift+U): the Accounts screen.
    AccountsWindow *openAccounts(const QString &text = {});

signals:
    void queueCountsUpdated(const QHash<helpdesk::QueueKind, qint64> &counts);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void restoreSettings();
    void saveSettings() const;

    void onQueueSelected(QueueKind kind);
    void applyQuery();
    void refreshCounts();
    void onTicketsChanged();
    void updateCentre();
    void updateCountLabel();
    void updateMeLabel();
    void onCurrentRowChanged(const QModelIndex &current);
    void showSelectedTicket();
    void restoreSelection();
    void openCurrentTicket();
    void focusTable();
    void focusFilter();
    void showShortcuts();
    void showAbout();
    void loadDeskSettings();
    void onTicketCreated(const Ticket &ticket);
    void runBulk(const QString &what, const QString &label, BulkRunner::Operation operation);
    void onBulkFinished(const BulkRunner::Outcome &outcome);
    void showTableMenu(const QPoint &pos);
    int selectedRowCount() const;
    void setRiskSort(bool on);
    void showTicketAccount();
    void createMailActions();
    void connectMail();
    void showMailProblem(const helpdesk::Error &error);
    void askMailPassword(const QString &key, const helpdesk::Error &reason);
    void retryMail(qint64 outboxId);
    void showTicketById(qint64 ticketId);

    AppSession *m_session;
    TicketService *m_tickets;
    TicketQueueModel *m_model;

    MessageBar *m_messages = nullptr;
    QSplitter *m_splitter = nullptr;
    QueueListView *m_queues = nullptr;
    QLabel *m_queueTitle = nullptr;
    QLineEdit *m_filter = nullptr;
    QStackedWidget *m_centre = nullptr;
    TicketTableView *m_table = nullptr;
    QLabel *m_emptyDatabase = nullptr;
    QLabel *m_emptyQueue = nullptr;
    TicketDetailView *m_detail = nullptr;
    AccountStatusPanel *m_accountPanel = nullptr;
    AccountsWindow *m_accounts = nullptr;
    QAction *m_accountsAction = nullptr;

    QLabel *m_loadingLabel = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_meLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QList<QAction *> m_queueActions;
    QAction *m_findAction = nullptr;
    QAction *m_searchAction = nullptr;
    SearchDialog *m_search = nullptr;
    QAction *m_focusTableAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_newTicketAction = nullptr;
    QAction *m_bulkAssignAction = nullptr;
    QMenu *m_bulkPriorityMenu = nullptr;
    QMenu *m_bulkStatusMenu = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_templatePreviewAction = nullptr;
    OutboxDialog *m_outboxDialog = nullptr;
    SettingsDialog *m_settingsDialog = nullptr;
    QPointer<QInputDialog> m_mailPasswordPrompt;
    QString m_lastMailProblem;
    TicketActionController *m_work = nullptr;
    BulkRunner *m_bulk = nullptr;
    QString m_bulkWhat;
    qint64 m_warningWindowMs = 4LL * 3600 * 1000; // from the SLA set-up once loaded

    QTimer m_filterTimer;  // debounces typing in the filter
    QTimer m_detailTimer;  // debounces loading the detail panel while arrowing through rows
    QTimer m_countsTimer;  // refreshes the queue counts now and then
    QTimer m_changedTimer; // coalesces bursts of ticketChanged
    QSet<qint64> m_changedTickets;
    quint64 m_countsGeneration = 0;
    qint64 m_selectedTicketId = 0; // kept across reloads, queue switches and filtering
    qint64 m_totalTickets = -1;    // -1 until counted
};

} // namespace helpdesk
