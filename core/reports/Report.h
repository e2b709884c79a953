#pragma once
// The lead's reports as data: which report, over which days, grouped by what and filtered how
// (ReportRequest), and what comes back (ReportTable: named columns, one row per group, the
// dimension's machine value first). ReportQuery computes a table in SQL; the CLI, the Reports
// screen and the digest format it.

#include "vocabulary/TicketVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace helpdesk {

enum class ReportKind {
    Volume,
    FirstResponse,
    Resolution,
    Sla,
    Escalations,
    Funnel,
    Links,
    Workload,
    Csat, // customer satisfaction from the follow-up surveys
};

// What the rows are grouped by. Not every report takes every dimension (Report::dimensions()).
enum class ReportDimension { Day, Week, Category, Priority, Channel, Agent, Cause, Step, Action };

// What a column holds, so that formatters know how to show it.
enum class ReportValue {
    Dimension, // a key: category "login", day "2026-11-02", agent login, ...
    Count,     // an integer
    Duration,  // milliseconds (integer), or null when there is nothing to measure
    Percent,   // 0..100 with one decimal, or null when there is nothing to divide by
    Text,      // a label that goes with the dimension (a step's title)
};

struct ReportFilter
{
    std::optional<TicketCategory> category;
    std::optional<TicketPriority> priority;
    std::optional<TicketChannel> channel;
    std::optional<qint64> agentId; // the assignee
    bool isEmpty() const { return !category && !priority && !channel && !agentId; }
};

struct ReportRequest
{
    ReportKind kind = ReportKind::Volume;
    QDate from;                        // first day, inclusive
    QDate to;                          // last day, inclusive
    std::optional<ReportDimension> by; // the report's default when empty
    ReportFilter filter;
    QTimeZone zone = QTimeZone::systemTimeZone(); // where a day begins
    qint64 nowMs = 0;                             // "now" for ages and expiry (workload, links)

    ReportDimension dimension() const;
    qint64 fromMs() const; // start of `from` in `zone`
    qint64 toMs() const;   // start of the day after `to`, exclusive
    int days() const { return int(from.daysTo(to)) + 1; }
    // The same number of days just before this range.
    ReportRequest previousPeriod() const;
};

struct ReportColumn
{
    QString key; // "tickets", "median_ms"; the JSON and CSV name
    QString label;
    ReportValue value = ReportValue::Count;
};

struct ReportTable
{
    ReportKind kind = ReportKind::Volume;
    QDate from;
    QDate to;
    ReportDimension by = ReportDimension::Day;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    int column(const QString &key) const;
    // A cell as the user reads it: labels for keys, "3 h 12 min" for durations, "97.5 %".
    QString display(int row, int column) const;
    // A Count/Duration/Percent cell as a number for charts (0 for null).
    double number(int row, int column) const;
};

namespace Report {
QString key(ReportKind kind); // "first-response"
std::optional<ReportKind> kindFromKey(const QString &key);
QString title(ReportKind kind); // translated
QList<ReportKind> all();
QString key(ReportDimension dimension); // "category"
std::optional<ReportDimension> dimensionFromKey(const QString &key);
QString label(ReportDimension dimension); // translated
// The dimensions a report can be grouped by; the first is its default.
QList<ReportDimension> dimensions(ReportKind kind);
// The label of a dimension's key ("login" -> "Login"); agents' keys are their logins.
QString valueLabel(ReportDimension dimension, const QString &key);
QString durationText(qint64 ms);
} // namespace Report

} // namespace helpdesk
