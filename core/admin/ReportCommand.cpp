#include "admin/ReportCommand.h"

#include "reports/ReportFormat.h"
#include "reports/ReportQuery.h"
#include "staff/StaffStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace helpdesk::admin::ReportCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

QString reportNames()
{
    QStringList names;
    for (ReportKind k : Report::all())
        names << Report::key(k);
    return names.join(QStringLiteral(", "));
}

// "2026-11-02" -> the date; anything else is a usage error naming the option.
std::optional<QDate> parseDay(Context &ctx, const Invocation &inv, const QString &name,
                              int *exitCode)
{
    if (!inv.values.contains(name)) {
        *exitCode = ctx.usage(
            tr("Give --%1 YYYY-MM-DD, e.g. --from 2026-11-02 --to 2026-11-08.").arg(name));
        return std::nullopt;
    }
    const QString given = inv.value(name);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(given, Qt::ISODate);
    if (!shape.match(given).hasMatch() || !day.isValid()) {
        *exitCode = ctx.usage(tr("--%1 '%2' is not a day. Write it as YYYY-MM-DD, e.g. 2026-11-02.")
                                  .arg(name, given));
        return std::nullopt;
    }
    return day;
}

int cmdReport(Context &ctx, const Invocation &inv)
{
    if (inv.positional.isEmpty())
        return ctx.usage(tr("Name the report: %1.").arg(reportNames()));
    const auto kind = Report::kindFromKey(inv.positional.constFirst());
    if (!kind)
        return ctx.usage(tr("Unknown report '%1'. Use one of: %2.")
                             .arg(inv.positional.constFirst(), reportNames()));
    ReportRequest r;
    r.kind = *kind;
    int exitCode = AdminCli::Success;
    const auto from = parseDay(ctx, inv, QStringLiteral("from"), &exitCode);
    if (!from)
        return exitCode;
    const auto to = parseDay(ctx, inv, QStringLiteral("to"), &exitCode);
    if (!to)
        return exitCode;
    if (*to < *from)
        return ctx.usage(tr("--to %1 is before --from %2; the last day comes after the first.")
                             .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    r.from = *from;
    r.to = *to;
    if (inv.has(QStringLiteral("by"))) {
        const auto by = Report::dimensionFromKey(inv.value(QStringLiteral("by")));
        const QList<ReportDimension> allowed = Report::dimensions(r.kind);
        if (!by || !allowed.contains(*by)) {
            QStringList keys;
            for (ReportDimension d : allowed)
                keys << Report::key(d);
            return ctx.usage(tr("The %1 report cannot be grouped by '%2'. Use one of: %3.")
                                 .arg(Report::key(r.kind), inv.value(QStringLiteral("by")),
                                      keys.join(QStringLiteral(", "))));
        }
        r.by = by;
    }
    const QString format = inv.values.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("csv") &&
        format != QLatin1String("json"))
        return ctx.usage(tr("Unknown format '%1'. Use table, csv or json.").arg(format));
    if (inv.has(QStringLiteral("time-zone"))) {
        r.zone = QTimeZone(inv.value(QStringLiteral("time-zone")).toUtf8());
        if (!r.zone.isValid())
            return ctx.usage(tr("Unknown time zone '%1'. Use a name such as Europe/Berlin or UTC.")
                                 .arg(inv.value(QStringLiteral("time-zone"))));
    }
    const auto category =
        parseKey(ctx, inv, QStringLiteral("category"), TicketCategory::Other,
                 Vocabulary::categoryFromKey, Vocabulary::allCategories, &exitCode);
    const auto priority =
        parseKey(ctx, inv, QStringLiteral("priority"), TicketPriority::Normal,
                 Vocabulary::priorityFromKey, Vocabulary::allPriorities, &exitCode);
    const auto channel = parseKey(ctx, inv, QStringLiteral("channel"), TicketChannel::Email,
                                  Vocabulary::channelFromKey, Vocabulary::allChannels, &exitCode);
    if (!category || !priority || !channel)
        return exitCode;
    if (inv.has(QStringLiteral("category")))
        r.filter.category = category;
    if (inv.has(QStringLiteral("priority")))
        r.filter.priority = priority;
    if (inv.has(QStringLiteral("channel")))
        r.filter.channel = channel;

    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    if (inv.has(QStringLiteral("agent"))) {
        auto agent = StaffStore(*db.value()).byLogin(inv.value(QStringLiteral("agent")));
        if (!agent)
            return ctx.fail(agent.error());
        r.filter.agentId = agent->id;
    }
    r.nowMs = QDateTime::currentMSecsSinceEpoch();
    ReportQuery query(*db.value());
    auto table = query.run(r);
    if (!table)
        return ctx.fail(table.error());
    std::optional<ReportTable> previous;
    if (inv.has(QStringLiteral("compare"))) {
        auto before = query.run(r.previousPeriod());
        if (!before)
            return ctx.fail(before.error());
        previous = before.value();
    }

    if (format == QLatin1String("json")) {
        const QJsonObject o = previous ? ReportFormat::json(table.value(), *previous)
                                       : ReportFormat::json(table.value());
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        ctx.out << ReportFormat::csv(table.value());
        if (previous)
            ctx.out << QStringLiteral("\r\n") << ReportFormat::csv(*previous);
    } else {
        ctx.out << tr("%1, %2 to %3")
                       .arg(Report::title(r.kind), r.from.toString(Qt::ISODate),
                            r.to.toString(Qt::ISODate))
                << "\n\n"
                << ReportFormat::text(table.value());
        if (previous)
            ctx.out << "\n"
                    << tr("Previous period, %1 to %2")
                           .arg(previous->from.toString(Qt::ISODate),
                                previous->to.toString(Qt::ISODate))
                    << "\n\n"
                    << ReportFormat::text(*previous);
    }
    ctx.out.flush();
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    return {
        {{QStringLiteral("report")},
         QT_TRANSLATE_NOOP("AdminCli", "Print a report: volume, first-response, resolution, sla, "
                                       "escalations, funnel, links or workload."),
         {{QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
           QT_TRANSLATE_NOOP("AdminCli", "First day of the range (required).")},
          {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
           QT_TRANSLATE_NOOP("AdminCli", "Last day of the range, included (required).")},
          {QStringLiteral("by"), QStringLiteral("DIMENSION"),
           QT_TRANSLATE_NOOP("AdminCli", "Group by day, week, category, priority, channel, "
                                         "agent or cause (the report's default otherwise).")},
          {QStringLiteral("format"), QStringLiteral("FORMAT"),
           QT_TRANSLATE_NOOP("AdminCli", "table (default), csv or json.")},
          {QStringLiteral("category"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets of this category.")},
          {QStringLiteral("priority"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets of this priority.")},
          {QStringLiteral("channel"), QStringLiteral("KEY"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets that came in on this channel.")},
          {QStringLiteral("agent"), QStringLiteral("LOGIN"),
           QT_TRANSLATE_NOOP("AdminCli", "Only tickets assigned to this staff login.")},
          {QStringLiteral("compare"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Also print the same number of days just before.")},
          {QStringLiteral("time-zone"), QStringLiteral("ZONE"),
           QT_TRANSLATE_NOOP("AdminCli", "Where days begin, e.g. Europe/Berlin (default: this "
                                         "computer's time zone).")}},
         cmdReport,
         QStringLiteral("NAME")},
    };
}

} // namespace helpdesk::admin::ReportCommand
