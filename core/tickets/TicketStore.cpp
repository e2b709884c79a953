#include "tickets/TicketStore.h"

#include "db/Database.h"
#include "timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlRecord>

namespace helpdesk {

namespace {

// What readTicket() reads, in its order.
constexpr char kColumnList[] =
    "t.id, t.subject, t.requester_email, t.requester_name, t.account_id, t.category, t.priority, "
    "t.status, t.channel, t.assignee_id, s.display_name, t.created_at, t.updated_at, "
    "t.first_response_due, t.first_responded_at, t.resolution_due, t.resolved_at, "
    "t.escalation_level, t.version, t.sla_segments, t.assigned_at, t.unread_since";
const QString kColumns = QString::fromLatin1(kColumnList);

constexpr int countColumns(const char *list)
{
    int n = 1;
    for (; *list; ++list)
        n += *list == ',' ? 1 : 0;
    return n;
}
// How many columns kColumns selects: what a query adds after them starts at this index.
// Counted from the list, so that a column added there cannot shift what follows unnoticed.
constexpr int kColumnCount = countColumns(kColumnList);

const QString kFrom = QStringLiteral(" FROM tickets t LEFT JOIN staff s ON s.id = t.assignee_id ");

std::optional<qint64> optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

Ticket readTicket(const QSqlQuery &q)
{
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.subject = q.value(1).toString();
    t.requesterEmail = q.value(2).toString();
    t.requesterName = q.value(3).toString();
    t.accountId = optionalId(q.value(4));
    t.category = Vocabulary::categoryFromKey(q.value(5).toString()).value_or(TicketCategory::Other);
    t.priority = TicketPriority(qBound(0, q.value(6).toInt(), 3));
    t.status = Vocabulary::statusFromKey(q.value(7).toString()).value_or(TicketStatus::Open);
    t.channel = Vocabulary::channelFromKey(q.value(8).toString()).value_or(TicketChannel::Email);
    t.assigneeId = optionalId(q.value(9));
    t.assigneeName = q.value(10).toString();
    t.createdAt = fromEpochMs(q.value(11));
    t.updatedAt = fromEpochMs(q.value(12));
    t.firstResponseDue = fromEpochMs(q.value(13));
    t.firstRespondedAt = fromEpochMs(q.value(14));
    t.resolutionDue = fromEpochMs(q.value(15));
    t.resolvedAt = fromEpochMs(q.value(16));
    t.escalationLevel = q.value(17).toInt();
    t.version = q.value(18).toInt();
    t.slaSegments = q.value(19).toString();
    t.assignedAt = fromEpochMs(q.value(20));
    t.unreadSince = fromEpochMs(q.value(21));
    return t;
}

// Escapes LIKE wildcards so the filter text matches literally.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QVariantList statusKeys(const QList<TicketStatus> &statuses)
{
    QVariantList keys;
    for (TicketStatus s : statuses)
        keys.append(Vocabulary::key(s));
    return keys;
}

QString placeholders(qsizetype n)
{
    QString out;
    out.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return out;
}

} // namespace

TicketStore::Where TicketStore::whereClause(const TicketQuery &query) const
{
    QStringList parts;
    QVariantList values;
    const QVariantList open = statusKeys(Vocabulary::openStatuses());
    const qint64 now =
        (query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();

    switch (query.queue) {
    case QueueKind::MyOpen:
        parts << QStringLiteral("t.assignee_id = ?")
              << QStringLiteral("t.status IN (%1)").arg(placeholders(open.size()));
        values << QVariant::fromValue<qint64>(query.currentStaffId.value_or(-1));
        values += open;
        break;
    case QueueKind::Unassigned:
        parts << QStringLiteral("t.assignee_id IS NULL")
              << QStringLiteral("t.status IN (%1)").arg(placeholders(open.size()));
        values += open;
        break;
    case QueueKind::AllOpen:
        parts << QStringLiteral("t.status IN (%1)").arg(placeholders(open.size()));
        values += open;
        break;
    case QueueKind::Escalated:
        parts << QStringLiteral("t.status = ?");
        values << Vocabulary::key(TicketStatus::Escalated);
        break;
    case QueueKind::BreachingSla: {
        // Pending-customer tickets have their clock paused, so they are not at risk.
        const QVariantList running =
            statusKeys({TicketStatus::New, TicketStatus::Open, TicketStatus::Escalated});
        parts << QStringLiteral("t.status IN (%1)").arg(placeholders(running.size()))
              << QStringLiteral("t.resolution_due < ?");
        values += running;
        values << QVariant::fromValue<qint64>(now + query.breachWarningMs);
        break;
    }
    case QueueKind::Resolved:
        parts << QStringLiteral("t.status = ?");
        values << Vocabulary::key(TicketStatus::Resolved);
        break;
    case QueueKind::All:
        break;
    }
    if (query.status) {
        parts << QStringLiteral("t.status = ?");
        values << Vocabulary::key(*query.status);
    }
    if (query.assigneeId) {
        parts << QStringLiteral("t.assignee_id = ?");
        values << QVariant::fromValue<qint64>(*query.assigneeId);
    }
    if (query.onlyIds) {
        if (query.onlyIds->isEmpty()) {
            parts << QStringLiteral("1 = 0");
        } else {
            parts << QStringLiteral("t.id IN (%1)").arg(placeholders(query.onlyIds->size()));
            for (qint64 id : *query.onlyIds)
                values << QVariant::fromValue(id);
        }
    }
    const QString text = query.filterText.trimmed();
    if (!text.isEmpty()) {
        QString digits = text;
        if (digits.startsWith(u'#'))
            digits = digits.mid(1);
        bool isNumber = false;
        const qint64 number = digits.toLongLong(&isNumber);
        const QString like = Database::dialect(m_db) == Dialect::PostgreSQL
                                 ? QStringLiteral("ILIKE")
                                 : QStringLiteral("LIKE");
        QString clause = QStringLiteral("(t.subject %1 ? ESCAPE '\\' OR t.requester_name %1 ? "
                                        "ESCAPE '\\' OR t.requester_email %1 ? ESCAPE '\\'")
                             .arg(like);
        const QString pattern = likePattern(text);
        values << pattern << pattern << pattern;
        if (isNumber) {
            clause += QStringLiteral(" OR t.id = ?");
            values << QVariant::fromValue<qint64>(number);
        }
        clause += u')';
        parts << clause;
    }
    Where w;
    if (!parts.isEmpty()) {
        w.condition = parts.join(QStringLiteral(" AND "));
        w.sql = QStringLiteral(" WHERE ") + w.condition;
    }
    w.values = values;
    return w;
}

QString TicketStore::orderBy(const TicketQuery &query, QVariantList &values) const
{
    if (query.sortByRisk) {
        // Overdue minutes times (priority + 1); tickets without a due time last.
        const qint64 now =
            (query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
        values << QVariant::fromValue(now);
        return QStringLiteral(" ORDER BY ((? - t.resolution_due) / 60000) * (t.priority + 1) "
                              "DESC NULLS LAST, t.id ASC");
    }
    const QString dir =
        query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString expr;
    bool nullable = false;
    switch (query.sortColumn) {
    case TicketColumn::Number:
    case TicketColumn::Count:
        return QStringLiteral(" ORDER BY t.id ") + dir;
    case TicketColumn::Subject:
        expr = QStringLiteral("t.subject");
        break;
    case TicketColumn::Requester:
        expr = QStringLiteral("t.requester_name");
        break;
    case TicketColumn::Category:
        expr = QStringLiteral("t.category");
        break;
    case TicketColumn::Priority:
        expr = QStringLiteral("t.priority");
        break;
    case TicketColumn::Status:
        expr = QStringLiteral("t.status");
        break;
    case TicketColumn::Assignee:
        expr = QStringLiteral("s.display_name");
        nullable = true;
        break;
    case TicketColumn::Due:
        // Empty due times last in both directions, in a form an index can return in order
        // (tickets_order_due, tickets_order_due_desc).
        return QStringLiteral(" ORDER BY (t.resolution_due IS NULL), t.resolution_due %1, t.id %1")
            .arg(dir);
    case TicketColumn::Updated:
        expr = QStringLiteral("t.updated_at");
        break;
    }
    // Both dialects put empty values last, whatever the direction.
    const QString nulls = nullable ? QStringLiteral(" NULLS LAST") : QString();
    return QStringLiteral(" ORDER BY %1 %2%3, t.id %2").arg(expr, dir, nulls);
}

std::pair<QString, QVariantList> TicketStore::firstPageStatement(const TicketQuery &query,
                                                                 int limit) const
{
    const Where w = whereClause(query);
    QVariantList values = w.values;
    const QString order = orderBy(query, values);
    values << limit;
    return {QStringLiteral("SELECT ") + kColumns + kFrom + w.sql + order +
                QStringLiteral(" LIMIT ?"),
            values};
}

Result<QList<Ticket>> TicketStore::firstPage(const TicketQuery &query, int limit)
{
    const auto [sql, values] = firstPageStatement(query, limit);
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    QList<Ticket> out;
    out.reserve(limit);
    while (q.next())
        out.append(readTicket(q));
    return out;
}

Result<QList<qint64>> TicketStore::orderedIds(const TicketQuery &query,
                                              const std::function<bool()> &cancelled)
{
    const Where w = whereClause(query);
    // The staff join is only needed to sort by assignee name.
    const QString from =
        query.sortColumn == TicketColumn::Assignee ? kFrom : QStringLiteral(" FROM tickets t ");
    QVariantList values = w.values;
    const QString order = orderBy(query, values);
    HD_TRY_ASSIGN(
        auto q, Database::exec(m_db, QStringLiteral("SELECT t.id") + from + w.sql + order, values));
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        if (cancelled && (ids.size() & 0xFFFF) == 0 && cancelled())
            return Error::make(Error::Code::Cancelled, QString());
    }
    return ids;
}

Result<QList<Ticket>> TicketStore::byIds(const QList<qint64> &ids)
{
    QList<Ticket> out;
    if (ids.isEmpty())
        return out;
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(QVariant::fromValue(id));
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns + kFrom +
                           QStringLiteral("WHERE t.id IN (%1)").arg(placeholders(ids.size())),
                       values));
    QHash<qint64, Ticket> found;
    while (q.next()) {
        Ticket t = readTicket(q);
        found.insert(t.id, std::move(t));
    }
    out.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = found.constFind(id);
        if (it != found.constEnd())
            out.append(*it);
    }
    return out;
}

