#pragma once
// A report table as text: CSV (RFC 4180; machine values: keys, milliseconds, percentages), JSON
// (`{"report": NAME, "from": …, "to": …, "by": …, "rows": [{column: value, …}]}`) and an
// aligned plain-text table with the labels a reader expects. The CLI prints these; the Reports
// screen's CSV export and the digest use them too.

#include "reports/Report.h"

#include <QJsonObject>
#include <QString>

namespace helpdesk::ReportFormat {

QString csv(const ReportTable &table);
QJsonObject json(const ReportTable &table);
// With the previous period under "previous" ({"from", "to", "rows"}).
QJsonObject json(const ReportTable &table, const ReportTable &previous);
QString text(const ReportTable &table);

} // namespace helpdesk::ReportFormat
