#include "reports/Report.h"

#include "tickets/TicketMilestones.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

struct KindInfo
{
    ReportKind kind;
    const char *key;
    const char *title;
};
const KindInfo kKinds[] = {
    {ReportKind::Volume, "volume", QT_TRANSLATE_NOOP("Report", "Volume")},
    {ReportKind::FirstResponse, "first-response", QT_TRANSLATE_NOOP("Report", "First response")},
    {ReportKind::Resolution, "resolution", QT_TRANSLATE_NOOP("Report", "Resolution time")},
    {ReportKind::Sla, "sla", QT_TRANSLATE_NOOP("Report", "SLA")},
    {ReportKind::Escalations, "escalations", QT_TRANSLATE_NOOP("Report", "Escalations")},
    {ReportKind::Funnel, "funnel", QT_TRANSLATE_NOOP("Report", "Troubleshooting funnel")},
    {ReportKind::Links, "links", QT_TRANSLATE_NOOP("Report", "Account actions")},
    {ReportKind::Workload, "workload", QT_TRANSLATE_NOOP("Report", "Workload")},
    {ReportKind::Csat, "csat", QT_TRANSLATE_NOOP("Report", "Customer satisfaction")},
};

struct DimensionInfo
{
    ReportDimension dimension;
    const char *key;
    const char *label;
};
const DimensionInfo kDimensions[] = {
    {ReportDimension::Day, "day", QT_TRANSLATE_NOOP("Report", "Day")},
    {ReportDimension::Week, "week", QT_TRANSLATE_NOOP("Report", "Week")},
    {ReportDimension::Category, "category", QT_TRANSLATE_NOOP("Report", "Category")},
    {ReportDimension::Priority, "priority", QT_TRANSLATE_NOOP("Report", "Priority")},
    {ReportDimension::Channel, "channel", QT_TRANSLATE_NOOP("Report", "Channel")},
    {ReportDimension::Agent, "agent", QT_TRANSLATE_NOOP("Report", "Agent")},
    {ReportDimension::Cause, "cause", QT_TRANSLATE_NOOP("Report", "Cause")},
    {ReportDimension::Step, "step", QT_TRANSLATE_NOOP("Report", "Guide and step")},
    {ReportDimension::Action, "action", QT_TRANSLATE_NOOP("Report", "Action")},
};
} // namespace

ReportDimension ReportRequest::dimension() const
{
    const QList<ReportDimension> allowed = Report::dimensions(kind);
    if (by && allowed.contains(*by))
        return *by;
    return allowed.first();
}

qint64 ReportRequest::fromMs() const
{
    return QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 ReportRequest::toMs() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

ReportRequest ReportRequest::previousPeriod() const
{
    ReportRequest p = *this;
    p.to = from.addDays(-1);
    p.from = from.addDays(-days());
    return p;
}

int ReportTable::column(const QString &key) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return i;
    return -1;
}

QString ReportTable::display(int row, int col) const
{
    const QVariant v = rows.at(row).value(col);
    const ReportColumn &c = columns.at(col);
    switch (c.value) {
    case ReportValue::Dimension:
        return Report::valueLabel(c.key == QLatin1String("flow") ? ReportDimension::Step : by,
                                  v.toString());
    case ReportValue::Count:
        return QLocale().toString(v.toLongLong());
    case ReportValue::Duration:
        return v.isNull() ? QStringLiteral("–") : Report::durationText(v.toLongLong());
    case ReportValue::Percent:
        return v.isNull() ? QStringLiteral("–")
                          : tr("%1 %").arg(QLocale().toString(v.toDouble(), 'f', 1));
    case ReportValue::Text:
        return v.toString();
    }
    return v.toString();
}

double ReportTable::number(int row, int col) const
{
    const QVariant v = rows.at(row).value(col);
    return v.isNull() ? 0.0 : v.toDouble();
}

namespace Report {

QString key(ReportKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<ReportKind> kindFromKey(const QString &key)
{
    for (const KindInfo &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString title(ReportKind kind)
{
    for (const KindInfo &k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Report", k.title);
    return {};
}

QList<ReportKind> all()
{
    QList<ReportKind> out;
    for (const KindInfo &k : kKinds)
        out << k.kind;
    return out;
}

QString key(ReportDimension dimension)
{
    for (const DimensionInfo &d : kDimensions)
        if (d.dimension == dimension)
            return QString::fromLatin1(d.key);
    return {};
}

std::optional<ReportDimension> dimensionFromKey(const QString &key)
{
    for (const DimensionInfo &d : kDimensions)
        if (key == QLatin1String(d.key))
            return d.dimension;
    return std::nullopt;
}

QString label(ReportDimension dimension)
{
    for (const DimensionInfo &d : kDimensions)
        if (d.dimension == dimension)
            return QCoreApplication::translate("Report", d.label);
    return {};
}

QList<ReportDimension> dimensions(ReportKind kind)
{
    using D = ReportDimension;
    const QList<D> ticketDims{D::Category, D::Priority, D::Channel, D::Agent, D::Day, D::Week};
    switch (kind) {
    case ReportKind::Volume:
        return {D::Day, D::Week, D::Category, D::Priority, D::Channel, D::Agent};
    case ReportKind::FirstResponse:
    case ReportKind::Resolution:
    case ReportKind::Sla:
        return ticketDims;
    case ReportKind::Escalations:
        return QList<D>{D::Cause} + ticketDims;
    case ReportKind::Funnel:
        return {D::Step};
    case ReportKind::Links:
        return {D::Action};
    case ReportKind::Workload:
        return {D::Agent};
    case ReportKind::Csat:
        return {D::Category, D::Agent};
    }
    return ticketDims;
}

QString valueLabel(ReportDimension dimension, const QString &key)
{
    switch (dimension) {
    case ReportDimension::Category:
        if (auto c = Vocabulary::categoryFromKey(key))
            return Vocabulary::label(*c);
        break;
    case ReportDimension::Priority:
        if (auto p = Vocabulary::priorityFromKey(key))
            return Vocabulary::label(*p);
        break;
    case ReportDimension::Channel:
        if (auto c = Vocabulary::channelFromKey(key))
            return Vocabulary::label(*c);
        break;
    case ReportDimension::Agent:
        if (key.isEmpty())
            return tr("Unassigned");
        break;
    case ReportDimension::Cause:
        if (auto c = TicketMilestones::causeFromKey(key))
            return TicketMilestones::causeLabel(*c);
        break;
    case ReportDimension::Day:
        return QLocale().toString(QDate::fromString(key, Qt::ISODate), QLocale::ShortFormat);
    case ReportDimension::Week:
        return tr("Week of %1")
            .arg(QLocale().toString(QDate::fromString(key, Qt::ISODate), QLocale::ShortFormat));
    case ReportDimension::Action:
        if (key == QLatin1String("reset_link"))
            return tr("Password-reset links");
        if (key == QLatin1String("activation_link"))
            return tr("Activation links");
        if (key == QLatin1String("lock"))
            return tr("Accounts locked");
        if (key == QLatin1String("unlock"))
            return tr("Accounts unlocked");
        break;
    case ReportDimension::Step:
        break;
    }
    return key;
}

QString durationText(qint64 ms)
{
    const qint64 minutes = qint64(std::llround(double(ms) / 60000.0));
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

} // namespace Report

} // namespace helpdesk
