#pragma once
// The ticket list pane, centre of the main window: the queue's title, the filter, and the
// ticket table over its windowed TicketQueueModel, or a page that says why there is nothing to
// show (an empty database, an empty queue, a filter that matches nothing). It owns the query
// (queue, filter, sort, risk order) and the ticket the agent chose, which stays chosen across
// reloads, queue switches and filtering and is selected again when its row is back.
//
// Keys: Ctrl+F to the filter, Esc in it clears it, Down goes to the list, Enter opens the first
// match once it is in; Ctrl+L / F6 to the list; Enter in the list opens the ticket (the actions
// list.filter, list.focus, list.open). A filter or queue change that hides the chosen ticket
// lets go of it (chosenTicketHidden).

#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace helpdesk {

class ActionRegistry;
class DbWorker;
class TicketQueueModel;
class TicketTableView;

class TicketListPane : public QWidget
{
    Q_OBJECT
public:
    TicketListPane(DbWorker *worker, ActionRegistry *actions, QWidget *parent = nullptr);

    // Whose "My open tickets" the queue shows: the staff member the app acts as, or nobody
    // (login names the staff login that was not found, for the empty queue's text).
    void setStaff(std::optional<qint64> staffId, const QString &login);
    // The database named on the empty-database page.
    void setDatabaseName(const QString &displayUrl);
    // The first query: this queue, with the header as saved (column widths, order and sort).
    void start(QueueKind queue, const QByteArray &headerState);
    QByteArray headerState() const;

    QueueKind queue() const;
    // Another queue: its title, the lead's risk order for "Escalated", and a reload.
    void showQueue(QueueKind kind);
    // The SLA warning window: countdown colours and the "Breaching SLA" bound.
    void setWarningWindow(qint64 ms);
    // All tickets in the database (from the queue counts); 0 shows the empty-database page.
    void setTotalTickets(qint64 total);
    // Reads the rows again (the query stays).
    void refresh();
    // The table's model, for core's QueueWatcher to keep in step with the database.
    TicketQueueModel *model() const { return m_model; }
    // Clears the filter without a query of its own; applyQuery() runs it.
    void clearFilter();
    // Loads what the queue, filter and sort now say (nothing when that is loaded already).
    void applyQuery();

    // The ticket the agent chose (0: none), and choosing one from elsewhere (search, the
    // Outbox, a new ticket): its row is selected once it is in the list.
    qint64 chosenTicketId() const { return m_chosen; }
    void choose(qint64 ticketId);
    // The queue's copy of a ticket, when its row is loaded.
    std::optional<Ticket> loadedTicket(qint64 ticketId) const;
    QList<qint64> selectedTicketIds() const;
    int selectedCount() const;
    // Where a menu for the current row opens (below it), in global coordinates.
    QPoint currentRowPosition() const;

    void focusTable();
    void focusFilter();

signals:
    // The current row moved to this ticket.
    void ticketChosen(qint64 ticketId);
    // Enter or a double click on the chosen ticket, or Enter in the filter once its first
    // match is in.
    void openRequested(qint64 ticketId);
    // A filter or queue change left the chosen ticket out of the list: nothing is chosen now,
    // and the ticket should no longer be shown.
    void chosenTicketHidden();
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);
    void loadingChanged(bool loading);
    // The number of rows once the whole queue is counted, -1 while it is not.
    void rowCountChanged(int rows);
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setRiskSort(bool on);
    void updatePage();
    void restoreSelection();
    qint64 ticketOf(const QModelIndex &index) const; // 0: no row, or not loaded
    void onCurrentRowChanged(const QModelIndex &current);
    void openCurrent();
    // Once a new query's rows are all in: open the first match (Enter in the filter), or let
    // go of a chosen ticket the query hides.
    void settleAfterQuery();
    void forgetChosen();

    TicketQueueModel *m_model;
    QLabel *m_title;
    QLineEdit *m_filter;
    QStackedWidget *m_pages;
    TicketTableView *m_table;
    QLabel *m_emptyDatabase;
    QLabel *m_emptyQueue;
    QTimer m_filterTimer; // debounces typing in the filter

    QueueKind m_queue = QueueKind::AllOpen;
    std::optional<qint64> m_staffId;
    QString m_login;
    QString m_databaseName;
    qint64 m_warningWindowMs = 4LL * 3600 * 1000; // from the SLA set-up once loaded
    qint64 m_totalTickets = -1;                   // -1 until counted
    qint64 m_chosen = 0;
    bool m_openFirstWhenLoaded = false; // Enter in the filter, waiting for its rows
    bool m_querySettled = true;         // false from a query change until its rows are in
};

} // namespace helpdesk
