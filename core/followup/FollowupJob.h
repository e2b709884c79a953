#pragma once
// The follow-up due job: what `helpdesk-admin followup run` and the running apps do now and
// then. For each resolved ticket whose delay has passed it decides in one write (the survey
// row is the claim, so two clients never both send): skipped (why), or the survey mail queued
// from the resolution_follow_up template through the outbox with a one-time link (minted by the
// database on a shared PostgreSQL, like account links). Then it acts on answers not handled
// yet: a low score or "still not working" reopens the ticket for its assignee with the comment
// on the timeline (TicketActions::customerMessageIn), or, for a closed ticket, leaves it for the
// lead (follow-up 'lead'). Synchronous on the connection it is given.

#include "common/Result.h"
#include "followup/SurveyStore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace helpdesk {

struct FollowupRunResult
{
    int queued = 0;    // survey mails queued
    int skipped = 0;   // decided not to send
    int cancelled = 0; // queued survey mails cancelled: the ticket was reopened before they went
    int reopened = 0;  // tickets reopened after a low answer
    int forLead = 0;   // low answers left for the lead
    int handled = 0;   // answers acted on (all kinds)
    QList<qint64> queuedTickets;
    QList<qint64> changedTickets; // tickets whose timeline or status changed
};

class FollowupJob
{
public:
    // who: the client's name recorded in surveys.decided_by (e.g. "followup-run@host").
    FollowupJob(QSqlDatabase &db, QString who, qint64 nowMs);
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_mailQueued = std::move(queued);
    }
    // One pass: at most `limit` due tickets, then at most `limit` answers.
    Result<FollowupRunResult> run(int limit = 200);
    // The due tickets only.
    Result<FollowupRunResult> sendDue(int limit = 200);
    // The answers only (nothing when this session may not read them: an agent on PostgreSQL).
    Result<FollowupRunResult> handleAnswers(int limit = 200);
    // Marks the ticket as one that gets no survey (before its survey was decided). Conflict
    // when its survey was decided already.
    Result<void> markNoSurvey(qint64 ticketId, const QString &by);

private:
    // One ticket in one write; adds to `out`.
    Result<void> decide(const DueTicket &due, const FollowupSettings &settings,
                        FollowupRunResult &out);
    Result<void> followUp(const PendingAnswer &answer, FollowupRunResult &out);

    QSqlDatabase &m_db;
    QString m_who;
    qint64 m_now;
    std::function<void(qint64)> m_mailQueued;
};

} // namespace helpdesk