Result<qint64> TicketStore::count(const TicketQuery &query)
{
    const Where w = whereClause(query);
    HD_TRY_ASSIGN(
        auto v,
        Database::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM tickets t") + w.sql, w.values));
    return v.toLongLong();
}

Result<QHash<QueueKind, qint64>> TicketStore::queueCounts(const TicketQuery &base)
{
    HD_TRY_ASSIGN(auto counts, counterCounts(base));
    HD_TRY_ASSIGN(auto breaching, breachingCount(base));
    counts.insert(QueueKind::BreachingSla, breaching);
    return counts;
}

Result<QHash<QueueKind, qint64>> TicketStore::counterCounts(const TicketQuery &base)
{
    // A few dozen rows (statuses x assignees) that triggers keep exact: no ticket is counted.
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, QStringLiteral("SELECT status, assignee_id, n FROM "
                                                              "queue_counts WHERE n <> 0")));
    const qint64 me = base.currentStaffId.value_or(-1);
    QHash<QueueKind, qint64> counts;
    for (QueueKind kind : Queues::all())
        if (kind != QueueKind::BreachingSla)
            counts.insert(kind, 0);
    while (q.next()) {
        const auto status = Vocabulary::statusFromKey(q.value(0).toString());
        const qint64 assignee = q.value(1).toLongLong();
        const qint64 n = q.value(2).toLongLong();
        counts[QueueKind::All] += n;
        if (!status)
            continue;
        if (Vocabulary::openStatuses().contains(*status)) {
            counts[QueueKind::AllOpen] += n;
            if (assignee == 0)
                counts[QueueKind::Unassigned] += n;
            else if (assignee == me)
                counts[QueueKind::MyOpen] += n;
        }
        if (*status == TicketStatus::Escalated)
            counts[QueueKind::Escalated] += n;
        if (*status == TicketStatus::Resolved)
            counts[QueueKind::Resolved] += n;
    }
    return counts;
}

