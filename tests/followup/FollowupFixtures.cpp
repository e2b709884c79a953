#include "FollowupFixtures.h"

#include "Fixtures.h"
#include "db/Database.h"
#include "settings/Settings.h"
#include "tickets/TicketActions.h"

#include <QRegularExpression>
#include <QtTest>

namespace helpdesk::test {

Staff deskMember(QSqlDatabase &db, const QString &login, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = login.left(1).toUpper() + login.mid(1) + QStringLiteral(" Keller");
    s.role = role;
    s.id = addStaff(db, login, s.displayName, StaffRoles::key(role));
    return s;
}

qint64 resolvedTicket(QSqlDatabase &db, const Staff &agent, const QString &email, qint64 at)
{
    NewTicket n;
    n.subject = QStringLiteral("Cannot sign in after the update");
    n.requester = email;
    n.requesterName = QStringLiteral("Pat Doe");
    n.category = TicketCategory::Login;
    n.body = QStringLiteral("The app says my password is wrong.");
    TicketActions actions(db, agent, at - 2 * kHour);
    auto created = actions.create(n);
    if (!created) {
        qWarning() << "create:" << created.error().toString();
        return 0;
    }
    auto taken = actions.take(created->id, created->version);
    if (!taken) {
        qWarning() << "take:" << taken.error().toString();
        return 0;
    }
    TicketActions later(db, agent, at);
    auto resolved = later.setStatus(taken->id, taken->version, TicketStatus::Resolved);
    if (!resolved) {
        qWarning() << "resolve:" << resolved.error().toString();
        return 0;
    }
    return resolved->id;
}

bool moveTicket(QSqlDatabase &db, const Staff &actor, qint64 ticketId, const QString &to, qint64 at)
{
    const int version =
        one(db, QStringLiteral("SELECT version FROM tickets WHERE id = ?"), {ticketId}).toInt();
    TicketActions actions(db, actor, at);
    auto moved = actions.setStatus(ticketId, version, *Vocabulary::statusFromKey(to));
    if (!moved)
        qWarning() << "move:" << moved.error().toString();
    return moved.ok();
}

QString surveyToken(QSqlDatabase &db, qint64 ticketId)
{
    const QString body =
        one(db,
            QStringLiteral("SELECT text_body FROM outbox WHERE ticket_id = ? AND template_key = "
                           "'resolution_follow_up' ORDER BY id DESC LIMIT 1"),
            {ticketId})
            .toString();
    static const QRegularExpression token(QStringLiteral("\\?token=([A-Za-z0-9_-]{43})"));
    const auto m = token.match(body);
    return m.hasMatch() ? m.captured(1) : QString();
}

int surveyMails(QSqlDatabase &db, std::optional<qint64> ticketId)
{
    if (ticketId)
        return one(db,
                   QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template_key = "
                                  "'resolution_follow_up' AND ticket_id = ?"),
                   {*ticketId})
            .toInt();
    return one(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE template_key = "
                                  "'resolution_follow_up'"))
        .toInt();
}

QVariant one(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto v = Database::scalar(db, sql, values);
    if (!v) {
        qWarning() << sql << v.error().toString();
        return {};
    }
    return v.value();
}

void setSetting(QSqlDatabase &db, const QString &key, const QString &value)
{
    Settings settings(db);
    auto r = settings.setRaw(key, value);
    if (!r)
        qWarning() << key << r.error().toString();
}

Result<FollowupRunResult> runJob(QSqlDatabase &db, qint64 at)
{
    return FollowupJob(db, QStringLiteral("test"), at).run();
}

SurveyAnswer answer(int score, const QString &comment, std::optional<bool> working)
{
    SurveyAnswer a;
    a.score = score;
    a.comment = comment;
    a.working = working;
    return a;
}

} // namespace helpdesk::test
