// ReportQuery, part two: the reports that read more than the tickets table — the
// troubleshooting funnel, the account actions, the workload per agent.
#include "reports/ReportQuery.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportQuery", text);
}

QVariant ms(qint64 v)
{
    return QVariant::fromValue(v);
}

QVariant percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QVariant(QMetaType::fromType<double>());
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

QString placeholders(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q << QStringLiteral("?");
    return q.join(QStringLiteral(", "));
}
} // namespace

Result<ReportTable> ReportQuery::funnel(const ReportRequest &r)
{
    ReportTable out;
    out.kind = r.kind;
    out.from = r.from;
    out.to = r.to;
    out.by = ReportDimension::Step;
    out.columns = {{QStringLiteral("flow"), tr("Guide ID"), ReportValue::Dimension},
                   {QStringLiteral("flow_title"), tr("Guide"), ReportValue::Text},
                   {QStringLiteral("step"), tr("Step ID"), ReportValue::Dimension},
                   {QStringLiteral("step_title"), tr("Step"), ReportValue::Text},
                   {QStringLiteral("reached"), tr("Reached"), ReportValue::Count},
                   {QStringLiteral("resolved"), tr("Resolved here"), ReportValue::Count},
                   {QStringLiteral("escalated"), tr("Escalated here"), ReportValue::Count},
                   {QStringLiteral("abandoned"), tr("Abandoned here"), ReportValue::Count}};
    // Runs started in the range, on tickets that pass the filter.
    const Sql f = filterSql(r.filter);
    const QString runs =
        QStringLiteral(" FROM troubleshooting_runs r JOIN tickets t ON t.id = "
                       "r.ticket_id WHERE r.started_at >= ? AND r.started_at < ?") +
        f.text;
    const QVariantList values = QVariantList{ms(r.fromMs()), ms(r.toMs())} + f.values;
    const QVariantList outcomes{QStringLiteral("resolved"), QStringLiteral("escalated"),
                                QStringLiteral("abandoned")};

    // One summary row per guide (step ""): runs started, and how they ended.
    HD_TRY_ASSIGN(
        QSqlQuery flows,
        Database::exec(
            m_db,
            QStringLiteral("SELECT r.flow_id, MAX(r.flow_title), COUNT(*), SUM(CASE WHEN r.result "
                           "= ? THEN 1 ELSE 0 END), SUM(CASE WHEN r.result = ? THEN 1 ELSE 0 "
                           "END), SUM(CASE WHEN r.status = ? THEN 1 ELSE 0 END)") +
                runs + QStringLiteral(" GROUP BY r.flow_id"),
            outcomes + values));
    QHash<QString, QList<std::pair<int, QVariantList>>> byFlow;
    QMap<QString, QVariantList> summaries;
    while (flows.next())
        summaries.insert(flows.value(0).toString(),
                         {flows.value(0).toString(), flows.value(1).toString(), QString(),
                          tr("All runs started"), ms(flows.value(2).toLongLong()),
                          ms(flows.value(3).toLongLong()), ms(flows.value(4).toLongLong()),
                          ms(flows.value(5).toLongLong())});
    flows.finish();

    // Each step: runs that reached it, were resolved by its answer, escalated at it (the
    // escalate step itself) or abandoned while on it.
    HD_TRY_ASSIGN(
        QSqlQuery steps,
        Database::exec(
            m_db,
            QStringLiteral(
                "SELECT r.flow_id, s.step_id, MIN(s.seq), MAX(s.step_title), COUNT(DISTINCT "
                "s.run_id), COUNT(DISTINCT CASE WHEN r.result = ? AND r.resolved_step = s.step_id "
                "THEN r.id END), COUNT(DISTINCT CASE WHEN r.result = ? AND r.terminal_step = "
                "s.step_id THEN r.id END), COUNT(DISTINCT CASE WHEN r.status = ? AND "
                "r.current_step = s.step_id THEN r.id END) FROM troubleshooting_run_steps s JOIN "
                "troubleshooting_runs r ON r.id = s.run_id JOIN tickets t ON t.id = r.ticket_id "
                "WHERE r.started_at >= ? AND r.started_at < ?") +
                f.text + QStringLiteral(" GROUP BY r.flow_id, s.step_id"),
            outcomes + values));
    while (steps.next())
        byFlow[steps.value(0).toString()].append(
            {steps.value(2).toInt(),
             {steps.value(0).toString(), summaries.value(steps.value(0).toString()).value(1),
              steps.value(1).toString(), steps.value(3).toString(), ms(steps.value(4).toLongLong()),
              ms(steps.value(5).toLongLong()), ms(steps.value(6).toLongLong()),
              ms(steps.value(7).toLongLong())}});
    steps.finish();
    for (auto it = summaries.begin(); it != summaries.end(); ++it) {
        out.rows << it.value();
        QList<std::pair<int, QVariantList>> rows = byFlow.value(it.key());
        // In the order the runs first reach each step; ties by step id, for both dialects.
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first
                                      : a.second.at(2).toString() < b.second.at(2).toString();
        });
        for (const auto &row : rows)
            out.rows << row.second;
    }
    return out;
}

