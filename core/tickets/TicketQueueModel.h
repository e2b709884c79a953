#pragma once
// The ticket table's model: a window over a queue of any size. It never loads a whole queue:
// the first page comes first, then the ordered id list (8 bytes a ticket), and rows are fetched
// a page at a time, off the GUI thread, for what the view actually shows. Sorting and
// filtering happen in SQL.

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>

#include <optional>

namespace helpdesk {

class DbWorker;

class TicketQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        TicketIdRole = Qt::UserRole + 1,
        LoadedRole,    // false while the row's page is still being fetched
        StatusKeyRole, // "open", "escalated", ...
        PriorityRole,  // 0..3
        DueRole,       // QDateTime, UTC
        UnreadRole,    // bool: a customer's message the assignee has not opened yet
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 64;

    explicit TicketQueueModel(DbWorker *worker, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    void setQuery(const TicketQuery &query);
    const TicketQuery &query() const { return m_query; }
    // Re-reads the queue after a change, keeping the selection where the rows still exist.
    void refresh();

    bool isLoading() const { return m_loading; }
    bool isIndexComplete() const { return m_indexComplete; }
    qint64 ticketIdAt(int row) const;
    std::optional<Ticket> ticketAt(int row) const;
    int rowOfTicket(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void firstPageLoaded();
    void indexLoaded(); // the full ordered id list is in: rowCount is final
    void pageLoaded(int firstRow, int lastRow);
    void loadingChanged(bool loading);
    void errorOccurred(const QString &message);

private:
    void load(bool keepRows);
    void requestPage(int page) const;
    void dispatchPages();
    void storePage(int page, const QList<Ticket> &tickets);
    void applyIndex(QList<qint64> ids, bool keepRows);
    void setLoading(bool loading);
    const Ticket *cached(int row) const;

    DbWorker *m_worker;
    TicketQuery m_query;
    quint64 m_generation = 0;
    QList<qint64> m_ids;
    bool m_indexComplete = false;
    bool m_loading = false;
    QHash<int, QList<Ticket>> m_pages;
    QList<int> m_pageLru;        // most recently stored last
    mutable QList<int> m_wanted; // pages asked for by data(), most recent last
    mutable bool m_dispatchQueued = false;
    QList<int> m_inFlight;
    // The worker job itself, not its continuation: cancelling a continuation does not reach
    // the job, and a stale id scan would hold the worker up. The continuation is held too:
    // Qt 6.4 cancels a job's continuation through a raw pointer, which must stay valid.
    QFuture<Result<QList<qint64>>> m_indexJob;
    QFuture<void> m_indexContinuation;
};

} // namespace helpdesk
