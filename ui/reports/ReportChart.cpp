#include "reports/ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace helpdesk {

namespace {
struct Spec
{
    QStringList measures;
    QString axis;
    double scale = 1.0;
};

Spec specOf(const ReportTable &t)
{
    switch (t.kind) {
    case ReportKind::Volume:
        return {t.by == ReportDimension::Day || t.by == ReportDimension::Week
                    ? QStringList{QStringLiteral("tickets"), QStringLiteral("resolved")}
                    : QStringList{QStringLiteral("tickets")},
                ReportChart::tr("Tickets")};
    case ReportKind::FirstResponse:
    case ReportKind::Resolution:
        return {{QStringLiteral("median_ms"), QStringLiteral("p90_ms")},
                ReportChart::tr("Hours"),
                1.0 / 3'600'000.0};
    case ReportKind::Sla:
        return {{QStringLiteral("first_response_met_pct"), QStringLiteral("resolution_met_pct")},
                ReportChart::tr("Met (%)")};
    case ReportKind::Escalations:
        return {{QStringLiteral("escalations")}, ReportChart::tr("Tickets")};
    case ReportKind::Funnel:
        return {{QStringLiteral("reached"), QStringLiteral("resolved"), QStringLiteral("escalated"),
                 QStringLiteral("abandoned")},
                ReportChart::tr("Runs")};
    case ReportKind::Links:
        return {{QStringLiteral("count"), QStringLiteral("used")}, ReportChart::tr("Count")};
    case ReportKind::Workload:
        return {{QStringLiteral("open")}, ReportChart::tr("Open tickets")};
    case ReportKind::Csat:
        return {{QStringLiteral("csat_pct"), QStringLiteral("response_pct")},
                ReportChart::tr("Percent")};
    }
    return {};
}

// A bar group's label, short enough for the axis: "3 Nov", "Aisha R.", the step's title.
QString categoryOf(const ReportTable &t, int row)
{
    const QVariantList &cells = t.rows.at(row);
    if (t.kind == ReportKind::Funnel)
        return cells.value(3).toString();
    if (t.by == ReportDimension::Agent) {
        const QStringList words = cells.value(1).toString().split(u' ', Qt::SkipEmptyParts);
        if (words.size() < 2)
            return cells.value(1).toString();
        return words.constFirst() + u' ' + words.constLast().left(1) + u'.';
    }
    if (t.by == ReportDimension::Day || t.by == ReportDimension::Week)
        return QLocale().toString(QDate::fromString(cells.value(0).toString(), Qt::ISODate),
                                  QStringLiteral("d MMM"));
    return t.display(row, 0);
}
} // namespace

ReportChart::ReportChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("reportChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    // QChartView starts with a chart of its own, which setTables() replaces and deletes.
}

QChart *ReportChart::makeChart(const ReportTable &t, const std::optional<ReportTable> &previous,
                               QList<int> *rowsOut)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const Spec spec = specOf(t);
    QList<int> rows;
    for (int r = 0; r < t.rows.size(); ++r)
        if (t.kind != ReportKind::Funnel || !t.rows.at(r).value(2).toString().isEmpty())
            rows << r;
    auto *series = new QBarSeries;
    double top = 0;
    QStringList categories;
    for (int r : rows)
        categories << categoryOf(t, r);
    for (const QString &measure : spec.measures) {
        const int c = t.column(measure);
        if (c < 0)
            continue;
        auto *set = new QBarSet(t.columns.at(c).label);
        for (int r : rows) {
            const double v = t.number(r, c) * spec.scale;
            *set << v;
            top = std::max(top, v);
        }
        series->append(set);
        if (previous && measure == spec.measures.constFirst()) {
            // The previous period beside it: the same day or week by position, else by key.
            const bool overTime = t.by == ReportDimension::Day || t.by == ReportDimension::Week;
            auto *before = new QBarSet(ReportChart::tr("%1 (previous period)").arg(set->label()));
            for (int i = 0; i < rows.size(); ++i) {
                int pr = -1;
                if (overTime)
                    pr = i < previous->rows.size() ? i : -1;
                else
                    for (int p = 0; p < previous->rows.size(); ++p)
                        if (previous->rows.at(p).value(0) == t.rows.at(rows.at(i)).value(0) &&
                            previous->rows.at(p).value(2) == t.rows.at(rows.at(i)).value(2))
                            pr = p;
                const double v = pr < 0 ? 0.0 : previous->number(pr, c) * spec.scale;
                *before << v;
                top = std::max(top, v);
            }
            series->append(before);
        }
    }
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (categories.size() > 12)
        x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setTitleText(spec.axis);
    // A share is at most 100 %: its axis ends there rather than at a "nice" 150.
    const bool share = t.kind == ReportKind::Sla || t.kind == ReportKind::Csat;
    if (share) {
        y->setRange(0, 100);
        y->setTickCount(6);
    } else {
        y->setRange(0, top <= 0 ? 5.0 : top * 1.1);
        y->applyNiceNumbers();
    }
    y->setLabelFormat(spec.scale == 1.0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->setTitle(Report::title(t.kind));
    if (rowsOut)
        *rowsOut = rows;
    return chart;
}

void ReportChart::setTables(const ReportTable &current, const std::optional<ReportTable> &previous)
{
    QChart *old = chart();
    QChart *fresh = makeChart(current, previous, &m_rows);
    for (QAbstractSeries *s : fresh->series())
        if (auto *bars = qobject_cast<QBarSeries *>(s))
            connect(bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
                if (index >= 0 && index < m_rows.size())
                    emit rowClicked(m_rows.at(index));
            });
    setChart(fresh);
    delete old;
}

} // namespace helpdesk
