#pragma once
// The SQL behind follow-up surveys (surveys, survey_tokens, survey_answers; migration 0017).
// Only a token's SHA-256 is ever written (OneTimeToken, as for account links); nothing here
// returns or logs a token. Synchronous on the connection it is given.

#include "common/Result.h"
#include "followup/FollowupSettings.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helpdesk {

// A resolved ticket whose delay has passed and that has no survey row yet.
struct DueTicket
{
    qint64 ticketId = 0;
    qint64 resolvedAt = 0;
};

// What the survey page shows when its link is opened (a read: opening records nothing).
struct SurveyForm
{
    qint64 surveyId = 0;
    qint64 ticketId = 0;
    QString subject;
    qint64 expiresAt = 0;
    bool answered = false;
    bool expired = false;
};

// What the customer submits.
struct SurveyAnswer
{
    int score = 0;               // 1 (bad) to 5 (very good)
    QString comment;             // needed at 1 and 2
    std::optional<bool> working; // "is your account working now?", when answered
    // A low score or "not working": the ticket needs another look.
    bool needsFollowUp() const { return score <= 2 || working == false; }
};

// An answer the helpdesk has not acted on yet.
struct PendingAnswer
{
    qint64 surveyId = 0;
    qint64 ticketId = 0;
    QString email;
    SurveyAnswer answer;
};

class SurveyStore
{
public:
    explicit SurveyStore(QSqlDatabase &db) : m_db(db) {}

    // Resolved (or closed) tickets resolved in (now - delay - maxAge, now - delay] without a
    // survey row, oldest first.
    Result<QList<DueTicket>> due(qint64 nowMs, const FollowupSettings &settings, int limit);
    // Survey mails not sent yet (queued or failed) whose ticket was reopened since: the outbox
    // rows to cancel.
    Result<QList<qint64>> unsentForReopened(int limit);
    // Whether a staff member has this address.
    Result<bool> isStaffAddress(const QString &email);
    // Whether a survey went to this address at or after sinceMs (a cancelled mail did not).
    Result<bool> surveyedSince(const QString &email, qint64 sinceMs);

    struct NewSurvey
    {
        qint64 ticketId = 0;
        QString email;
        std::optional<qint64> assigneeId;
        QString category;
        std::optional<qint64> resolvedAt;
        qint64 decidedAt = 0;
        QString decidedBy;
        std::optional<SkipReason> skip; // empty: the survey is sent
    };
    // The claim: inserts the ticket's survey row unless it has one. nullopt when another
    // client (or an earlier run) decided about this ticket already; nothing is written then.
    Result<std::optional<qint64>> claim(const NewSurvey &survey);
    // Whether links are minted by the database (PostgreSQL, a session that may not write token
    // rows itself: every staff login and the mailer), as TokenStore::mintedByDatabase.
    static Result<bool> mintedByDatabase(QSqlDatabase &db);
    // helpdesk.mint_survey_link: the token for survey surveyId in queued mail outboxId.
    Result<void> mint(qint64 surveyId, qint64 outboxId, int days);
    // The client-side way (SQLite, the database administrator): the token's hash and expiry,
    // and the mail that carries it.
    Result<void> storeToken(qint64 surveyId, const QString &sha256, qint64 expiresAtMs,
                            qint64 outboxId);

    // The survey page opened with this token: a SELECT only. NotFound for a token that matches
    // no survey (one message for every reason).
    static Result<SurveyForm> form(QSqlDatabase &db, const QString &presentedToken, qint64 nowMs);
    // The customer portal's contract, also used by `survey record`: checks the answer, then in
    // ONE statement records it for the matching unexpired token unless the survey has an answer:
    //   INSERT INTO survey_answers (survey_id, score, comment, working, answered_at)
    //   SELECT t.survey_id, :score, COALESCE(:comment, ''), :working, :now FROM survey_tokens t
    //    WHERE t.token_sha256 = :sha256 AND t.expires_at > :now AND :score BETWEEN 1 AND 5
    //      AND (:score >= 3 OR length(trim(:comment)) > 0)
    //   ON CONFLICT (survey_id) DO NOTHING RETURNING survey_id
    // Returns the survey; NotFound when nothing was recorded (expired, unknown, answered).
    static Result<qint64> record(QSqlDatabase &db, const QString &presentedToken,
                                 const SurveyAnswer &answer, qint64 nowMs);
    // Checks an answer as the statement does, with a message saying what to change.
    static Result<void> check(const SurveyAnswer &answer);

    // Whether this session may read and act on answers (PostgreSQL: leads, admins, the mailer).
    static Result<bool> mayHandleAnswers(QSqlDatabase &db);
    Result<QList<PendingAnswer>> pendingAnswers(int limit);
    // Claims the answer for its follow-up: false when another client handled it already.
    Result<bool> markHandled(qint64 surveyId, const QString &followUp, qint64 nowMs);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
