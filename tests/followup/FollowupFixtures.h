#pragma once
// What the follow-up suites share: a desk (an agent, a lead), tickets resolved through the app's
// own TicketActions at a given time, and the survey link's token read from the queued mail.

#include "common/Result.h"
#include "followup/FollowupJob.h"
#include "followup/SurveyStore.h"
#include "staff/Staff.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace helpdesk::test {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kT0 = 1'760'000'000'000;

Staff deskMember(QSqlDatabase &db, const QString &login, StaffRole role);
// A ticket from `email`, taken by `agent` and resolved at `at`; returns its id (0 on failure,
// which also fails the test through qWarning's message).
qint64 resolvedTicket(QSqlDatabase &db, const Staff &agent, const QString &email, qint64 at);
// Moves the ticket to `to` as `actor` at `at`.
bool moveTicket(QSqlDatabase &db, const Staff &actor, qint64 ticketId, const QString &to,
                qint64 at);
// The token in the ticket's queued survey mail (SQLite and superuser sessions put the link into
// the mail themselves); empty when there is none.
QString surveyToken(QSqlDatabase &db, qint64 ticketId);
// How many survey mails are in the outbox (for one ticket, or all).
int surveyMails(QSqlDatabase &db, std::optional<qint64> ticketId = std::nullopt);
QVariant one(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
void setSetting(QSqlDatabase &db, const QString &key, const QString &value);
// One pass of the due job at `at`.
Result<FollowupRunResult> runJob(QSqlDatabase &db, qint64 at);
SurveyAnswer answer(int score, const QString &comment = {}, std::optional<bool> working = {});

} // namespace helpdesk::test
