#pragma once
// Computes one report in SQL on the connection it is given (the DbWorker's in the app, the
// CLI's own): the same statements on SQLite and PostgreSQL, bound values only. Medians and
// 90th percentiles are nearest-rank (the value at rank ceil(p/100 * n) in ascending order),
// found with ROW_NUMBER() and COUNT() over each group, which both dialects have; neither's own
// percentile function is used (SQLite has none), so both give the same figures.
//
// Days start at midnight in the request's time zone and are counted in 24-hour steps from
// the first day, so on a daylight-saving change a day bucket is off by that hour.

#include "common/Result.h"
#include "reports/Report.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace helpdesk {

class ReportQuery
{
public:
    explicit ReportQuery(QSqlDatabase &db) : m_db(db) {}

    Result<ReportTable> run(const ReportRequest &request);
    // The tickets behind one row of run(request)'s table (a bar in its chart), newest first,
    // at most `limit`: what the Reports screen opens in the queue. Empty for rows that are not
    // about tickets (locks).
    Result<QList<qint64>> ticketIds(const ReportRequest &request, const QVariantList &row,
                                    int limit);

private:
    struct Sql
    {
        QString text;
        QVariantList values;
    };
    struct StaffName
    {
        QString login;
        QString name;
        bool active = false;
        bool agentRole = false;
    };

    Result<ReportTable> volume(const ReportRequest &r);
    // First response and resolution: median and p90 of a duration per group.
    Result<ReportTable> timeTo(const ReportRequest &r, bool resolution);
    Result<ReportTable> sla(const ReportRequest &r);
    Result<ReportTable> escalations(const ReportRequest &r);
    Result<ReportTable> funnel(const ReportRequest &r);
    Result<ReportTable> links(const ReportRequest &r);
    Result<ReportTable> workload(const ReportRequest &r);
    // Customer satisfaction from the follow-up surveys (ReportQueryCsat.cpp).
    Result<ReportTable> csat(const ReportRequest &r);
    Result<QList<qint64>> csatTicketIds(const ReportRequest &r, const QString &key, int limit);

    // Tickets `t` in the range by `timeColumn`, filtered: the WHERE clause and its values.
    Sql ticketsIn(const ReportRequest &r, const QString &timeColumn) const;
    static Sql filterSql(const ReportFilter &f);
    // The group expression of a dimension over tickets `t`; day and week count from r.fromMs().
    static Sql groupSql(const ReportRequest &r, ReportDimension d, const QString &timeColumn);
    // The group value read back as the dimension's key.
    QString groupKey(const ReportRequest &r, ReportDimension d, const QVariant &g) const;
    Result<void> loadStaff();
    // The condition "group = row's key" over tickets `t`.
    Sql groupIs(const ReportRequest &r, ReportDimension d, const QString &timeColumn,
                const QString &key) const;
    // The header of a table whose first column is its dimension (and the agent's name).
    ReportTable table(const ReportRequest &r, const QList<ReportColumn> &measures) const;
    QVariantList dimensionCells(const ReportRequest &r, const QString &key) const;
    // Every day or week of the range, in order (rows with nothing get zeros).
    static QStringList timeKeys(const ReportRequest &r, ReportDimension d);
    static void sortRows(ReportTable &t);

    QSqlDatabase &m_db;
    QHash<qint64, StaffName> m_staff;
    bool m_staffLoaded = false;
};

} // namespace helpdesk
