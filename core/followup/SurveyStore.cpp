#include "followup/SurveyStore.h"

#include "accounts/AccountToken.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SurveyStore", text);
}

QVariant optionalId(const std::optional<qint64> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<qint64>());
}

Error invalidLink()
{
    return Error::make(Error::Code::NotFound,
                       tr("This survey link is not valid: it may have expired or been answered "
                          "already. Thank you all the same."));
}

// The statement the customer portal runs (README, "Follow-up surveys"); the values are bound in
// this order: score, comment, working, now, sha256, now, score, score, comment.
const char *const kRecordSql =
    "INSERT INTO survey_answers (survey_id, score, comment, working, answered_at) "
    "SELECT t.survey_id, CAST(? AS INTEGER), COALESCE(CAST(? AS TEXT), ''), "
    "CAST(? AS INTEGER), "
    "CAST(? AS BIGINT) FROM survey_tokens t "
    "WHERE t.token_sha256 = ? AND t.expires_at > CAST(? AS BIGINT) "
    "AND CAST(? AS INTEGER) BETWEEN 1 AND 5 "
    "AND (CAST(? AS INTEGER) >= 3 OR length(trim(CAST(? AS TEXT))) > 0) "
    "ON CONFLICT (survey_id) DO NOTHING RETURNING survey_id";
} // namespace

Result<QList<DueTicket>> SurveyStore::due(qint64 nowMs, const FollowupSettings &settings, int limit)
{
    const qint64 until = nowMs - settings.delayMs();
    const qint64 since = until - settings.maxAgeMs();
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("SELECT t.id, t.resolved_at FROM tickets t WHERE t.resolved_at <= ? "
                           "AND t.resolved_at > ? AND t.status IN ('resolved', 'closed') "
                           "AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.ticket_id = t.id) "
                           "ORDER BY t.resolved_at, t.id LIMIT ?"),
            {QVariant::fromValue(until), QVariant::fromValue(since), limit}));
    QList<DueTicket> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    q.finish();
    return out;
}

Result<QList<qint64>> SurveyStore::unsentForReopened(int limit)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(m_db,
                               // From the outbox's few waiting rows, not every survey.
                               QStringLiteral("SELECT o.id FROM outbox o JOIN surveys s ON "
                                              "s.outbox_id = o.id JOIN tickets t ON t.id = "
                                              "s.ticket_id WHERE o.status IN ('queued', 'failed') "
                                              "AND o.template_key = 'resolution_follow_up' AND "
                                              "t.status NOT IN ('resolved', 'closed') ORDER BY "
                                              "o.id LIMIT ?"),
                               {limit}));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    return ids;
}

Result<bool> SurveyStore::isStaffAddress(const QString &email)
{
    HD_TRY_ASSIGN(auto v, Database::scalar(m_db,
                                           QStringLiteral("SELECT COUNT(*) FROM staff WHERE "
                                                          "lower(email) = lower(?)"),
                                           {email.trimmed()}));
    return v.toInt() > 0;
}

Result<bool> SurveyStore::surveyedSince(const QString &email, qint64 sinceMs)
{
    HD_TRY_ASSIGN(auto v,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT COUNT(*) FROM surveys s WHERE "
                                                  "s.state = 'queued' AND lower(s.email) = "
                                                  "lower(?) AND s.decided_at >= ? AND NOT EXISTS "
                                                  "(SELECT 1 FROM outbox o WHERE o.id = "
                                                  "s.outbox_id AND o.status = 'cancelled')"),
                                   {email.trimmed(), QVariant::fromValue(sinceMs)}));
    return v.toInt() > 0;
}

Result<std::optional<qint64>> SurveyStore::claim(const NewSurvey &s)
{
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            m_db,
            QStringLiteral("INSERT INTO surveys (ticket_id, email, assignee_id, category, "
                           "resolved_at, decided_at, decided_by, state, skip_reason) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (ticket_id) DO NOTHING "
                           "RETURNING id"),
            {QVariant::fromValue(s.ticketId), s.email, optionalId(s.assigneeId), s.category,
             optionalId(s.resolvedAt), QVariant::fromValue(s.decidedAt), s.decidedBy,
             s.skip ? QStringLiteral("skipped") : QStringLiteral("queued"),
             s.skip ? SkipReasons::key(*s.skip) : QString(QLatin1String(""))}));
    if (!q.next())
        return std::optional<qint64>();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return std::optional<qint64>(id);
}

Result<bool> SurveyStore::mintedByDatabase(QSqlDatabase &db)
{
    if (Database::dialect(db) != Dialect::PostgreSQL)
        return false;
    HD_TRY_ASSIGN(const QVariant mayInsert,
                  Database::scalar(db, QStringLiteral("SELECT has_table_privilege("
                                                      "'public.survey_tokens', 'INSERT')")));
    return !mayInsert.toBool();
}

Result<void> SurveyStore::mint(qint64 surveyId, qint64 outboxId, int days)
{
    HD_TRY(Database::exec(m_db, QStringLiteral("SELECT helpdesk.mint_survey_link(?, ?, ?)"),
                          {QVariant::fromValue(surveyId), QVariant::fromValue(outboxId), days}));
    return {};
}

