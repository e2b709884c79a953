#include "ReportWorld.h"

#include "Fixtures.h"
#include "db/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

namespace helpdesk::test {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<qint64>());
}

qint64 insert(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q.value().next())
        qFatal("report world insert failed: %s", q ? "no row" : qPrintable(q.error().toString()));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

void exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql, values);
    if (!q)
        qFatal("report world insert failed: %s", qPrintable(q.error().toString()));
}
} // namespace

qint64 ReportWorld::fromMs() const
{
    return QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

qint64 ReportWorld::toMs() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::optional<qint64> nearestRank(QList<qint64> values, int p)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype rank = (values.size() * p + 99) / 100;
    return values.at(rank - 1);
}

void ReportWorld::seed(QSqlDatabase &db, quint32 seedValue)
{
    QRandomGenerator rng(seedValue);
    auto chance = [&](int percent) { return int(rng.bounded(100)) < percent; };
    auto pick = [&](const QStringList &among) { return among.at(int(rng.bounded(among.size()))); };
    nowMs = toMs();

    for (const auto &[login, name] :
         {std::pair{"ana.r", "Ana Ruiz"}, std::pair{"ben.o", "Ben Okafor"},
          std::pair{"chen.l", "Chen Li"}}) {
        WorldAgent a;
        a.login = QString::fromLatin1(login);
        a.name = QString::fromLatin1(name);
        a.id = addStaff(db, a.login, a.name, QStringLiteral("agent"));
        agents << a;
    }
    addStaff(db, QStringLiteral("root"), QStringLiteral("Admin"), QStringLiteral("admin"));

    // 10 days before the range to 5 days after it.
    const qint64 start = fromMs() - 10 * kDay;
    const qint64 span = toMs() + 5 * kDay - start;
    for (int i = 0; i < 320; ++i) {
        WorldTicket t;
        t.createdAt = start + qint64(rng.bounded(double(span)));
        t.category = pick({"login", "login", "recovery", "security", "other"});
        t.priority = int(rng.bounded(4));
        t.channel = pick({"email", "email", "portal", "chat", "phone"});
        if (chance(85))
            t.agent = int(rng.bounded(agents.size()));
        if (chance(80)) {
            // Ties on purpose: whole quarter hours, so equal durations occur.
            t.firstRespondedAt = t.createdAt + kMinute * 15 * (1 + rng.bounded(40));
            t.firstResponseBreached = *t.firstRespondedAt - t.createdAt > 4 * kHour || chance(5);
            t.replies = 1 + int(rng.bounded(3));
        } else if (chance(30)) {
            t.firstResponseBreached = true; // unanswered, escalated by the scan
        }
        if (chance(55)) {
            t.resolvedAt = t.createdAt + kHour * (1 + rng.bounded(200));
            t.resolutionBreached = *t.resolvedAt - t.createdAt > 72 * kHour;
            t.status = chance(70) ? QStringLiteral("resolved") : QStringLiteral("closed");
            t.reopens = chance(12) ? 1 + int(rng.bounded(2)) : 0;
        }
        if (chance(18)) {
            t.escalatedAt = t.createdAt + kMinute * (30 + rng.bounded(3000));
            t.cause = pick({"sla", "sla", "manual", "wizard"});
            if (t.resolvedAt || chance(50))
                t.deescalatedAt = *t.escalatedAt + kMinute * 10 * (1 + rng.bounded(100));
            else
                t.status = QStringLiteral("escalated");
        }
        if (t.status.isEmpty())
            t.status = pick({"new", "open", "open", "pending_customer"});
        if (t.status == QLatin1String("new"))
            t.agent.reset();
        t.id = insert(
            db,
            QStringLiteral(
                "INSERT INTO tickets (subject, requester_email, requester_name, category, "
                "priority, status, channel, assignee_id, created_at, updated_at, "
                "first_responded_at, first_response_breached, resolved_at, resolution_breached, "
                "escalation_level, escalation_cause, escalated_at, deescalated_at, reply_count, "
                "reopen_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?)"),
            {QStringLiteral("Ticket %1").arg(i),
             QStringLiteral("c%1@example.com").arg(i),
             QStringLiteral("Customer %1").arg(i),
             t.category,
             t.priority,
             t.status,
             t.channel,
             t.agent ? QVariant::fromValue(agents.at(*t.agent).id)
                     : QVariant(QMetaType::fromType<qint64>()),
             QVariant::fromValue(t.createdAt),
             QVariant::fromValue(t.createdAt),
             opt(t.firstRespondedAt),
             t.firstResponseBreached,
             opt(t.resolvedAt),
             t.resolutionBreached,
             t.escalatedAt ? 1 : 0,
             t.cause.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t.cause),
             opt(t.escalatedAt),
             opt(t.deescalatedAt),
             t.replies,
             t.reopens});
        tickets << t;
    }

    // Runs of two guides; each reaches a prefix of its steps and ends somewhere on the way.
    const QStringList loginSteps{"check_account", "check_email", "send_reset", "done"};
    const QStringList mfaSteps{"check_device", "reset_mfa", "done"};
    for (int i = 0; i < 60; ++i) {
        WorldRun r;
        const bool login = chance(65);
        r.flow = login ? QStringLiteral("login") : QStringLiteral("mfa");
        const QStringList &steps = login ? loginSteps : mfaSteps;
        const WorldTicket &t = tickets.at(i * 5); // one run per ticket: at most one open
        r.ticketId = t.id;
        r.startedAt = start + qint64(rng.bounded(double(span)));
        r.steps = steps.mid(0, 1 + int(rng.bounded(steps.size())));
        const int end = int(rng.bounded(3));
        r.status = end == 0   ? QStringLiteral("abandoned")
                   : end == 1 ? QStringLiteral("active")
                              : QStringLiteral("finished");
        if (r.status == QLatin1String("finished")) {
            r.result = chance(60) ? QStringLiteral("resolved") : QStringLiteral("escalated");
            if (r.result == QLatin1String("resolved") && r.steps.size() >= 2)
                r.resolvedStep = r.steps.at(r.steps.size() - 2);
        }
        const QVariant none(QMetaType::fromType<QString>());
        r.id = insert(
            db,
            QStringLiteral("INSERT INTO troubleshooting_runs (ticket_id, flow_id, flow_version, "
                           "flow_title, status, current_step, terminal_step, resolved_step, "
                           "result, started_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, "
                           "?)"),
            {QVariant::fromValue(r.ticketId), r.flow,
             login ? QStringLiteral("Cannot sign in") : QStringLiteral("Lost second factor"),
             r.status, r.steps.constLast(),
             r.status == QLatin1String("finished") ? QVariant(r.steps.constLast()) : none,
             r.resolvedStep.isEmpty() ? none : QVariant(r.resolvedStep),
             r.result.isEmpty() ? none : QVariant(r.result), QVariant::fromValue(r.startedAt),
             QVariant::fromValue(r.startedAt)});
        for (int s = 0; s < r.steps.size(); ++s)
            exec(db,
                 QStringLiteral("INSERT INTO troubleshooting_run_steps (run_id, seq, step_id, "
                                "step_title, step_kind, reached_at) VALUES (?, ?, ?, ?, ?, ?)"),
                 {QVariant::fromValue(r.id), s, r.steps.at(s),
                  QStringLiteral("Step %1").arg(r.steps.at(s)), QStringLiteral("question"),
                  QVariant::fromValue(r.startedAt + s * kMinute)});
        runs << r;
    }

    const qint64 account =
        insert(db,
               QStringLiteral("INSERT INTO accounts (email, display_name, status, created_at, "
                              "updated_at) VALUES (?, ?, ?, ?, ?)"),
               {QStringLiteral("pat@example.com"), QStringLiteral("Pat"), QStringLiteral("active"),
                QVariant::fromValue(start), QVariant::fromValue(start)});
    for (int i = 0; i < 50; ++i) {
        WorldToken k;
        k.kind = chance(70) ? QStringLiteral("reset") : QStringLiteral("activation");
        k.issuedAt = start + qint64(rng.bounded(double(span)));
        k.expiresAt = k.issuedAt + (chance(50) ? kHour : 7 * kDay);
        if (chance(50))
            k.usedAt = k.issuedAt + 10 * kMinute;
        else if (chance(30))
            k.revokedAt = k.issuedAt + 20 * kMinute;
        if (chance(60))
            k.ticketId = tickets.at(int(rng.bounded(tickets.size()))).id;
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        exec(db,
             QStringLiteral("INSERT INTO account_tokens (account_id, kind, token_sha256, "
                            "issued_at, expires_at, used_at, revoked_at, ticket_id) VALUES (?, ?, "
                            "?, ?, ?, ?, ?, ?)"),
             {QVariant::fromValue(account), k.kind, QString::fromLatin1(hash),
              QVariant::fromValue(k.issuedAt), QVariant::fromValue(k.expiresAt), opt(k.usedAt),
              opt(k.revokedAt), opt(k.ticketId)});
        tokens << k;
    }
    for (int i = 0; i < 30; ++i) {
        const qint64 at = start + qint64(rng.bounded(double(span)));
        const QString action = pick({"lock", "unlock", "approve_unlock", "send_reset_link"});
        exec(db,
             QStringLiteral("INSERT INTO audit_log (at, actor, entity_type, entity_id, action) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {QVariant::fromValue(at), QStringLiteral("ana.r"), QStringLiteral("account"),
              QVariant::fromValue(account), action});
        if (inRange(at) && action == QLatin1String("lock"))
            ++locks;
        else if (inRange(at) && action.endsWith(QLatin1String("unlock")))
            ++unlocks;
    }
}

} // namespace helpdesk::test
