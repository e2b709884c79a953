#include "reports/ReportPdf.h"

#include "reports/ReportChart.h"

#include <QChart>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ReportPdf", text);
}

QString rangeText(const ReportTable &t)
{
    return tr("%1 to %2")
        .arg(QLocale().toString(t.from, QLocale::LongFormat),
             QLocale().toString(t.to, QLocale::LongFormat));
}

// The table from `top` down to the page's bottom; rows that do not fit are counted instead.
void drawTable(QPainter &p, const ReportTable &t, QRectF area)
{
    QFont font = p.font();
    font.setPointSizeF(8);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const qreal line = fm.height() * 1.35;
    const int columns = int(t.columns.size());
    if (columns == 0)
        return;
    QList<qreal> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = fm.horizontalAdvance(t.columns.at(c).label);
        for (int r = 0; r < t.rows.size(); ++r)
            widths[c] = std::max(widths[c], fm.horizontalAdvance(t.display(r, c)));
    }
    qreal total = 0;
    for (qreal w : widths)
        total += w;
    const qreal gap = std::max<qreal>(fm.height() * 0.6, (area.width() - total) / columns);
    auto rowAt = [&](qreal y, const QStringList &cells, bool bold) {
        QFont f = font;
        f.setBold(bold);
        p.setFont(f);
        qreal x = area.left();
        for (int c = 0; c < columns; ++c) {
            const bool number = t.columns.at(c).value != ReportValue::Dimension &&
                                t.columns.at(c).value != ReportValue::Text;
            const QRectF cell(x, y, widths.at(c), line);
            p.drawText(cell, (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                       cells.value(c));
            x += widths.at(c) + gap;
        }
    };
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header << c.label;
    qreal y = area.top();
    rowAt(y, header, true);
    y += line;
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    for (int r = 0; r < t.rows.size(); ++r) {
        if (y + 2 * line > area.bottom()) {
            p.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft,
                       QCoreApplication::translate(
                           "ReportPdf",
                           "… and %n more rows (export the table as CSV for all of them).", "",
                           int(t.rows.size()) - r));
            return;
        }
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << t.display(r, c);
        rowAt(y, cells, false);
        y += line;
    }
    if (t.rows.isEmpty())
        p.drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft,
                   tr("Nothing in this range."));
}
} // namespace

Result<void> ReportPdf::write(const QString &path, const QList<ReportSection> &sections,
                              const QString &deskName)
{
    if (sections.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("There is no report to write."));
    QPdfWriter pdf(path);
    pdf.setTitle(tr("Helpdesk reports"));
    pdf.setCreator(QStringLiteral("Helpdesk"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setResolution(150);
    QPainter p;
    if (!p.begin(&pdf))
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 cannot be written. Choose a folder you may write to.")
                               .arg(QDir::toNativeSeparators(path)));
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    for (int i = 0; i < sections.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        const ReportSection &s = sections.at(i);
        QFont title = p.font();
        title.setPointSizeF(16);
        title.setBold(true);
        p.setFont(title);
        const qreal titleHeight = QFontMetricsF(title, &pdf).height() * 1.3;
        p.drawText(QRectF(page.left(), page.top(), page.width(), titleHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, Report::title(s.current.kind));
        QFont small = p.font();
        small.setPointSizeF(9);
        small.setBold(false);
        p.setFont(small);
        const qreal smallHeight = QFontMetricsF(small, &pdf).height() * 1.3;
        QString sub = deskName + QStringLiteral(" · ") + rangeText(s.current) +
                      QStringLiteral(" · ") + tr("by %1").arg(Report::label(s.current.by));
        if (s.previous)
            sub += QStringLiteral(" · ") + tr("compared with %1").arg(rangeText(*s.previous));
        p.drawText(QRectF(page.left(), page.top() + titleHeight, page.width(), smallHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, sub);

        // The chart, drawn by Qt Charts into the upper half of the page.
        const qreal chartTop = page.top() + titleHeight + smallHeight * 1.5;
        const QRectF chartArea(page.left(), chartTop, page.width(), page.height() * 0.5);
        QGraphicsScene scene;
        QChart *chart = ReportChart::makeChart(s.current, s.previous);
        chart->setTitle(QString());
        const QSizeF logical(1100, 1100 * chartArea.height() / chartArea.width());
        chart->resize(logical);
        scene.addItem(chart);
        scene.setSceneRect(QRectF(QPointF(0, 0), logical));
        scene.render(&p, chartArea, scene.sceneRect());

        drawTable(p, s.current,
                  QRectF(page.left(), chartArea.bottom() + smallHeight, page.width(),
                         page.bottom() - chartArea.bottom() - smallHeight));
    }
    if (!p.end())
        return Error::make(Error::Code::InvalidInput,
                           tr("Writing %1 failed. Check the disk has room and try again.")
                               .arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace helpdesk