Result<ReportTable> ReportQuery::links(const ReportRequest &r)
{
    ReportTable out =
        table(r, {{QStringLiteral("count"), tr("Count"), ReportValue::Count},
                  {QStringLiteral("used"), tr("Used"), ReportValue::Count},
                  {QStringLiteral("expired"), tr("Expired unused"), ReportValue::Count},
                  {QStringLiteral("revoked"), tr("Revoked"), ReportValue::Count},
                  {QStringLiteral("conversion_pct"), tr("Used (share)"), ReportValue::Percent}});
    const Sql f = filterSql(r.filter);
    // With a ticket filter only links sent from a ticket count.
    const QString join = r.filter.isEmpty()
                             ? QStringLiteral(" LEFT JOIN tickets t ON t.id = k.ticket_id")
                             : QStringLiteral(" JOIN tickets t ON t.id = k.ticket_id");
    HD_TRY_ASSIGN(
        QSqlQuery tokens,
        Database::exec(
            m_db,
            QStringLiteral("SELECT k.kind, COUNT(*), SUM(CASE WHEN k.used_at IS NOT NULL THEN 1 "
                           "ELSE 0 END), SUM(CASE WHEN k.used_at IS NULL AND k.revoked_at IS NULL "
                           "AND k.expires_at < ? THEN 1 ELSE 0 END), SUM(CASE WHEN k.used_at IS "
                           "NULL AND k.revoked_at IS NOT NULL THEN 1 ELSE 0 END) FROM "
                           "account_tokens k") +
                join + QStringLiteral(" WHERE k.issued_at >= ? AND k.issued_at < ?") + f.text +
                QStringLiteral(" GROUP BY k.kind"),
            QVariantList{ms(r.nowMs), ms(r.fromMs()), ms(r.toMs())} + f.values));
    QHash<QString, QVariantList> rows;
    while (tokens.next()) {
        const QString key = tokens.value(0).toString() + QStringLiteral("_link");
        const qint64 sent = tokens.value(1).toLongLong();
        const qint64 used = tokens.value(2).toLongLong();
        rows.insert(key, {key, ms(sent), ms(used), ms(tokens.value(3).toLongLong()),
                          ms(tokens.value(4).toLongLong()), percentOf(used, sent)});
    }
    tokens.finish();
    for (const QString &key : {QStringLiteral("reset_link"), QStringLiteral("activation_link")})
        out.rows << rows.value(key, {key, ms(0), ms(0), ms(0), ms(0), percentOf(0, 0)});
    if (!r.filter.isEmpty())
        return out; // locks are not tied to a ticket's category, priority, channel or agent
    // Locks and unlocks staff made (the audit log); a four-eyes approval is an unlock.
    HD_TRY_ASSIGN(
        QSqlQuery locks,
        Database::exec(m_db,
                       QStringLiteral("SELECT action, COUNT(*) FROM audit_log WHERE entity_type = "
                                      "? AND action IN (?, ?, ?) AND at >= ? AND at < ? GROUP BY "
                                      "action"),
                       {QStringLiteral("account"), QStringLiteral("lock"), QStringLiteral("unlock"),
                        QStringLiteral("approve_unlock"), ms(r.fromMs()), ms(r.toMs())}));
    qint64 locked = 0;
    qint64 unlocked = 0;
    while (locks.next())
        (locks.value(0).toString() == QLatin1String("lock") ? locked : unlocked) +=
            locks.value(1).toLongLong();
    const QVariant none;
    out.rows << QVariantList{QStringLiteral("lock"), ms(locked), none, none, none, none}
             << QVariantList{QStringLiteral("unlock"), ms(unlocked), none, none, none, none};
    return out;
}