Result<void> SurveyStore::storeToken(qint64 surveyId, const QString &sha256, qint64 expiresAtMs,
                                     qint64 outboxId)
{
    HD_TRY(
        Database::exec(m_db,
                       QStringLiteral("INSERT INTO survey_tokens (survey_id, token_sha256, "
                                      "expires_at) VALUES (?, ?, ?)"),
                       {QVariant::fromValue(surveyId), sha256, QVariant::fromValue(expiresAtMs)}));
    HD_TRY(Database::exec(m_db, QStringLiteral("UPDATE surveys SET outbox_id = ? WHERE id = ?"),
                          {QVariant::fromValue(outboxId), QVariant::fromValue(surveyId)}));
    return {};
}

Result<SurveyForm> SurveyStore::form(QSqlDatabase &db, const QString &presentedToken, qint64 nowMs)
{
    if (!OneTimeToken::isWellFormed(presentedToken))
        return invalidLink();
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            db,
            QStringLiteral("SELECT s.id, s.ticket_id, t.subject, k.expires_at, "
                           "(SELECT COUNT(*) FROM survey_answers a WHERE a.survey_id = s.id) "
                           "FROM survey_tokens k JOIN surveys s ON s.id = k.survey_id "
                           "JOIN tickets t ON t.id = s.ticket_id WHERE k.token_sha256 = ?"),
            {OneTimeToken::sha256Hex(presentedToken)}));
    if (!q.next())
        return invalidLink();
    SurveyForm f;
    f.surveyId = q.value(0).toLongLong();
    f.ticketId = q.value(1).toLongLong();
    f.subject = q.value(2).toString();
    f.expiresAt = q.value(3).toLongLong();
    f.answered = q.value(4).toInt() > 0;
    f.expired = f.expiresAt <= nowMs;
    q.finish();
    return f;
}

Result<void> SurveyStore::check(const SurveyAnswer &answer)
{
    if (answer.score < 1 || answer.score > 5)
        return Error::make(
            Error::Code::InvalidInput,
            tr("The score is %1; give a score from 1 (bad) to 5 (very good).").arg(answer.score));
    if (answer.score <= 2 && answer.comment.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("A score of 1 or 2 needs a comment: tell us what went wrong, so "
                              "that we can put it right."));
    if (answer.comment.size() > 4000)
        return Error::make(Error::Code::InvalidInput,
                           tr("The comment is longer than 4000 characters; shorten it."));
    return {};
}

Result<qint64> SurveyStore::record(QSqlDatabase &db, const QString &presentedToken,
                                   const SurveyAnswer &answer, qint64 nowMs)
{
    HD_TRY(check(answer));
    if (!OneTimeToken::isWellFormed(presentedToken))
        return invalidLink();
    // Never NULL: the column is NOT NULL (the statement also turns a NULL into '').
    const QString comment =
        answer.comment.trimmed().isEmpty() ? QStringLiteral("") : answer.comment.trimmed();
    const QVariant working =
        answer.working ? QVariant(*answer.working ? 1 : 0) : QVariant(QMetaType::fromType<int>());
    const QVariant now = QVariant::fromValue(nowMs);
    HD_TRY_ASSIGN(auto q, Database::exec(db, QString::fromLatin1(kRecordSql),
                                         {answer.score, comment, working, now,
                                          OneTimeToken::sha256Hex(presentedToken), now,
                                          answer.score, answer.score, comment}));
    if (!q.next())
        return invalidLink();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<bool> SurveyStore::mayHandleAnswers(QSqlDatabase &db)
{
    if (Database::dialect(db) != Dialect::PostgreSQL)
        return true;
    HD_TRY_ASSIGN(const QVariant may,
                  Database::scalar(db, QStringLiteral("SELECT has_column_privilege("
                                                      "'public.survey_answers', 'handled_at', "
                                                      "'UPDATE')")));
    return may.toBool();
}

Result<QList<PendingAnswer>> SurveyStore::pendingAnswers(int limit)
{
    HD_TRY_ASSIGN(
        auto q, Database::exec(m_db,
                               QStringLiteral("SELECT a.survey_id, s.ticket_id, s.email, a.score, "
                                              "a.comment, a.working FROM survey_answers a JOIN "
                                              "surveys s ON s.id = a.survey_id WHERE "
                                              "a.handled_at IS NULL ORDER BY a.answered_at, "
                                              "a.survey_id LIMIT ?"),
                               {limit}));
    QList<PendingAnswer> out;
    while (q.next()) {
        PendingAnswer p;
        p.surveyId = q.value(0).toLongLong();
        p.ticketId = q.value(1).toLongLong();
        p.email = q.value(2).toString();
        p.answer.score = q.value(3).toInt();
        p.answer.comment = q.value(4).toString();
        if (!q.value(5).isNull())
            p.answer.working = q.value(5).toInt() != 0;
        out.append(p);
    }
    q.finish();
    return out;
}

Result<bool> SurveyStore::markHandled(qint64 surveyId, const QString &followUp, qint64 nowMs)
{
    HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                         QStringLiteral("UPDATE survey_answers SET handled_at = "
                                                        "?, follow_up = ? WHERE survey_id = ? "
                                                        "AND handled_at IS NULL"),
                                         {QVariant::fromValue(nowMs), followUp,
                                          QVariant::fromValue(surveyId)}));
    return q.numRowsAffected() > 0;
}

} // namespace helpdesk
