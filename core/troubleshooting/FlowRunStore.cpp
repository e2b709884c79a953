#include "troubleshooting/FlowRunStore.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FlowRunStore", text);
}

const QString kRunColumns = QStringLiteral(
    "r.id, r.ticket_id, r.flow_id, r.flow_version, r.flow_title, r.status, r.current_step, "
    "r.step_actions, r.terminal_step, r.resolved_step, r.result, r.started_by, r.started_at, "
    "r.updated_by, r.updated_at, r.finished_at, r.version, s.display_name, r.claimed_by, "
    "r.claimed_at");

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant::fromValue(t.toMSecsSinceEpoch())
                       : QVariant(QMetaType::fromType<qint64>());
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

FlowRun runFromQuery(const QSqlQuery &q)
{
    FlowRun r;
    r.id = q.value(0).toLongLong();
    r.ticketId = q.value(1).toLongLong();
    r.flowId = q.value(2).toString();
    r.flowVersion = q.value(3).toInt();
    r.flowTitle = q.value(4).toString();
    r.status = FlowRunStatuses::fromKey(q.value(5).toString()).value_or(FlowRunStatus::Abandoned);
    r.currentStep = q.value(6).toString();
    r.stepActions = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    r.terminalStep = q.value(8).toString();
    r.resolvedStep = q.value(9).toString();
    r.result = q.value(10).toString();
    r.startedBy = optionalId(q.value(11));
    r.startedAt = time(q.value(12));
    r.updatedBy = optionalId(q.value(13));
    r.updatedAt = time(q.value(14));
    r.finishedAt = time(q.value(15));
    r.version = q.value(16).toInt();
    r.updatedByName = q.value(17).toString();
    r.claimedBy = q.value(18).toString();
    r.claimedAt = time(q.value(19));
    return r;
}
} // namespace

Result<qint64> FlowRunStore::insertRun(const FlowRun &run)
{
    HD_TRY_ASSIGN(auto open, Database::scalar(
                                 m_db,
                                 QStringLiteral("SELECT id FROM troubleshooting_runs WHERE "
                                                "ticket_id = ? AND status IN ('active', 'paused')"),
                                 {QVariant::fromValue(run.ticketId)}));
    const Error busy = Error::make(
        Error::Code::Conflict,
        tr("Ticket %1 already has a troubleshooting run in progress. Resume it, or abandon it "
           "before starting another.")
            .arg(ticketNumberText(run.ticketId)));
    if (!open.isNull())
        return busy;
    auto q = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO troubleshooting_runs (ticket_id, flow_id, flow_version, "
                       "flow_title, status, current_step, step_actions, started_by, started_at, "
                       "updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "1) RETURNING id"),
        {QVariant::fromValue(run.ticketId), run.flowId, run.flowVersion, run.flowTitle,
         FlowRunStatuses::key(run.status), run.currentStep, json(run.stepActions),
         nullableId(run.startedBy), nullableTime(run.startedAt), nullableId(run.updatedBy),
         nullableTime(run.updatedAt)});
    if (!q) {
        // Lost a race with another agent starting a run on the same ticket (unique index).
        if (q.error().detail.contains(QLatin1String("troubleshooting_runs_one_open")) ||
            q.error().detail.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
            return busy;
        return q.error();
    }
    if (!q.value().next())
        return Error::make(Error::Code::DatabaseQuery,
                           tr("Starting the troubleshooting run failed."));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish(); // SQLite cannot commit while a RETURNING statement is open
    return id;
}