Result<qint64> TicketStore::breachingCount(const TicketQuery &base)
{
    // Time-dependent, so no counter can say it alone: the triggers keep running tickets per
    // due hour (sla_due_counts); the whole hours before the bound are summed, and only the
    // hour the bound falls in is an index range over tickets (tickets_status_due).
    const qint64 now =
        (base.now.isValid() ? base.now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    const qint64 bound = now + base.breachWarningMs;
    constexpr qint64 Hour = 3600LL * 1000;
    const qint64 bucket = bound >= 0 ? bound / Hour : -((-bound + Hour - 1) / Hour);
    HD_TRY_ASSIGN(auto whole,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM sla_due_counts "
                                                  "WHERE bucket < ?"),
                                   {QVariant::fromValue(bucket)}));
    QVariantList values =
        statusKeys({TicketStatus::New, TicketStatus::Open, TicketStatus::Escalated});
    values << QVariant::fromValue(bucket * Hour) << QVariant::fromValue(bound);
    HD_TRY_ASSIGN(auto partial,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN "
                                                  "(?,?,?) AND resolution_due >= ? AND "
                                                  "resolution_due < ?"),
                                   values));
    return whole.toLongLong() + partial.toLongLong();
}

namespace {
// The sort key of a placeable order (empty for the id order).
QString sortKey(TicketColumn column)
{
    switch (column) {
    case TicketColumn::Subject:
        return QStringLiteral("t.subject");
    case TicketColumn::Requester:
        return QStringLiteral("t.requester_name");
    case TicketColumn::Category:
        return QStringLiteral("t.category");
    case TicketColumn::Priority:
        return QStringLiteral("t.priority");
    case TicketColumn::Status:
        return QStringLiteral("t.status");
    case TicketColumn::Updated:
        return QStringLiteral("t.updated_at");
    default:
        return {};
    }
}
} // namespace

