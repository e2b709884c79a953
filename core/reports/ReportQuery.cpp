#include "reports/ReportQuery.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportQuery", text);
}

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QVariant ms(qint64 v)
{
    return QVariant::fromValue(v);
}

QVariant nullMs()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QVariant(QMetaType::fromType<double>());
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

QVariant durationOf(const QVariant &v)
{
    return v.isNull() ? nullMs() : ms(v.toLongLong());
}

// Nearest-rank median and p90 of d per group g over `base` (columns g, d, b), plus the group's
// size, how many have a d and how many have the flag b: columns g, n, counted, median, p90,
// flagged. NULL durations sort last on both dialects and are not ranked.
QString percentiles(const QString &base)
{
    return QStringLiteral(
               "SELECT g, COUNT(*), COUNT(d), MAX(CASE WHEN rn = (cnt * 50 + 99) / 100 THEN d "
               "END), "
               "MAX(CASE WHEN rn = (cnt * 90 + 99) / 100 THEN d END), "
               "SUM(CASE WHEN b THEN 1 ELSE 0 END) FROM (SELECT g, d, b, ROW_NUMBER() OVER "
               "(PARTITION BY g ORDER BY CASE WHEN d IS NULL THEN 1 ELSE 0 END, d) AS rn, "
               "COUNT(d) OVER (PARTITION BY g) AS cnt FROM (%1) base) ranked GROUP BY g")
        .arg(base);
}

} // namespace

Result<ReportTable> ReportQuery::run(const ReportRequest &r)
{
    if (!r.from.isValid() || !r.to.isValid() || r.to < r.from)
        return Error::make(Error::Code::InvalidInput,
                           tr("The report's range is not valid: give a first and a last day, the "
                              "last on or after the first."));
    if (r.days() > 3660)
        return Error::make(Error::Code::InvalidInput,
                           tr("The report's range is longer than ten years; choose a shorter "
                              "one."));
    HD_TRY(loadStaff());
    switch (r.kind) {
    case ReportKind::Volume:
        return volume(r);
    case ReportKind::FirstResponse:
        return timeTo(r, false);
    case ReportKind::Resolution:
        return timeTo(r, true);
    case ReportKind::Sla:
        return sla(r);
    case ReportKind::Escalations:
        return escalations(r);
    case ReportKind::Funnel:
        return funnel(r);
    case ReportKind::Links:
        return links(r);
    case ReportKind::Workload:
        return workload(r);
    case ReportKind::Csat:
        return csat(r);
    }
    return Error::make(Error::Code::InvalidInput, tr("Unknown report."));
}

ReportQuery::Sql ReportQuery::filterSql(const ReportFilter &f)
{
    Sql s;
    if (f.category) {
        s.text += QStringLiteral(" AND t.category = ?");
        s.values << Vocabulary::key(*f.category);
    }
    if (f.priority) {
        s.text += QStringLiteral(" AND t.priority = ?");
        s.values << int(*f.priority);
    }
    if (f.channel) {
        s.text += QStringLiteral(" AND t.channel = ?");
        s.values << Vocabulary::key(*f.channel);
    }
    if (f.agentId) {
        s.text += QStringLiteral(" AND t.assignee_id = ?");
        s.values << QVariant::fromValue(*f.agentId);
    }
    return s;
}

ReportQuery::Sql ReportQuery::ticketsIn(const ReportRequest &r, const QString &timeColumn) const
{
    Sql s;
    s.text = QStringLiteral(" FROM tickets t WHERE t.%1 >= ? AND t.%1 < ?").arg(timeColumn);
    s.values << ms(r.fromMs()) << ms(r.toMs());
    const Sql f = filterSql(r.filter);
    s.text += f.text;
    s.values += f.values;
    return s;
}

