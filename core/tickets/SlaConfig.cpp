#include "tickets/SlaConfig.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace helpdesk {

namespace {
const QString kDefaultCalendar = QStringLiteral("always");
}

SlaConfig SlaConfig::defaults()
{
    SlaConfig c;
    c.calendars.insert(kDefaultCalendar, BusinessCalendar::alwaysOpen(QTimeZone::utc()));
    const struct
    {
        TicketPriority p;
        int first;
        int resolve;
    } targets[] = {{TicketPriority::Urgent, 60, 240},
                   {TicketPriority::High, 240, 480},
                   {TicketPriority::Normal, 480, 1440},
                   {TicketPriority::Low, 1440, 4320}};
    for (const auto &t : targets) {
        SlaPolicy policy;
        policy.priority = t.p;
        policy.firstResponseMinutes = t.first;
        policy.resolutionMinutes = t.resolve;
        policy.calendarId = kDefaultCalendar;
        (void)c.policies.add(policy);
    }
    return c;
}

QJsonObject SlaConfig::toJson() const
{
    QJsonObject cals;
    for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
        cals.insert(it.key(), it.value().toJson());
    QJsonObject o = policies.toJson();
    o.insert(QStringLiteral("calendars"), cals);
    o.insert(QStringLiteral("warningWindowMinutes"), double(warningWindowMs / 60000));
    return o;
}

Result<SlaConfig> SlaConfig::fromJson(const QJsonObject &json)
{
    SlaConfig c;
    auto policies = SlaPolicySet::fromJson(json);
    if (!policies)
        return policies.error();
    c.policies = policies.value();
    const QJsonObject cals = json.value(QStringLiteral("calendars")).toObject();
    for (auto it = cals.constBegin(); it != cals.constEnd(); ++it) {
        auto cal = BusinessCalendar::fromJson(it.value().toObject());
        if (!cal)
            return cal.error();
        c.calendars.insert(it.key(), cal.value());
    }
    if (json.contains(QStringLiteral("warningWindowMinutes"))) {
        const double minutes = json.value(QStringLiteral("warningWindowMinutes")).toDouble(-1);
        if (minutes < 0)
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate(
                                   "SlaConfig", "The warning window must be a number of minutes."));
        c.warningWindowMs = qint64(minutes) * 60000;
    }
    if (auto ok = c.validate(); !ok)
        return ok.error();
    return c;
}

Result<void> SlaConfig::validate() const
{
    for (const SlaPolicy &p : policies.policies()) {
        if (!calendars.contains(p.calendarId))
            return Error::make(Error::Code::InvalidInput,
                               QCoreApplication::translate(
                                   "SlaConfig", "The SLA policy for %1 tickets uses the calendar "
                                                "\"%2\", which is not defined.")
                                   .arg(Vocabulary::label(p.priority), p.calendarId));
    }
    for (auto it = calendars.cbegin(); it != calendars.cend(); ++it)
        if (auto ok = it.value().validate(); !ok)
            return ok.error();
    return {};
}

Result<SlaConfig> SlaConfig::load(QSqlDatabase &db)
{
    auto stored = Database::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                   {QString::fromLatin1(SettingsKey)});
    if (!stored)
        return stored.error();
    if (stored.value().isNull())
        return defaults();
    QJsonParseError parseError;
    const QJsonDocument doc =
        QJsonDocument::fromJson(stored.value().toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return Error::make(Error::Code::InvalidInput,
                           QCoreApplication::translate("SlaConfig",
                                                       "The stored SLA configuration is not valid "
                                                       "JSON; an administrator must set it again."),
                           parseError.errorString());
    return fromJson(doc.object());
}

Result<qint64> SlaConfig::save(QSqlDatabase &db, const SlaConfig &config)
{
    if (auto ok = config.validate(); !ok)
        return ok.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    const QString text =
        QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact));
    auto q = Database::exec(db,
                            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                           "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                            {QString::fromLatin1(SettingsKey), text});
    if (!q)
        return q.error();

    // The elapsed time is kept as segments, so a new policy applies to tickets in flight.
    QVariantList open;
    for (TicketStatus s : Vocabulary::openStatuses())
        open << Vocabulary::key(s);
    auto rows = Database::exec(db,
                               QStringLiteral("SELECT id, priority, category, created_at, "
                                              "sla_segments FROM tickets WHERE status IN (?, ?, "
                                              "?, ?)"),
                               open);
    if (!rows)
        return rows.error();
    QList<std::pair<qint64, Due>> updates;
    while (rows.value().next()) {
        Ticket t;
        t.id = rows.value().value(0).toLongLong();
        t.priority = TicketPriority(qBound(0, rows.value().value(1).toInt(), 3));
        t.category = Vocabulary::categoryFromKey(rows.value().value(2).toString())
                         .value_or(TicketCategory::Other);
        t.createdAt = fromEpochMs(rows.value().value(3));
        t.slaSegments = rows.value().value(4).toString();
        updates.append({t.id, config.dueFor(t, clockOf(t))});
    }
    rows.value().finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE tickets SET first_response_due = ?, resolution_due = ? WHERE id = ?"));
    for (const auto &[id, due] : std::as_const(updates)) {
        update.addBindValue(toEpochMs(due.firstResponse));
        update.addBindValue(toEpochMs(due.resolution));
        update.addBindValue(QVariant::fromValue(id));
        if (!update.exec())
            return Database::queryError(update, QStringLiteral("recompute due times"));
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return qint64(updates.size());
}

SlaConfig::Due SlaConfig::dueFor(const Ticket &ticket, const SlaClock &clock) const
{
    Due due;
    const auto policy = policies.policyFor(ticket.priority, ticket.category);
    if (!policy)
        return due;
    const BusinessCalendar calendar = calendars.value(policy->calendarId);
    if (ticket.createdAt.isValid())
        due.firstResponse = calendar.addWorkingMs(ticket.createdAt, policy->firstResponseMs());
    if (auto at = clock.dueAt(calendar, policy->resolutionMs(), QDateTime()))
        due.resolution = *at;
    return due;
}

SlaClock SlaConfig::clockOf(const Ticket &ticket)
{
    if (!ticket.slaSegments.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(ticket.slaSegments.toUtf8());
        if (auto clock = SlaClock::fromJson(doc.object()))
            return clock.value();
    }
    SlaClock clock;
    if (ticket.createdAt.isValid())
        (void)clock.start(ticket.createdAt);
    return clock;
}

} // namespace helpdesk