bool TicketStore::canPlace(const TicketQuery &query)
{
    if (query.sortByRisk)
        return false;
    switch (query.sortColumn) {
    case TicketColumn::Assignee:
    case TicketColumn::Due:
        return false;
    default:
        return true;
    }
}

Result<QList<TicketStore::Placement>> TicketStore::placements(const TicketQuery &query,
                                                              const QList<qint64> &ids)
{
    QList<Placement> out;
    if (ids.isEmpty())
        return out;
    const Where w = whereClause(query);
    QVariantList values = w.values;
    for (qint64 id : ids)
        values.append(QVariant::fromValue(id));
    const QString matches = w.condition.isEmpty()
                                ? QStringLiteral("1")
                                : QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(w.condition);
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("SELECT ") + kColumns + u',' + matches + kFrom +
                           QStringLiteral("WHERE t.id IN (%1)").arg(placeholders(ids.size())),
                       values));
    QHash<qint64, Placement> found;
    while (q.next()) {
        Placement p;
        p.ticket = readTicket(q);
        p.id = p.ticket.id;
        p.exists = true;
        p.matches = q.value(kColumnCount).toInt() != 0;
        found.insert(p.id, p);
    }
    q.finish();
    for (qint64 id : ids) {
        Placement p = found.value(id);
        p.id = id;
        if (p.matches && canPlace(query)) {
            HD_TRY_ASSIGN(p.predecessor, predecessor(query, p.ticket));
        }
        out.append(p);
    }
    return out;
}

