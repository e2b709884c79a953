#pragma once
// The ticket table's model: a window over a queue of any size. It never loads a whole queue:
// the first page comes first, then the ordered id list (8 bytes a ticket), and rows are fetched
// a page at a time, off the GUI thread, for what the view actually shows. Sorting and
// filtering happen in SQL.

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketQuery.h"
#include "tickets/TicketStore.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>

#include <optional>

namespace helpdesk {

class DbWorker;

// A ticket that changed somewhere: its id and the version it now has (0: unknown, re-read).
struct TicketChange
{
    qint64 id = 0;
    int version = 0;
};

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
        PresenceRole,  // who is on the ticket ("Priya N. is viewing"), empty: nobody
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 64;

    explicit TicketQueueModel(DbWorker *worker, QObject *parent = nullptr);
    ~TicketQueueModel() override;

    void setQuery(const TicketQuery &query);
    const TicketQuery &query() const { return m_query; }
    // Re-reads the whole queue (the id list), keeping the selection where the rows still
    // exist. The safety net; a change of a few tickets goes through applyChanges().
    void refresh();
    // Re-reads just these tickets and moves each into, within or out of the queue by its sort
    // key (TicketStore::placements: one statement for the rows, one index seek per ticket that
    // matches), keeping the selection on its ticket. A change whose version this model has
    // already placed is skipped. For orders that cannot be placed (assignee name, risk) the id
    // list is reloaded instead, at most once per ReloadThrottleMs. Returns how many tickets
    // are being re-read.
    int applyChanges(const QList<TicketChange> &changes);
    static constexpr int ReloadThrottleMs = 2000;
    static constexpr int MaxPlacementRounds = 3;

    bool isLoading() const { return m_loading; }
    // Nothing read or placed is outstanding: no load, placement or throttled reload.
    bool isSettled() const { return !m_loading && !m_reloadPending && m_placementsInFlight == 0; }
    // Tickets someone is viewing or replying to (ticket -> "Priya N. is viewing"): the
    // Number column shows a marker, its tooltip the text (PresenceRole).
    void setPresence(const QHash<qint64, QString> &presence);
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
    // A changed ticket was re-read and placed (inQueue: it is in this queue now).
    void changeApplied(qint64 ticketId, int version, bool inQueue);

private:
    void load(bool keepRows);
    void requestPage(int page) const;
    void dispatchPages();
    void storePage(int page, const QList<Ticket> &tickets);
    void cacheRows(const QList<Ticket> &tickets);
    void clearCache();
    void applyIndex(QList<qint64> ids, bool keepRows);
    void applyPlacements(const QList<TicketStore::Placement> &placements, int round);
    // false: the predecessor is not in this list (it changed too, and its change is not
    // placed yet).
    bool place(const TicketStore::Placement &p);
    void requestPlacements(const QList<qint64> &ids, int round);
    void setLoading(bool loading);
    const Ticket *cached(int row) const;

    DbWorker *m_worker;
    TicketQuery m_query;
    quint64 m_generation = 0;
    QList<qint64> m_ids;
    bool m_indexComplete = false;
    bool m_loading = false;
    // Rows by ticket id, so moving a row does not invalidate what is cached; evicted a fetched
    // page at a time (m_chunks, most recent last).
    QHash<qint64, Ticket> m_rows;
    QList<QList<qint64>> m_chunks;
    QHash<qint64, int> m_placedVersion; // the version applyChanges() last placed, per ticket
    bool m_reloadPending = false;
    int m_placementsInFlight = 0;
    // Tickets placed right after another one: when that one moves later (its change was
    // committed before their placement was read, but heard after), they are re-read with it,
    // since their place was found next to where it is now in the database, not in this list.
    QHash<qint64, QList<qint64>> m_followers;
    QHash<qint64, QString> m_presence;
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
