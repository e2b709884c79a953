#include "tickets/TicketQueueModel.h"

#include "common/Futures.h"
#include "common/Logging.h"
#include "db/DbWorker.h"
#include "tickets/TicketStore.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace helpdesk {

TicketQueueModel::TicketQueueModel(DbWorker *worker, QObject *parent)
    : QAbstractTableModel(parent), m_worker(worker)
{}

TicketQueueModel::~TicketQueueModel()
{
    m_indexJob.cancel();
}

void TicketQueueModel::setQuery(const TicketQuery &query)
{
    m_query = query;
    beginResetModel();
    m_ids.clear();
    clearCache();
    m_wanted.clear();
    m_inFlight.clear();
    m_placedVersion.clear();
    m_followers.clear();
    m_indexComplete = false;
    endResetModel();
    load(false);
}

void TicketQueueModel::refresh()
{
    load(true);
}

void TicketQueueModel::load(bool keepRows)
{
    const quint64 generation = ++m_generation;
    // The id list read now has every ticket where the database has it.
    m_followers.clear();
    m_indexJob.cancel();
    setLoading(true);
    const TicketQuery query = m_query;

    if (!keepRows) {
        auto first = m_worker->run(
            [query](QSqlDatabase &db) { return TicketStore(db).firstPage(query, PageSize); });
        whenDone(first, this, [this, generation](const Result<QList<Ticket>> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                setLoading(false);
                emit errorOccurred(page.error().message);
                return;
            }
            // The index may already be in (a tiny queue); then there is nothing to add.
            if (m_ids.isEmpty() && !page.value().isEmpty()) {
                beginInsertRows({}, 0, int(page.value().size()) - 1);
                for (const Ticket &t : page.value())
                    m_ids.append(t.id);
                cacheRows(page.value());
                endInsertRows();
            }
            emit firstPageLoaded();
        });
    }

    m_indexJob = m_worker->runWithProgress<Result<QList<qint64>>>(
        [query](QSqlDatabase &db, QPromise<Result<QList<qint64>>> &promise) {
            return TicketStore(db).orderedIds(query, [&promise] { return promise.isCanceled(); });
        });
    m_indexContinuation =
        whenDone(m_indexJob, this, [this, generation, keepRows](const Result<QList<qint64>> &ids) {
            if (generation != m_generation)
                return;
            setLoading(false);
            if (!ids) {
                if (ids.error().code != Error::Code::Cancelled)
                    emit errorOccurred(ids.error().message);
                return;
            }
            applyIndex(ids.value(), keepRows);
        });
}

void TicketQueueModel::applyIndex(QList<qint64> ids, bool keepRows)
{
    const auto oldSize = m_ids.size();
    const bool prefixMatches =
        ids.size() >= oldSize && std::equal(m_ids.cbegin(), m_ids.cend(), ids.cbegin());

    if (keepRows && ids.size() == oldSize) {
        // Same number of rows: move persistent indexes (selection, current row) with their
        // tickets, and refetch every row's contents.
        emit layoutAboutToBeChanged();
        QHash<qint64, int> newRow;
        newRow.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i)
            newRow.insert(ids.at(i), i);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &idx : before) {
            const auto it = newRow.constFind(m_ids.value(idx.row()));
            after.append(it == newRow.constEnd() ? QModelIndex() : index(*it, idx.column()));
        }
        m_ids = std::move(ids);
        clearCache();
        m_inFlight.clear();
        changePersistentIndexList(before, after);
        emit layoutChanged();
        m_indexComplete = true;
        emit indexLoaded();
        return;
    }
    if (!keepRows && prefixMatches) {
        if (ids.size() > oldSize) {
            beginInsertRows({}, int(oldSize), int(ids.size()) - 1);
            m_ids = std::move(ids);
            endInsertRows();
        }
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        clearCache();
        m_wanted.clear();
        m_inFlight.clear();
        endResetModel();
    }
    m_indexComplete = true;
    emit indexLoaded();
}