Result<std::optional<qint64>> TicketStore::predecessor(const TicketQuery &query,
                                                       const Ticket &ticket)
{
    // The ticket just before this one in the queue's order: the nearest (key, id) on the
    // near side, one seek in the (key, id) index.
    const bool ascending = query.sortOrder == Qt::AscendingOrder;
    const Where w = whereClause(query);
    QVariantList values = w.values;
    const QString key = sortKey(query.sortColumn);
    QString before;
    QString order;
    const QString cmp = ascending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = ascending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (key.isEmpty()) {
        before = QStringLiteral("t.id %1 ?").arg(cmp);
        order = QStringLiteral("t.id %1").arg(dir);
    } else {
        before = QStringLiteral("(%1, t.id) %2 (?, ?)").arg(key, cmp);
        order = QStringLiteral("%1 %2, t.id %2").arg(key, dir);
        switch (query.sortColumn) {
        case TicketColumn::Subject:
            values << ticket.subject;
            break;
        case TicketColumn::Requester:
            values << ticket.requesterName;
            break;
        case TicketColumn::Category:
            values << Vocabulary::key(ticket.category);
            break;
        case TicketColumn::Priority:
            values << int(ticket.priority);
            break;
        case TicketColumn::Status:
            values << Vocabulary::key(ticket.status);
            break;
        default:
            values << QVariant::fromValue(ticket.updatedAt.toMSecsSinceEpoch());
            break;
        }
    }
    values << QVariant::fromValue(ticket.id);
    const QString where =
        w.condition.isEmpty() ? before : w.condition + QStringLiteral(" AND ") + before;
    HD_TRY_ASSIGN(auto v, Database::scalar(m_db,
                                           QStringLiteral("SELECT t.id FROM tickets t WHERE ") +
                                               where + QStringLiteral(" ORDER BY ") + order +
                                               QStringLiteral(" LIMIT 1"),
                                           values));
    if (!v.isValid() || v.isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(v.toLongLong());
}

Result<Ticket> TicketStore::ticket(qint64 id)
{
    HD_TRY_ASSIGN(auto rows, byIds({id}));
    if (rows.isEmpty())
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("TicketStore", "Ticket %1 does not exist.")
                               .arg(ticketNumberText(id)));
    return rows.constFirst();
}

Result<QList<TicketEvent>> TicketStore::events(qint64 ticketId)
{
    return TimelineStore(m_db).events(ticketId);
}

Result<QList<RequesterSuggestion>> TicketStore::requesterSuggestions(const QString &text, int limit)
{
    QList<RequesterSuggestion> out;
    if (text.size() < 2)
        return out;
    TicketQuery query;
    query.queue = QueueKind::All;
    query.filterText = text;
    query.sortColumn = TicketColumn::Updated;
    query.sortOrder = Qt::DescendingOrder;
    // The filter also matches subjects: read a few pages' worth and keep requesters.
    HD_TRY_ASSIGN(const QList<Ticket> tickets, firstPage(query, limit * 8));
    QSet<QString> seen;
    for (const Ticket &t : tickets) {
        const QString key = t.requesterEmail.toLower();
        if (key.isEmpty() || seen.contains(key))
            continue;
        if (!t.requesterEmail.contains(text, Qt::CaseInsensitive) &&
            !t.requesterName.contains(text, Qt::CaseInsensitive))
            continue;
        seen.insert(key);
        out.append({t.requesterName, t.requesterEmail});
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace helpdesk