ReportQuery::Sql ReportQuery::groupSql(const ReportRequest &r, ReportDimension d,
                                       const QString &timeColumn)
{
    switch (d) {
    case ReportDimension::Day:
        return {QStringLiteral("(t.%1 - ?) / %2").arg(timeColumn).arg(kDayMs), {ms(r.fromMs())}};
    case ReportDimension::Week:
        return {QStringLiteral("(t.%1 - ?) / %2").arg(timeColumn).arg(7 * kDayMs),
                {ms(r.fromMs())}};
    case ReportDimension::Category:
        return {QStringLiteral("t.category"), {}};
    case ReportDimension::Priority:
        return {QStringLiteral("t.priority"), {}};
    case ReportDimension::Channel:
        return {QStringLiteral("t.channel"), {}};
    case ReportDimension::Agent:
        return {QStringLiteral("t.assignee_id"), {}};
    case ReportDimension::Cause:
        return {QStringLiteral("t.escalation_cause"), {}};
    case ReportDimension::Step:
    case ReportDimension::Action:
        break;
    }
    return {QStringLiteral("0"), {}};
}

QString ReportQuery::groupKey(const ReportRequest &r, ReportDimension d, const QVariant &g) const
{
    switch (d) {
    case ReportDimension::Day:
        return r.from.addDays(g.toLongLong()).toString(Qt::ISODate);
    case ReportDimension::Week:
        return r.from.addDays(7 * g.toLongLong()).toString(Qt::ISODate);
    case ReportDimension::Priority:
        return Vocabulary::key(TicketPriority(qBound(0, g.toInt(), 3)));
    case ReportDimension::Agent:
        return g.isNull() ? QString() : m_staff.value(g.toLongLong()).login;
    default:
        return g.toString();
    }
}

Result<void> ReportQuery::loadStaff()
{
    if (m_staffLoaded)
        return {};
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db, QStringLiteral("SELECT id, login, display_name, active, "
                                                      "role FROM staff")));
    while (q.next())
        m_staff.insert(q.value(0).toLongLong(),
                       {q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                        q.value(4).toString() != QLatin1String("admin")});
    m_staffLoaded = true;
    return {};
}

ReportTable ReportQuery::table(const ReportRequest &r, const QList<ReportColumn> &measures) const
{
    ReportTable t;
    t.kind = r.kind;
    t.from = r.from;
    t.to = r.to;
    t.by = r.dimension();
    t.columns << ReportColumn{Report::key(t.by), Report::label(t.by), ReportValue::Dimension};
    if (t.by == ReportDimension::Agent)
        t.columns << ReportColumn{QStringLiteral("agent_name"), tr("Name"), ReportValue::Text};
    t.columns += measures;
    return t;
}

QVariantList ReportQuery::dimensionCells(const ReportRequest &r, const QString &key) const
{
    QVariantList cells{key};
    if (r.dimension() == ReportDimension::Agent) {
        QString name = tr("Unassigned");
        for (const StaffName &s : m_staff)
            if (!key.isEmpty() && s.login == key)
                name = s.name;
        cells << name;
    }
    return cells;
}

QStringList ReportQuery::timeKeys(const ReportRequest &r, ReportDimension d)
{
    QStringList keys;
    const int step = d == ReportDimension::Week ? 7 : 1;
    for (QDate day = r.from; day <= r.to; day = day.addDays(step))
        keys << day.toString(Qt::ISODate);
    return keys;
}

void ReportQuery::sortRows(ReportTable &t)
{
    // The same order on both dialects, whatever order the groups came back in: time in order,
    // vocabularies in their own order, agents by name with "unassigned" last.
    auto rank = [&](const QVariantList &row) -> std::pair<int, QString> {
        const QString key = row.value(0).toString();
        switch (t.by) {
        case ReportDimension::Category:
            if (auto c = Vocabulary::categoryFromKey(key))
                return {int(*c), key};
            break;
        case ReportDimension::Priority:
            if (auto p = Vocabulary::priorityFromKey(key))
                return {int(*p), key};
            break;
        case ReportDimension::Channel:
            if (auto c = Vocabulary::channelFromKey(key))
                return {int(*c), key};
            break;
        case ReportDimension::Agent:
            return {key.isEmpty() ? 1 : 0, row.value(1).toString() + u'\x1f' + key};
        case ReportDimension::Cause:
            return {key == QLatin1String("sla") ? 0 : key == QLatin1String("manual") ? 1 : 2, key};
        default:
            break;
        }
        return {99, key};
    };
    std::stable_sort(
        t.rows.begin(), t.rows.end(),
        [&](const QVariantList &a, const QVariantList &b) { return rank(a) < rank(b); });
}

