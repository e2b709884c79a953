#pragma once
// The branches of the three shipped flows as data (answers in; steps, account actions, ticket
// and run state out), shared by the runner and service tests, plus small fixtures.

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"
#include "troubleshooting/FlowLibrary.h"

#include <QSqlDatabase>
#include <QStringList>

namespace helpdesk::test {

struct WizardScenario
{
    QString name;
    QString flow;
    QString accountStatus; // the linked account's status; empty: the ticket has no account
    // One entry per step answered: "outcome", or "outcome:notes". "account" answers an
    // account check with no outcome, so the runner reads the account's status.
    QStringList answers;
    QStringList path; // every step the run reached, in order
    QStringList accountActions;
    bool finish = true; // the path ends at a terminal step, which is then finished
    QString ticketStatus;
    QString runStatus;
    QString result; // empty while the run is open
    QString resolvedStep;
    int mails = 0; // steps emails queued
};

QList<WizardScenario> wizardScenarios();

// The flows compiled into the library, as the app loads them without an app-data folder.
FlowLibrary shippedFlows();

Staff makeStaff(QSqlDatabase &db, const QString &login, const QString &name,
                StaffRole role = StaffRole::Agent);
qint64 addAccount(QSqlDatabase &db, const QString &email, const QString &name,
                  const QString &status);
// A ticket of the category, taken by agent, linked to a new account with accountStatus (none
// when empty).
Ticket openTicket(QSqlDatabase &db, const Staff &agent, TicketCategory category,
                  const QString &accountStatus, qint64 nowMs);

int countRows(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace helpdesk::test
