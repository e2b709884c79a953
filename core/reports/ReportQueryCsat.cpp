// ReportQuery, part four: customer satisfaction from the follow-up surveys (core/followup,
// migration 0017). Surveys sent in the range (the day the survey mail was queued), grouped by
// the ticket's category or assignee: how many were sent and answered, the response rate, the
// score distribution and CSAT, the share of answers scoring 4 or 5, and the low answers on closed
// or unassigned tickets that wait for a team lead (follow_up 'lead'). On a shared PostgreSQL the
// database shows a team lead no answers about their own tickets (those count as unanswered in
// the lead's view); administrators see all.
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

QVariant count(qint64 v)
{
    return QVariant::fromValue(v);
}

QVariant share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QVariant(QMetaType::fromType<double>());
    return std::round(1000.0 * double(part) / double(whole)) / 10.0;
}

// Sent surveys `s` in the range with their ticket `t` and answer `a` (if any), filtered.
const char *const kSurveysIn = " FROM surveys s JOIN tickets t ON t.id = s.ticket_id LEFT JOIN "
                               "survey_answers a ON a.survey_id = s.id WHERE s.state = 'queued' "
                               "AND s.decided_at >= ? AND s.decided_at < ? AND NOT EXISTS "
                               "(SELECT 1 FROM outbox o WHERE o.id = s.outbox_id AND o.status = "
                               "'cancelled')";
} // namespace

Result<ReportTable> ReportQuery::csat(const ReportRequest &r)
{
    const ReportDimension d = r.dimension();
    QList<ReportColumn> measures{
        {QStringLiteral("sent"), tr("Surveys sent"), ReportValue::Count},
        {QStringLiteral("answered"), tr("Answered"), ReportValue::Count},
        {QStringLiteral("response_pct"), tr("Response rate"), ReportValue::Percent}};
    for (int score = 1; score <= 5; ++score)
        measures << ReportColumn{QStringLiteral("score_%1").arg(score), tr("Score %1").arg(score),
                                 ReportValue::Count};
    measures << ReportColumn{QStringLiteral("csat_pct"), tr("CSAT (4 or 5)"), ReportValue::Percent}
             << ReportColumn{QStringLiteral("for_lead"), tr("Left for a lead"), ReportValue::Count};
    ReportTable out = table(r, measures);
    const Sql g = groupSql(r, d, QString());
    const Sql f = filterSql(r.filter);
    QString scores;
    for (int score = 1; score <= 5; ++score)
        scores += QStringLiteral(", SUM(CASE WHEN score = %1 THEN 1 ELSE 0 END)").arg(score);
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(
            m_db,
            QStringLiteral("SELECT g, COUNT(*), COUNT(score)%1, SUM(CASE WHEN follow_up = "
                           "'lead' THEN 1 ELSE 0 END) FROM (SELECT %2 AS g, a.score AS "
                           "score, a.follow_up AS follow_up%3%4) base GROUP BY g")
                .arg(scores, g.text, QString::fromLatin1(kSurveysIn), f.text),
            g.values + QVariantList{count(r.fromMs()), count(r.toMs())} + f.values));
    while (q.next()) {
        const qint64 sent = q.value(1).toLongLong();
        const qint64 answered = q.value(2).toLongLong();
        QVariantList row = dimensionCells(r, groupKey(r, d, q.value(0)));
        row << count(sent) << count(answered) << share(answered, sent);
        for (int score = 1; score <= 5; ++score)
            row << count(q.value(2 + score).toLongLong());
        row << share(q.value(6).toLongLong() + q.value(7).toLongLong(), answered)
            << count(q.value(8).toLongLong());
        out.rows << row;
    }
    sortRows(out);
    return out;
}

Result<QList<qint64>> ReportQuery::csatTicketIds(const ReportRequest &r, const QString &key,
                                                 int limit)
{
    const Sql is = groupIs(r, r.dimension(), QString(), key);
    const Sql f = filterSql(r.filter);
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT t.id") + QString::fromLatin1(kSurveysIn) +
                                     is.text + f.text + QStringLiteral(" ORDER BY 1 DESC LIMIT ?"),
                                 QVariantList{count(r.fromMs()), count(r.toMs())} + is.values +
                                     f.values + QVariantList{limit}));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

} // namespace helpdesk