Result<ReportTable> ReportQuery::workload(const ReportRequest &r)
{
    ReportTable out =
        table(r, {{QStringLiteral("open"), tr("Open now"), ReportValue::Count},
                  {QStringLiteral("oldest_open_ms"), tr("Oldest open"), ReportValue::Duration},
                  {QStringLiteral("resolved"), tr("Resolved"), ReportValue::Count},
                  {QStringLiteral("reopened_pct"), tr("Reopened"), ReportValue::Percent},
                  {QStringLiteral("one_touch_pct"), tr("One touch"), ReportValue::Percent}});
    QVariantList open;
    for (TicketStatus s : Vocabulary::openStatuses())
        open << Vocabulary::key(s);
    const QString in = placeholders(open.size());
    const QString resolvedInRange = QStringLiteral("t.resolved_at >= ? AND t.resolved_at < ?");
    const QVariantList range{ms(r.fromMs()), ms(r.toMs())};
    const Sql f = filterSql(r.filter);
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(
            m_db,
            QStringLiteral(
                "SELECT t.assignee_id, SUM(CASE WHEN t.status IN (%1) THEN 1 ELSE 0 END), "
                "MIN(CASE WHEN t.status IN (%1) THEN t.created_at END), SUM(CASE WHEN %2 THEN 1 "
                "ELSE 0 END), SUM(CASE WHEN %2 AND t.reopen_count > 0 THEN 1 ELSE 0 END), "
                "SUM(CASE WHEN %2 AND t.reply_count <= 1 THEN 1 ELSE 0 END) FROM tickets t WHERE "
                "t.assignee_id IS NOT NULL AND (t.status IN (%1) OR (%2))%3 GROUP BY "
                "t.assignee_id")
                .arg(in, resolvedInRange, f.text),
            open + open + range + range + range + open + range + f.values));
    QHash<qint64, QVariantList> rows;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 resolved = q.value(3).toLongLong();
        rows.insert(id, QVariantList{ms(q.value(1).toLongLong()),
                                     q.value(2).isNull() ? QVariant(QMetaType::fromType<qint64>())
                                                         : ms(r.nowMs - q.value(2).toLongLong()),
                                     ms(resolved), percentOf(q.value(4).toLongLong(), resolved),
                                     percentOf(q.value(5).toLongLong(), resolved)});
    }
    // Everyone who works tickets, also with nothing on their desk.
    for (auto it = m_staff.begin(); it != m_staff.end(); ++it) {
        if (r.filter.agentId && *r.filter.agentId != it.key())
            continue;
        if (!rows.contains(it.key()) && !(it->active && it->agentRole))
            continue;
        out.rows << (dimensionCells(r, it->login)
                     << rows.value(it.key(), {ms(0), QVariant(QMetaType::fromType<qint64>()), ms(0),
                                              percentOf(0, 0), percentOf(0, 0)}));
    }
    sortRows(out);
    return out;
}

} // namespace helpdesk
