#pragma once
// The ticket table: a plain QTableView tuned for a windowed model of any size (fixed row
// height, no word wrap, no content-based sizing) with sorting done by the model in SQL.

#include "common/TimeText.h"
#include "tickets/TicketQuery.h"

#include <QDateTime>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace helpdesk {

class TicketQueueModel;

class TicketTableView : public QTableView
{
    Q_OBJECT
public:
    explicit TicketTableView(QWidget *parent = nullptr);

    // Attaches the model, sizes the columns and starts loading `query`. headerState (from
    // saveHeaderState) restores column widths and order, and its sort column wins over the
    // query's; otherwise the header shows the query's order.
    void setTicketModel(TicketQueueModel *model, TicketQuery query,
                        const QByteArray &headerState = {});
    QByteArray saveHeaderState() const;
    TicketQueueModel *ticketModel() const { return m_model; }

    qint64 currentTicketId() const;
    // Makes the row of ticketId current and selected; false if it is not in the queue.
    bool selectTicket(qint64 ticketId);
    // The selected rows' tickets, in row order (bulk actions).
    QList<qint64> selectedTicketIds() const;

    // The SLA warning window: countdowns within it turn amber.
    void setWarningWindow(qint64 ms);
    qint64 warningWindow() const { return m_warningWindowMs; }
    // The time countdowns are measured from (tests pin it); defaults to the wall clock.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // The lead's risk order (the model's query has sortByRisk): no sort arrow, and clicking a
    // header returns to sorting by that column.
    void setRiskSortMode(bool on);
    bool isRiskSortMode() const { return m_riskSort; }

    // What the Due column shows for a row ("in 2 h 10 min", "overdue 35 min", "paused").
    TimeText::Due dueAt(int row) const;
    QString countdownText(int row) const;
    // In the risk view the assignee cell says for how long they have held the ticket.
    QString heldForText(int row) const;
    QString toolTipFor(const QModelIndex &index) const;

signals:
    void riskSortModeChanged(bool on);

private:
    void leaveRiskSort(int section);
    void applyDefaultColumnWidths();
    // The header's context menu: which columns to show.
    void showColumnMenu(const QPoint &pos);

    TicketQueueModel *m_model = nullptr;
    QTimer m_countdownTimer;
    qint64 m_warningWindowMs = 4LL * 3600 * 1000;
    std::function<QDateTime()> m_clock;
    bool m_riskSort = false;
    int m_assigneeWidthBeforeRisk = 0;
};

} // namespace helpdesk