int TicketQueueModel::applyChanges(const QList<TicketChange> &changes)
{
    QList<qint64> ids;
    for (const TicketChange &c : changes) {
        if (c.id <= 0 || ids.contains(c.id))
            continue;
        if (c.version > 0 && m_placedVersion.value(c.id, 0) >= c.version)
            continue; // placed already (our own change, heard again from the database)
        ids.append(c.id);
    }
    if (ids.isEmpty())
        return 0;
    // Tickets placed next to one of these were placed by where it is now in the database; it
    // moves in this list only now, so they are read and placed again with it.
    for (qsizetype i = 0; i < ids.size(); ++i)
        for (qint64 follower : m_followers.take(ids.at(i)))
            if (!ids.contains(follower))
                ids.append(follower);
    if (!TicketStore::canPlace(m_query)) {
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(ReloadThrottleMs, this, [this] {
                m_reloadPending = false;
                load(true);
            });
        }
        return int(ids.size());
    }
    requestPlacements(ids, 0);
    return int(ids.size());
}

void TicketQueueModel::requestPlacements(const QList<qint64> &ids, int round)
{
    const quint64 generation = m_generation;
    const TicketQuery query = m_query;
    ++m_placementsInFlight;
    auto job = m_worker->run(
        [query, ids](QSqlDatabase &db) { return TicketStore(db).placements(query, ids); });
    whenDone(job, this,
             [this, generation, round](const Result<QList<TicketStore::Placement>> &placements) {
                 --m_placementsInFlight;
                 // A reload started meanwhile reads the database after this job did.
                 if (generation != m_generation)
                     return;
                 if (!placements) {
                     emit errorOccurred(placements.error().message);
                     return;
                 }
                 applyPlacements(placements.value(), round);
             });
}

void TicketQueueModel::applyPlacements(const QList<TicketStore::Placement> &placements, int round)
{
    if (m_placedVersion.size() > 100000)
        m_placedVersion.clear();
    // A ticket goes in after its predecessor; when that one is in this batch too, only once it
    // has been placed itself (the order is strict, so this always ends).
    QList<TicketStore::Placement> pending = placements;
    QSet<qint64> waiting;
    for (const auto &p : pending)
        waiting.insert(p.id);
    const QSet<qint64> batch = waiting;
    // Tickets placed next to one of these by an earlier read (possibly one that was still in
    // flight when this batch was asked for): read again now that it has moved.
    QList<qint64> followUps;
    // Tickets whose predecessor is not in this list yet: its change was committed before this
    // read, its notification has not been placed. Read again together with it.
    QList<qint64> again;
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->matches && it->predecessor && *it->predecessor != it->id &&
                waiting.contains(*it->predecessor)) {
                ++it;
                continue;
            }
            const TicketStore::Placement p = *it;
            it = pending.erase(it);
            waiting.remove(p.id);
            progress = true;
            if (!place(p)) {
                again << *p.predecessor << p.id;
                continue;
            }
            for (qint64 follower : m_followers.take(p.id))
                if (!batch.contains(follower) && !followUps.contains(follower))
                    followUps.append(follower);
            if (p.matches && p.predecessor) {
                QList<qint64> &followers = m_followers[*p.predecessor];
                if (!followers.contains(p.id))
                    followers.append(p.id);
            }
            if (p.exists)
                m_placedVersion.insert(p.id, p.ticket.version);
            emit changeApplied(p.id, p.exists ? p.ticket.version : 0, p.matches);
        }
    }
    if (m_followers.size() > 10000)
        m_followers.clear(); // only a hint: the safety net reloads now and then
    if (!pending.isEmpty()) {
        load(true);
        return;
    }
    if (!followUps.isEmpty())
        requestPlacements(followUps, round);
    if (!again.isEmpty()) {
        // A few rounds follow a chain of tickets that changed together; beyond that, this list
        // and the database disagree by more than a few changes: read it again.
        if (round >= MaxPlacementRounds) {
            load(true);
            return;
        }
        QList<qint64> ids;
        for (qint64 id : std::as_const(again))
            if (!ids.contains(id))
                ids.append(id);
        requestPlacements(ids, round + 1);
    }
}