Result<ReportTable> ReportQuery::volume(const ReportRequest &r)
{
    const ReportDimension d = r.dimension();
    const bool overTime = d == ReportDimension::Day || d == ReportDimension::Week;
    QList<ReportColumn> measures{{QStringLiteral("tickets"), tr("Created"), ReportValue::Count}};
    if (overTime)
        measures << ReportColumn{QStringLiteral("resolved"), tr("Resolved"), ReportValue::Count}
                 << ReportColumn{QStringLiteral("backlog"), tr("Open at the end"),
                                 ReportValue::Count};
    ReportTable out = table(r, measures);

    auto counts = [&](const QString &timeColumn) -> Result<QHash<QString, qint64>> {
        const Sql g = groupSql(r, d, timeColumn);
        const Sql in = ticketsIn(r, timeColumn);
        HD_TRY_ASSIGN(QSqlQuery q,
                      Database::exec(m_db,
                                     QStringLiteral("SELECT g, COUNT(*) FROM (SELECT %1 AS g%2) "
                                                    "base GROUP BY g")
                                         .arg(g.text, in.text),
                                     g.values + in.values));
        QHash<QString, qint64> byKey;
        while (q.next())
            byKey[groupKey(r, d, q.value(0))] += q.value(1).toLongLong();
        return byKey;
    };
    using Counts = QHash<QString, qint64>;
    HD_TRY_ASSIGN(const Counts created, counts(QStringLiteral("created_at")));
    if (!overTime) {
        for (auto it = created.begin(); it != created.end(); ++it)
            out.rows << (dimensionCells(r, it.key()) << ms(it.value()));
        sortRows(out);
        return out;
    }
    HD_TRY_ASSIGN(const Counts resolved, counts(QStringLiteral("resolved_at")));
    // Open when the range begins: created before it and not resolved before it.
    const Sql f = filterSql(r.filter);
    HD_TRY_ASSIGN(const QVariant before,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE "
                                                  "t.created_at < ? AND (t.resolved_at IS NULL OR "
                                                  "t.resolved_at >= ?)") +
                                       f.text,
                                   QVariantList{ms(r.fromMs()), ms(r.fromMs())} + f.values));
    qint64 backlog = before.toLongLong();
    for (const QString &key : timeKeys(r, d)) {
        backlog += created.value(key) - resolved.value(key);
        out.rows << QVariantList{key, ms(created.value(key)), ms(resolved.value(key)), ms(backlog)};
    }
    return out;
}

Result<ReportTable> ReportQuery::timeTo(const ReportRequest &r, bool resolution)
{
    const ReportDimension d = r.dimension();
    ReportTable out =
        resolution
            ? table(r, {{QStringLiteral("resolved"), tr("Resolved"), ReportValue::Count},
                        {QStringLiteral("median_ms"), tr("Median"), ReportValue::Duration},
                        {QStringLiteral("p90_ms"), tr("90th percentile"), ReportValue::Duration},
                        {QStringLiteral("breached"), tr("Late"), ReportValue::Count}})
            : table(r, {{QStringLiteral("tickets"), tr("Created"), ReportValue::Count},
                        {QStringLiteral("responded"), tr("Answered"), ReportValue::Count},
                        {QStringLiteral("median_ms"), tr("Median"), ReportValue::Duration},
                        {QStringLiteral("p90_ms"), tr("90th percentile"), ReportValue::Duration},
                        {QStringLiteral("breached"), tr("Late"), ReportValue::Count}});
    const QString timeColumn =
        resolution ? QStringLiteral("resolved_at") : QStringLiteral("created_at");
    const Sql g = groupSql(r, d, timeColumn);
    const Sql in = ticketsIn(r, timeColumn);
    const QString base =
        resolution ? QStringLiteral("SELECT %1 AS g, t.resolved_at - t.created_at AS d, "
                                    "t.resolution_breached AS b%2")
                   : QStringLiteral("SELECT %1 AS g, t.first_responded_at - t.created_at AS d, "
                                    "t.first_response_breached AS b%2");
    HD_TRY_ASSIGN(QSqlQuery q, Database::exec(m_db, percentiles(base.arg(g.text, in.text)),
                                              g.values + in.values));
    while (q.next()) {
        QVariantList row = dimensionCells(r, groupKey(r, d, q.value(0)));
        if (resolution)
            row << ms(q.value(2).toLongLong());
        else
            row << ms(q.value(1).toLongLong()) << ms(q.value(2).toLongLong());
        row << durationOf(q.value(3)) << durationOf(q.value(4)) << ms(q.value(5).toLongLong());
        out.rows << row;
    }
    sortRows(out);
    return out;
}