Result<bool> FlowRunStore::updateRun(const FlowRun &run, int expectedVersion,
                                     const QString &actorLogin, qint64 claimsStaleBeforeMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral(
                "UPDATE troubleshooting_runs SET status = ?, current_step = ?, "
                "step_actions = ?, terminal_step = ?, resolved_step = ?, result = ?, "
                "updated_by = ?, updated_at = ?, finished_at = ?, claimed_by = NULL, "
                "claimed_at = NULL, version = version + 1 WHERE id = ? AND version = ? AND "
                "(claimed_by IS NULL OR claimed_by = ? OR claimed_at < ?)"),
            {FlowRunStatuses::key(run.status), run.currentStep, json(run.stepActions),
             nullableText(run.terminalStep), nullableText(run.resolvedStep),
             nullableText(run.result), nullableId(run.updatedBy), nullableTime(run.updatedAt),
             nullableTime(run.finishedAt), QVariant::fromValue(run.id), expectedVersion,
             notNull(actorLogin), QVariant::fromValue(claimsStaleBeforeMs)}));
    return q.numRowsAffected() == 1;
}

Result<bool> FlowRunStore::claim(qint64 runId, int expectedVersion, const QString &actorLogin,
                                 qint64 nowMs, qint64 claimsStaleBeforeMs)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral(
                "UPDATE troubleshooting_runs SET claimed_by = ?, claimed_at = ? WHERE id "
                "= ? AND version = ? AND status = 'active' AND (claimed_by IS NULL OR "
                "claimed_by = ? OR claimed_at < ?)"),
            {notNull(actorLogin), QVariant::fromValue(nowMs), QVariant::fromValue(runId),
             expectedVersion, notNull(actorLogin), QVariant::fromValue(claimsStaleBeforeMs)}));
    return q.numRowsAffected() == 1;
}

Result<void> FlowRunStore::release(qint64 runId, const QString &actorLogin)
{
    HD_TRY(Database::exec(m_db,
                          QStringLiteral("UPDATE troubleshooting_runs SET claimed_by = NULL, "
                                         "claimed_at = NULL WHERE id = ? AND claimed_by = ?"),
                          {QVariant::fromValue(runId), notNull(actorLogin)}));
    return {};
}

Result<bool> FlowRunStore::saveProgress(const FlowRun &run, int expectedVersion,
                                        const QString &claimant)
{
    QString sql = QStringLiteral("UPDATE troubleshooting_runs SET step_actions = ?, updated_by = "
                                 "?, updated_at = ? WHERE id = ? AND version = ? AND status = "
                                 "'active'");
    QVariantList values{json(run.stepActions), nullableId(run.updatedBy),
                        nullableTime(run.updatedAt), QVariant::fromValue(run.id), expectedVersion};
    if (!claimant.isEmpty()) {
        sql += QStringLiteral(" AND claimed_by = ?");
        values << claimant;
    }
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, sql, values));
    return q.numRowsAffected() == 1;
}

Result<void> FlowRunStore::insertStep(qint64 runId, const FlowRunStep &step)
{
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO troubleshooting_run_steps (run_id, seq, step_id, step_title, "
                       "step_kind, reached_at, reached_by, outcome, notes, answered_at, "
                       "answered_by, event_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        {QVariant::fromValue(runId), step.seq, step.stepId, notNull(step.stepTitle), step.stepKind,
         nullableTime(step.reachedAt), nullableId(step.reachedBy), nullableText(step.outcome),
         notNull(step.notes), nullableTime(step.answeredAt), nullableId(step.answeredBy),
         nullableId(step.eventId), json(step.details)}));
    return {};
}

Result<void> FlowRunStore::updateStep(qint64 runId, const FlowRunStep &step)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(
                    m_db,
                    QStringLiteral(
                        "UPDATE troubleshooting_run_steps SET outcome = ?, notes = ?, answered_at "
                        "= ?, answered_by = ?, event_id = ?, details = ? WHERE run_id = ? AND seq "
                        "= ?"),
                    {nullableText(step.outcome), notNull(step.notes), nullableTime(step.answeredAt),
                     nullableId(step.answeredBy), nullableId(step.eventId), json(step.details),
                     QVariant::fromValue(runId), step.seq}));
    if (q.numRowsAffected() != 1)
        return Error::make(
            Error::Code::NotFound,
            tr("Step %1 of troubleshooting run %2 is not recorded.").arg(step.seq).arg(runId));
    return {};
}

