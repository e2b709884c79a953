#include "reports/ReportFormat.h"

#include <QJsonArray>

#include <algorithm>

namespace helpdesk::ReportFormat {

namespace {
QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(u'"', QStringLiteral("\"\""));
        return u'"' + s + u'"';
    }
    return s;
}

QString rawText(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'f', 1);
    return v.toString();
}

QJsonValue jsonValue(const ReportColumn &c, const QVariant &v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (c.value) {
    case ReportValue::Count:
    case ReportValue::Duration:
        return QJsonValue(v.toLongLong());
    case ReportValue::Percent:
        return QJsonValue(v.toDouble());
    case ReportValue::Dimension:
    case ReportValue::Text:
        break;
    }
    return QJsonValue(v.toString());
}

QJsonArray jsonRows(const ReportTable &t)
{
    QJsonArray rows;
    for (const QVariantList &row : t.rows) {
        QJsonObject o;
        for (int c = 0; c < t.columns.size(); ++c)
            o.insert(t.columns.at(c).key, jsonValue(t.columns.at(c), row.value(c)));
        rows.append(o);
    }
    return rows;
}
} // namespace

QString csv(const ReportTable &t)
{
    QStringList lines;
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header << csvField(c.key);
    lines << header.join(u',');
    for (const QVariantList &row : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells << csvField(rawText(row.value(c)));
        lines << cells.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QJsonObject json(const ReportTable &t)
{
    return {{QStringLiteral("report"), Report::key(t.kind)},
            {QStringLiteral("from"), t.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), t.to.toString(Qt::ISODate)},
            {QStringLiteral("by"), Report::key(t.by)},
            {QStringLiteral("rows"), jsonRows(t)}};
}

QJsonObject json(const ReportTable &t, const ReportTable &previous)
{
    QJsonObject o = json(t);
    o.insert(QStringLiteral("previous"),
             QJsonObject{{QStringLiteral("from"), previous.from.toString(Qt::ISODate)},
                         {QStringLiteral("to"), previous.to.toString(Qt::ISODate)},
                         {QStringLiteral("rows"), jsonRows(previous)}});
    return o;
}

QString text(const ReportTable &t)
{
    QList<QStringList> cells;
    QStringList header;
    for (const ReportColumn &c : t.columns)
        header << c.label;
    cells << header;
    for (int r = 0; r < t.rows.size(); ++r) {
        QStringList line;
        for (int c = 0; c < t.columns.size(); ++c)
            line << t.display(r, c);
        cells << line;
    }
    QList<qsizetype> widths(t.columns.size(), 0);
    for (const QStringList &line : cells)
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out;
    for (const QStringList &line : cells) {
        QStringList padded;
        for (int c = 0; c < line.size(); ++c) {
            const bool number = t.columns.at(c).value != ReportValue::Dimension &&
                                t.columns.at(c).value != ReportValue::Text;
            padded << (number ? line.at(c).rightJustified(widths.at(c))
                              : line.at(c).leftJustified(widths.at(c)));
        }
        out += padded.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    return out;
}

} // namespace helpdesk::ReportFormat