Result<ReportTable> ReportQuery::sla(const ReportRequest &r)
{
    const ReportDimension d = r.dimension();
    ReportTable out = table(
        r,
        {{QStringLiteral("tickets"), tr("Created"), ReportValue::Count},
         {QStringLiteral("first_response_met"), tr("Answered in time"), ReportValue::Count},
         {QStringLiteral("first_response_breached"), tr("Answered late"), ReportValue::Count},
         {QStringLiteral("first_response_met_pct"), tr("First response met"), ReportValue::Percent},
         {QStringLiteral("resolution_met"), tr("Resolved in time"), ReportValue::Count},
         {QStringLiteral("resolution_breached"), tr("Resolved late"), ReportValue::Count},
         {QStringLiteral("resolution_met_pct"), tr("Resolution met"), ReportValue::Percent}});
    const Sql g = groupSql(r, d, QStringLiteral("created_at"));
    const Sql in = ticketsIn(r, QStringLiteral("created_at"));
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(
            m_db,
            QStringLiteral(
                "SELECT g, COUNT(*), SUM(CASE WHEN responded IS NOT NULL AND NOT fb THEN 1 ELSE 0 "
                "END), SUM(CASE WHEN fb THEN 1 ELSE 0 END), SUM(CASE WHEN resolved IS NOT NULL "
                "AND NOT rb THEN 1 ELSE 0 END), SUM(CASE WHEN rb THEN 1 ELSE 0 END) FROM (SELECT "
                "%1 AS g, t.first_responded_at AS responded, t.first_response_breached AS fb, "
                "t.resolved_at AS resolved, t.resolution_breached AS rb%2) base GROUP BY g")
                .arg(g.text, in.text),
            g.values + in.values));
    while (q.next()) {
        const qint64 fMet = q.value(2).toLongLong();
        const qint64 fLate = q.value(3).toLongLong();
        const qint64 rMet = q.value(4).toLongLong();
        const qint64 rLate = q.value(5).toLongLong();
        out.rows << (dimensionCells(r, groupKey(r, d, q.value(0)))
                     << ms(q.value(1).toLongLong()) << ms(fMet) << ms(fLate)
                     << percent(fMet, fMet + fLate) << ms(rMet) << ms(rLate)
                     << percent(rMet, rMet + rLate));
    }
    sortRows(out);
    return out;
}

Result<ReportTable> ReportQuery::escalations(const ReportRequest &r)
{
    const ReportDimension d = r.dimension();
    ReportTable out =
        table(r, {{QStringLiteral("escalations"), tr("Escalated"), ReportValue::Count},
                  {QStringLiteral("ended"), tr("De-escalated or resolved"), ReportValue::Count},
                  {QStringLiteral("median_ms"), tr("Median time escalated"), ReportValue::Duration},
                  {QStringLiteral("p90_ms"), tr("90th percentile"), ReportValue::Duration}});
    const Sql g = groupSql(r, d, QStringLiteral("escalated_at"));
    const Sql in = ticketsIn(r, QStringLiteral("escalated_at"));
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 percentiles(QStringLiteral("SELECT %1 AS g, t.deescalated_at - "
                                                            "t.escalated_at AS d, FALSE AS b%2")
                                                 .arg(g.text, in.text)),
                                 g.values + in.values));
    while (q.next())
        out.rows << (dimensionCells(r, groupKey(r, d, q.value(0)))
                     << ms(q.value(1).toLongLong()) << ms(q.value(2).toLongLong())
                     << durationOf(q.value(3)) << durationOf(q.value(4)));
    sortRows(out);
    return out;
}

} // namespace helpdesk
