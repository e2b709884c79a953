#pragma once
// The whole report as a PDF: one page per section (one report of the range), each with its
// title, range, chart and table. Drawn with QPdfWriter and QPainter on the GUI thread from
// figures already computed (ReportService); the file is written in one go.

#include "common/Result.h"
#include "reports/ReportService.h"

#include <QList>
#include <QString>

namespace helpdesk {

class ReportPdf
{
public:
    // deskName: shown in every page's heading (the company or database name).
    static Result<void> write(const QString &path, const QList<ReportSection> &sections,
                              const QString &deskName);
};

} // namespace helpdesk
