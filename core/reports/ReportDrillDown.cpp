// ReportQuery, part three: the tickets behind a row of a report, for the drill-down from the
// Reports screen into the queue. Each report's row stands for the tickets its figures were
// counted from: the same range, filter and group as the figures' own query.
#include "reports/ReportQuery.h"

#include "db/Database.h"

#include <QSqlQuery>

namespace helpdesk {

namespace {
QVariant ms(qint64 v)
{
    return QVariant::fromValue(v);
}
} // namespace

ReportQuery::Sql ReportQuery::groupIs(const ReportRequest &r, ReportDimension d,
                                      const QString &timeColumn, const QString &key) const
{
    const Sql g = groupSql(r, d, timeColumn);
    QVariant value = key;
    switch (d) {
    case ReportDimension::Day:
        value = ms(r.from.daysTo(QDate::fromString(key, Qt::ISODate)));
        break;
    case ReportDimension::Week:
        value = ms(r.from.daysTo(QDate::fromString(key, Qt::ISODate)) / 7);
        break;
    case ReportDimension::Priority:
        value = int(Vocabulary::priorityFromKey(key).value_or(TicketPriority::Normal));
        break;
    case ReportDimension::Agent: {
        value = QVariant();
        for (auto it = m_staff.begin(); it != m_staff.end(); ++it)
            if (!key.isEmpty() && it->login == key)
                value = ms(it.key());
        if (value.isNull())
            return {QStringLiteral(" AND t.assignee_id IS NULL"), {}};
        break;
    }
    default:
        break;
    }
    return {QStringLiteral(" AND (%1) = ?").arg(g.text), g.values + QVariantList{value}};
}

Result<QList<qint64>> ReportQuery::ticketIds(const ReportRequest &r, const QVariantList &row,
                                             int limit)
{
    HD_TRY(loadStaff());
    const ReportDimension d = r.dimension();
    const QString key = row.value(0).toString();
    Sql sql;
    auto tickets = [&](const QString &timeColumn) {
        const Sql in = ticketsIn(r, timeColumn);
        const Sql is = groupIs(r, d, timeColumn, key);
        sql = {QStringLiteral("SELECT t.id") + in.text + is.text, in.values + is.values};
    };
    switch (r.kind) {
    case ReportKind::Volume:
    case ReportKind::FirstResponse:
    case ReportKind::Sla:
        tickets(QStringLiteral("created_at"));
        break;
    case ReportKind::Resolution:
        tickets(QStringLiteral("resolved_at"));
        break;
    case ReportKind::Escalations:
        tickets(QStringLiteral("escalated_at"));
        break;
    case ReportKind::Workload: {
        QVariantList open;
        QStringList marks;
        for (TicketStatus s : Vocabulary::openStatuses()) {
            open << Vocabulary::key(s);
            marks << QStringLiteral("?");
        }
        const Sql f = filterSql(r.filter);
        const Sql is = groupIs(r, ReportDimension::Agent, QString(), key);
        sql = {QStringLiteral("SELECT t.id FROM tickets t WHERE (t.status IN (%1) OR "
                              "(t.resolved_at >= ? AND t.resolved_at < ?))")
                       .arg(marks.join(QStringLiteral(", "))) +
                   is.text + f.text,
               open + QVariantList{ms(r.fromMs()), ms(r.toMs())} + is.values + f.values};
        break;
    }
    case ReportKind::Funnel: {
        const Sql f = filterSql(r.filter);
        const QString step = row.value(2).toString();
        sql = {QStringLiteral("SELECT DISTINCT t.id FROM troubleshooting_runs r JOIN tickets t ON "
                              "t.id = r.ticket_id WHERE r.started_at >= ? AND r.started_at < ? "
                              "AND r.flow_id = ?") +
                   (step.isEmpty() ? QString()
                                   : QStringLiteral(" AND EXISTS (SELECT 1 FROM "
                                                    "troubleshooting_run_steps s WHERE s.run_id = "
                                                    "r.id AND s.step_id = ?)")) +
                   f.text,
               QVariantList{ms(r.fromMs()), ms(r.toMs()), key} +
                   (step.isEmpty() ? QVariantList{} : QVariantList{step}) + f.values};
        break;
    }
    case ReportKind::Csat:
        return csatTicketIds(r, key, limit);
    case ReportKind::Links: {
        if (!key.endsWith(QLatin1String("_link")))
            return QList<qint64>{};
        const Sql f = filterSql(r.filter);
        sql = {QStringLiteral("SELECT DISTINCT t.id FROM account_tokens k JOIN tickets t ON t.id = "
                              "k.ticket_id WHERE k.issued_at >= ? AND k.issued_at < ? AND k.kind "
                              "= ?") +
                   f.text,
               QVariantList{ms(r.fromMs()), ms(r.toMs()), key.chopped(5)} + f.values};
        break;
    }
    }
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db, sql.text + QStringLiteral(" ORDER BY 1 DESC LIMIT ?"),
                                 sql.values + QVariantList{limit}));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace helpdesk
