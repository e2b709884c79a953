#include "tickets/TicketQueueModel.h"

#include "common/Futures.h"
#include "common/Logging.h"
#include "db/DbWorker.h"
#include "tickets/TicketStore.h"

#include <QLocale>
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
    m_pages.clear();
    m_pageLru.clear();
    m_wanted.clear();
    m_inFlight.clear();
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
                m_pages.insert(0, page.value());
                m_pageLru.append(0);
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
        m_pages.clear();
        m_pageLru.clear();
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
        m_pages.clear();
        m_pageLru.clear();
        m_wanted.clear();
        m_inFlight.clear();
        endResetModel();
    }
    m_indexComplete = true;
    emit indexLoaded();
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
    const auto it = m_pages.constFind(row / PageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % PageSize;
    if (offset >= it->size())
        return nullptr;
    return &it->at(offset);
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
        if (m_pages.contains(page) || m_inFlight.contains(page))
            continue;
        const qsizetype first = qsizetype(page) * PageSize;
        if (first >= m_ids.size())
            continue;
        const QList<qint64> ids = m_ids.mid(first, PageSize);
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
    m_pages.insert(page, tickets);
    m_pageLru.removeAll(page);
    m_pageLru.append(page);
    while (m_pageLru.size() > MaxCachedPages)
        m_pages.remove(m_pageLru.takeFirst());
    const int first = page * PageSize;
    const int last = qMin(first + int(tickets.size()), int(m_ids.size())) - 1;
    if (last >= first) {
        emit dataChanged(index(first, 0), index(last, int(TicketColumn::Count) - 1));
        emit pageLoaded(first, last);
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
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
