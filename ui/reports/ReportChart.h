#pragma once
// A report's chart: bars of its main measures per group (hours for durations, shares for the
// SLA), with the previous period beside the first measure when compared. The view says which
// table row a clicked bar stands for; the PDF draws the same chart through makeChart().

#include "reports/Report.h"

#include <QChartView>

#include <optional>

namespace helpdesk {

class ReportChart : public QChartView
{
    Q_OBJECT
public:
    explicit ReportChart(QWidget *parent = nullptr);

    void setTables(const ReportTable &current, const std::optional<ReportTable> &previous);
    // The table rows the bars stand for, left to right.
    const QList<int> &barRows() const { return m_rows; }

    // A new chart of the table (caller owns it); rows: the table row of each bar group.
    static QChart *makeChart(const ReportTable &current, const std::optional<ReportTable> &previous,
                             QList<int> *rows = nullptr);

signals:
    // A bar was clicked: the table row it stands for.
    void rowClicked(int row);

private:
    QList<int> m_rows;
};

} // namespace helpdesk