bool TicketQueueModel::place(const TicketStore::Placement &p)
{
    const int oldRow = int(m_ids.indexOf(p.id));
    const auto cachedRow = m_rows.find(p.id);
    if (cachedRow != m_rows.end()) {
        if (p.exists)
            *cachedRow = p.ticket;
        else
            m_rows.erase(cachedRow);
    }
    if (!p.matches) {
        if (oldRow >= 0) {
            beginRemoveRows({}, oldRow, oldRow);
            m_ids.removeAt(oldRow);
            endRemoveRows();
        }
        return true;
    }
    int newRow = 0;
    if (p.predecessor) {
        int before = int(m_ids.indexOf(*p.predecessor));
        if (before < 0) {
            // Before the id list is in, the predecessor may lie beyond the first page (the id
            // list, read after this change, will have the ticket).
            if (!m_indexComplete)
                return true;
            // Not here: the ticket leaves its old row (wrong now) until it is placed again.
            if (oldRow >= 0) {
                beginRemoveRows({}, oldRow, oldRow);
                m_ids.removeAt(oldRow);
                endRemoveRows();
            }
            return false;
        }
        if (oldRow >= 0 && before > oldRow)
            --before; // its row once this ticket has left its old one
        newRow = before + 1;
    }
    if (cachedRow == m_rows.end()) {
        m_rows.insert(p.id, p.ticket);
        if (m_chunks.isEmpty())
            m_chunks.append(QList<qint64>());
        m_chunks.last().append(p.id);
    }
    const int lastColumn = int(TicketColumn::Count) - 1;
    if (oldRow < 0) {
        beginInsertRows({}, newRow, newRow);
        m_ids.insert(newRow, p.id);
        endInsertRows();
    } else if (newRow == oldRow) {
        emit dataChanged(index(oldRow, 0), index(oldRow, lastColumn));
    } else {
        // Qt's destination is the row it goes before, counted before the move.
        beginMoveRows({}, oldRow, oldRow, {}, newRow > oldRow ? newRow + 1 : newRow);
        m_ids.move(oldRow, newRow);
        endMoveRows();
        emit dataChanged(index(newRow, 0), index(newRow, lastColumn));
    }
    return true;
}

void TicketQueueModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

const Ticket *TicketQueueModel::cached(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const auto it = m_rows.constFind(m_ids.at(row));
    return it == m_rows.constEnd() ? nullptr : &*it;
}

void TicketQueueModel::clearCache()
{
    m_rows.clear();
    m_chunks.clear();
}

void TicketQueueModel::cacheRows(const QList<Ticket> &tickets)
{
    QList<qint64> chunk;
    chunk.reserve(tickets.size());
    for (const Ticket &t : tickets) {
        m_rows.insert(t.id, t);
        chunk.append(t.id);
    }
    m_chunks.append(std::move(chunk));
    while (m_chunks.size() > MaxCachedPages)
        for (qint64 id : m_chunks.takeFirst())
            m_rows.remove(id);
}

void TicketQueueModel::requestPage(int page) const
{
    m_wanted.removeAll(page);
    m_wanted.append(page);
    if (m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    // Coalesce the requests of one paint; while scrolling fast only the latest pages matter.
    QTimer::singleShot(0, const_cast<TicketQueueModel *>(this), &TicketQueueModel::dispatchPages);
}

void TicketQueueModel::dispatchPages()
{
    m_dispatchQueued = false;
    constexpr int MaxPagesPerDispatch = 4;
    QList<int> pages = m_wanted.mid(qMax<qsizetype>(0, m_wanted.size() - MaxPagesPerDispatch));
    m_wanted.clear();
    const quint64 generation = m_generation;
    for (int page : pages) {
        const qsizetype first = qsizetype(page) * PageSize;
        if (first >= m_ids.size() || m_inFlight.contains(page))
            continue;
        const QList<qint64> ids = m_ids.mid(first, PageSize);
        if (std::all_of(ids.cbegin(), ids.cend(),
                        [this](qint64 id) { return m_rows.contains(id); }))
            continue;
        m_inFlight.append(page);
        auto rows = m_worker->run([ids](QSqlDatabase &db) { return TicketStore(db).byIds(ids); });
        whenDone(rows, this, [this, generation, page, ids](const Result<QList<Ticket>> &tickets) {
            if (generation != m_generation)
                return;
            m_inFlight.removeAll(page);
            if (!tickets) {
                emit errorOccurred(tickets.error().message);
                return;
            }
            // Keep the page aligned with the id list even if a ticket vanished meanwhile.
            QHash<qint64, Ticket> byId;
            for (const Ticket &t : tickets.value())
                byId.insert(t.id, t);
            QList<Ticket> aligned;
            aligned.reserve(ids.size());
            for (qint64 id : ids) {
                Ticket t = byId.value(id);
                t.id = id;
                aligned.append(t);
            }
            storePage(page, aligned);
        });
    }
}

void TicketQueueModel::storePage(int page, const QList<Ticket> &tickets)
{
    cacheRows(tickets);
    const int first = page * PageSize;
    const int last = qMin(first + int(tickets.size()), int(m_ids.size())) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, int(TicketColumn::Count) - 1));
        emit pageLoaded(first, last);
    }
}

