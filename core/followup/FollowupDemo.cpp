#include "followup/FollowupDemo.h"

#include "db/Database.h"
#include "followup/FollowupSettings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace helpdesk::FollowupDemo {

namespace {
constexpr qint64 kDayMs = 86'400'000;
constexpr int kAnswered = 80; // at most

QString tr(const char *text)
{
    return QCoreApplication::translate("FollowupDemo", text);
}

// What customers write, by score (1 and 2 always have a comment).
QString commentFor(int score, qint64 id)
{
    switch (score) {
    case 1:
        return id % 2 ? tr("I still cannot sign in and nobody called back.")
                      : tr("Took three days and the problem came back the next morning.");
    case 2:
        return id % 2 ? tr("The reset link worked only the second time.")
                      : tr("Too many steps before someone looked at my account.");
    case 3:
        return id % 3 ? QStringLiteral("") : tr("OK in the end, but slow.");
    case 4:
        return id % 3 ? QStringLiteral("") : tr("Friendly and clear.");
    default:
        return id % 2 ? QStringLiteral("") : tr("Fixed within minutes, thank you!");
    }
}
} // namespace

Result<qint64> seed(QSqlDatabase &db, qint64 nowMs)
{
    Transaction tx(db, Transaction::Mode::Write);
    HD_TRY(tx.begin());
    const qint64 delay = FollowupSettings().delayMs();
    // Resolved tickets of the last 30 days (whose delay has passed), the newest first.
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(db,
                                 QStringLiteral("SELECT id, requester_email, assignee_id, "
                                                "category, resolved_at FROM tickets WHERE "
                                                "resolved_at > ? AND resolved_at <= ? AND status "
                                                "IN ('resolved', 'closed') ORDER BY resolved_at "
                                                "DESC, id DESC LIMIT ?"),
                                 {QVariant::fromValue(nowMs - 30 * kDayMs),
                                  QVariant::fromValue(nowMs - delay), kAnswered * 3}));
    struct Row
    {
        qint64 id;
        QString email;
        QVariant assignee;
        QString category;
        qint64 resolvedAt;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2),
                     q.value(3).toString(), q.value(4).toLongLong()});
    q.finish();
    qint64 answered = 0;
    for (const Row &r : std::as_const(rows)) {
        const qint64 sentAt = r.resolvedAt + delay;
        HD_TRY_ASSIGN(
            QVariant surveyId,
            Database::scalar(
                db,
                QStringLiteral("INSERT INTO surveys (ticket_id, email, assignee_id, "
                               "category, resolved_at, decided_at, decided_by, "
                               "state) VALUES (?, ?, ?, ?, ?, ?, 'demo', 'queued') "
                               "ON CONFLICT (ticket_id) DO NOTHING RETURNING id"),
                {QVariant::fromValue(r.id), r.email,
                 r.assignee.isNull() ? QVariant(QMetaType::fromType<qint64>()) : r.assignee,
                 r.category, QVariant::fromValue(r.resolvedAt), QVariant::fromValue(sentAt)}));
        if (!surveyId.isValid() || surveyId.isNull())
            continue;
        // About one survey in three is answered, the scores leaning to the good side.
        if (r.id % 3 != 0 || answered >= kAnswered)
            continue;
        static constexpr int kScores[] = {5, 4, 5, 3, 5, 4, 2, 5, 4, 1, 5, 4};
        const int score = kScores[(r.id / 3) % std::size(kScores)];
        // The demo's low answers are handled already (their tickets stay as the demo has them).
        HD_TRY(Database::exec(
            db,
            QStringLiteral("INSERT INTO survey_answers (survey_id, score, comment, working, "
                           "answered_at, handled_at, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {surveyId, score, commentFor(score, r.id), score >= 3 ? 1 : 0,
             QVariant::fromValue(sentAt + 3'600'000), QVariant::fromValue(sentAt + 3'600'000),
             score >= 3 ? QStringLiteral("none") : QStringLiteral("lead")}));
        ++answered;
    }
    // Every other resolution the due job could still pick up (within the delay and the maximum
    // age) counts as decided (not in the sampled share), so that the running demo mails only
    // tickets resolved from now on.
    HD_TRY(Database::exec(
        db,
        QStringLiteral("INSERT INTO surveys (ticket_id, email, assignee_id, category, "
                       "resolved_at, decided_at, decided_by, state, skip_reason) SELECT id, "
                       "requester_email, assignee_id, category, resolved_at, ?, 'demo', "
                       "'skipped', 'sampling' FROM tickets WHERE resolved_at > ? AND status IN "
                       "('resolved', 'closed') ON CONFLICT (ticket_id) DO NOTHING"),
        {QVariant::fromValue(nowMs),
         QVariant::fromValue(nowMs - delay - FollowupSettings().maxAgeMs() - kDayMs)}));
    HD_TRY(tx.commit());
    return answered;
}

} // namespace helpdesk::FollowupDemo