Result<QList<FlowRun>> FlowRunStore::select(const QString &where, const QVariantList &values)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(m_db,
                               QStringLiteral("SELECT ") + kRunColumns +
                                   QStringLiteral(" FROM troubleshooting_runs r LEFT JOIN staff s "
                                                  "ON s.id = r.updated_by WHERE ") +
                                   where,
                               values));
    QList<FlowRun> runs;
    while (q.next())
        runs.append(runFromQuery(q));
    q.finish();
    for (FlowRun &r : runs)
        HD_TRY(loadSteps(r));
    return runs;
}

Result<void> FlowRunStore::loadSteps(FlowRun &run)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("SELECT r.seq, r.step_id, r.step_title, r.step_kind, r.reached_at, "
                           "r.reached_by, r.outcome, r.notes, r.answered_at, r.answered_by, "
                           "s.display_name, r.event_id, r.details FROM troubleshooting_run_steps r "
                           "LEFT JOIN staff s ON s.id = r.answered_by WHERE r.run_id = ? ORDER BY "
                           "r.seq"),
            {QVariant::fromValue(run.id)}));
    run.steps.clear();
    while (q.next()) {
        const QSqlQuery &r = q;
        FlowRunStep s;
        s.seq = r.value(0).toInt();
        s.stepId = r.value(1).toString();
        s.stepTitle = r.value(2).toString();
        s.stepKind = r.value(3).toString();
        s.reachedAt = time(r.value(4));
        s.reachedBy = optionalId(r.value(5));
        s.outcome = r.value(6).toString();
        s.notes = r.value(7).toString();
        s.answeredAt = time(r.value(8));
        s.answeredBy = optionalId(r.value(9));
        s.answeredByName = r.value(10).toString();
        s.eventId = optionalId(r.value(11));
        s.details = QJsonDocument::fromJson(r.value(12).toString().toUtf8()).object();
        run.steps.append(s);
    }
    q.finish();
    return {};
}

Result<FlowRun> FlowRunStore::run(qint64 id)
{
    HD_TRY_ASSIGN(auto list, select(QStringLiteral("r.id = ?"), {QVariant::fromValue(id)}));
    if (list.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("Troubleshooting run %1 does not exist (any more).").arg(id));
    return list.constFirst();
}

Result<std::optional<FlowRun>> FlowRunStore::openRun(qint64 ticketId)
{
    HD_TRY_ASSIGN(auto list,
                  select(QStringLiteral("r.ticket_id = ? AND r.status IN ('active', 'paused') "
                                        "ORDER BY r.id DESC"),
                         {QVariant::fromValue(ticketId)}));
    if (list.isEmpty())
        return std::optional<FlowRun>();
    return std::optional<FlowRun>(list.constFirst());
}

Result<QList<FlowRun>> FlowRunStore::runs(qint64 ticketId)
{
    return select(QStringLiteral("r.ticket_id = ? ORDER BY r.started_at DESC, r.id DESC"),
                  {QVariant::fromValue(ticketId)});
}

Result<TicketAccount> FlowRunStore::ticketAccount(qint64 ticketId)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("SELECT t.account_id, a.status FROM tickets t LEFT JOIN "
                                      "accounts a ON a.id = t.account_id WHERE t.id = ?"),
                       {QVariant::fromValue(ticketId)}));
    if (!q.next())
        return Error::make(Error::Code::NotFound,
                           tr("Ticket %1 does not exist.").arg(ticketNumberText(ticketId)));
    TicketAccount account;
    account.accountId = optionalId(q.value(0));
    account.status = q.value(1).toString();
    q.finish();
    return account;
}