void TicketQueueModel::setPresence(const QHash<qint64, QString> &presence)
{
    if (presence == m_presence)
        return;
    QSet<qint64> touched;
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it)
        touched.insert(it.key());
    for (auto it = presence.cbegin(); it != presence.cend(); ++it)
        touched.insert(it.key());
    m_presence = presence;
    const int number = int(TicketColumn::Number);
    for (qint64 id : std::as_const(touched)) {
        const int row = rowOfTicket(id);
        if (row >= 0)
            emit dataChanged(index(row, number), index(row, number),
                             {Qt::DisplayRole, Qt::ToolTipRole, PresenceRole});
    }
}

qint64 TicketQueueModel::ticketIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

std::optional<Ticket> TicketQueueModel::ticketAt(int row) const
{
    if (const Ticket *t = cached(row))
        return *t;
    return std::nullopt;
}

int TicketQueueModel::rowOfTicket(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int TicketQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int TicketQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(TicketColumn::Count);
}

QVariant TicketQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == TicketIdRole)
        return QVariant::fromValue(m_ids.at(row));
    if (role == PresenceRole)
        return m_presence.value(m_ids.at(row));
    if (!m_presence.isEmpty() && index.column() == int(TicketColumn::Number)) {
        // Someone else is on this ticket: a marker after the number, who in the tooltip.
        const auto who = m_presence.constFind(m_ids.at(row));
        if (who != m_presence.constEnd()) {
            if (role == Qt::ToolTipRole)
                return *who;
            if (role == Qt::DisplayRole)
                return ticketNumberText(m_ids.at(row)) + QStringLiteral(" \u25CF");
        }
    }
    const Ticket *t = cached(row);
    if (!t) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            requestPage(row / PageSize);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole) {
            if (index.column() == int(TicketColumn::Number))
                return ticketNumberText(m_ids.at(row));
            if (index.column() == int(TicketColumn::Subject))
                return tr("Loading…");
        }
        return {};
    }
    const auto column = TicketColumn(index.column());
    switch (role) {
    case LoadedRole:
        return true;
    case StatusKeyRole:
        return Vocabulary::key(t->status);
    case PriorityRole:
        return int(t->priority);
    case DueRole:
        return t->resolutionDue;
    case UnreadRole:
        return t->unreadSince.isValid();
    case Qt::ToolTipRole:
        if (column == TicketColumn::Subject)
            return t->unreadSince.isValid()
                       ? tr("%1 (new message from the customer)").arg(t->subject)
                       : t->subject;
        if (column == TicketColumn::Requester)
            return t->requesterEmail;
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case TicketColumn::Number:
            return ticketNumberText(t->id);
        case TicketColumn::Subject:
            return t->subject;
        case TicketColumn::Requester:
            return t->requesterName;
        case TicketColumn::Category:
            return Vocabulary::label(t->category);
        case TicketColumn::Priority:
            return Vocabulary::label(t->priority);
        case TicketColumn::Status:
            return Vocabulary::label(t->status);
        case TicketColumn::Assignee:
            return t->assigneeId ? t->assigneeName : tr("Unassigned");
        case TicketColumn::Due:
            return t->resolutionDue.isValid()
                       ? QLocale().toString(t->resolutionDue.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        case TicketColumn::Updated:
            return QLocale().toString(t->updatedAt.toLocalTime(), QLocale::ShortFormat);
        case TicketColumn::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant TicketQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // The tool tip is the header in full: a narrow column elides it.
    if (role == Qt::ToolTipRole)
        return headerData(section, orientation, Qt::DisplayRole);
    switch (TicketColumn(section)) {
    case TicketColumn::Number:
        return tr("Number");
    case TicketColumn::Subject:
        return tr("Subject");
    case TicketColumn::Requester:
        return tr("Requester");
    case TicketColumn::Category:
        return tr("Category");
    case TicketColumn::Priority:
        return tr("Priority");
    case TicketColumn::Status:
        return tr("Status");
    case TicketColumn::Assignee:
        return tr("Assignee");
    case TicketColumn::Due:
        return tr("Due");
    case TicketColumn::Updated:
        return tr("Updated");
    case TicketColumn::Count:
        break;
    }
    return {};
}

Qt::ItemFlags TicketQueueModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void TicketQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(TicketColumn::Count))
        return;
    TicketQuery q = m_query;
    q.sortColumn = TicketColumn(column);
    q.sortOrder = order;
    if (q == m_query)
        return;
    setQuery(q);
}

} // namespace helpdesk
