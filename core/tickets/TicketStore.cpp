#include "tickets/TicketStore.h"

#include "db/Database.h"
#include "timeline/TimelineStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlRecord>

namespace helpdesk {

namespace {

const QString kColumns = QStringLiteral(
    "t.id, t.subject, t.requester_email, t.requester_name, t.account_id, t.category, t.priority, "
    "t.status, t.channel, t.assignee_id, s.display_name, t.created_at, t.updated_at, "
    "t.first_response_due, t.first_responded_at, t.resolution_due, t.resolved_at, "
    "t.escalation_level, t.version, t.sla_segments, t.assigned_at, t.unread_since");

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
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
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
        expr = QStringLiteral("t.resolution_due");
        nullable = true;
        break;
    case TicketColumn::Updated:
        expr = QStringLiteral("t.updated_at");
        break;
    }
    // Both dialects put empty values last, whatever the direction.
    const QString nulls = nullable ? QStringLiteral(" NULLS LAST") : QString();
    return QStringLiteral(" ORDER BY %1 %2%3, t.id %2").arg(expr, dir, nulls);
}

Result<QList<Ticket>> TicketStore::firstPage(const TicketQuery &query, int limit)
{
    const Where w = whereClause(query);
    QVariantList values = w.values;
    const QString order = orderBy(query, values);
    values << limit;
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("SELECT ") + kColumns + kFrom + w.sql +
                                             order + QStringLiteral(" LIMIT ?"),
                                         values));
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
    QHash<QueueKind, qint64> counts;
    for (QueueKind kind : Queues::all()) {
        TicketQuery q = base;
        q.queue = kind;
        q.filterText.clear();
        q.status.reset();
        q.assigneeId.reset();
        HD_TRY_ASSIGN(auto n, count(q));
        counts.insert(kind, n);
    }
    return counts;
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