Result<FlowFunnel> FlowRunStore::funnel(const QString &flowId, const Flow *flow, qint64 fromMs,
                                        qint64 toMs)
{
    FlowFunnel funnel;
    funnel.flowId = flowId;
    const QVariantList range{flowId, QVariant::fromValue(fromMs), QVariant::fromValue(toMs)};

    HD_TRY_ASSIGN(auto totals,
                  Database::exec(
                      m_db,
                      QStringLiteral(
                          "SELECT status, result, COUNT(*) FROM troubleshooting_runs WHERE flow_id "
                          "= ? AND started_at >= ? AND started_at < ? GROUP BY status, result"),
                      range));
    while (totals.next()) {
        const QString status = totals.value(0).toString();
        const QString result = totals.value(1).toString();
        const qint64 n = totals.value(2).toLongLong();
        funnel.runs += n;
        if (status == QLatin1String("active") || status == QLatin1String("paused"))
            funnel.open += n;
        else if (status == QLatin1String("finished"))
            funnel.finished += n;
        else if (status == QLatin1String("abandoned"))
            funnel.abandoned += n;
        if (result == FlowRunResults::Resolved)
            funnel.resolved += n;
        else if (result == FlowRunResults::Escalated)
            funnel.escalated += n;
        else if (result == FlowRunResults::PendingCustomer)
            funnel.pendingCustomer += n;
    }
    totals.finish();

    struct Row
    {
        FlowFunnelStep step;
        int firstSeq = 0;
    };
    QHash<QString, Row> rows;
    HD_TRY_ASSIGN(
        auto reached,
        Database::exec(
            m_db,
            QStringLiteral(
                "SELECT s.step_id, COUNT(DISTINCT s.run_id), MIN(s.seq), MAX(s.step_title) "
                "FROM troubleshooting_run_steps s JOIN troubleshooting_runs r ON r.id = "
                "s.run_id WHERE r.flow_id = ? AND r.started_at >= ? AND r.started_at < ? "
                "GROUP BY s.step_id"),
            range));
    while (reached.next()) {
        Row &row = rows[reached.value(0).toString()];
        row.step.stepId = reached.value(0).toString();
        row.step.reached = reached.value(1).toLongLong();
        row.firstSeq = reached.value(2).toInt();
        row.step.title = reached.value(3).toString();
    }
    reached.finish();

    HD_TRY_ASSIGN(
        auto answers,
        Database::exec(
            m_db,
            QStringLiteral("SELECT s.step_id, s.outcome, COUNT(*) FROM troubleshooting_run_steps s "
                           "JOIN troubleshooting_runs r ON r.id = s.run_id WHERE r.flow_id = ? AND "
                           "r.started_at >= ? AND r.started_at < ? AND s.outcome IS NOT NULL GROUP "
                           "BY s.step_id, s.outcome"),
            range));
    while (answers.next()) {
        Row &row = rows[answers.value(0).toString()];
        const qint64 n = answers.value(2).toLongLong();
        row.step.answered += n;
        row.step.outcomes.append({answers.value(1).toString(), n});
    }
    answers.finish();

    HD_TRY_ASSIGN(
        auto resolved,
        Database::exec(
            m_db,
            QStringLiteral(
                "SELECT resolved_step, COUNT(*) FROM troubleshooting_runs WHERE flow_id = "
                "? AND started_at >= ? AND started_at < ? AND resolved_step IS NOT NULL "
                "GROUP BY resolved_step"),
            range));
    while (resolved.next())
        rows[resolved.value(0).toString()].step.resolvedHere = resolved.value(1).toLongLong();
    resolved.finish();

    for (Row &row : rows)
        std::sort(row.step.outcomes.begin(), row.step.outcomes.end(),
                  [](const QPair<QString, qint64> &a, const QPair<QString, qint64> &b) {
                      return a.second != b.second ? a.second > b.second : a.first < b.first;
                  });

    if (flow) {
        for (const FlowStep &s : flow->steps) {
            Row row = rows.take(s.id);
            row.step.stepId = s.id;
            row.step.title = s.title;
            funnel.steps.append(row.step);
        }
    }
    // Steps the flow (or its current version) does not know, by when runs first reached them.
    QList<Row> rest = rows.values();
    std::sort(rest.begin(), rest.end(), [](const Row &a, const Row &b) {
        return a.firstSeq != b.firstSeq ? a.firstSeq < b.firstSeq : a.step.stepId < b.step.stepId;
    });
    for (const Row &row : std::as_const(rest))
        funnel.steps.append(row.step);
    return funnel;
}

} // namespace helpdesk
